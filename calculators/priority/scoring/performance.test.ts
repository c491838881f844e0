import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { checkPerformance, type PerformanceResult } from './performance';
import { TPCH_CATALOG, TPCH_COLUMNS, TPCH_MEASURES } from './performanceCatalog';

const check = (input: unknown, options = {}): PerformanceResult => {
  const outcome = checkPerformance(input, options);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.value;
};
const tpch = (column: string, measures: object) => check({ framework: 'tpch-2021', asOf: '2022-01-01', column, measures });
const status = (result: PerformanceResult, measure: string) => result.checks.find((c) => c.measure === measure)?.status;

describe('TPCH 2021: met at or beyond the standard, not met short of it', () => {
  // PSH exits standard 80%: 79 of 100 below, 80 of 100 on it, 81 of 100 above.
  test.each([
    [79, 'not-met'],
    [80, 'met'],
    [81, 'met'],
  ])('exits to permanent housing %i of 100 in the PSH column: %s', (count, expected) =>
    expect(status(tpch('psh', { exitsToPermanentHousing: { count, outOf: 100 } }), 'exitsToPermanentHousing')).toBe(expected),
  );
  // Returns at most 15%: 14.99% met, 15% met, 15.01% not met.
  test.each([
    [14.99, 'met'],
    [15, 'met'],
    [15.01, 'not-met'],
  ])('returns to homelessness at %f%%: %s', (percent, expected) =>
    expect(status(tpch('column-1', { returnsToHomelessness: { percent } }), 'returnsToHomelessness')).toBe(expected),
  );
  test.each([
    [29.99, 'met'],
    [30, 'met'],
    [30.01, 'not-met'],
  ])('prompt access at %f days against 30: %s', (days, expected) =>
    expect(status(tpch('psh', { promptAccessToHousing: days }), 'promptAccessToHousing')).toBe(expected),
  );
  test('column 5 allows 60 days to move-in', () =>
    expect(status(tpch('column-5', { promptAccessToHousing: 45 }), 'promptAccessToHousing')).toBe('met'));
  test.each([
    ['column-1', 0, 'met'],
    ['column-1', 1, 'not-met'],
    ['psh', 10, 'met'],
    ['psh', 11, 'not-met'],
  ])('HMIS late records in %s: %i is %s', (column, count, expected) =>
    expect(status(tpch(column, { hmisRecordsExceedingThreeDays: count }), 'hmisRecordsExceedingThreeDays')).toBe(expected),
  );
  test('fund utilization compares dollars exactly: $449,999.99 of $500,000 is below 90%', () => {
    expect(status(tpch('psh', { fundUtilization: { amount: 449_999_99, total: 500_000_00 } }), 'fundUtilization')).toBe('not-met');
    expect(status(tpch('psh', { fundUtilization: { amount: 450_000_00, total: 500_000_00 } }), 'fundUtilization')).toBe('met');
  });
  test('inventory utilization differs by column: 94% meets column 3 (93%) but not PSH (95%)', () => {
    expect(status(tpch('column-3', { inventoryUtilization: { percent: 94 } }), 'inventoryUtilization')).toBe('met');
    expect(status(tpch('psh', { inventoryUtilization: { percent: 94 } }), 'inventoryUtilization')).toBe('not-met');
  });
});

describe('TPCH 2021: honest about what the scan lost', () => {
  test('only the PSH column heading is certain', () => {
    expect(TPCH_COLUMNS.map((c) => tpch(c, {}).headingCertain)).toEqual([false, true, false, false, false]);
    expect(tpch('column-1', {}).reasons.find((r) => r.code === 'performance-heading-uncertain')?.text).toContain(
      'the scan reads “Terroras”',
    );
  });
  test('an illegible cell is reported, not checked', () => {
    const result = tpch('psh', { hmisDataCompleteness: { percent: 10 } });
    expect(status(result, 'hmisDataCompleteness')).toBe('illegible');
    expect(result.reasons.some((r) => r.code === 'performance-illegible')).toBe(true);
  });
  test('a cell with no standard and the information-only row are not judged', () => {
    const result = tpch('column-4', { coordinatedEntry: { percent: 10 }, costPerSuccessfulExit: 12_345_00 });
    expect([status(result, 'coordinatedEntry'), status(result, 'costPerSuccessfulExit')]).toEqual(['no-standard', 'information-only']);
    expect([result.met, result.notMet]).toEqual([0, 0]);
  });
  test('the older Performance Standards thresholds are mentioned when exits are checked', () =>
    expect(tpch('psh', { exitsToPermanentHousing: { percent: 90 } }).reasons.some((r) => r.code === 'performance-older-thresholds')).toBe(
      true,
    ));
});

describe('Nashville: each component’s benchmarks', () => {
  const nashville = (component: string, measures: object) => check({ framework: 'nashville', asOf: '2022-01-01', component, measures });
  test.each([
    ['emergency-shelter', 'exitsToPermanentHousing', { percent: 85 }, 'met'],
    ['emergency-shelter', 'exitsToPermanentHousing', { percent: 84.99 }, 'not-met'],
    ['emergency-shelter', 'averageStayDays', 90, 'met'],
    ['emergency-shelter', 'averageStayDays', 90.01, 'not-met'],
    ['homelessness-prevention', 'exitsToPermanentHousing', { count: 9, outOf: 10 }, 'met'],
    ['homelessness-prevention', 'exitsToPermanentHousing', { count: 8, outOf: 10 }, 'not-met'],
    ['permanent-supportive-housing', 'housingStability', { percent: 80 }, 'met'],
    ['permanent-supportive-housing', 'increasedIncome', { percent: 69 }, 'not-met'],
    ['rapid-rehousing', 'medianDaysToHousing', 45, 'met'],
    ['rapid-rehousing', 'medianDaysToHousing', 46, 'not-met'],
    ['rapid-rehousing', 'increasedIncome', { percent: 40 }, 'met'],
    ['street-outreach', 'successfulExits', { count: 1, outOf: 2 }, 'met'],
    ['street-outreach', 'successfulExits', { count: 49, outOf: 100 }, 'not-met'],
    ['transitional-housing', 'housingStability', { percent: 70 }, 'met'],
    ['transitional-housing', 'averageStayMonths', 9, 'met'],
    ['transitional-housing', 'averageStayMonths', 9.5, 'not-met'],
    ['transitional-housing', 'hmisNullRate', { percent: 5 }, 'met'],
    ['transitional-housing', 'hmisNullRate', { percent: 5.01 }, 'not-met'],
  ])('%s: %s %j is %s', (component, measure, value, expected) =>
    expect(status(nashville(component, { [measure]: value }), measure)).toBe(expected),
  );

  test('a measure the component has no benchmark for is shown but not judged', () => {
    const result = nashville('street-outreach', { averageStayMonths: 3 });
    expect(status(result, 'averageStayMonths')).toBe('no-standard');
    expect(result.reasons.find((r) => r.code === 'performance-no-standard')?.text).toContain('street outreach benchmarks set no standard');
  });
  test('length-of-stay benchmarks say they are read as ceilings', () =>
    expect(nashville('emergency-shelter', { averageStayDays: 60 }).reasons.find((r) => r.code === 'performance-met')?.text).toContain(
      'Hearth reads it as a ceiling',
    ));
});

describe('bad input and the wrong jurisdiction are field errors', () => {
  test('an unknown framework', () =>
    expect(checkPerformance({ framework: 'hud', asOf: '2022-01-01' })).toEqual({
      ok: false,
      errors: [
        {
          path: 'framework',
          message: 'Choose the performance standards: TPCH’s 2021 table ("tpch-2021") or Nashville’s benchmarks ("nashville")',
        },
      ],
    }));
  test('an unknown column', () =>
    expect(checkPerformance({ framework: 'tpch-2021', asOf: '2022-01-01', column: 'rrh', measures: {} })).toMatchObject({
      ok: false,
      errors: [{ path: 'column' }],
    }));
  test('TPCH standards under Nashville’s parameter set', () =>
    expect(
      checkPerformance({ framework: 'tpch-2021', asOf: '2022-01-01', column: 'psh', measures: {} }, { jurisdiction: 'nashville-davidson' }),
    ).toMatchObject({
      ok: false,
      errors: [{ path: 'jurisdiction', message: expect.stringContaining('has no TPCH 2021 performance standards') }],
    }));
  test('a date before the 2021 table', () =>
    expect(
      checkPerformance({ framework: 'tpch-2021', asOf: '2020-12-31', column: 'psh', measures: { fundUtilization: { percent: 95 } } }),
    ).toMatchObject({ ok: false, errors: [{ path: 'asOf' }] }));
});

test('every standard cell has a parameter, and no other cell does', () => {
  for (const measure of TPCH_MEASURES) {
    TPCH_COLUMNS.forEach((column, i) => {
      const cell = TPCH_CATALOG[measure].cells[i];
      const result = tpch(column, {});
      const found = result.checks.find((c) => c.measure === measure);
      expect(found?.status).toBe(cell === 'standard' ? 'not-entered' : cell);
    });
  }
});

test('a rate meets an at-least standard exactly when it is not below it', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 1000 }), fc.nat(), (outOf, raw) => {
      const count = raw % (outOf + 1);
      const result = tpch('psh', { exitsToPermanentHousing: { count, outOf } });
      expect(status(result, 'exitsToPermanentHousing')).toBe(count * 100 >= 80 * outOf ? 'met' : 'not-met');
    }),
  );
});
