import { describe, expect, test } from 'vitest';
import { eligibilityExamples } from './examples';

describe('eligibility worked examples give the answers the standards give', () => {
  test.each(eligibilityExamples.examples.map((example) => [example.title, example] as const))('%s', (_title, example) => {
    const outcome = eligibilityExamples.run(example.input, { jurisdiction: example.jurisdiction });
    expect(outcome.ok ? undefined : outcome.errors).toBeUndefined();
    if (outcome.ok) expect(outcome.value).toMatchObject(example.expected as object);
  });
});

test('every example has a unique id and figures for a revision-impact table', () => {
  const ids = eligibilityExamples.examples.map((e) => e.id);
  expect(new Set(ids).size).toBe(ids.length);
  const first = eligibilityExamples.examples[0];
  const outcome = first && eligibilityExamples.run(first.input, { jurisdiction: first.jurisdiction });
  expect(outcome?.ok && eligibilityExamples.figures(outcome.value)).toEqual([
    { label: 'Eligible', value: 'Yes' },
    { label: 'Homeless categories', value: '1' },
    { label: 'At risk of homelessness', value: 'No' },
  ]);
});
