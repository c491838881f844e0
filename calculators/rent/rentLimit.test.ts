import { describe, expect, test } from 'vitest';
import { sampleFmrTable, sampleUtilityAllowanceSchedule } from './samples';
import { checkOf, errorsOf, limitsInput, run } from './testInputs';

const limits = (extra: Parameters<typeof limitsInput>[0], jurisdiction: Parameters<typeof run>[2] = 'hud') =>
  run('limits', limitsInput(extra), jurisdiction);
const fmr = (amount: number) => ({ source: 'entered' as const, amount });
const ua = (amount: number) => ({ source: 'entered' as const, amount });

describe('ESG gross rent must be at or below the FMR and reasonable (24 CFR 576.106(d))', () => {
  test('FMR $1,200, rent $1,100 + utilities $150 = $1,250: fails', () => {
    const result = limits({ contractRent: 1_100_00, utilityAllowance: ua(150_00), fmr: fmr(1_200_00), reasonableRent: 1_300_00 });
    expect(result).toMatchObject({ grossRent: 1_250_00, withinRentLimit: false });
    expect(checkOf(result, 'rent-fmr').status).toBe('fail');
    expect(checkOf(result, 'rent-reasonable').status).toBe('pass');
  });

  test('gross $1,150 with comparables at $1,175: passes', () => {
    expect(
      limits({ contractRent: 1_000_00, utilityAllowance: ua(150_00), fmr: fmr(1_200_00), reasonableRent: 1_175_00 }).withinRentLimit,
    ).toBe(true);
  });

  test('gross $1,150 with comparables at $1,050: fails', () => {
    const result = limits({ contractRent: 1_000_00, utilityAllowance: ua(150_00), fmr: fmr(1_200_00), reasonableRent: 1_050_00 });
    expect(result.withinRentLimit).toBe(false);
    expect(checkOf(result, 'rent-reasonable').status).toBe('fail');
  });

  test.each([
    [1_199_99, true],
    [1_200_00, true],
    [1_200_01, false],
  ])('gross rent %i cents against an FMR of $1,200: within is %s', (gross, within) => {
    expect(limits({ contractRent: gross, fmr: fmr(1_200_00), reasonableRent: 2_000_00 }).withinRentLimit).toBe(within);
  });

  test.each([
    [1_099_99, true],
    [1_100_00, true],
    [1_100_01, false],
  ])('gross rent %i cents against a reasonable rent of $1,100: within is %s', (gross, within) => {
    expect(limits({ contractRent: gross, fmr: fmr(2_000_00), reasonableRent: 1_100_00 }).withinRentLimit).toBe(within);
  });

  test('required fees count; pet and late fees do not', () => {
    // $1,000 + $50 parking = $1,050; pet rent $35 and a $25 late fee are left out.
    const result = limits({
      fees: [
        { label: 'Parking', kind: 'required', amount: 50_00 },
        { label: 'Pet rent', kind: 'pet', amount: 35_00 },
        { label: 'Late fee', kind: 'late', amount: 25_00 },
      ],
    });
    expect(result.grossRent).toBe(1_050_00);
    expect(result.detail.fees.excludedFees.map((f) => f.label)).toEqual(['Pet rent', 'Late fee']);
  });

  test('ESG needs the FMR and the reasonable rent to check the rent', () => {
    expect(errorsOf({ ...limitsInput(), fmr: undefined, reasonableRent: undefined })).toEqual([
      {
        path: 'fmr',
        message: "Enter the Fair Market Rent: under HUD federal baseline's rules for ESG rental assistance the rent must not exceed it",
      },
      {
        path: 'reasonableRent',
        message:
          "Enter the reasonable rent from comparable units: under HUD federal baseline's rules for ESG rental assistance the rent must be reasonable",
      },
    ]);
  });
});

describe('CoC rent limits differ by kind of assistance and jurisdiction', () => {
  const coc = { program: 'coc' as const, component: 'permanent-supportive-housing' as const };

  test('CoC rental assistance may exceed the FMR when the rent is reasonable (578.51(g))', () => {
    const result = limits({ ...coc, contractRent: 1_250_00, fmr: fmr(1_200_00), reasonableRent: 1_250_00 });
    expect(result.withinRentLimit).toBe(true);
    expect(result.reasons.map((r) => r.code)).toContain('rent-above-fmr-allowed');
  });

  test('CoC rental assistance that is not reasonable fails', () => {
    expect(limits({ ...coc, contractRent: 1_250_01, reasonableRent: 1_250_00, fmr: undefined }).withinRentLimit).toBe(false);
  });

  test.each([
    [1_150_00, true],
    [1_150_01, false],
  ])('CoC leasing pays at most the lower of FMR $1,200 and reasonable $1,150: rent %i within is %s', (rent, within) => {
    const result = limits({ ...coc, assistance: 'leasing', contractRent: rent, fmr: fmr(1_200_00), reasonableRent: 1_150_00 });
    expect(result).toMatchObject({ withinRentLimit: within, programPays: 1_150_00, detail: { rentLimit: { maximumPayment: 1_150_00 } } });
  });

  test('leasing with the FMR the lower figure', () => {
    expect(
      limits({ ...coc, assistance: 'leasing', contractRent: 1_000_00, fmr: fmr(1_100_00), reasonableRent: 1_150_00 }).detail.rentLimit
        .maximumPayment,
    ).toBe(1_100_00);
  });

  describe('TPCH (Pima County) RRH: reasonable and not above the FMR unless the County approves', () => {
    const rrh = { program: 'coc' as const, component: 'rapid-rehousing' as const, contractRent: 1_250_00, reasonableRent: 1_300_00 };
    const fromTable = { source: 'table' as const, table: sampleFmrTable, areaCode: 'SAMPLE-METRO-B', bedrooms: 2 };

    test('above the FMR without approval fails', () => {
      expect(limits({ ...rrh, fmr: fromTable }, 'tucson-pima').withinRentLimit).toBe(false);
    });

    test('above the FMR with approval passes', () => {
      expect(limits({ ...rrh, fmr: fromTable, fmrExceptionApproved: true }, 'tucson-pima').withinRentLimit).toBe(true);
    });

    test('the same rent passes the federal baseline, which tests reasonableness only', () => {
      expect(limits({ ...rrh, fmr: fromTable }, 'hud').withinRentLimit).toBe(true);
    });

    test('with approval the FMR may be left out; without it the FMR is needed', () => {
      expect(limits({ ...rrh, fmr: undefined, fmrExceptionApproved: true }, 'tucson-pima').withinRentLimit).toBe(true);
      expect(errorsOf(limitsInput({ ...rrh, fmr: undefined }), 'tucson-pima')[0]?.path).toBe('fmr');
    });

    test('an approval answer where the standards allow none is an error', () => {
      expect(errorsOf(limitsInput({ ...rrh, fmr: fmr(1_200_00), fmrExceptionApproved: true }), 'hud')[0]).toEqual({
        path: 'fmrExceptionApproved',
        message: "HUD federal baseline's rules for CoC rental assistance has no approval for rent above the FMR: remove that answer",
      });
    });

    test.each([
      [1_200_00, 'pass'],
      [1_200_01, 'fail'],
    ])('TPCH: a utility allowance of %i cents against the FMR of $1,200 is a %s', (allowance, status) => {
      const result = limits({ ...rrh, contractRent: 0, fmr: fromTable, utilityAllowance: ua(allowance) }, 'tucson-pima');
      expect(checkOf(result, 'allowance-fmr').status).toBe(status);
    });
  });
});

describe('answers that cannot go together are errors', () => {
  test('ESG does not fund leasing', () => {
    expect(errorsOf(limitsInput({ assistance: 'leasing' }))[0]?.path).toBe('assistance');
  });
  test('ESG does not fund PSH', () => {
    expect(errorsOf(limitsInput({ component: 'permanent-supportive-housing' }))[0]?.path).toBe('component');
  });
  test('CoC prevention is for designated high-performing communities only', () => {
    expect(errorsOf(limitsInput({ program: 'coc', component: 'homelessness-prevention' }))[0]?.path).toBe('component');
  });
  test('the FMR and the utility allowance must be for the same bedroom count', () => {
    const input = limitsInput({
      fmr: { source: 'table', table: sampleFmrTable, areaCode: 'SAMPLE-METRO-B', bedrooms: 2 },
      utilityAllowance: { source: 'schedule', schedule: sampleUtilityAllowanceSchedule, bedrooms: 3, tenantPays: [{ use: 'water' }] },
    });
    expect(errorsOf(input)).toEqual([
      {
        path: 'fmr.bedrooms',
        message: "The FMR is for 2 bedrooms but the utility allowance is for 3: use the unit's bedroom count for both",
      },
    ]);
  });
});
