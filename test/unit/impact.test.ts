import { describe, expect, test } from 'vitest';
import { defineExampleBook } from '../../calculators/core/examples';
import { fail, ok } from '../../calculators/core/outcome';
import { defineParameterSet, numberParameter, overlayParameters, type ParameterSet } from '../../calculators/core/parameters';
import { parameterSets } from '../../calculators/parameters';
import { rrhTierExamples } from '../../calculators/rent/examples';
import { compareRuns, computeImpact, inputOn, runExample } from '../../src/utils/impact';

const cite = { doc: 'fixture-doc', section: 'fixture-section', quote: 'q' };

/** A one-rule book: the program pays `share` of rent; figures are the program share in dollars. */
const shareBook = defineExampleBook<{ rent: number; asOf: string }, { pays: number }>({
  calculator: 'rent',
  title: 'Share book',
  run: (input, options) => {
    const { rent, asOf } = input as { rent: number; asOf: string };
    if (rent < 0) return fail([{ path: 'rent', message: 'Rent cannot be negative' }]);
    const share = numberParameter(options!.parameters!, 'share', asOf).value;
    return ok({ pays: (rent * share) / 10_000 });
  },
  figures: (result) => [{ label: 'Program pays', value: `$${result.pays}` }],
  examples: [
    { id: 'a', title: 'Rent $900', rule: 'r', jurisdiction: 'hud', input: { rent: 900, asOf: '2024-01-01' }, expected: {}, citations: [] },
    { id: 'b', title: 'Rent $0', rule: 'r', jurisdiction: 'hud', input: { rent: 0, asOf: '2024-01-01' }, expected: {}, citations: [] },
    {
      id: 'c',
      title: 'Negative rent',
      rule: 'r',
      jurisdiction: 'hud',
      input: { rent: -1, asOf: '2024-01-01' },
      expected: {},
      citations: [],
    },
  ],
});

const adoptedSet: ParameterSet = defineParameterSet('hud', 'Fixture', [
  { id: 'share', label: 'Share', unit: 'basis_points', values: [{ value: 5000, effective: '2020-01-01', citation: cite }] },
]);
const proposed = (value: number, effective = '2025-01-01') => {
  const overlay = overlayParameters(adoptedSet, 'fixture-revision', [{ parameter: 'share', value, effective }]);
  if (!overlay.ok) throw new Error('fixture overlay failed');
  return overlay.value;
};

describe('inputOn', () => {
  test('moves an earlier example date to the date the proposed values take effect', () => {
    expect(inputOn({ rent: 1, asOf: '2024-01-15' }, '2027-01-01')).toEqual({ rent: 1, asOf: '2027-01-01' });
  });
  test('keeps a later example date, an input without a date, and every input when no date is given', () => {
    expect(inputOn({ asOf: '2028-05-01' }, '2027-01-01')).toEqual({ asOf: '2028-05-01' });
    expect(inputOn({ rent: 1 }, '2027-01-01')).toEqual({ rent: 1 });
    expect(inputOn({ asOf: '2024-01-15' }, null)).toEqual({ asOf: '2024-01-15' });
  });
});

describe('compareRuns', () => {
  test('lists only the figures whose values differ', () => {
    const a = {
      ok: true as const,
      figures: [
        { label: 'Program pays', value: '$603.00' },
        { label: 'Participant pays', value: '$297.00' },
        { label: 'Tier', value: '2' },
      ],
    };
    const b = {
      ok: true as const,
      figures: [
        { label: 'Program pays', value: '$630.00' },
        { label: 'Participant pays', value: '$270.00' },
        { label: 'Tier', value: '2' },
      ],
    };
    expect(compareRuns(a, b)).toEqual([
      { label: 'Program pays', adopted: '$603.00', proposed: '$630.00' },
      { label: 'Participant pays', adopted: '$297.00', proposed: '$270.00' },
    ]);
  });
  test('a figure present on one side only reads "—" on the other', () => {
    expect(
      compareRuns(
        { ok: true, figures: [{ label: 'Shortfall', value: '$5.00' }] },
        { ok: true, figures: [{ label: 'Surplus', value: '$0.00' }] },
      ),
    ).toEqual([
      { label: 'Shortfall', adopted: '$5.00', proposed: '—' },
      { label: 'Surplus', adopted: '—', proposed: '$0.00' },
    ]);
  });
  test('an example that fails only under the proposal shows why beside each adopted figure', () => {
    expect(compareRuns({ ok: true, figures: [{ label: 'Program pays', value: '$1.00' }] }, { ok: false, message: 'No tiers' })).toEqual([
      { label: 'Program pays', adopted: '$1.00', proposed: 'Not calculated: No tiers' },
    ]);
  });
  test('the same failure both ways is no change', () => {
    expect(compareRuns({ ok: false, message: 'No tiers' }, { ok: false, message: 'No tiers' })).toEqual([]);
  });
});

test('runExample turns an error thrown by a rule into "not calculated"', () => {
  const run = runExample(shareBook, shareBook.examples[0]!, defineParameterSet('hud', 'Empty', []), null);
  expect(run).toEqual({ ok: false, message: 'Parameter "share" is not in the "hud" parameter set' });
});

test('computeImpact lists changed examples, counts unchanged and not-applicable ones', () => {
  // 50% → 60%: $900 × 60% = $540 (was $450); $0 stays $0; a negative rent fails both ways.
  const impact = computeImpact([shareBook], adoptedSet, proposed(6000), '2025-01-01');
  expect(impact).toEqual({
    asOf: '2025-01-01',
    changed: [
      {
        calculator: 'rent',
        book: 'Share book',
        id: 'a',
        title: 'Rent $900',
        jurisdiction: 'hud',
        changes: [{ label: 'Program pays', adopted: '$450', proposed: '$540' }],
      },
    ],
    books: [{ calculator: 'rent', book: 'Share book', examples: 3, changed: 1, unchanged: 1, notApplicable: 1 }],
    total: 3,
    unchanged: 1,
    notApplicable: 1,
  });
});

test('without moving example dates, a value effective after an example’s own date changes nothing', () => {
  const impact = computeImpact([shareBook], adoptedSet, proposed(6000, '2025-01-01'), null);
  expect(impact.changed).toEqual([]);
  expect(impact.unchanged).toBe(2);
});

test('TPCH RRH Tier 2 67% → 70%: the program pays $603.00 → $630.00 for the family of 3 with $900 rent', () => {
  const overlay = overlayParameters(parameterSets['tucson-pima'], 'tier-2', [
    { parameter: 'rent.rrh.tier2.programShare', value: 7000, effective: '2027-01-01' },
  ]);
  if (!overlay.ok) throw new Error('overlay failed');
  // $900 × 70% = $630.00 from the program; $900 − $630 = $270.00 from the family.
  const impact = computeImpact([rrhTierExamples], parameterSets['tucson-pima'], overlay.value, '2027-01-01');
  expect(impact.changed).toEqual([
    {
      calculator: 'rent',
      book: 'Rapid re-housing tiers',
      id: 'tpch-family-of-3-tier-2',
      title: 'Family of 3, $900 rent, Tier 2',
      jurisdiction: 'tucson-pima',
      changes: [
        { label: 'Program pays', adopted: '$603.00', proposed: '$630.00' },
        { label: 'Participant pays', adopted: '$297.00', proposed: '$270.00' },
      ],
    },
  ]);
  expect(impact.unchanged).toBe(rrhTierExamples.examples.length - 1);
});

test('examples that cannot run under a jurisdiction (TPCH tiers under Nashville) are counted as not applicable', () => {
  const overlay = overlayParameters(parameterSets['nashville-davidson'], 'none', []);
  if (!overlay.ok) throw new Error('overlay failed');
  const impact = computeImpact([rrhTierExamples], parameterSets['nashville-davidson'], overlay.value, null);
  expect(impact.notApplicable).toBe(rrhTierExamples.examples.length);
  expect(impact.changed).toEqual([]);
});
