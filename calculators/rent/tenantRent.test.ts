import { describe, expect, test } from 'vitest';
import { overlayParameters } from '../core/parameters';
import { parameterSets } from '../parameters';
import { dependentChild, errorsOf, head, incomeBasedInput, run } from './testInputs';

const rent = (input: ReturnType<typeof incomeBasedInput>, jurisdiction: Parameters<typeof run>[2] = 'hud') =>
  run('income-based', input, jurisdiction);

describe('CoC PSH and TH rent is the highest of three amounts (24 CFR 578.77)', () => {
  test('$12,000 a year with no deductions pays $300 a month', () => {
    // $12,000 × 30% ÷ 12 = $300 beats $12,000 × 10% ÷ 12 = $100.
    const result = rent(incomeBasedInput([head(12_000_00)]));
    expect(result.participantPays).toBe(300_00);
    expect(result.detail.candidates).toEqual({ adjustedIncomeShare: 300_00, grossIncomeShare: 100_00, welfareRent: null });
    expect(result.detail.shares).toEqual({ adjustedIncome: 3000, grossIncome: 1000 });
  });

  test('the shares the result reports are the ones applied: a proposed 35% share of adjusted income', () => {
    const proposal = overlayParameters(parameterSets.hud, 'Higher share', [
      { parameter: 'rent.tenantRent.adjustedIncomeShare', value: 3500, effective: '2012-08-30' },
    ]);
    if (!proposal.ok) throw new Error('overlay failed');
    // $12,000 × 35% ÷ 12 = $350.
    const result = rent(incomeBasedInput([head(12_000_00)]), { parameters: proposal.value });
    expect(result.detail.shares).toEqual({ adjustedIncome: 3500, grossIncome: 1000 });
    expect(result.detail.candidates.adjustedIncomeShare).toBe(350_00);
  });

  test('a welfare rent of $350 above 30% of income ($200) is what the participant pays', () => {
    // $8,000 × 30% ÷ 12 = $200 < $350.
    expect(rent(incomeBasedInput([head(8_000_00)], { welfareRent: 350_00 })).participantPays).toBe(350_00);
  });

  test('a welfare rent below 30% of income changes nothing', () => {
    expect(rent(incomeBasedInput([head(8_000_00)], { welfareRent: 199_99 })).participantPays).toBe(200_00);
  });

  test('10% of gross income wins when deductions push 30% of adjusted income below it', () => {
    // $12,000 − 4 × $480 − $6,000 child care = $4,080; × 30% ÷ 12 = $102; 10% of $12,000 ÷ 12 = $100.
    // With $6,500 child care: $3,580 × 30% ÷ 12 = $89.50 < $100, so $100.
    const kids = [1, 2, 3, 4].map((n) => dependentChild(`Child ${n}`));
    expect(rent(incomeBasedInput([head(12_000_00), ...kids], { childCareExpenses: 6_000_00 })).participantPays).toBe(102_00);
    expect(rent(incomeBasedInput([head(12_000_00), ...kids], { childCareExpenses: 6_500_00 })).participantPays).toBe(100_00);
  });

  test('no income pays $0', () => {
    expect(rent(incomeBasedInput([head(0)])).participantPays).toBe(0);
  });

  test('an occupancy charge is capped by the same three amounts', () => {
    const result = rent(incomeBasedInput([head(12_000_00)], { charge: 'occupancy-charge' }));
    expect(result.participantPays).toBe(300_00);
    expect(result.reasons.find((r) => r.code === 'tenant-rent-highest-adjusted')?.text).toMatch(/^The occupancy charge may not exceed/);
  });
});

describe('adjusted income deducts the amounts of the rule set in force (24 CFR 5.611)', () => {
  const family = [head(24_000_00), dependentChild('B', 6), dependentChild('C', 9)];

  test('two dependents, $24,000, child care $2,400, before HOTMA: $516', () => {
    // $24,000 − 2 × $480 − $2,400 = $20,640; × 30% ÷ 12 = $516.
    const result = rent(incomeBasedInput(family, { asOf: '2023-06-01', childCareExpenses: 2_400_00 }));
    expect(result.detail).toMatchObject({ ruleSet: 'pre-hotma', adjustedIncome: 20_640_00, tenantRent: 516_00 });
    expect(result.reasons.find((r) => r.code === 'adjusted-income')?.text).toBe(
      'Adjusted income: $24,000.00 − 2 × $480.00 − $2,400.00 = $20,640.00.',
    );
  });

  // Elderly family, $20,000 income, $1,000 medical expenses.
  // Before HOTMA: $400 deduction; medical above 3% ($600) = $400 → $19,200.
  // HOTMA 2024–25: $525; medical above 10% ($2,000) = $0 → $19,475.
  // From 2026: $550 → $19,450.
  test.each([
    ['2023-12-31', 'pre-hotma', 400_00, 400_00, 19_200_00],
    ['2024-01-01', 'hotma', 525_00, 0, 19_475_00],
    ['2025-12-31', 'hotma', 525_00, 0, 19_475_00],
    ['2026-01-01', 'hotma', 550_00, 0, 19_450_00],
  ])('on %s the %s rules apply', (asOf, ruleSet, elderly, medical, adjusted) => {
    const result = rent(
      incomeBasedInput([head(20_000_00, { age: 70 })], { asOf, elderlyOrDisabledFamily: true, medicalExpenses: 1_000_00 }),
    );
    expect(result.detail).toMatchObject({
      ruleSet,
      adjustedIncome: adjusted,
      deductions: { elderlyOrDisabled: elderly, medicalAndAttendantCare: medical },
    });
  });

  test.each([
    ['2025-12-31', 480_00],
    ['2026-01-01', 500_00],
  ])('the dependent deduction on %s is %i cents', (asOf, perDependent) => {
    expect(rent(incomeBasedInput(family, { asOf })).detail.deductions.dependents).toBe(2 * perDependent);
  });

  describe('medical expenses count only above the threshold share of annual income', () => {
    // Before HOTMA, 3% of $20,000 = $600.
    const medical = (expenses: number) =>
      rent(incomeBasedInput([head(20_000_00)], { asOf: '2023-06-01', elderlyOrDisabledFamily: true, medicalExpenses: expenses })).detail
        .deductions.medicalAndAttendantCare;
    test('$599.99 deducts nothing', () => expect(medical(599_99)).toBe(0));
    test('$600.00 deducts nothing', () => expect(medical(600_00)).toBe(0));
    test('$600.01 deducts one cent', () => expect(medical(600_01)).toBe(1));
  });

  test('a family that is neither elderly nor disabled cannot deduct medical expenses', () => {
    const result = rent(incomeBasedInput([head(20_000_00)], { medicalExpenses: 5_000_00 }));
    expect(result.detail.deductions.medicalAndAttendantCare).toBe(0);
    expect(result.reasons.map((r) => r.code)).toContain('deduction-medical-not-eligible');
  });

  test('attendant care counts only up to the earnings it makes possible', () => {
    // Expenses $3,000 capped at $1,500 earned; less 3% of $20,000 ($600) = $900.
    const result = rent(incomeBasedInput([head(20_000_00)], { attendantCare: { expenses: 3_000_00, earningsEnabled: 1_500_00 } }));
    expect(result.detail.deductions.medicalAndAttendantCare).toBe(900_00);
  });

  test('earnings enabled by care above the adults’ earnings is a contradiction', () => {
    expect(errorsOf(incomeBasedInput([head(1_000_00)], { attendantCare: { expenses: 500_00, earningsEnabled: 2_000_00 } }))[0]?.path).toBe(
      'attendantCare.earningsEnabled',
    );
  });

  test('adjusted income cannot fall below zero', () => {
    const result = rent(incomeBasedInput([head(1_000_00)], { childCareExpenses: 5_000_00 }));
    expect(result.detail.adjustedIncome).toBe(0);
  });

  test('a CoC can keep the rules before HOTMA longer: an overlay moves the date and the amounts follow', () => {
    const proposal = overlayParameters(parameterSets.hud, 'Later HOTMA compliance', [
      { parameter: 'rent.income.ruleSet', value: 'pre-hotma', effective: '2024-01-02' },
    ]);
    if (!proposal.ok) throw new Error('overlay failed');
    const result = rent(incomeBasedInput([head(20_000_00, { age: 70 })], { asOf: '2024-06-01', elderlyOrDisabledFamily: true }), {
      parameters: proposal.value,
    });
    expect(result.detail).toMatchObject({ ruleSet: 'pre-hotma', deductions: { elderlyOrDisabled: 400_00 } });
    expect(result.parameterSet).toEqual({ id: 'hud', label: 'HUD federal baseline', revision: 'Later HOTMA compliance' });
  });
});

describe('the utility allowance is credited against the rent', () => {
  test('computed rent $300 and allowance $100: $200 to the owner, no reimbursement', () => {
    const result = rent(incomeBasedInput([head(12_000_00)], { utilityAllowance: { source: 'entered', amount: 100_00 } }));
    expect(result).toMatchObject({ participantPays: 200_00, utilityReimbursement: 0, utilityAllowance: 100_00 });
  });

  test('an allowance equal to the rent leaves $0 to the owner and no reimbursement', () => {
    expect(rent(incomeBasedInput([head(12_000_00)], { utilityAllowance: { source: 'entered', amount: 300_00 } }))).toMatchObject({
      participantPays: 0,
      utilityReimbursement: 0,
    });
  });

  test('an allowance one cent above the rent is a one-cent reimbursement', () => {
    expect(rent(incomeBasedInput([head(12_000_00)], { utilityAllowance: { source: 'entered', amount: 300_01 } }))).toMatchObject({
      participantPays: 0,
      utilityReimbursement: 1,
    });
  });

  test('Nashville says how the reimbursement is paid; the federal baseline does not', () => {
    const input = incomeBasedInput([head(12_000_00)], { asOf: '2024-06-01', utilityAllowance: { source: 'entered', amount: 400_00 } });
    expect(rent(input, 'nashville-davidson').detail.utility?.policy).toBe('utility-company-or-rent-calculation');
    expect(rent(input, 'hud').detail.utility?.policy).toBe('not-stated');
    expect(rent(input, 'hud').utilityReimbursement).toBe(100_00);
  });

  test('with a contract rent the program pays the rest, and gross rent adds the allowance', () => {
    // $300 − $100 = $200 from the tenant; $900 − $200 = $700 from the program; $900 + $100 = $1,000 gross.
    const result = rent(
      incomeBasedInput([head(12_000_00)], { utilityAllowance: { source: 'entered', amount: 100_00 }, contractRent: 900_00 }),
    );
    expect(result).toMatchObject({ participantPays: 200_00, programPays: 700_00, grossRent: 1_000_00, contractRent: 900_00 });
  });

  test('a computed rent above the contract rent: the tenant pays the contract rent, the program nothing', () => {
    expect(rent(incomeBasedInput([head(60_000_00)], { contractRent: 900_00 }))).toMatchObject({ participantPays: 900_00, programPays: 0 });
  });
});

test('every result names the parameter values it used, with their dates and citations', () => {
  const result = rent(incomeBasedInput([head(12_000_00)]));
  expect(result.parametersUsed.map((p) => p.id)).toEqual(
    expect.arrayContaining([
      'rent.income.ruleSet',
      'rent.tenantRent.adjustedIncomeShare',
      'rent.tenantRent.grossIncomeShare',
      'rent.income.preHotma.dependentDeduction',
    ]),
  );
  expect(result.reasons.every((r) => r.citations.length > 0)).toBe(true);
});
