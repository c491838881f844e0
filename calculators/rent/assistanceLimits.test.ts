import { describe, expect, test } from 'vitest';
import { sampleFmrTable, sampleUtilityAllowanceSchedule } from './samples';
import { checkOf, errorsOf, limitsInput, run } from './testInputs';

const limits = (extra: Parameters<typeof limitsInput>[0], jurisdiction: Parameters<typeof run>[2] = 'hud') =>
  run('limits', limitsInput(extra), jurisdiction);

describe('a security deposit is at most 2 months of rent', () => {
  // Rent $1,000: the most is 2 × $1,000 = $2,000.
  test.each([
    [1_999_99, 'pass'],
    [2_000_00, 'pass'],
    [2_000_01, 'fail'],
  ])('a deposit of %i cents is a %s', (deposit, status) => {
    expect(checkOf(limits({ securityDeposit: deposit }), 'security-deposit').status).toBe(status);
  });
});

describe("last month's rent is at most 1 month and counts toward the months of assistance", () => {
  test.each([
    [999_99, 'pass'],
    [1_000_00, 'pass'],
    [1_000_01, 'fail'],
  ])("last month's rent of %i cents is a %s", (amount, status) => {
    expect(checkOf(limits({ lastMonthRent: amount }), 'last-month-rent').status).toBe(status);
  });

  test("last month's rent adds a month to the count", () => {
    // 10 already + 1 requested + 1 last month = 12.
    expect(limits({ monthsAlreadyAssisted: 10, lastMonthRent: 1_000_00 }).detail.months.counted).toBe(12);
  });
});

describe('arrears: ESG only, one time, at most 6 months, inside the 24-month cap', () => {
  test.each([
    [5, 'pass'],
    [6, 'pass'],
    [7, 'fail'],
  ])('%i months of arrears is a %s', (months, status) => {
    expect(checkOf(limits({ arrears: { months, paidBefore: false } }), 'arrears-months').status).toBe(status);
  });

  test('6 months of arrears leave at most 18 months of rental assistance', () => {
    // 0 already + 0 requested + 6 arrears = 6; 24 − 6 = 18.
    expect(limits({ monthsRequested: 0, arrears: { months: 6, paidBefore: false } }).detail.months).toMatchObject({
      counted: 6,
      cap: 24,
      remaining: 18,
    });
  });

  test('a second arrears payment fails', () => {
    expect(checkOf(limits({ arrears: { months: 2, paidBefore: true } }), 'arrears-once').status).toBe('fail');
  });

  test('CoC funds cannot pay arrears', () => {
    const result = limits({ program: 'coc', component: 'rapid-rehousing', arrears: { months: 1, paidBefore: false } });
    expect(checkOf(result, 'arrears-program').status).toBe('fail');
    expect(result.detail.allPass).toBe(false);
  });
});

describe('ESG rental assistance: at most 24 months in any 3-year period', () => {
  test.each([
    [22, 1, 'pass', 1],
    [23, 1, 'pass', 0],
    [24, 1, 'fail', 0],
  ])('%i months already + %i requested is a %s with %i remaining', (already, requested, status, remaining) => {
    const result = limits({ monthsAlreadyAssisted: already, monthsRequested: requested });
    expect(checkOf(result, 'months').status).toBe(status);
    expect(result.detail.months.remaining).toBe(remaining);
  });

  test.each([
    [1, 'short-term'],
    [3, 'short-term'],
    [4, 'medium-term'],
    [24, 'medium-term'],
    [25, 'beyond-medium-term'],
  ])('%i months requested is %s', (requested, term) => {
    expect(limits({ monthsRequested: requested }).detail.months.term).toBe(term);
  });

  test.each([
    [36, true],
    [37, false],
  ])('%i months already received in a 3-year window: accepted is %s', (already, accepted) => {
    const outcome = () => run('limits', limitsInput({ monthsAlreadyAssisted: already, monthsRequested: 0 }));
    if (accepted) expect(outcome().detail.months.counted).toBe(already);
    else expect(errorsOf(limitsInput({ monthsAlreadyAssisted: already, monthsRequested: 0 }))[0]?.path).toBe('monthsAlreadyAssisted');
  });
});

describe('CoC months of assistance by jurisdiction', () => {
  const rrh = { program: 'coc' as const, component: 'rapid-rehousing' as const, monthsAlreadyAssisted: 20, monthsRequested: 5 };

  test('TPCH caps RRH at 24 months', () => {
    expect(checkOf(limits(rrh, 'tucson-pima'), 'months').status).toBe('fail');
  });

  test('Nashville caps RRH at 24 months', () => {
    expect(checkOf(limits(rrh, 'nashville-davidson'), 'months').status).toBe('fail');
  });

  test('the federal baseline here states no CoC RRH cap: not checked', () => {
    expect(checkOf(limits(rrh, 'hud'), 'months').status).toBe('not-checked');
  });

  test('PSH has no set length of stay: not checked', () => {
    expect(checkOf(limits({ ...rrh, component: 'permanent-supportive-housing', monthsAlreadyAssisted: 100 }, 'hud'), 'months').status).toBe(
      'not-checked',
    );
  });
});

describe('utility assistance: at most 24 months in 3 years', () => {
  test.each([
    [22, 1, 'pass'],
    [23, 1, 'pass'],
    [24, 1, 'fail'],
  ])('%i already + %i requested is a %s', (monthsAlready, monthsRequested, status) => {
    expect(checkOf(limits({ utilityAssistance: { monthsAlready, monthsRequested } }), 'utility-months').status).toBe(status);
  });
});

describe('no rental assistance alongside other public rental assistance', () => {
  test('rental assistance requested: fails', () => {
    expect(checkOf(limits({ otherPublicRentalAssistance: true }), 'other-assistance').status).toBe('fail');
  });

  test('only a one-time arrears payment: allowed', () => {
    const result = limits({ otherPublicRentalAssistance: true, monthsRequested: 0, arrears: { months: 2, paidBefore: false } });
    expect(checkOf(result, 'other-assistance').status).toBe('pass');
  });

  test('no other assistance: passes', () => {
    expect(checkOf(limits({}), 'other-assistance').status).toBe('pass');
  });
});

test('a request within every limit passes them all, each with a cited reason', () => {
  const result = limits({
    securityDeposit: 2_000_00,
    lastMonthRent: 1_000_00,
    arrears: { months: 2, paidBefore: false },
    utilityAssistance: { monthsAlready: 0, monthsRequested: 3 },
    utilityAllowance: { source: 'schedule', schedule: sampleUtilityAllowanceSchedule, bedrooms: 1, tenantPays: [{ use: 'water' }] },
    fmr: { source: 'table', table: sampleFmrTable, areaCode: 'SAMPLE-METRO-A', bedrooms: 1 },
  });
  expect(result.detail.allPass).toBe(true);
  expect(result.detail.checks.every((c) => c.reason.citations.length > 0)).toBe(true);
  expect(result.reasons.every((r) => r.citations.length > 0)).toBe(true);
  // $1,000 + $18 water = $1,018 ≤ $1,150 FMR and ≤ $1,100 reasonable.
  expect(result.grossRent).toBe(1_018_00);
});
