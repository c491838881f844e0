import { describe, expect, test } from 'vitest';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { matchExamples } from './examples';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('match worked examples give the answers the standards give', () => {
  test.each(matchExamples.examples.map((example) => [example.title, example] as const))('%s', (_title, example) => {
    const outcome = matchExamples.run(example.input, { jurisdiction: example.jurisdiction });
    expect(outcome.ok ? undefined : outcome.errors).toBeUndefined();
    if (outcome.ok) expect(outcome.value).toMatchObject(example.expected as object);
  });
});

test('example ids are unique and every example cites a section that exists', () => {
  const ids = matchExamples.examples.map((e) => e.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const example of matchExamples.examples) {
    expect(example.citations.length).toBeGreaterThan(0);
    for (const c of example.citations)
      expect(existsSync(join(root, 'content', 'standards', c.doc, `${c.section}.mdx`)), `${c.doc}/${c.section}`).toBe(true);
  }
});

test('the revision-impact figures show required match, match that counts and the shortfall', () => {
  const pima = matchExamples.examples.find((e) => e.id === 'pima-2023-24-budget');
  const outcome = matchExamples.run(pima?.input, { jurisdiction: 'tucson-pima' });
  expect(outcome.ok && matchExamples.figures(outcome.value)).toEqual([
    { label: 'Required match', value: '$63,254.50' },
    { label: 'Match that counts', value: '$0.00' },
    { label: 'Shortfall', value: '$63,254.50' },
  ]);
});

test('the "which sources count" example rejects each kind of source its caption names, and only those', () => {
  const example = matchExamples.examples.find((e) => e.id === 'new-bedford-what-counts')!;
  const outcome = matchExamples.run(example.input, { jurisdiction: example.jurisdiction });
  expect(outcome.ok && outcome.value.rejectedSources.map((s) => [s.name, s.excludedBy])).toEqual([
    ['Another CoC grant', ['coc-program-funds']],
    ['Tenant rent', ['tenant-rent-or-benefits']],
    ['Volunteer tutors', ['services-without-mou']],
    ['Laundry income', ['program-income']],
    ['United Way grant', ['previously-used-as-match']],
    ['State rental vouchers', ['paid-directly-to-participants']],
  ]);
});
