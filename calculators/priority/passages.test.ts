import { describe, expect, test } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { Citation } from '../core/citation';
import { normalise, readSection } from '../../test/unit/citationCheck';
import { vashOrder } from './cpd/cpd1611';
import { priorityExampleBooks } from './examples';
import { passages } from './passages';
import { chronicLadder, otherLadder } from './tpch/ladders';
import { inconsistencies } from './tpch/notes';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The same reading of a section as the parameter citation test: emphasis and escapes removed. */
const sectionText = (citation: Citation): string | null => {
  const source = readSection(root, citation.doc, citation.section);
  return source === null
    ? null
    : normalise(source.replace(/\\([{}<>*_[\]])/g, '$1').replace(/\*\*|__|(?<!\w)[*_](?!\s)|(?<!\s)[*_](?!\w)/g, ''));
};

const fromExamples = priorityExampleBooks.flatMap((book) =>
  book.examples.flatMap((example) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- books differ in input and result types
    const outcome = (book.run as (input: unknown, options: object) => any)(example.input, { jurisdiction: example.jurisdiction });
    const collect = (value: unknown): Citation[] =>
      Array.isArray(value)
        ? value.flatMap(collect)
        : value && typeof value === 'object'
          ? 'doc' in value && 'section' in value
            ? [value as Citation]
            : Object.values(value).flatMap(collect)
          : [];
    return [...collect(outcome), ...example.citations];
  }),
);

const quoted = [
  ...Object.values(passages),
  ...chronicLadder.map((r) => r.citation),
  ...otherLadder.map((r) => r.citation),
  ...vashOrder.flatMap((g) => [g.passage, ...(g.context ?? [])]),
  ...Object.values(inconsistencies).flatMap((r) => r.citations),
  ...fromExamples,
];
const unique = [...new Map(quoted.map((c) => [`${c.doc}/${c.section}/${c.quote ?? ''}`, c])).values()];

describe('every passage the priority rules cite is in the cited section', () => {
  test.each(unique.map((c) => [`${c.doc}/${c.section}: ${(c.quote ?? '(whole section)').slice(0, 60)}`, c] as const))(
    '%s',
    (_name, citation) => {
      const text = sectionText(citation);
      expect(text, `no section file for ${citation.doc}/${citation.section}`).not.toBeNull();
      if (citation.quote) expect(text).toContain(normalise(citation.quote));
    },
  );
});

test('the ladders and the HUD-VASH order have one passage per level', () => {
  expect(chronicLadder).toHaveLength(8);
  expect(otherLadder).toHaveLength(8);
  expect(vashOrder).toHaveLength(6);
  // each TPCH level's quote starts with its own number
  chronicLadder.forEach((r, i) => expect(r.citation.quote?.startsWith(`${i + 1}. `)).toBe(true));
  otherLadder.forEach((r, i) => expect(r.citation.quote?.startsWith(`${i + 1}. `)).toBe(true));
});
