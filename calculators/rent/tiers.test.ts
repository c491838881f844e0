import { describe, expect, test } from 'vitest';
import { calculateRrhTiers } from './tiers';
import { errorsOf, run } from './testInputs';

const tier = (input: object) => run('rrh-tier', { mode: 'rrh-tier', asOf: '2024-01-15', ...input }, 'tucson-pima');

describe('TPCH tiers split the contract rent', () => {
  test('the program pays 100%, 67%, 33% and 0% of $900 at Tiers 1 to 4', () => {
    // $900 × 100% = $900; × 67% = $603; × 33% = $297; × 0% = $0.
    const result = tier({ contractRent: 900_00 });
    expect(result.detail.tiers.map((t) => [t.tier, t.programPays, t.participantPays])).toEqual([
      [1, 900_00, 0],
      [2, 603_00, 297_00],
      [3, 297_00, 603_00],
      [4, 0, 900_00],
    ]);
  });

  test('staff may choose any tier, and the chosen tier sets the figures', () => {
    const result = tier({ contractRent: 900_00, tier: 3 });
    expect(result).toMatchObject({ tier: 3, programPays: 297_00, participantPays: 603_00 });
  });

  test('the program share rounds half-up to the cent', () => {
    // $0.50 × 67% = $0.335 → $0.34 (half-up); $0.50 − $0.34 = $0.16.
    expect(tier({ contractRent: 50, tier: 2 })).toMatchObject({ programPays: 34, participantPays: 16 });
  });
});

describe('the suggested tier is where the household pays the most it can afford', () => {
  // $900 rent: the household pays $0 (Tier 1), $297 (Tier 2), $603 (Tier 3), $900 (Tier 4).
  test.each([
    [296_99, 1],
    [297_00, 2],
    [297_01, 2],
    [602_99, 2],
    [603_00, 3],
    [899_99, 3],
    [900_00, 4],
    [2_000_00, 4],
    [0, 1],
  ])('a household that can pay %i cents gets Tier %i', (canPay, expected) => {
    expect(tier({ contractRent: 900_00, householdCanPay: canPay }).tier).toBe(expected);
  });

  test('a zero-income household is suggested Tier 1, where the program pays 100%', () => {
    const result = tier({ contractRent: 750_00, zeroIncome: true });
    expect(result).toMatchObject({ tier: 1, programPays: 750_00, participantPays: 0 });
    expect(result.reasons.map((r) => r.code)).toContain('rrh-tier-zero-income');
  });

  test('a staff choice different from the suggestion is kept and explained', () => {
    const result = tier({ contractRent: 900_00, householdCanPay: 700_00, tier: 2 });
    expect(result.detail.suggested?.tier).toBe(3);
    expect(result.tier).toBe(2);
    expect(result.reasons.map((r) => r.code)).toContain('rrh-tier-staff-choice');
  });
});

describe('bad tier input is reported, field by field', () => {
  test.each([0, 5, 2.5, '2'])('tier %s is outside 1 to 4', (bad) => {
    expect(errorsOf({ mode: 'rrh-tier', asOf: '2024-01-15', contractRent: 900_00, tier: bad }, 'tucson-pima')).toEqual([
      { path: 'tier', message: 'Choose a tier from 1 to 4' },
    ]);
  });

  test('zero income with an amount the household can pay is a contradiction', () => {
    expect(
      errorsOf({ mode: 'rrh-tier', asOf: '2024-01-15', contractRent: 900_00, zeroIncome: true, householdCanPay: 100_00 }, 'tucson-pima')[0]
        ?.path,
    ).toBe('householdCanPay');
  });

  test('a jurisdiction without tiers says where the tiers are', () => {
    const [error] = errorsOf({ mode: 'rrh-tier', asOf: '2024-01-15', contractRent: 900_00 }, 'hud');
    expect(error?.path).toBe('mode');
    expect(error?.message).toMatch(/TPCH written standards: choose Tucson\/Pima/);
  });

  test('a date before the tiers were adopted names the earliest date', () => {
    // Adopted 2023-03-28: the day before has no tiers, the day itself has them.
    expect(errorsOf({ mode: 'rrh-tier', asOf: '2023-03-27', contractRent: 900_00 }, 'tucson-pima')[0]?.message).toMatch(
      /earliest is from 2023-03-28/,
    );
    expect(tier({ asOf: '2023-03-28', contractRent: 900_00 }).detail.tiers).toHaveLength(4);
  });
});

describe('calculateRrhTiers (the model the site shell uses)', () => {
  test('splits rent under every tier and the chosen one', () => {
    const outcome = calculateRrhTiers({ contractRent: 900_00, tier: 2, asOf: '2024-01-15' }, { jurisdiction: 'tucson-pima' });
    expect(outcome).toMatchObject({ ok: true, value: { chosen: { tier: 2, programPays: 603_00 }, suggested: null } });
  });

  test('reports a jurisdiction without tiers instead of crashing', () => {
    expect(calculateRrhTiers({ contractRent: 900_00, asOf: '2024-01-15' })).toMatchObject({ ok: false, errors: [{ path: 'mode' }] });
  });
});
