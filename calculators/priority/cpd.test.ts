import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { orderOfPriority } from './cpd/orderOfPriority';
import { AS_OF, errors, lowell, tpch, value } from './testFixtures';

const veteran = (overrides: Record<string, unknown> = {}) => ({
  notice: 'cpd-16-11',
  asOf: AS_OF,
  chronicallyHomeless: false,
  hasDisability: true,
  longEpisodicHistory: false,
  severeServiceNeeds: false,
  comingFrom: 'emergency-shelter',
  ...overrides,
});
const person = (overrides: Record<string, unknown> = {}) => ({
  notice: 'cpd-14-012',
  asOf: AS_OF,
  chronicallyHomeless: true,
  severeServiceNeeds: true,
  continuousMonths: 12,
  occasionsInLookBack: 1,
  monthsInLookBack: 12,
  ...overrides,
});

describe('HUD-VASH with CPD-16-11 (TPCH)', () => {
  test.each([
    ['a chronically homeless Veteran', { chronicallyHomeless: true }, 1, 'chronic-veteran'],
    ['disability, long episodic homelessness and severe needs', { longEpisodicHistory: true, severeServiceNeeds: true }, 2, 'first'],
    ['disability and severe needs', { severeServiceNeeds: true }, 3, 'second'],
    ['disability, from the street, no severe needs', { comingFrom: 'unsheltered' }, 4, 'third'],
    ['disability, from a safe haven, no severe needs', { comingFrom: 'safe-haven' }, 4, 'third'],
    ['disability, from an emergency shelter, no severe needs', {}, 4, 'third'],
    ['disability, from transitional housing', { comingFrom: 'transitional-housing' }, 5, 'fourth'],
    ['no disability, needs ongoing case management', { hasDisability: false, needsOngoingCaseManagement: true }, 6, 'va-priority'],
  ])('%s %j: group %i', (_name, overrides, position, group) => {
    expect(value(orderOfPriority(veteran(overrides), tpch)).placement).toMatchObject({ status: 'placed', position, group });
  });

  test('long episodic homelessness without severe needs is not the First Priority', () => {
    expect(value(orderOfPriority(veteran({ longEpisodicHistory: true }), tpch)).placement).toMatchObject({ group: 'third' });
  });

  test('severe needs from transitional housing are the Second Priority, not the Fourth', () => {
    expect(value(orderOfPriority(veteran({ severeServiceNeeds: true, comingFrom: 'transitional-housing' }), tpch)).placement).toMatchObject(
      { group: 'second' },
    );
  });

  test('a Veteran in no group with no case-management need is not placed', () => {
    const result = value(orderOfPriority(veteran({ hasDisability: false, needsOngoingCaseManagement: false }), tpch));
    expect(result.placement).toMatchObject({ status: 'not-named', group: 'none' });
    expect(result.reasons.map((r) => r.code)).toEqual(['vash-groups-not-met', 'vash-no-group']);
  });

  test('a Veteran in no group must be asked about case management', () => {
    expect(errors(orderOfPriority(veteran({ hasDisability: false }), tpch))).toEqual([
      {
        path: 'needsOngoingCaseManagement',
        message:
          'Answer whether a clinical assessment shows a need for ongoing case management: the Veteran is in none of the CPD-16-11 priority groups',
      },
    ]);
  });

  test('an institution without severe needs reaches none of the CPD-16-11 groups', () => {
    expect(value(orderOfPriority(veteran({ comingFrom: 'institution', needsOngoingCaseManagement: true }), tpch)).placement).toMatchObject({
      group: 'va-priority',
    });
  });

  test('chronically homeless without a disability is a contradiction', () => {
    expect(errors(orderOfPriority(veteran({ chronicallyHomeless: true, hasDisability: false }), tpch)).map((e) => e.path)).toEqual([
      'hasDisability',
    ]);
  });

  test.each(['transitional-housing', 'other'])('chronically homeless while coming from %s is a contradiction', (comingFrom) => {
    expect(errors(orderOfPriority(veteran({ chronicallyHomeless: true, comingFrom }), tpch)).map((e) => e.path)).toEqual(['comingFrom']);
  });

  test('an unknown notice is refused with the choices', () => {
    expect(errors(orderOfPriority({ notice: 'cpd-99', asOf: AS_OF }))).toEqual([
      { path: 'notice', message: 'Choose the order of priority: HUD-VASH with CPD-16-11, or CPD-14-012' },
    ]);
  });
});

describe('CPD-14-012 First and Second Priority (Lowell)', () => {
  test.each([
    // continuously: 11 < 12, 12 ≥ 12, 13 ≥ 12
    [11, 'not-named'],
    [12, 'placed'],
    [13, 'placed'],
  ])('%i months continuously: %s', (continuousMonths, status) => {
    expect(value(orderOfPriority(person({ continuousMonths, monthsInLookBack: continuousMonths }), lowell)).placement.status).toBe(status);
  });

  test.each([
    // occasions: 3 < 4; 4 ≥ 4 with 12 months; 4 with 11 months < 12
    [3, 12, 'not-named'],
    [4, 11, 'not-named'],
    [4, 12, 'placed'],
    [5, 13, 'placed'],
  ])('%i occasions totalling %i months: %s', (occasionsInLookBack, monthsInLookBack, status) => {
    expect(value(orderOfPriority(person({ continuousMonths: 2, occasionsInLookBack, monthsInLookBack }), lowell)).placement.status).toBe(
      status,
    );
  });

  test('severe service needs decide First or Second Priority', () => {
    expect(value(orderOfPriority(person(), lowell)).placement).toMatchObject({ position: 1, group: 'first' });
    expect(value(orderOfPriority(person({ severeServiceNeeds: false }), lowell)).placement).toMatchObject({ position: 2, group: 'second' });
  });

  test('someone not chronically homeless is outside the excerpt, with the note', () => {
    const result = value(orderOfPriority(person({ chronicallyHomeless: false }), lowell));
    expect(result.placement).toMatchObject({ status: 'not-named', group: 'not-chronic' });
    expect(result.reasons.map((r) => r.code)).toContain('inconsistency-lowell-cpd-14-012-partial-priority-order');
  });

  test('the history reason shows each comparison', () => {
    const result = value(orderOfPriority(person({ continuousMonths: 2, occasionsInLookBack: 4, monthsInLookBack: 11 }), lowell));
    expect(result.reasons[0]?.text).toBe(
      'Longest history: 2 months continuously (< 12), or 4 occasions in the last 3 years (≥ 4) totalling 11 months (< 12): not met.',
    );
  });

  test('more months than 3 years hold is an error', () => {
    // 3 years × 12 = 36 months
    expect(errors(orderOfPriority(person({ monthsInLookBack: 37, occasionsInLookBack: 2 }), lowell))).toEqual([
      { path: 'monthsInLookBack', message: 'The last 3 years hold only 36 months, but you entered 37: check the total' },
    ]);
    expect(orderOfPriority(person({ continuousMonths: 36, monthsInLookBack: 36 }), lowell).ok).toBe(true);
  });

  test('time homeless with no occasions is a contradiction', () => {
    expect(errors(orderOfPriority(person({ occasionsInLookBack: 0 }), lowell)).map((e) => e.path)).toEqual(['occasionsInLookBack']);
  });

  test('a current episode longer than the total in the look-back is a contradiction', () => {
    // a 20-month current episode puts 20 months in the last 3 years, more than the 14 entered
    expect(errors(orderOfPriority(person({ continuousMonths: 20, monthsInLookBack: 14 }), lowell))).toEqual([
      {
        path: 'monthsInLookBack',
        message:
          'The current episode alone gives 20 months in the last 3 years, more than the 14 months in total you entered: correct one of the two answers',
      },
    ]);
    // a 50-month episode fills the 36-month look-back
    expect(orderOfPriority(person({ continuousMonths: 50, monthsInLookBack: 36 }), lowell).ok).toBe(true);
  });
});

test('property: the VASH group never gets worse when a Veteran also has severe service needs', () => {
  const answers = fc.record({
    chronicallyHomeless: fc.constant(false),
    hasDisability: fc.boolean(),
    longEpisodicHistory: fc.boolean(),
    comingFrom: fc.constantFrom('unsheltered', 'safe-haven', 'emergency-shelter', 'transitional-housing', 'institution', 'other'),
    needsOngoingCaseManagement: fc.boolean(),
  });
  const position = (a: Record<string, unknown>) => {
    const p = value(orderOfPriority(veteran(a), tpch)).placement;
    return p.status === 'placed' ? p.position : Number.POSITIVE_INFINITY;
  };
  fc.assert(
    fc.property(answers, (a) => {
      expect(position({ ...a, severeServiceNeeds: true })).toBeLessThanOrEqual(position({ ...a, severeServiceNeeds: false }));
    }),
  );
});
