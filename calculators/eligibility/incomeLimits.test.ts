import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { decide, refusal, rentingFamily } from './fixtures';
import type * as z from 'zod/mini';
import { expectTypeOf } from 'vitest';
import { IncomeLimitRow as RowSchema, IncomeLimitTable } from './incomeLimitTable';
import { incomeLimitAreas, lookUpIncomeLimit, type IncomeLimitRow } from './incomeLimits';

const sample = IncomeLimitTable.parse(
  JSON.parse(readFileSync(new URL('../../content/data/income-limits/sample.json', import.meta.url), 'utf8')),
);
const withTable = { incomeLimits: sample.rows };

test('the sample table has the table shape and says on every row that its figures are samples', () => {
  expect(sample.rows.length).toBeGreaterThan(0);
  expect(sample.rows.every((row) => row.sample)).toBe(true);
  expect(sample.note).toMatch(/^SAMPLE FIGURES/);
});

test('the sample table has household sizes 1 to 8 for every area and fiscal year', () => {
  const groups = new Map<string, number[]>();
  for (const row of sample.rows)
    groups.set(`${row.area} ${row.fiscalYear}`, [...(groups.get(`${row.area} ${row.fiscalYear}`) ?? []), row.householdSize]);
  for (const sizes of groups.values()) expect(sizes.sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  expect(incomeLimitAreas(sample.rows).map((a) => a.area)).toEqual(['nashville-davidson', 'tucson-pima', 'lowell', 'new-bedford']);
});

test('a lookup without a fiscal year takes the limits in force on the assessment date', () => {
  const before = lookUpIncomeLimit(sample.rows, { area: 'nashville-davidson', householdSize: 4, asOf: '2024-03-31' });
  const after = lookUpIncomeLimit(sample.rows, { area: 'nashville-davidson', householdSize: 4, asOf: '2024-04-01' });
  expect(before.ok && before.row.fiscalYear).toBe(2023);
  expect(after.ok && after.row.fiscalYear).toBe(2024);
});

test('a lookup by fiscal year takes that year', () => {
  const found = lookUpIncomeLimit(sample.rows, { area: 'lowell', householdSize: 2, fiscalYear: 2023, asOf: '2024-06-03' });
  expect(found.ok && found.row).toMatchObject({ fiscalYear: 2023, householdSize: 2 });
});

test('an unknown area, a missing year, a household of 9 and a date before any limit are each explained', () => {
  expect(lookUpIncomeLimit(sample.rows, { area: 'springfield', householdSize: 2, asOf: '2024-06-03' })).toMatchObject({
    ok: false,
    reason: 'unknown-area',
  });
  expect(lookUpIncomeLimit(sample.rows, { area: 'lowell', householdSize: 2, fiscalYear: 2019, asOf: '2024-06-03' })).toMatchObject({
    ok: false,
    reason: 'no-fiscal-year',
  });
  expect(lookUpIncomeLimit(sample.rows, { area: 'lowell', householdSize: 9, asOf: '2024-06-03' })).toMatchObject({
    ok: false,
    message: 'The income-limits table covers households of 1 to 8 people; for 9 people enter the 30% limit HUD publishes for that size',
  });
  expect(lookUpIncomeLimit(sample.rows, { area: 'lowell', householdSize: 2, asOf: '2020-01-01' })).toMatchObject({
    ok: false,
    reason: 'not-in-force',
  });
});

test('the checker looks the limit up by area and household size and labels sample figures', () => {
  // Sample FY2024 Nashville limit for 4 people: 30% of $100,000 = $30,000.00; $18,000.00 is below it.
  const result = decide(
    { ...rentingFamily, income: { annual: 18_000_00, limit: { kind: 'table', area: 'nashville-davidson' } } },
    withTable,
  );
  expect(result.income).toMatchObject({
    belowAtRiskLimit: true,
    limit: { kind: 'table', thirtyPercentLimit: 30_000_00, fiscalYear: 2024, sample: true },
  });
  expect(result.reasons.find((r) => r.code === 'at-risk-income-below')?.text).toBe(
    'At risk (1)(i): Annual income $18,000.00 is below the 30% limit of $30,000.00 for a household of 4 (Nashville-Davidson--Murfreesboro--Franklin, TN HUD Metro FMR Area, fiscal year 2024, SAMPLE figures).',
  );
});

test('a table lookup that fails is a field error on the answer to change', () => {
  expect(refusal({ ...rentingFamily, income: { annual: 0, limit: { kind: 'table', area: 'springfield' } } }, withTable)).toEqual([
    {
      path: 'income.limit.area',
      message: 'The income-limits table has no area "springfield": choose a listed area or enter the 30% limit',
    },
  ]);
  expect(
    refusal(
      {
        ...rentingFamily,
        household: { ...rentingFamily.household, size: 9 },
        unit: { kind: 'larger', people: 9, rooms: 6 },
        income: { annual: 0, limit: { kind: 'table', area: 'lowell' } },
      },
      withTable,
    )[0]?.path,
  ).toBe('household.size');
});

test('a proposed income share other than 30% cannot use a 30% table and asks for the median instead', async () => {
  const { overlayParameters } = await import('../core/parameters');
  const { parameterSets } = await import('../parameters');
  const proposal = overlayParameters(parameterSets.hud, 'Raise the limit', [
    { parameter: 'eligibility.atRisk.incomeLimitShare', value: 4000, effective: '2024-01-01' },
  ]);
  if (!proposal.ok) throw new Error('the overlay was refused');
  expect(refusal(rentingFamily, { parameters: proposal.value })).toEqual([
    {
      path: 'income.limit',
      message:
        'These rules use a limit of 40% of area median income, but the table and entered limits are 30% limits: enter the area median income instead',
    },
  ]);
  // 40% of $100,000.00 = $40,000.00; $35,000.00 is below it.
  const withMedian = {
    ...rentingFamily,
    unit: { kind: 'sro-or-efficiency', people: 4 },
    income: { annual: 35_000_00, limit: { kind: 'median', areaMedianIncome: 100_000_00 } },
  } as const;
  const underProposal = decide(withMedian, { parameters: proposal.value });
  expect(underProposal.atRiskOfHomelessness).toBe(true);
  // The share the outcome names ("40% of the area median") is the one applied.
  expect(underProposal.income.atRiskShare).toBe(4000);
});

test('the table schema and the row type the rules read agree', () => {
  expectTypeOf<z.infer<typeof RowSchema>>().toEqualTypeOf<IncomeLimitRow>();
});
