import { describe, expect, test } from 'vitest';
import { exceedsPerRoom } from './atRisk';
import { codes, decide, rentingFamily, stayingWithFriends } from './fixtures';
import type { EligibilityInput } from './schema';

// A renting family of four, income $18,000.00 against a $30,000.00 limit, with no risk condition yet.
const family = (extra: Partial<EligibilityInput>): EligibilityInput => ({ ...rentingFamily, ...extra });
const notice = (date: string, writtenNotice: boolean) => family({ mustLeave: true, mustLeaveOn: date, writtenNotice });

test('a renting family with low income but no listed condition is not at risk', () => {
  const result = decide(rentingFamily);
  expect(result).toMatchObject({ atRiskOfHomelessness: false, atRiskBases: [] });
  expect(codes(result)).toContain('at-risk-paragraph-1-not-met');
});

describe('condition (A): moved for economic reasons', () => {
  test('two moves for economic reasons in 60 days is condition (A)', () => {
    // 2 ≥ 2
    expect(decide(family({ recentMoves: 2, recentEconomicMoves: 2 })).atRiskBases).toEqual(['(1)(iii)(A)']);
  });

  test('one move for economic reasons is not enough', () => {
    // 1 < 2
    expect(decide(family({ recentMoves: 3, recentEconomicMoves: 1 })).atRiskOfHomelessness).toBe(false);
  });
});

test("condition (B): living in someone else's home because of economic hardship", () => {
  expect(decide({ ...stayingWithFriends, mustLeave: false, doubledUpForEconomicHardship: true }).atRiskBases).toEqual(['(1)(iii)(B)']);
  expect(decide({ ...stayingWithFriends, mustLeave: false, doubledUpForEconomicHardship: false }).atRiskOfHomelessness).toBe(false);
});

describe('condition (C): written notice that the right to stay ends within 21 days', () => {
  test('a written notice ending the stay in 21 days is condition (C)', () => {
    // 2024-06-03 → 2024-06-24 = 21 days ≤ 21
    expect(decide(notice('2024-06-24', true)).atRiskBases).toEqual(['(1)(iii)(C)']);
  });

  test('a written notice ending the stay in 22 days is not', () => {
    // 2024-06-03 → 2024-06-25 = 22 days > 21
    const result = decide(notice('2024-06-25', true));
    expect(result.atRiskOfHomelessness).toBe(false);
    expect(result.reasons.find((r) => r.code === 'at-risk-notice-not-met')?.text).toContain(
      '22 days after the assessment date (22 > 21 days: no)',
    );
  });

  test('a notice that is not in writing is not condition (C), even within 21 days', () => {
    expect(decide(notice('2024-06-20', false)).atRiskOfHomelessness).toBe(false);
  });
});

test('condition (D): a hotel or motel the household pays for', () => {
  expect(
    decide({
      ...stayingWithFriends,
      lastNight: 'hotel-self-paid',
      mustLeave: false,
      unit: undefined,
      doubledUpForEconomicHardship: undefined,
    }).atRiskBases,
  ).toEqual(['(1)(iii)(D)']);
});

describe('condition (E): overcrowding', () => {
  const sro = (people: number) =>
    family({ household: { ...rentingFamily.household, size: Math.min(people, 4) }, unit: { kind: 'sro-or-efficiency', people } });

  test('three people in a single-room occupancy or efficiency unit is overcrowded', () => {
    // 3 > 2
    expect(decide(sro(3)).atRiskBases).toEqual(['(1)(iii)(E)']);
  });

  test('two people in a single-room occupancy or efficiency unit is not overcrowded', () => {
    // 2 ≤ 2
    const result = decide(sro(2));
    expect(result.atRiskOfHomelessness).toBe(false);
    expect(codes(result)).toContain('at-risk-sro-not-overcrowded');
  });

  test('exactly 1.5 people per room is not overcrowded', () => {
    // 6 ÷ 4 = 1.5, not more than 1.5
    const result = decide(family({ household: { ...rentingFamily.household, size: 6 }, unit: { kind: 'larger', people: 6, rooms: 4 } }));
    expect(result.atRiskOfHomelessness).toBe(false);
    expect(result.reasons.find((r) => r.code === 'at-risk-rooms-not-overcrowded')?.text).toBe(
      '6 people in 4 rooms: 6 ÷ 4 = 1.5 people per room (not more than 1.5): condition (E) not met.',
    );
  });

  test('just over 1.5 people per room is overcrowded', () => {
    // 31 ÷ 20 = 1.55 > 1.5
    expect(decide(family({ unit: { kind: 'larger', people: 31, rooms: 20 } })).atRiskBases).toEqual(['(1)(iii)(E)']);
  });

  test('seven people in four rooms shows the division', () => {
    // 7 ÷ 4 = 1.75 > 1.5
    const result = decide(family({ unit: { kind: 'larger', people: 7, rooms: 4 } }));
    expect(result.reasons.find((r) => r.code === 'at-risk-overcrowded-rooms')?.text).toBe(
      '7 people in 4 rooms: 7 ÷ 4 = 1.75 people per room (more than 1.5): condition (E) met.',
    );
  });

  test('people per room are compared exactly, never through a rounded quotient', () => {
    expect(exceedsPerRoom(3, 2, 1.5)).toBe(false);
    expect(exceedsPerRoom(4, 3, 1.5)).toBe(false); // 1.333…
    expect(exceedsPerRoom(5, 3, 1.5)).toBe(true); // 1.666…
  });
});

test('condition (F): leaving a publicly funded institution or system of care', () => {
  expect(decide(family({ leavingInstitutionOrCare: true })).atRiskBases).toEqual(['(1)(iii)(F)']);
});

test('condition (G): housing the consolidated plan links to instability (staff answer)', () => {
  expect(decide(family({ consolidatedPlanRisk: true })).atRiskBases).toEqual(['(1)(iii)(G)']);
  expect(decide(family({ consolidatedPlanRisk: false })).atRiskOfHomelessness).toBe(false);
});

describe('paragraph (1) needs income below 30% of area median and no sufficient resources', () => {
  const overcrowded = { unit: { kind: 'sro-or-efficiency', people: 4 } } as const;

  test('income of $29,999.99 against a $30,000.00 limit is below it', () => {
    expect(
      decide(family({ ...overcrowded, income: { annual: 29_999_99, limit: { kind: 'entered', thirtyPercentLimit: 30_000_00 } } }))
        .atRiskOfHomelessness,
    ).toBe(true);
  });

  test('income equal to the $30,000.00 limit is not below it', () => {
    const result = decide(
      family({ ...overcrowded, income: { annual: 30_000_00, limit: { kind: 'entered', thirtyPercentLimit: 30_000_00 } } }),
    );
    expect(result.atRiskOfHomelessness).toBe(false);
    expect(result.reasons.find((r) => r.code === 'at-risk-income-not-below')?.text).toBe(
      'At risk (1)(i): Annual income $30,000.00 is equal to, so not below, the 30% limit of $30,000.00 for a household of 4 (entered by staff).',
    );
  });

  test('29.99% of the area median is below 30%; 30% is not', () => {
    // $29,990.00 is 29.99% of $100,000.00; $30,000.00 is 30%.
    const median = (annual: number) =>
      family({ ...overcrowded, income: { annual, limit: { kind: 'median', areaMedianIncome: 100_000_00 } } });
    expect(decide(median(29_990_00)).atRiskOfHomelessness).toBe(true);
    expect(decide(median(30_000_00)).atRiskOfHomelessness).toBe(false);
    expect(decide(median(30_000_00)).reasons.find((r) => r.code === 'at-risk-income-not-below')?.text).toBe(
      'At risk (1)(i): 30% of the area median income $100,000.00 is $30,000.00; annual income $30,000.00 is not below it.',
    );
  });

  test('30% of an odd median is compared exactly and shown rounded', () => {
    // 30% of $100,000.01 = $30,000.003: $30,000.00 is below it, shown as about $30,000.00.
    const result = decide(
      family({ ...overcrowded, income: { annual: 30_000_00, limit: { kind: 'median', areaMedianIncome: 100_000_01 } } }),
    );
    expect(result.atRiskOfHomelessness).toBe(true);
    expect(result.reasons.find((r) => r.code === 'at-risk-income-below')?.text).toContain(
      'is about $30,000.00 (shown rounded half-up to the cent; the comparison is exact)',
    );
  });

  test('a household with resources or support to avoid a shelter is not at risk under paragraph (1)', () => {
    expect(decide(family({ ...overcrowded, lacksResources: false })).atRiskOfHomelessness).toBe(false);
  });
});

describe('paragraphs (2) and (3): children and youth homeless under other federal laws', () => {
  const child = (otherFederalStatute: 'other' | 'education', extra: Partial<EligibilityInput> = {}) =>
    family({
      otherFederalStatute,
      permanentHousingRecently: true,
      recentMoves: 0,
      specialNeeds: [],
      barriersToEmployment: 0,
      income: { annual: 50_000_00, limit: { kind: 'entered', thirtyPercentLimit: 30_000_00 } },
      ...extra,
    });

  test('a family whose child is homeless under another listed law, but not under HUD, is at risk under (2) whatever its income', () => {
    expect(decide(child('other'))).toMatchObject({ atRiskOfHomelessness: true, atRiskBases: ['(2)'], categories: [] });
  });

  test('a family whose child is homeless under the McKinney-Vento education definition is at risk under (3)', () => {
    expect(decide(child('education'))).toMatchObject({ atRiskOfHomelessness: true, atRiskBases: ['(3)'] });
  });

  test('paragraphs (2) and (3) do not apply to a household that is homeless under the HUD definition', () => {
    const homeless = decide(child('other', { ownHomeTonight: false, fleeingViolence: true }));
    expect(homeless.categories).toEqual([4]);
    expect(homeless.atRiskBases).not.toContain('(2)');
  });
});
