import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Parameter, ParameterValue } from '../../calculators';

const WORDS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  eighteen: 18,
  twenty: 20,
  thirty: 30,
  forty: 40,
  'forty-five': 45,
  sixty: 60,
  ninety: 90,
  hundred: 100,
};

/** Collapses whitespace and typographic quotes so a quote matches however the MDX wraps it. */
export const normalise = (text: string): string =>
  text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** Every number a quote states, in figures ("1,250.50", "25%") or words ("fourteen"). */
export function numbersIn(quote: string): number[] {
  const figures = [...quote.matchAll(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, '')));
  const words = normalise(quote)
    .split(/[^a-z-]+/)
    // "forty-five" is one number; "three-year" is the number three.
    .flatMap((w) => (w in WORDS ? [w] : w.split('-')))
    .flatMap((w) => (w in WORDS ? [WORDS[w] as number] : []));
  return [...figures, ...words];
}

/** The number a value should appear as in prose: basis points as percent, cents as dollars. */
export function displayedNumber(parameter: Parameter, value: ParameterValue['value']): number | null {
  if (typeof value !== 'number') return null;
  if (parameter.unit === 'basis_points' || parameter.unit === 'cents') return value / 100;
  return value;
}

/** MDX writes some characters as HTML entities; a reader sees the characters. */
const decodeEntities = (text: string): string =>
  text.replace(/&(gt|lt|amp|nbsp|quot);/g, (_, name: string) => ({ gt: '>', lt: '<', amp: '&', nbsp: ' ', quot: '"' })[name] ?? '');

/** Reads a section's MDX source, or null when the document or section does not exist. */
export function readSection(root: string, doc: string, section: string): string | null {
  const file = join(root, 'content', 'standards', doc, `${section}.mdx`);
  return existsSync(file) ? readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '') : null;
}

/** Problems with one parameter value's citation: a missing section, a quote not found, or a value the quote does not state. */
export function citationProblems(root: string, parameter: Parameter, value: ParameterValue): string[] {
  const { doc, section, quote } = value.citation;
  const where = `${parameter.id} (${value.effective}) cites ${doc}/${section}`;
  // Only a revision's proposed value may lack a quote (its words are on the revision's page); an adopted value never.
  if (!quote) return [`${where} without quoting the passage that states the value`];
  const source = readSection(root, doc, section);
  if (source === null) return [`${where}: no such section file content/standards/${doc}/${section}.mdx`];
  // Markdown emphasis and escapes are not part of the words a reader sees.
  const text = normalise(
    decodeEntities(source)
      .replace(/\\([{}<>*_[\]])/g, '$1')
      .replace(/\*\*|__|(?<!\w)[*_](?!\s)|(?<!\s)[*_](?!\w)/g, ''),
  );
  if (!text.includes(normalise(quote))) return [`${where}: the quote "${quote}" is not in that section`];
  const shown = displayedNumber(parameter, value.value);
  if (shown !== null && !numbersIn(quote).includes(shown)) {
    return [`${where}: the quote "${quote}" does not state the value ${shown} (${parameter.unit})`];
  }
  return [];
}
