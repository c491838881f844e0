import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { overlayParameters } from '../core/parameters';
import { parameterSets } from '../parameters';
import { orderHouseholds, type OrderHouseholdsResult } from './order/orderHouseholds';
import { orderCpdList } from './order/cpdList';
import { orderNashvilleList } from './order/nashvilleList';
import { orderTpchList } from './order/tpchList';
import { AS_OF, errors, nashville, nashvilleRrhHousehold, tpch, value } from './testFixtures';

const ids = (result: OrderHouseholdsResult) => result.ordered.map((h) => h.id);

const rrhList = (households: Record<string, unknown>[]) => ({ method: 'nashville-rrh', asOf: AS_OF, households });
const pshHousehold = (id: string, overrides: Record<string, unknown> = {}) => ({
  id,
  chronicallyHomeless: false,
  viSpdatScore: 10,
  homelessSince: '2023-01-01',
  identifiedOn: '2023-02-01',
  ...overrides,
});
const pshList = (households: Record<string, unknown>[]) => ({ method: 'nashville-psh', asOf: AS_OF, households });

describe('Nashville RRH list', () => {
  test('the higher priority score goes first', () => {
    // A: 8 + 1 (unsheltered) = 9; B: 8
    const result = value(
      orderHouseholds(rrhList([nashvilleRrhHousehold({ id: 'B' }), nashvilleRrhHousehold({ id: 'A', unsheltered: true })]), nashville),
    );
    expect(ids(result)).toEqual(['A', 'B']);
  });

  test('equal scores: the longer time homeless goes first', () => {
    // same score 8; A homeless since 2022-01-01 (790 days), B since 2023-03-01 (366 days)
    const result = value(
      orderHouseholds(
        rrhList([nashvilleRrhHousehold({ id: 'B' }), nashvilleRrhHousehold({ id: 'A', homelessSince: '2022-01-01' })]),
        nashville,
      ),
    );
    expect(ids(result)).toEqual(['A', 'B']);
    expect(result.ties).toEqual([]);
  });

  test('equal score and time homeless stay tied, share a rank, and are listed as entered', () => {
    const result = value(
      orderHouseholds(
        rrhList([
          nashvilleRrhHousehold({ id: 'B' }),
          nashvilleRrhHousehold({ id: 'A' }),
          nashvilleRrhHousehold({ id: 'C', assessmentScore: 2 }),
        ]),
        nashville,
      ),
    );
    expect(result.ordered.map(({ id, position, rank, tiedWith }) => ({ id, position, rank, tiedWith }))).toEqual([
      { id: 'B', position: 1, rank: 1, tiedWith: ['A'] },
      { id: 'A', position: 2, rank: 1, tiedWith: ['B'] },
      { id: 'C', position: 3, rank: 3, tiedWith: [] },
    ]);
    expect(result.ties).toEqual([['B', 'A']]);
    expect(result.reasons.at(-1)?.code).toBe('ties-remain');
  });

  test('each household’s error is reported at its place in the list', () => {
    expect(
      errors(
        orderHouseholds(
          rrhList([nashvilleRrhHousehold({ id: 'A' }), nashvilleRrhHousehold({ id: 'B', homelessSince: '2025-01-01', age: 'old' })]),
          nashville,
        ),
      ),
    ).toEqual([{ path: 'households.1.age', message: 'The age of the person assessed must be a whole number' }]);
    expect(
      errors(
        orderHouseholds(
          rrhList([nashvilleRrhHousehold({ id: 'A' }), nashvilleRrhHousehold({ id: 'B', homelessSince: '2025-01-01' })]),
          nashville,
        ),
      )[0]?.path,
    ).toBe('households.1.homelessSince');
  });

  test('two households with the same id are refused', () => {
    expect(errors(orderHouseholds(rrhList([nashvilleRrhHousehold({ id: 'A' }), nashvilleRrhHousehold({ id: ' A ' })]), nashville))).toEqual(
      [{ path: 'households.1.id', message: 'Household 2 has the same id as household 1 ("A"): give each household its own id' }],
    );
  });

  test('an empty list or one over 2,000 households is refused', () => {
    expect(errors(orderHouseholds(rrhList([]), nashville))).toEqual([
      { path: 'households', message: 'Add at least one household to order' },
    ]);
    const many = Array.from({ length: 2001 }, (_, i) => nashvilleRrhHousehold({ id: `H${i}` }));
    expect(errors(orderHouseholds(rrhList(many), nashville))).toEqual([
      { path: 'households', message: 'Order at most 2,000 households at a time' },
    ]);
  });
});

describe('Nashville PSH list', () => {
  test('chronicity comes before the VI-SPDAT score', () => {
    const result = value(
      orderHouseholds(
        pshList([
          pshHousehold('high-score', { viSpdatScore: 16 }),
          pshHousehold('chronic', { chronicallyHomeless: true, viSpdatScore: 8 }),
        ]),
        nashville,
      ),
    );
    expect(ids(result)).toEqual(['chronic', 'high-score']);
  });

  test('then the VI-SPDAT score, then length of time homeless', () => {
    const result = value(
      orderHouseholds(
        pshList([
          pshHousehold('short', { viSpdatScore: 12 }),
          pshHousehold('low', { viSpdatScore: 11, homelessSince: '2015-01-01', identifiedOn: '2015-01-02' }),
          pshHousehold('long', { viSpdatScore: 12, homelessSince: '2022-12-31' }),
        ]),
        nashville,
      ),
    );
    expect(ids(result)).toEqual(['long', 'short', 'low']);
  });

  test('the date of identification breaks only a remaining tie, earlier first', () => {
    const result = value(
      orderHouseholds(pshList([pshHousehold('later'), pshHousehold('earlier', { identifiedOn: '2023-01-31' })]), nashville),
    );
    expect(ids(result)).toEqual(['earlier', 'later']);
    expect(result.criteria.at(-1)).toBe('the earlier date of identification first (the household waiting longer)');
  });

  test('identification after the date is a contradiction on that household', () => {
    expect(errors(orderHouseholds(pshList([pshHousehold('A', { identifiedOn: '2024-03-02' })]), nashville))[0]?.path).toBe(
      'households.0.identifiedOn',
    );
  });

  test('a revision can reorder the criteria: VI-SPDAT before chronicity', () => {
    const proposal = overlayParameters(parameterSets['nashville-davidson'], 'score first', [
      { parameter: 'priority.nashville.psh.criteria.1', value: 'vi-spdat', effective: '2024-01-01' },
      { parameter: 'priority.nashville.psh.criteria.2', value: 'chronicity', effective: '2024-01-01' },
    ]);
    if (!proposal.ok) throw new Error('overlay failed');
    const list = pshList([
      pshHousehold('high-score', { viSpdatScore: 16 }),
      pshHousehold('chronic', { chronicallyHomeless: true, viSpdatScore: 8 }),
    ]);
    expect(ids(value(orderHouseholds(list, { parameters: proposal.value })))).toEqual(['high-score', 'chronic']);
  });

  test('a criterion the list cannot use is reported, not skipped', () => {
    const proposal = overlayParameters(parameterSets['nashville-davidson'], 'bad', [
      { parameter: 'priority.nashville.psh.criteria.1', value: 'priority-score', effective: '2024-01-01' },
    ]);
    if (!proposal.ok) throw new Error('overlay failed');
    expect(errors(orderHouseholds(pshList([pshHousehold('A')]), { parameters: proposal.value }))[0]).toMatchObject({
      path: 'jurisdiction',
    });
  });
});

describe('TPCH list', () => {
  const tpchHousehold = (id: string, overrides: Record<string, unknown> = {}) => ({
    id,
    spdatTool: 'vi-spdat',
    spdatPopulation: 'individual',
    spdatScore: 13,
    sleepingSituation: 'unsheltered',
    chronicallyHomeless: true,
    lifetimeMonthsHomeless: 30,
    ...overrides,
  });
  const list = (households: Record<string, unknown>[], settings: Record<string, unknown> = {}) => ({
    method: 'tpch',
    asOf: AS_OF,
    program: 'psh',
    bedType: 'chronic-dedicated',
    chronicHouseholdsHoused: false,
    households,
    ...settings,
  });

  test('households are ordered by level and split into not served and not named', () => {
    const result = value(
      orderHouseholds(
        list([
          tpchHousehold('level-2', { sleepingSituation: 'sheltered' }),
          tpchHousehold('moderate', { spdatScore: 5 }),
          tpchHousehold('level-1'),
          tpchHousehold('not-chronic', { chronicallyHomeless: false }),
        ]),
        tpch,
      ),
    );
    expect(ids(result)).toEqual(['level-1', 'level-2']);
    expect(result.notServed.map((h) => h.id)).toEqual(['moderate', 'not-chronic']);
    expect(result.notNamed).toEqual([]);
  });

  test('list-wide answers are reported without a household prefix', () => {
    expect(errors(orderHouseholds(list([tpchHousehold('A')], { bedType: undefined }), tpch))).toEqual([
      { path: 'bedType', message: 'Choose the kind of PSH bed: dedicated or prioritized for chronic homelessness, or other' },
    ]);
  });

  test('a missing list-wide answer is reported even when a household is refused', () => {
    expect(
      errors(orderHouseholds(list([tpchHousehold('A', { spdatScore: 'x' })], { bedType: undefined }), tpch)).map((e) => e.path),
    ).toEqual(['bedType', 'households.0.spdatScore']);
    expect(errors(orderTpchList(list([tpchHousehold('A', { spdatScore: 'x' })], { bedType: undefined }), tpch)).map((e) => e.path)).toEqual(
      ['bedType', 'households.0.spdatScore'],
    );
  });

  test('a household’s SPDAT error is reported at its place', () => {
    expect(errors(orderHouseholds(list([tpchHousehold('A'), tpchHousehold('B', { spdatScore: 30 })]), tpch))).toEqual([
      { path: 'households.1.spdatScore', message: 'VI-SPDAT (individual) scores run from 0 to 17: check the score' },
    ]);
  });

  test('RRH households with severe needs are listed as not named', () => {
    const result = value(
      orderHouseholds(
        list([tpchHousehold('severe'), tpchHousehold('moderate', { spdatScore: 6 })], {
          program: 'rrh',
          bedType: undefined,
          chronicHouseholdsHoused: undefined,
        }),
        tpch,
      ),
    );
    expect(ids(result)).toEqual(['moderate']);
    expect(result.notNamed.map((h) => h.id)).toEqual(['severe']);
  });
});

test('an unknown method is refused with the choices', () => {
  expect(errors(orderHouseholds({ method: 'alphabetical', asOf: AS_OF, households: [] }))).toEqual([
    { path: 'method', message: 'Choose the order: TPCH, Nashville RRH, Nashville PSH, HUD-VASH with CPD-16-11, or CPD-14-012' },
  ]);
});

describe('properties of an ordered list', () => {
  const rrh = fc.record({
    assessment: fc.constantFrom('vi-spdat', 'dv-ce'),
    assessmentScore: fc.integer({ min: 0, max: 17 }),
    unsheltered: fc.boolean(),
    age: fc.integer({ min: 18, max: 80 }),
    covidRiskCondition: fc.boolean(),
    homelessSince: fc.constantFrom('2020-01-01', '2022-06-30', '2023-03-01', '2024-02-29'),
  });
  const households = fc.array(rrh, { minLength: 1, maxLength: 40 }).map((list) => list.map((h, i) => ({ id: `H${i}`, ...h })));
  const ordered = (list: Record<string, unknown>[]) => value(orderHouseholds(rrhList(list), nashville));
  const key = (h: OrderHouseholdsResult['ordered'][number]) => h.values.map((v) => Number(v.value));

  test('every household appears exactly once', () => {
    fc.assert(
      fc.property(households, (list) => {
        const result = ordered(list);
        expect([...ids(result), ...result.notServed.map((h) => h.id), ...result.notNamed.map((h) => h.id)].sort()).toEqual(
          list.map((h) => h.id).sort(),
        );
      }),
    );
  });

  test('scores never rise down the list, and equal scores never have a longer time homeless below', () => {
    fc.assert(
      fc.property(households, (list) => {
        const result = ordered(list);
        result.ordered.slice(1).forEach((household, i) => {
          const [scoreAbove = 0, daysAbove = 0] = key(result.ordered[i] as OrderHouseholdsResult['ordered'][number]);
          const [score = 0, days = 0] = key(household);
          expect(scoreAbove).toBeGreaterThanOrEqual(score);
          if (scoreAbove === score) expect(daysAbove).toBeGreaterThanOrEqual(days);
        });
      }),
    );
  });

  test('ranks: tied households share a rank, which is the position of the first of them', () => {
    fc.assert(
      fc.property(households, (list) => {
        const result = ordered(list);
        for (const h of result.ordered) {
          expect(h.rank).toBeLessThanOrEqual(h.position);
          expect(h.rank === h.position || h.tiedWith.length > 0).toBe(true);
        }
      }),
    );
  });

  test('the order does not depend on the order of entry, except within ties', () => {
    fc.assert(
      fc.property(households, fc.integer(), (list, seed) => {
        const shuffled = [...list].sort(
          (a, b) =>
            ((a.id.length * 31 + seed) % 7) - ((b.id.length * 31 + seed) % 7) ||
            (seed % 2 ? a.id.localeCompare(b.id) : b.id.localeCompare(a.id)),
        );
        const groups = (result: OrderHouseholdsResult) => result.ordered.map((h) => [h.rank, [h.id, ...h.tiedWith].sort().join()]);
        expect(groups(ordered(shuffled)).sort()).toEqual(groups(ordered(list)).sort());
      }),
    );
  });
});

describe('per-method orderers (what the islands import)', () => {
  const nashvilleInput = rrhList([nashvilleRrhHousehold({ id: 'B' }), nashvilleRrhHousehold({ id: 'A', unsheltered: true })]);

  test('orderNashvilleList gives the same order as orderHouseholds', () => {
    expect(value(orderNashvilleList(nashvilleInput, nashville))).toEqual(value(orderHouseholds(nashvilleInput, nashville)));
  });

  test('each per-method orderer refuses another method with its own choices', () => {
    expect(errors(orderNashvilleList({ ...nashvilleInput, method: 'tpch' }, nashville))).toEqual([
      { path: 'method', message: 'Choose the list: Nashville RRH or Nashville PSH' },
    ]);
    expect(errors(orderCpdList({ ...nashvilleInput, method: 'nashville-rrh' }))).toEqual([
      { path: 'method', message: 'Choose the order: HUD-VASH with CPD-16-11, or CPD-14-012' },
    ]);
    expect(errors(orderTpchList({ ...nashvilleInput, method: 'cpd-16-11' }))[0]?.path).toBe('method');
  });

  test('orderCpdList orders a CPD-14-012 list: First Priority before Second', () => {
    const person = (id: string, severeServiceNeeds: boolean) => ({
      id,
      chronicallyHomeless: true,
      severeServiceNeeds,
      continuousMonths: 12,
      occasionsInLookBack: 1,
      monthsInLookBack: 12,
    });
    const result = value(
      orderCpdList(
        { method: 'cpd-14-012', asOf: AS_OF, households: [person('second', false), person('first', true)] },
        { jurisdiction: 'lowell' },
      ),
    );
    expect(ids(result)).toEqual(['first', 'second']);
  });
});
