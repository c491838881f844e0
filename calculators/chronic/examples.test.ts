import { describe, expect, test } from 'vitest';
import { chronicExampleInputs } from './exampleInputs';
import { chronicExamples } from './examples';

// The same check test/unit/examples.test.ts runs over every registered book, run here until this book is registered.
describe('chronic worked examples', () => {
  test.each(chronicExamples.examples.map((example) => [example.title, example] as const))('%s', (_title, example) => {
    const outcome = chronicExamples.run(example.input, { jurisdiction: example.jurisdiction });
    expect(outcome.ok ? undefined : outcome.errors).toBeUndefined();
    if (outcome.ok) expect(outcome.value).toMatchObject(example.expected as object);
  });

  test('every example has figures for the revision-impact table', () => {
    for (const example of chronicExamples.examples) {
      const outcome = chronicExamples.run(example.input, { jurisdiction: example.jurisdiction });
      expect(outcome.ok && chronicExamples.figures(outcome.value).map((f) => f.label)).toEqual([
        'Chronically homeless',
        'Basis',
        'Time counted in',
        'Months homeless in the look-back',
        'Nights homeless in the look-back',
        'Occasions in the look-back',
        'Evidence meets the standard',
      ]);
    }
  });

  test('the inputs the timeline tool loads are exactly the book’s, each example’s own', () => {
    expect(Object.keys(chronicExampleInputs).sort()).toEqual(chronicExamples.examples.map((e) => e.id).sort());
    for (const example of chronicExamples.examples)
      expect({ jurisdiction: example.jurisdiction, input: example.input }).toEqual(
        chronicExampleInputs[example.id as keyof typeof chronicExampleInputs],
      );
  });
});
