import { describe, expect, test } from 'vitest';
import { dependentChild, errorsOf, head, incomeBasedInput, run } from './testInputs';

const annualOf = (source: object, age = 40) =>
  run('income-based', incomeBasedInput([head(0, { age, incomeSources: [{ label: 'Pay', kind: 'earned', ...source }] as never })])).detail
    .annualIncome;

describe('income is annualised from how often it is paid (24 CFR 5.609)', () => {
  test.each([
    ['weekly', 500_00, 26_000_00], // $500 × 52
    ['every-two-weeks', 1_000_00, 26_000_00], // $1,000 × 26
    ['twice-a-month', 1_000_00, 24_000_00], // $1,000 × 24
    ['monthly', 2_000_00, 24_000_00], // $2,000 × 12
    ['annually', 30_000_00, 30_000_00],
  ])('%s pay of %i cents is %i cents a year', (frequency, amount, expected) => {
    expect(annualOf({ amount, frequency })).toBe(expected);
  });

  test('hourly pay is rate × hours a week × 52', () => {
    // $15.00 × 37.5 × 52 = $29,250.00.
    expect(annualOf({ amount: 15_00, frequency: 'hourly', hoursPerWeek: 37.5 })).toBe(29_250_00);
  });

  test('hourly pay that does not come to whole cents rounds half-up', () => {
    // $12.34 × 10.01 × 52 = $6,423.2168 → $6,423.22; $12.33 × 10.01 × 52 = $6,418.0116 → $6,418.01.
    expect(annualOf({ amount: 12_34, frequency: 'hourly', hoursPerWeek: 10.01 })).toBe(6_423_22);
    expect(annualOf({ amount: 12_33, frequency: 'hourly', hoursPerWeek: 10.01 })).toBe(6_418_01);
  });

  test('income of every member is added', () => {
    const spouse = head(10_000_00, { name: 'Spouse', relationship: 'spouse-or-co-head' });
    expect(run('income-based', incomeBasedInput([head(20_000_00), spouse])).detail.annualIncome).toBe(30_000_00);
  });
});

describe("a child's earnings are not income; other income of a child is", () => {
  const withTeen = (age: number, kind: 'earned' | 'unearned') =>
    run(
      'income-based',
      incomeBasedInput([
        head(20_000_00),
        { ...dependentChild('Teen', age), incomeSources: [{ label: 'Job', kind, amount: 100_00, frequency: 'weekly' }] },
      ]),
    ).detail.annualIncome;

  test('earnings at 17 are excluded', () => expect(withTeen(17, 'earned')).toBe(20_000_00));
  test('earnings at 18 count', () => expect(withTeen(18, 'earned')).toBe(25_200_00)); // $20,000 + $100 × 52
  test('unearned income at 17 counts', () => expect(withTeen(17, 'unearned')).toBe(25_200_00));
});

describe('household answers that cannot all be true are errors', () => {
  test('hourly pay needs hours a week', () => {
    const input = incomeBasedInput([head(0, { incomeSources: [{ label: 'Pay', kind: 'earned', amount: 15_00, frequency: 'hourly' }] })]);
    expect(errorsOf(input)).toEqual([
      { path: 'members.0.incomeSources.0.hoursPerWeek', message: 'Enter the hours worked in a usual week for hourly pay' },
    ]);
  });

  test('hours a week only go with hourly pay', () => {
    const input = incomeBasedInput([
      head(0, { incomeSources: [{ label: 'Pay', kind: 'earned', amount: 15_00, frequency: 'weekly', hoursPerWeek: 40 }] }),
    ]);
    expect(errorsOf(input)[0]?.path).toBe('members.0.incomeSources.0.hoursPerWeek');
  });

  test('hours a week have at most two decimals', () => {
    const input = incomeBasedInput([
      head(0, { incomeSources: [{ label: 'Pay', kind: 'earned', amount: 15_00, frequency: 'hourly', hoursPerWeek: 37.555 }] }),
    ]);
    expect(errorsOf(input)[0]?.message).toMatch(/at most two decimal places/);
  });

  test('the household needs exactly one head', () => {
    expect(errorsOf(incomeBasedInput([head(1_00), head(1_00)]))[0]?.message).toBe(
      '2 members are marked as head of household: mark only one',
    );
    expect(errorsOf(incomeBasedInput([dependentChild('A')]))[0]?.message).toBe('Mark one member as the head of household');
  });

  test('the head cannot be a dependent', () => {
    expect(errorsOf(incomeBasedInput([head(1_00, { dependent: true })]))).toEqual([
      { path: 'members.0.dependent', message: 'The head, spouse or co-head cannot be a dependent: correct one of the two answers' },
    ]);
  });

  test('an implausible annual income is flagged rather than computed', () => {
    const rich = head(0, {
      incomeSources: Array.from({ length: 11 }, () => ({
        label: 'Pay',
        kind: 'earned' as const,
        amount: 1_000_000_00,
        frequency: 'annually' as const,
      })),
    });
    expect(errorsOf(incomeBasedInput([rich]))[0]).toMatchObject({ path: 'members', message: expect.stringMatching(/implausible/) });
  });
});
