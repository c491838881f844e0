import { describe, expect, test } from 'vitest';
import { priorityExampleBooks } from './examples';

describe.each(priorityExampleBooks.map((book) => [book.title, book] as const))('worked examples: %s', (_title, book) => {
  test.each(book.examples.map((example) => [example.title, example] as const))('%s', (_name, example) => {
    const outcome = book.run(example.input, { jurisdiction: example.jurisdiction });
    expect(outcome.ok ? undefined : outcome.errors).toBeUndefined();
    if (!outcome.ok) return;
    expect(outcome.value).toMatchObject(example.expected as object);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each book's figures take its own result type
    expect((book.figures as (r: any) => { label: string; value: string }[])(outcome.value).length).toBeGreaterThan(0);
  });
});

test('example ids are unique across the priority books', () => {
  const ids = priorityExampleBooks.flatMap((book) => book.examples.map((e) => e.id));
  expect(new Set(ids).size).toBe(ids.length);
});
