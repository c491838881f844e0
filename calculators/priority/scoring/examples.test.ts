import { describe, expect, test } from 'vitest';
import { newProjectExamples, performanceExamples, rankingExamples, renewalExamples, sustainableCtExamples } from './examples';

const books = [renewalExamples, newProjectExamples, rankingExamples, performanceExamples, sustainableCtExamples];

describe.each(books.map((book) => [book.title, book] as const))('worked examples: %s', (_title, book) => {
  test.each(book.examples.map((example) => [example.title, example] as const))('%s', (_name, example) => {
    const outcome = (book.run as (input: unknown, options: object) => ReturnType<typeof book.run>)(example.input, {
      jurisdiction: example.jurisdiction,
    });
    expect(outcome.ok ? undefined : outcome.errors).toBeUndefined();
    if (outcome.ok) {
      expect(outcome.value).toMatchObject(example.expected as object);
      expect((book.figures as (r: unknown) => unknown[])(outcome.value).length).toBeGreaterThan(0);
    }
  });
});

test('every example in every book has a unique id', () => {
  const ids = books.flatMap((b) => b.examples.map((e) => e.id));
  expect(new Set(ids).size).toBe(ids.length);
});
