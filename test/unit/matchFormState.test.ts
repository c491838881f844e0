import { describe, expect, test } from 'vitest';
import { matchExamples } from '../../calculators/match/examples';
import { computeMatch } from '../../calculators/match/compute';
import { emptyLine, emptySource, fromExample, initialState, isFormState, toInput } from '../../src/islands/MatchFormState';

// The match tool keeps its whole form in the fragment (#budget=<JSON>) and its worked-example links are
// built from `fromExample`; `isFormState` decides whether what a link carries is loaded or ignored.
const examples = matchExamples.examples.map((e) => [e.id, e] as const);

describe('match form state read from a link', () => {
  test.each(examples)('the worked example %s loads and calculates as the example book does', (_id, example) => {
    const state = JSON.parse(JSON.stringify(fromExample(example.input, example.jurisdiction)));
    expect(isFormState(state)).toBe(true);
    const { input, problems } = toInput(state);
    expect(problems).toEqual([]);
    const options = { jurisdiction: example.jurisdiction };
    expect(computeMatch(input, options)).toEqual(computeMatch(example.input, options));
  });

  test('the empty form, with a line and a source, is a form state', () => {
    expect(isFormState(initialState('2026-12-07'))).toBe(true);
    expect(isFormState({ ...initialState(''), sources: [emptySource('2026-12-07')] })).toBe(true);
  });

  const full = { ...initialState('2026-12-07'), lines: [emptyLine()], sources: [emptySource('2026-12-07')] };
  test.each([
    ['not an object', 'budget'],
    ['an array', [full]],
    ['null', null],
    ['a field missing', (({ esgGrant: _, ...rest }) => rest)(full)],
    ['a field of another type', { ...full, asOf: 20261207 }],
    ['an unknown jurisdiction', { ...full, jurisdiction: 'springfield' }],
    ['an unknown program', { ...full, program: 'HOME' }],
    ['lines that are not a list', { ...full, lines: { 0: emptyLine() } }],
    ['a line without its amount', { ...full, lines: [(({ amount: _, ...rest }) => rest)(emptyLine())] }],
    ['a line whose tick box is text', { ...full, lines: [{ ...emptyLine(), participantSupport: 'yes' }] }],
    ['a source that is a string', { ...full, sources: ['Rotary Club'] }],
    ['a source whose hours are a number', { ...full, sources: [{ ...emptySource(''), hours: 12 }] }],
  ])('%s is not a form state (the form keeps what it has)', (_what, value) => {
    expect(isFormState(value)).toBe(false);
  });
});
