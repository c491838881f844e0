import { describe, expect, test } from 'vitest';
import { refusal, rentingFamily, sleptOutside, stayingWithFriends } from './fixtures';
import type { EligibilityInput } from './schema';

const without = (input: EligibilityInput, key: keyof EligibilityInput): Record<string, unknown> => {
  const copy: Record<string, unknown> = { ...input };
  delete copy[key];
  return copy;
};

describe('missing answers get a message naming the question', () => {
  test('answers that are not an object are refused as a whole', () => {
    expect(refusal(null)).toEqual([{ path: '', message: 'Give the answers as a set of named fields' }]);
    expect(refusal('unsheltered')).toEqual([{ path: '', message: 'Give the answers as a set of named fields' }]);
  });

  test('an empty form lists every question that is always asked', () => {
    expect(refusal({}).map((e) => e.path)).toEqual([
      'assessmentDate',
      'household',
      'lastNight',
      'ownHomeTonight',
      'otherResidence',
      'lacksResources',
      'fleeingViolence',
      'recentMoves',
      'recentEconomicMoves',
      'leavingInstitutionOrCare',
      'income',
    ]);
  });

  test.each([
    ['lastNight', 'Choose where the household spent last night'],
    ['fleeingViolence', 'Say whether the household is fleeing or trying to flee violence'],
    ['recentMoves', 'Enter how many times the household moved in the last 60 days'],
  ] as const)('a missing %s says what to answer', (key, message) => {
    expect(refusal(without(sleptOutside, key))).toEqual([{ path: key, message }]);
  });

  test('a missing household member count is named inside the household', () => {
    expect(refusal({ ...sleptOutside, household: { headAge: 40, childrenOrYouth: false, disability: false } })).toEqual([
      { path: 'household.size', message: 'Enter how many people are in the household' },
    ]);
  });

  test('a night in an institution needs the length of stay and where the person was before', () => {
    expect(refusal({ ...sleptOutside, lastNight: 'institution', unwillingOrUnableToUseShelter: undefined })).toEqual([
      { path: 'institution.daysStayed', message: 'Enter how many days the person stayed in the institution' },
      { path: 'institution.placeBefore', message: 'Choose where the person stayed right before entering the institution' },
    ]);
  });

  test('a household living in housing must say whether it has to leave, and if so when and whether in writing', () => {
    expect(refusal({ ...rentingFamily, mustLeave: undefined })).toEqual([
      { path: 'mustLeave', message: 'Say whether the household has to leave the place where it is staying' },
    ]);
    expect(refusal({ ...rentingFamily, mustLeave: true })).toEqual([
      { path: 'mustLeaveOn', message: 'Enter the date the household has to leave' },
      { path: 'writtenNotice', message: 'Say whether the household was told in writing that it has to leave' },
    ]);
  });

  test('a household in housing must describe the unit; a larger unit needs its rooms', () => {
    expect(refusal({ ...rentingFamily, unit: undefined })).toEqual([
      { path: 'unit.kind', message: 'Choose what kind of unit the household lives in' },
    ]);
    expect(refusal({ ...rentingFamily, unit: { kind: 'larger', people: 4 } })).toEqual([
      { path: 'unit.rooms', message: 'Enter how many rooms the unit has' },
    ]);
  });

  test("a household in someone else's home must say whether it is there because of money problems", () => {
    expect(refusal({ ...stayingWithFriends, mustLeave: false, doubledUpForEconomicHardship: undefined })[0]?.path).toBe(
      'doubledUpForEconomicHardship',
    );
  });

  test('an unsheltered household must say whether it can use a shelter', () => {
    expect(refusal({ ...sleptOutside, unwillingOrUnableToUseShelter: undefined })).toEqual([
      {
        path: 'unwillingOrUnableToUseShelter',
        message: 'Say whether the household is unwilling or unable to stay in an emergency shelter',
      },
    ]);
  });

  test('a youth or family must answer the other-federal-law question, and if yes the category 3 questions', () => {
    const youngAdult = { ...sleptOutside, household: { ...sleptOutside.household, headAge: 21 } };
    expect(refusal(youngAdult)).toEqual([
      { path: 'otherFederalStatute', message: 'Say whether a child or youth in the household is homeless under another federal law' },
    ]);
    expect(refusal({ ...youngAdult, otherFederalStatute: 'other' }).map((e) => e.path)).toEqual([
      'permanentHousingRecently',
      'specialNeeds',
      'barriersToEmployment',
    ]);
  });

  test('a program needs a component and a component needs a program', () => {
    expect(refusal({ ...sleptOutside, program: 'ESG' })).toEqual([
      { path: 'component', message: 'Choose the kind of help (the component)' },
    ]);
    expect(refusal({ ...sleptOutside, component: 'emergency-shelter' })).toEqual([
      { path: 'program', message: 'Choose the program: CoC or ESG' },
    ]);
  });
});

describe('invalid answers get a message that says how to fix them', () => {
  test('an impossible date', () => {
    expect(refusal({ ...sleptOutside, assessmentDate: '2024-02-30' })).toEqual([
      { path: 'assessmentDate', message: 'Enter a real date written YYYY-MM-DD, like 2024-03-31' },
    ]);
  });

  test('a place that is not on the list', () => {
    expect(refusal({ ...sleptOutside, lastNight: 'tent' })).toEqual([
      { path: 'lastNight', message: 'Choose one of the places listed for where the household spent last night' },
    ]);
  });

  test('a fraction of a move, a negative count and a household of 0', () => {
    expect(refusal({ ...sleptOutside, recentMoves: 1.5 })[0]).toEqual({
      path: 'recentMoves',
      message: 'Enter how many times the household moved in the last 60 days, as a whole number',
    });
    expect(refusal({ ...sleptOutside, recentMoves: -1 })[0]?.message).toBe(
      'Enter how many times the household moved in the last 60 days: 0 or more',
    );
    expect(refusal({ ...sleptOutside, household: { ...sleptOutside.household, size: 0 } })[0]?.message).toBe(
      'Enter how many people are in the household: 1 or more',
    );
  });

  test('a yes/no answer given as text', () => {
    expect(refusal({ ...sleptOutside, fleeingViolence: 'no' })).toEqual([
      { path: 'fleeingViolence', message: 'Say whether the household is fleeing or trying to flee violence: yes or no' },
    ]);
  });

  test('income in fractions of a cent, negative, or NaN', () => {
    expect(refusal({ ...sleptOutside, income: { annual: 100.5, limit: sleptOutside.income.limit } })).toEqual([
      { path: 'income.annual', message: 'Amounts are whole cents' },
    ]);
    expect(refusal({ ...sleptOutside, income: { annual: -1, limit: sleptOutside.income.limit } })).toEqual([
      { path: 'income.annual', message: 'The amount cannot be negative' },
    ]);
    expect(refusal({ ...sleptOutside, income: { annual: Number.NaN, limit: sleptOutside.income.limit } })[0]?.path).toBe('income.annual');
  });

  test('an income limit or area median of $0.00: a limit that nothing is below is a typing slip', () => {
    for (const limit of [
      { kind: 'entered', thirtyPercentLimit: 0 },
      { kind: 'median', areaMedianIncome: 0 },
    ] as const) {
      expect(refusal({ ...sleptOutside, income: { annual: 18_000_00, limit } })).toEqual([
        { path: `income.limit.${Object.keys(limit)[1]}`, message: 'Enter an amount above $0.00' },
      ]);
    }
  });

  test('an income limit of an unknown kind', () => {
    expect(refusal({ ...sleptOutside, income: { annual: 0, limit: { kind: 'guess' } } })).toEqual([
      {
        path: 'income.limit.kind',
        message: 'Choose how to find the income limit: from the table, entered, or from the area median income',
      },
    ]);
  });

  test('a table limit when no table is loaded asks for the limit to be entered', () => {
    expect(refusal({ ...sleptOutside, income: { annual: 0, limit: { kind: 'table', area: 'nashville-davidson' } } })).toEqual([
      { path: 'income.limit', message: 'No income-limits table is loaded here: enter the 30% limit for this household size instead' },
    ]);
  });
});

describe('contradictory answers are explained, never silently resolved', () => {
  test('a night in a shelter and a home of its own to stay in tonight', () => {
    expect(
      refusal({
        ...sleptOutside,
        lastNight: 'emergency-shelter',
        ownHomeTonight: true,
        otherResidence: true,
        unwillingOrUnableToUseShelter: undefined,
      }),
    ).toEqual([
      {
        path: 'ownHomeTonight',
        message:
          'These answers disagree: the household spent last night in an emergency shelter, yet it has a home of its own it can safely stay in tonight. Check where it spent last night, or whether it can really go back to that home.',
      },
    ]);
  });

  test('a home of its own to stay in, but no other place to live', () => {
    expect(refusal({ ...stayingWithFriends, mustLeave: false, ownHomeTonight: true })[0]?.path).toBe('otherResidence');
  });

  test('fleeing violence, yet safe tonight in the home it slept in', () => {
    expect(refusal({ ...rentingFamily, fleeingViolence: true })[0]?.path).toBe('fleeingViolence');
  });

  test('more moves for money reasons than moves in all', () => {
    expect(refusal({ ...sleptOutside, recentMoves: 1, recentEconomicMoves: 2 })).toEqual([
      {
        path: 'recentEconomicMoves',
        message:
          'These answers disagree: 2 moves for money reasons, but only 1 move in all. Moves for money reasons are part of all moves.',
      },
    ]);
  });

  test('a household of one that includes children', () => {
    expect(
      refusal({ ...sleptOutside, household: { ...sleptOutside.household, childrenOrYouth: true }, otherFederalStatute: 'none' })[0]?.path,
    ).toBe('household.childrenOrYouth');
  });

  test('fewer people in the unit than in the household', () => {
    expect(refusal({ ...rentingFamily, unit: { kind: 'larger', people: 2, rooms: 3 } })[0]?.path).toBe('unit.people');
    expect(refusal({ ...rentingFamily, unit: { kind: 'larger', people: 1, rooms: 3 } })[0]?.message).toMatch(
      /^These answers disagree: the unit has 1 person living in it, but the household alone has \d+\./,
    );
  });

  test("doubled up for money reasons, yet not in someone else's home", () => {
    expect(refusal({ ...rentingFamily, doubledUpForEconomicHardship: true })[0]?.path).toBe('doubledUpForEconomicHardship');
  });

  test('an institution stay, yet last night somewhere else', () => {
    expect(refusal({ ...sleptOutside, institution: { daysStayed: 10, placeBefore: 'unsheltered' } })[0]?.path).toBe(
      'institution.daysStayed',
    );
  });

  test('own home now, yet no lease or ownership in the last 60 days', () => {
    expect(
      refusal({
        ...rentingFamily,
        otherFederalStatute: 'other',
        permanentHousingRecently: false,
        specialNeeds: [],
        barriersToEmployment: 0,
      })[0]?.path,
    ).toBe('permanentHousingRecently');
  });

  test('a date to leave that has already passed', () => {
    expect(refusal({ ...rentingFamily, mustLeave: true, mustLeaveOn: '2024-06-02', writtenNotice: true })).toEqual([
      {
        path: 'mustLeaveOn',
        message:
          'The date the household has to leave (2024-06-02) is before the assessment date (2024-06-03). If it has already left, answer where it spent last night instead.',
      },
    ]);
  });

  test('verification after enrollment', () => {
    expect(refusal({ ...sleptOutside, verification: { verifiedOn: '2024-06-10', enrollmentOn: '2024-06-09' } })[0]?.path).toBe(
      'verification.verifiedOn',
    );
  });

  test('several contradictions are all reported at once', () => {
    expect(
      refusal({ ...sleptOutside, ownHomeTonight: true, otherResidence: true, recentMoves: 0, recentEconomicMoves: 3 }).map((e) => e.path),
    ).toEqual(['ownHomeTonight', 'recentEconomicMoves']);
  });
});
