import { describe, expect, test } from 'vitest';
import { errorsOf, run } from './testInputs';

const budget = (extra: object) =>
  run(
    'nashville-budget',
    { mode: 'nashville-budget', asOf: '2024-06-01', contractRent: 950_00, incomeSources: [], expenses: [], ...extra },
    'nashville-davidson',
  );
const lines = (...amounts: number[]) => amounts.map((amount, i) => ({ label: `Line ${i + 1}`, amount }));

describe('Nashville RRH assistance follows the monthly budget', () => {
  test('income $1,400 less expenses $1,000 leaves $400 toward $950 rent: assistance $550', () => {
    const result = budget({ incomeSources: lines(1_400_00), expenses: lines(600_00, 400_00) });
    expect(result).toMatchObject({
      participantPays: 400_00,
      programPays: 550_00,
      detail: { budgetLeavesForRent: 400_00, zeroIncome: false },
    });
  });

  test('expenses above income leave nothing toward rent: RRH pays it all', () => {
    expect(budget({ incomeSources: lines(800_00), expenses: lines(900_00) })).toMatchObject({
      participantPays: 0,
      programPays: 950_00,
      detail: { budgetLeavesForRent: 0 },
    });
  });

  test.each([
    [949_99, 949_99, 1],
    [950_00, 950_00, 0],
    [950_01, 950_00, 0],
  ])('a budget leaving %i cents: the participant pays %i, RRH %i', (leaves, pays, assistance) => {
    expect(budget({ incomeSources: lines(leaves) })).toMatchObject({ participantPays: pays, programPays: assistance });
  });

  test('no income: RRH may pay the whole contract rent', () => {
    const result = budget({ incomeSources: [], expenses: lines(100_00) });
    expect(result).toMatchObject({ participantPays: 0, programPays: 950_00, detail: { zeroIncome: true } });
    expect(result.reasons.map((r) => r.code)).toContain('budget-zero-income');
  });

  test('RRH pays 100% of move-in costs', () => {
    // $950 deposit + $35 application fee = $985, all paid.
    expect(budget({ incomeSources: lines(1_000_00), moveInCosts: lines(950_00, 35_00) }).detail).toMatchObject({
      moveInCosts: 985_00,
      programPaysMoveIn: 985_00,
    });
  });
});

describe('the budget method is Nashville’s', () => {
  test.each(['hud', 'tucson-pima', 'lowell', 'new-bedford'] as const)('%s has no monthly budget method', (jurisdiction) => {
    const [error] = errorsOf(
      { mode: 'nashville-budget', asOf: '2024-06-01', contractRent: 950_00, incomeSources: [], expenses: [] },
      jurisdiction,
    );
    expect(error?.path).toBe('mode');
    expect(error?.message).toMatch(/choose Nashville-Davidson County CoC/);
  });

  test('before Nashville adopted its standards there is no budget method', () => {
    expect(
      errorsOf(
        { mode: 'nashville-budget', asOf: '2021-06-28', contractRent: 950_00, incomeSources: [], expenses: [] },
        'nashville-davidson',
      )[0]?.path,
    ).toBe('mode');
  });
});

test('a budget line without an amount names the line', () => {
  expect(
    errorsOf(
      { mode: 'nashville-budget', asOf: '2024-06-01', contractRent: 950_00, incomeSources: [{ label: 'Wages' }], expenses: [] },
      'nashville-davidson',
    ),
  ).toEqual([{ path: 'incomeSources.0.amount', message: 'Enter the income amount' }]);
});
