import { describe, expect, test } from 'vitest';
import { rrhTierExamples } from './examples';
import { rentExamples } from './rentExamples';

describe.each([rentExamples, rrhTierExamples].map((book) => [book.title, book] as const))('worked examples: %s', (_title, book) => {
  test.each(book.examples.map((example) => [example.title, example] as const))('%s', (_name, example) => {
    const outcome = book.run(example.input, { jurisdiction: example.jurisdiction });
    expect(outcome.ok ? undefined : outcome.errors).toBeUndefined();
    if (outcome.ok) {
      expect(outcome.value).toMatchObject(example.expected as object);
      expect(book.figures(outcome.value as never).length).toBeGreaterThan(0);
    }
  });
});

test('example ids are unique', () => {
  const ids = [...rentExamples.examples, ...rrhTierExamples.examples].map((e) => e.id);
  expect(new Set(ids).size).toBe(ids.length);
});
