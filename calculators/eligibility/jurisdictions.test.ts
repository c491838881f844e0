import { describe, expect, test } from 'vitest';
import { overlayParameters } from '../core/parameters';
import { parameterSets } from '../parameters';
import { codes, decide, refusal, rentingFamily, sleptOutside, stayingWithFriends } from './fixtures';
import type { EligibilityInput } from './schema';

const inShelter: EligibilityInput = { ...sleptOutside, lastNight: 'emergency-shelter', unwillingOrUnableToUseShelter: undefined };
const imminent: EligibilityInput = { ...stayingWithFriends, mustLeave: true, mustLeaveOn: '2024-06-10', writtenNotice: true };
const youth: EligibilityInput = {
  ...stayingWithFriends,
  mustLeave: false,
  household: { size: 1, headAge: 20, childrenOrYouth: false, disability: false },
  unit: { kind: 'larger', people: 3, rooms: 4 },
  otherFederalStatute: 'other',
  permanentHousingRecently: false,
  recentMoves: 2,
  specialNeeds: ['chronic-health-condition'],
  barriersToEmployment: 0,
};
const verified = (verifiedOn: string, enrollmentOn: string) => ({ verification: { verifiedOn, enrollmentOn } });

describe('Nashville-Davidson', () => {
  const nashville = { jurisdiction: 'nashville-davidson' } as const;

  test('CoC rapid re-housing serves categories 1 and 4 only; HUD would also serve category 2', () => {
    const input = { ...imminent, program: 'CoC', component: 'rapid-rehousing' } as const;
    expect(decide(input).eligible).toBe(true);
    const result = decide(input, nashville);
    expect(result.eligible).toBe(false);
    expect(result.inconsistencies.map((n) => n.id)).toEqual(['nashville-category-2-coc-rrh']);
  });

  test('CoC rapid re-housing: homelessness verified 14 days before enrollment is in time; 15 days is not', () => {
    const input = { ...inShelter, program: 'CoC', component: 'rapid-rehousing' } as const;
    // 2024-06-01 → 2024-06-15 = 14 days ≤ 14
    expect(decide({ ...input, ...verified('2024-06-01', '2024-06-15') }, nashville).eligible).toBe(true);
    // 2024-06-01 → 2024-06-16 = 15 days > 14
    const late = decide({ ...input, ...verified('2024-06-01', '2024-06-16') }, nashville);
    expect(late.eligible).toBe(false);
    expect(late.chosen?.reasons.find((r) => r.code === 'verification-too-old')?.text).toBe(
      'Homelessness verified on 2024-06-01, 15 days before enrollment on 2024-06-16 (15 > 14 days): too old. Verify again no more than 14 days before enrollment.',
    );
  });

  test('ESG rapid re-housing: verified 7 days before enrollment is in time; 8 days is not', () => {
    const input = { ...inShelter, program: 'ESG', component: 'rapid-rehousing' } as const;
    // 7 ≤ 7; 8 > 7
    expect(decide({ ...input, ...verified('2024-06-01', '2024-06-08') }, nashville).eligible).toBe(true);
    expect(decide({ ...input, ...verified('2024-06-01', '2024-06-09') }, nashville).eligible).toBe(false);
  });

  test('without verification dates, the window is a condition to meet before enrollment; HUD sets no window', () => {
    const input = { ...inShelter, program: 'CoC', component: 'rapid-rehousing' } as const;
    expect(decide(input, nashville).chosen?.conditions.map((c) => c.text)).toEqual([
      "Verify the household's homelessness no more than 14 days before enrollment.",
    ]);
    expect(decide({ ...input, ...verified('2024-01-01', '2024-06-01') }).eligible).toBe(true);
  });

  test('homelessness prevention accepts category 3, following the HUD chart over the prevention section, and shows the note', () => {
    const result = decide({ ...youth, program: 'ESG', component: 'homelessness-prevention' }, nashville);
    expect(result.eligible).toBe(true);
    expect(result.inconsistencies.map((n) => n.id)).toEqual(['nashville-prevention-categories']);
  });

  test('emergency shelter serves category 3, following the chart the shelter standards point to, and notes the overview', () => {
    const result = decide({ ...youth, program: 'ESG', component: 'emergency-shelter' }, nashville);
    expect(result.eligible).toBe(true);
    expect(result.inconsistencies.map((n) => n.id)).toEqual(['nashville-emergency-shelter-categories']);
    expect(codes(result)).toContain('shelter-no-barriers');
  });

  test('prevention income exactly at the limit is not below it, and the note on "not exceed" is shown', () => {
    const atLimit = {
      ...imminent,
      income: { annual: 30_000_00, limit: { kind: 'entered', thirtyPercentLimit: 30_000_00 } },
      program: 'ESG',
      component: 'homelessness-prevention',
    } as const;
    const result = decide(atLimit, nashville);
    expect(result.eligible).toBe(false);
    expect(result.inconsistencies.map((n) => n.id)).toEqual(['nashville-prevention-income-threshold']);
  });

  test('fleeing violence adds the DV coordinated entry step', () => {
    expect(decide({ ...inShelter, fleeingViolence: true }, nashville).nextSteps.map((s) => s.code)).toContain('dv-coordinated-entry');
    expect(decide({ ...inShelter, fleeingViolence: true }).nextSteps.map((s) => s.code)).not.toContain('dv-coordinated-entry');
  });

  test('an assessment before the standards were adopted (2021-06-29) is refused with the start date', () => {
    expect(refusal({ ...inShelter, assessmentDate: '2021-06-28' }, nashville)).toEqual([
      {
        path: 'assessmentDate',
        message:
          'The Nashville-Davidson County CoC (TN-504) eligibility rules used here are in force from 2021-06-29; choose an assessment date on or after 2021-06-29',
      },
    ]);
    expect(decide({ ...inShelter, assessmentDate: '2021-06-29' }, nashville).categories).toEqual([1]);
  });
});

describe('Tucson/Pima (TPCH)', () => {
  const tucson = { jurisdiction: 'tucson-pima' } as const;

  test('category 3 households are never eligible for CoC, even with HUD approval', () => {
    const input = { ...youth, program: 'CoC', component: 'transitional-housing', project: { hudApprovedCategory3: true } } as const;
    expect(decide(input).eligible).toBe(true);
    const result = decide(input, tucson);
    expect(result.eligible).toBe(false);
    expect(codes(result)).toContain('coc-category-3-never');
    expect(result.inconsistencies.map((n) => n.id)).toEqual(['tpch-category-3-coc-eligibility']);
  });

  test('category 3 households may still use ESG emergency shelter', () => {
    expect(decide({ ...youth, program: 'ESG', component: 'emergency-shelter' }, tucson).eligible).toBe(true);
  });

  test('CoC rapid re-housing serves category 2 (the HUD baseline, which TPCH repeats), with the note to check the grant agreement', () => {
    const result = decide({ ...imminent, program: 'CoC', component: 'rapid-rehousing' }, tucson);
    expect(result.eligible).toBe(true);
    expect(result.inconsistencies.map((n) => n.id)).toEqual(['tpch-rrh-category-2']);
  });

  test('transitional housing counts as category 1 by 24 CFR 578.3, with the note on the narrower TPCH wording', () => {
    const result = decide({ ...inShelter, lastNight: 'transitional-housing' }, tucson);
    expect(result.categories).toEqual([1]);
    expect(result.inconsistencies.map((n) => n.id)).toEqual(['tpch-sheltered-vs-category-1']);
    expect(decide(inShelter, tucson).inconsistencies).toEqual([]);
  });

  test('documentation follows the TPCH levels', () => {
    const [category1] = decide(inShelter, tucson).documentation;
    expect(category1?.citations[0]).toMatchObject({ doc: 'tpch-written-standards', section: 'evaluating-and-documenting-eligibility' });
    expect(category1?.note).toBe('Level 2 is only acceptable if level 1 documentation cannot be obtained.');
  });
});

describe('Lowell (2016 bonus projects)', () => {
  const lowell = { jurisdiction: 'lowell' } as const;
  const inTransitionalHousing: EligibilityInput = {
    ...sleptOutside,
    lastNight: 'transitional-housing',
    unwillingOrUnableToUseShelter: undefined,
    household: { ...sleptOutside.household, disability: true, chronicallyHomeless: false },
  };

  test('people in transitional housing are not eligible for bonus RRH, even when fleeing violence', () => {
    const input = {
      ...inTransitionalHousing,
      fleeingViolence: true,
      program: 'CoC',
      component: 'rapid-rehousing',
      project: { bonus: true },
    } as const;
    const result = decide(input, lowell);
    expect(result.eligible).toBe(false);
    expect(codes(result)).toContain('bonus-transitional-housing-excluded');
  });

  test('the same person is eligible for a CoC RRH project that is not a bonus project', () => {
    expect(decide({ ...inTransitionalHousing, program: 'CoC', component: 'rapid-rehousing' }, lowell).eligible).toBe(true);
  });

  test('bonus PSH serves only chronically homeless households', () => {
    const input = (chronicallyHomeless: boolean) =>
      ({
        ...inShelter,
        household: { ...inShelter.household, disability: true, chronicallyHomeless },
        program: 'CoC',
        component: 'permanent-supportive-housing',
        project: { bonus: true },
      }) as const;
    expect(decide(input(true), lowell).eligible).toBe(true);
    expect(decide(input(false), lowell).eligible).toBe(false);
  });

  test('bonus PSH for a household of more than one shows the note on disability for every member', () => {
    const input = {
      ...inShelter,
      household: { size: 2, headAge: 50, childrenOrYouth: false, disability: true, chronicallyHomeless: true },
      program: 'CoC',
      component: 'permanent-supportive-housing',
      project: { bonus: true },
    } as const;
    expect(decide(input, lowell).inconsistencies.map((n) => n.id)).toEqual(['lowell-psh-disability-every-member']);
  });

  test('bonus RRH for a youth shows the note on youth households', () => {
    const input = {
      ...inShelter,
      household: { ...inShelter.household, headAge: 22 },
      otherFederalStatute: 'none',
      program: 'CoC',
      component: 'rapid-rehousing',
      project: { bonus: true },
    } as const;
    expect(decide(input, lowell).inconsistencies.map((n) => n.id)).toEqual(['lowell-rrh-youth-households']);
  });

  test('bonus RRH serves category 1 and 4 but not category 2', () => {
    expect(decide({ ...imminent, program: 'CoC', component: 'rapid-rehousing', project: { bonus: true } }, lowell).eligible).toBe(false);
  });
});

describe('New Bedford (FY2019 competition)', () => {
  const newBedford = { jurisdiction: 'new-bedford' } as const;
  const inTransitionalHousing: EligibilityInput = {
    ...sleptOutside,
    lastNight: 'transitional-housing',
    unwillingOrUnableToUseShelter: undefined,
  };

  test('people in transitional housing are eligible for bonus RRH only if category 4', () => {
    const input = (fleeingViolence: boolean) =>
      ({ ...inTransitionalHousing, fleeingViolence, program: 'CoC', component: 'rapid-rehousing', project: { bonus: true } }) as const;
    expect(decide(input(true), newBedford).eligible).toBe(true);
    const result = decide(input(false), newBedford);
    expect(result.eligible).toBe(false);
    expect(codes(result)).toContain('bonus-transitional-housing-excluded');
  });
});

test('under a set with no bonus rules, a bonus project follows the general rules and says so', () => {
  const result = decide({ ...inShelter, program: 'CoC', component: 'rapid-rehousing', project: { bonus: true } });
  expect(result.eligible).toBe(true);
  expect(codes(result)).toContain('bonus-no-rules');
});

test('a proposed change to a parameter changes the decision, as a revision-impact table needs', () => {
  const proposal = overlayParameters(parameterSets.hud, 'Shorter institution stays', [
    { parameter: 'eligibility.category1.institutionMaxDays', value: 60, effective: '2025-01-01' },
  ]);
  if (!proposal.ok) throw new Error('the overlay was refused');
  const input = {
    ...sleptOutside,
    assessmentDate: '2025-02-01',
    lastNight: 'institution',
    institution: { daysStayed: 75, placeBefore: 'unsheltered' },
    unwillingOrUnableToUseShelter: undefined,
  } as const;
  // 75 ≤ 90 adopted; 75 > 60 proposed
  expect(decide(input).categories).toEqual([1]);
  expect(decide(input, { parameters: proposal.value })).toMatchObject({
    categories: [],
    parameterSet: { revision: 'Shorter institution stays' },
  });
});

test('an unreadable category list in a proposed set is reported, not guessed', () => {
  const proposal = overlayParameters(parameterSets.hud, 'Typo', [
    { parameter: 'eligibility.coc.transitionalHousing.categories', value: '1, two', effective: '2025-01-01' },
  ]);
  if (!proposal.ok) throw new Error('the overlay was refused');
  expect(refusal({ ...rentingFamily, assessmentDate: '2025-02-01' }, { parameters: proposal.value })).toEqual([
    {
      path: 'parameters.eligibility.coc.transitionalHousing.categories',
      message: '"eligibility.coc.transitionalHousing.categories" has a value the rules cannot read: "1, two"',
    },
  ]);
});

test('the result names the jurisdiction, the parameter set and the dated parameters it used', () => {
  const result = decide(inShelter, { jurisdiction: 'nashville-davidson' });
  expect(result).toMatchObject({
    jurisdiction: 'nashville-davidson',
    parameterSet: { id: 'nashville-davidson', revision: null },
    assessmentDate: '2024-06-03',
  });
  expect(result.parametersUsed.find((p) => p.id === 'eligibility.coc.rapidRehousing.categories')).toMatchObject({
    value: '1,4',
    effective: '2021-06-29',
  });
  expect(result.parametersUsed.find((p) => p.id === 'eligibility.category2.daysUntilLoss')).toMatchObject({
    value: 14,
    effective: '2012-01-04',
  });
});

test('an island given only the eligibility parameters decides exactly as the full set does', async () => {
  const { decideEligibility } = await import('./decide');
  const { eligibilityParameterSet } = await import('./parameterSubset');
  const { eligibilityResources } = await import('./resources');
  const input = { ...inShelter, fleeingViolence: true, program: 'CoC', component: 'rapid-rehousing' } as const;
  for (const set of Object.values(parameterSets)) {
    expect(decideEligibility(input, eligibilityParameterSet(set), eligibilityResources)).toEqual({
      ok: true,
      value: decide(input, { jurisdiction: set.id }),
    });
  }
});

test('every inconsistency the checker shows is a published note in content/inconsistencies', async () => {
  const { existsSync } = await import('node:fs');
  const { inconsistencyRules } = await import('./inconsistencyNotes');
  for (const rule of inconsistencyRules)
    expect(existsSync(new URL(`../../content/inconsistencies/${rule.id}.yaml`, import.meta.url)), rule.id).toBe(true);
});
