import { describe, expect, test } from 'vitest';
import { exampleBooks } from '../../calculators';

describe.each(exampleBooks.map((book) => [book.title, book] as const))('worked examples: %s', (_title, book) => {
  test.each(book.examples.map((example) => [example.title, example] as const))('%s', (_name, example) => {
    const outcome = book.run(example.input, { jurisdiction: example.jurisdiction });
    expect(outcome.ok ? undefined : outcome.errors).toBeUndefined();
    if (outcome.ok) expect(outcome.value).toMatchObject(example.expected as object);
  });
});
