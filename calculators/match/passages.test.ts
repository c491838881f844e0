import { describe, expect, test } from 'vitest';
import { fileURLToPath } from 'node:url';
import { normalise, readSection } from '../../test/unit/citationCheck';
import { passages } from './passages';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The section's words as a reader sees them: markdown emphasis and escapes removed (as the parameter citation test does). */
const readable = (source: string): string =>
  normalise(source.replace(/\\([{}<>*_[\]])/g, '$1').replace(/\*\*|__|(?<!\w)[*_](?!\s)|(?<!\s)[*_](?!\w)/g, ''));

const every = Object.entries(passages).flatMap(([rule, p]) =>
  [...p.federal, ...Object.values(p.local).flat()].map((citation) => [`${rule}: ${citation.doc}/${citation.section}`, citation] as const),
);

describe('every passage a match reason cites says what the reason quotes', () => {
  test.each(every)('%s', (_name, citation) => {
    const source = readSection(root, citation.doc, citation.section);
    expect(source, `content/standards/${citation.doc}/${citation.section}.mdx`).not.toBeNull();
    expect(readable(source ?? '')).toContain(normalise(citation.quote ?? ''));
  });
});
