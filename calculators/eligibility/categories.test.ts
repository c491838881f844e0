import { describe, expect, test } from 'vitest';
import { codes, decide, rentingFamily, sleptOutside, stayingWithFriends } from './fixtures';
import type { EligibilityInput } from './schema';

const leavingInstitution = (
  daysStayed: number,
  placeBefore: NonNullable<EligibilityInput['institution']>['placeBefore'] = 'emergency-shelter',
): EligibilityInput => ({
  ...sleptOutside,
  lastNight: 'institution',
  institution: { daysStayed, placeBefore },
  unwillingOrUnableToUseShelter: undefined,
});

const mustLeaveOn = (date: string, extra: Partial<EligibilityInput> = {}): EligibilityInput => ({
  ...stayingWithFriends,
  mustLeave: true,
  mustLeaveOn: date,
  writtenNotice: false,
  ...extra,
});

const youth = (extra: Partial<EligibilityInput> = {}): EligibilityInput => ({
  ...stayingWithFriends,
  household: { size: 1, headAge: 19, childrenOrYouth: false, disability: false },
  unit: { kind: 'larger', people: 3, rooms: 4 },
  otherFederalStatute: 'other',
  permanentHousingRecently: false,
  recentMoves: 2,
  specialNeeds: ['substance-addiction'],
  barriersToEmployment: 0,
  ...extra,
});

describe('category 1: literally homeless', () => {
  test('a night in a home is not category 1, and the reason cites what category 1 is: street, shelter, a short institution stay', () => {
    const outcome = decide(stayingWithFriends);
    const why = outcome.reasons.find((r) => r.code === 'category-1-not-met');
    expect(why?.citations.map((c) => c.quote)).toEqual([
      expect.stringContaining('not designed for or ordinarily used as a regular sleeping accommodation'),
      expect.stringContaining('supervised publicly or privately operated shelter'),
      expect.stringContaining('90 days or less'),
    ]);
  });

  test('a night in a place not meant for human habitation is category 1 (i)', () => {
    expect(decide(sleptOutside)).toMatchObject({ categories: [1], category1Paragraph: '(i)' });
  });

  test.each(['emergency-shelter', 'safe-haven', 'transitional-housing', 'hotel-paid-by-program'] as const)(
    'a night in %s is category 1 (ii)',
    (lastNight) => {
      expect(decide({ ...sleptOutside, lastNight, unwillingOrUnableToUseShelter: undefined })).toMatchObject({
        categories: [1],
        category1Paragraph: '(ii)',
      });
    },
  );

  test('a hotel the household pays for itself is not category 1', () => {
    expect(
      decide({
        ...stayingWithFriends,
        lastNight: 'hotel-self-paid',
        mustLeave: false,
        unit: undefined,
        doubledUpForEconomicHardship: undefined,
      }).categories,
    ).toEqual([]);
  });

  test('leaving an institution after 89 days, from an emergency shelter, is category 1 (iii)', () => {
    // 89 ≤ 90
    expect(decide(leavingInstitution(89))).toMatchObject({ categories: [1], category1Paragraph: '(iii)' });
  });

  test('leaving an institution after exactly 90 days is category 1 (iii): "90 days or less"', () => {
    // 90 ≤ 90
    expect(decide(leavingInstitution(90))).toMatchObject({ categories: [1], category1Paragraph: '(iii)' });
  });

  test('leaving an institution after 91 days is not category 1', () => {
    // 91 > 90
    const result = decide(leavingInstitution(91));
    expect(result).toMatchObject({ categories: [], category1Paragraph: null });
    expect(codes(result)).toContain('category-1-institution-not-met');
  });

  test('leaving an institution after a short stay is category 1 only if the person was on the street or in a shelter before', () => {
    expect(decide(leavingInstitution(10, 'unsheltered')).categories).toEqual([1]);
    expect(decide(leavingInstitution(10, 'housing')).categories).toEqual([]);
    expect(decide(leavingInstitution(10, 'transitional-housing')).categories).toEqual([]);
  });

  test('under HUD a safe haven before the institution does not count; under TPCH it does', () => {
    expect(decide(leavingInstitution(30, 'safe-haven')).categories).toEqual([]);
    expect(decide(leavingInstitution(30, 'safe-haven'), { jurisdiction: 'tucson-pima' }).categories).toEqual([1]);
  });
});

describe('category 2: imminent risk', () => {
  test('losing the home in 13 days with nowhere to go and no resources is category 2', () => {
    // 2024-06-03 → 2024-06-16 = 13 days ≤ 14
    expect(decide(mustLeaveOn('2024-06-16')).categories).toEqual([2]);
  });

  test('losing the home in exactly 14 days is category 2', () => {
    // 2024-06-03 → 2024-06-17 = 14 days ≤ 14
    expect(decide(mustLeaveOn('2024-06-17')).categories).toEqual([2]);
  });

  test('losing the home in 15 days is not category 2', () => {
    // 2024-06-03 → 2024-06-18 = 15 days > 14
    const result = decide(mustLeaveOn('2024-06-18'));
    expect(result.categories).toEqual([]);
    expect(result.reasons.find((r) => r.code === 'category-2-not-met')?.text).toContain(
      '15 days after the assessment date 2024-06-03 (15 > 14 days: no)',
    );
  });

  test('leaving on the day of the application is within 14 days', () => {
    expect(decide(mustLeaveOn('2024-06-03')).categories).toEqual([2]);
  });

  test('a household with another place to go is not category 2', () => {
    expect(decide(mustLeaveOn('2024-06-10', { otherResidence: true })).categories).toEqual([]);
  });

  test('a household with resources or support to find housing is not category 2', () => {
    expect(decide(mustLeaveOn('2024-06-10', { lacksResources: false })).categories).toEqual([]);
  });

  test('a household that does not have to leave is not category 2', () => {
    expect(codes(decide({ ...stayingWithFriends, mustLeave: false }))).toContain('category-2-not-leaving');
  });

  test('a household leaving a hotel it pays for, within 14 days, is category 2', () => {
    expect(
      decide(mustLeaveOn('2024-06-10', { lastNight: 'hotel-self-paid', unit: undefined, doubledUpForEconomicHardship: undefined }))
        .categories,
    ).toEqual([2]);
  });
});

describe('category 3: homeless under other federal statutes', () => {
  test('a youth of 19 homeless under another federal law, with no lease, 2 moves and a special need, is category 3', () => {
    // 19 < 25; 2 moves ≥ 2
    expect(decide(youth())).toMatchObject({ categories: [3], criteriaMet: [3] });
  });

  test('a youth of 24 is under 25; a person of 25 is not a youth for category 3', () => {
    expect(decide(youth({ household: { size: 1, headAge: 24, childrenOrYouth: false, disability: false } })).categories).toEqual([3]);
    const adult = decide(youth({ household: { size: 1, headAge: 25, childrenOrYouth: false, disability: false } }));
    expect(adult.categories).toEqual([]);
    expect(codes(adult)).toContain('category-3-not-youth-or-family');
  });

  test('a family with children of any age of head qualifies as a family for category 3', () => {
    expect(decide(youth({ household: { size: 3, headAge: 40, childrenOrYouth: true, disability: false } })).categories).toEqual([3]);
  });

  test('one move in the last 60 days is not persistent instability', () => {
    // 1 < 2
    expect(decide(youth({ recentMoves: 1 })).categories).toEqual([]);
  });

  test('a lease, ownership or occupancy agreement in the last 60 days rules out category 3', () => {
    expect(decide(youth({ permanentHousingRecently: true })).categories).toEqual([]);
  });

  test('without a special need, two barriers to employment are enough; one is not', () => {
    expect(decide(youth({ specialNeeds: [], barriersToEmployment: 2 })).categories).toEqual([3]);
    expect(decide(youth({ specialNeeds: [], barriersToEmployment: 1 })).categories).toEqual([]);
  });

  test('a youth not homeless under another federal law is not category 3', () => {
    expect(decide(youth({ otherFederalStatute: 'none' })).categories).toEqual([]);
  });

  test('McKinney-Vento education homelessness counts as another federal statute', () => {
    expect(decide(youth({ otherFederalStatute: 'education' })).categories).toEqual([3]);
  });

  test('category 3 yields when the household also qualifies under another category', () => {
    const result = decide(youth({ fleeingViolence: true }));
    expect(result).toMatchObject({ criteriaMet: [3, 4], categories: [4] });
    expect(codes(result)).toContain('category-3-yields');
  });
});

describe('category 4: fleeing violence', () => {
  test('fleeing violence with no other residence and no resources is category 4, wherever the household stayed', () => {
    expect(decide({ ...stayingWithFriends, fleeingViolence: true, mustLeave: false }).categories).toEqual([4]);
    expect(decide({ ...sleptOutside, fleeingViolence: true }).categories).toEqual([1, 4]);
  });

  test('fleeing violence with another place to live is not category 4', () => {
    expect(decide({ ...stayingWithFriends, fleeingViolence: true, otherResidence: true, mustLeave: false }).categories).toEqual([]);
  });

  test('fleeing violence with the resources to find housing is not category 4', () => {
    expect(decide({ ...stayingWithFriends, fleeingViolence: true, lacksResources: false, mustLeave: false }).categories).toEqual([]);
  });

  test('a household in its own home that cannot stay there safely and is fleeing is category 4', () => {
    expect(decide({ ...rentingFamily, ownHomeTonight: false, fleeingViolence: true }).categories).toEqual([4]);
  });
});

test('every category gets a reason, met or not', () => {
  const reasons = codes(decide(sleptOutside));
  expect(reasons.filter((code) => /^category-[1-4]-/.test(code))).toEqual([
    'category-1-unsheltered',
    'category-2-not-housed',
    'category-3-not-youth-or-family',
    'category-4-not-fleeing',
  ]);
});
