import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { overlayParameters } from '../../core/parameters';
import { priorityParameterSets } from '../../parameters/priority';
import { familyPreservationProgram as fpp } from './examples/fpp';
import { scoreNewBedfordRenewal, type NewBedfordRenewalResult } from './renewal';
import type { NewBedfordRenewalInput, RenewalMeasure } from './renewalSchema';

const score = (input: NewBedfordRenewalInput): NewBedfordRenewalResult => {
  const outcome = scoreNewBedfordRenewal(input);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.value;
};
const measure = (result: NewBedfordRenewalResult, m: RenewalMeasure) => result.measures.find((s) => s.measure === m);
const pointsFor = (
  m: Exclude<RenewalMeasure, 'chronicHomeless' | 'fiscalManagement'>,
  percent: number,
  scales: 'rfp' | 'worksheet' = 'rfp',
) => measure(score({ ...fpp, scales, [m]: { percent } }), m)?.possiblePoints;

describe('each renewal measure is scored on its Appendix B band, on each side of every boundary', () => {
  test.each([
    ['exitsToPermanentHousing', 86, [20_00]],
    ['exitsToPermanentHousing', 85, [20_00]],
    ['exitsToPermanentHousing', 84, [15_00]],
    ['exitsToPermanentHousing', 80, [15_00]],
    ['exitsToPermanentHousing', 79, [10_00]],
    ['exitsToPermanentHousing', 65, [10_00]],
    ['exitsToPermanentHousing', 64, [5_00]],
    ['exitsToPermanentHousing', 55, [5_00]],
    ['exitsToPermanentHousing', 54, [0]],
    ['earnedIncomeStayers', 20, [5_00]],
    ['earnedIncomeStayers', 19, [4_00]],
    ['earnedIncomeStayers', 14, [4_00]],
    ['earnedIncomeStayers', 13, [3_00]],
    ['earnedIncomeStayers', 7, [3_00]],
    ['earnedIncomeStayers', 6, [2_00]],
    ['earnedIncomeStayers', 2, [2_00]],
    ['earnedIncomeStayers', 1, [0]],
    ['earnedIncomeLeavers', 20, [5_00]],
    ['earnedIncomeLeavers', 1, [0]],
    ['otherIncomeStayers', 85, [5_00]],
    ['otherIncomeStayers', 84, [4_00]],
    ['otherIncomeStayers', 65, [3_00]],
    ['otherIncomeStayers', 64, [2_00]],
    ['otherIncomeStayers', 54, [0]],
    ['otherIncomeLeavers', 55, [2_00]],
    ['otherIncomeLeavers', 54, [0]],
    ['bedUtilization', 91, [15_00]],
    ['bedUtilization', 90, [15_00]],
    ['bedUtilization', 89, [10_00]],
    ['bedUtilization', 70, [10_00]],
    ['bedUtilization', 69, [5_00]],
    ['bedUtilization', 51, [5_00]],
    ['bedUtilization', 50, [0]],
    ['bedUtilization', 120, [15_00]],
  ] as const)('%s at %i%% scores %j', (m, percent, points) => expect(pointsFor(m, percent)).toEqual(points));

  test.each([
    [0, [10_00]],
    [1, [6_00]],
    [10, [6_00]],
    [11, [4_00]],
    [20, [4_00]],
    [21, [0]],
  ])('data quality with %i%% omitted scores %j', (percent, points) => expect(pointsFor('dataQuality', percent)).toEqual(points));

  test.each([
    [0, [15_00]],
    [1, [10_00]],
    [5, [10_00]],
    [6, [5_00]],
    [9, [5_00]],
    [10, [5_00, 0]],
    [11, [0]],
  ])('fiscal management with %i%% returned scores %j on Appendix B’s scale', (percent, points) =>
    expect(measure(score({ ...fpp, fiscalManagement: { percent } }), 'fiscalManagement')?.possiblePoints).toEqual(points),
  );

  test.each([
    [0, [20_00]],
    [1, [15_00]],
    [6, [10_00]],
    [10, [10_00, 0]],
    [11, [0]],
  ])('fiscal management with %i%% returned scores %j on the worksheet’s scale', (percent, points) =>
    expect(measure(score({ ...fpp, scales: 'worksheet', fiscalManagement: { percent } }), 'fiscalManagement')?.possiblePoints).toEqual(
      points,
    ),
  );

  test('the worksheet’s exits scale overlaps at 55% but Appendix B’s does not', () => {
    expect(pointsFor('exitsToPermanentHousing', 55, 'worksheet')).toEqual([5_00, 0]);
    expect(pointsFor('exitsToPermanentHousing', 56, 'worksheet')).toEqual([5_00]);
    expect(pointsFor('exitsToPermanentHousing', 54, 'worksheet')).toEqual([0]);
    expect(pointsFor('exitsToPermanentHousing', 55, 'rfp')).toEqual([5_00]);
  });
});

describe('chronic homelessness is prorated up to 15 points for 100%', () => {
  const chronic = (count: number, outOf: number) =>
    measure(score({ ...fpp, chronicHomeless: { basis: 'persons', persons: { count, outOf } } }), 'chronicHomeless')?.points;
  // 15 × 0% = 0; 15 × 54% = 8.10; 15 × 75% = 11.25; 15 × 100% = 15.
  test.each([
    [0, 61, 0],
    [33, 61, 8_10],
    [46, 61, 11_25],
    [61, 61, 15_00],
    [1, 3, 4_95],
  ])('%i of %i persons scores %i hundredths', (count, outOf, points) => expect(chronic(count, outOf)).toBe(points));
  // 1 of 3 = 33.33% rounds to 33%: 15 × 33% = 4.95.

  test('the goal of 54% of persons is judged on persons, whichever basis scores', () => {
    const on = (count: number) =>
      measure(
        score({ ...fpp, chronicHomeless: { basis: 'beds', beds: { count: 46, outOf: 46 }, persons: { count, outOf: 100 } } }),
        'chronicHomeless',
      );
    expect(on(54)?.goalMet).toBe(true);
    expect(on(53)?.goalMet).toBe(false);
    expect(
      measure(score({ ...fpp, chronicHomeless: { basis: 'beds', beds: { count: 46, outOf: 46 } } }), 'chronicHomeless')?.goalMet,
    ).toBeNull();
  });

  test('the reason says which basis was used and what the other gives', () => {
    const result = score(fpp);
    expect(result.reasons.find((r) => r.code === 'renewal-chronic-basis')?.text).toContain(
      'You chose to count persons. Counted in beds the measure would score 15 points.',
    );
  });
});

describe('the fiscal management maximum of 20 and its 15-point scale are surfaced, never silently resolved', () => {
  test('on Appendix B’s scales a renewal can score at most 95, and the result says why', () => {
    const result = score(fpp);
    expect(result.attainableMaximum).toBe(95_00);
    expect(result.reasons.find((r) => r.code === 'renewal-scale-below-maximum')?.text).toContain(
      'has a 20-point maximum but its scale awards at most 15',
    );
  });
  test('on the worksheet’s scales the maximum is attainable and there is no such note', () => {
    const result = score({ ...fpp, scales: 'worksheet' });
    expect(result.attainableMaximum).toBe(100_00);
    expect(result.reasons.some((r) => r.code === 'renewal-scale-below-maximum')).toBe(false);
  });
  test('the choice of scales is required', () => {
    const { scales: _scales, ...rest } = fpp;
    expect(scoreNewBedfordRenewal(rest)).toEqual({
      ok: false,
      errors: [{ path: 'scales', message: 'Choose which scales to score with: the RFP’s Appendix B, or the 2019 evaluation worksheet' }],
    });
  });
});

describe('input problems are field errors a person can act on', () => {
  test('a missing measure names the measure', () => {
    const { bedUtilization: _b, ...rest } = fpp;
    expect(scoreNewBedfordRenewal(rest)).toEqual({
      ok: false,
      errors: [{ path: 'bedUtilization', message: 'Enter the bed utilization, as a percentage or as a count out of a total' }],
    });
  });
  test('choosing beds without entering beds is an error at the beds field', () => {
    expect(scoreNewBedfordRenewal({ ...fpp, chronicHomeless: { basis: 'beds', persons: { count: 46, outOf: 61 } } })).toEqual({
      ok: false,
      errors: [
        {
          path: 'chronicHomeless.beds.percent',
          message: 'You chose to count chronic homelessness in beds: enter the chronic homeless beds share',
        },
      ],
    });
  });
  test('more persons exiting than persons served is refused', () => {
    expect(scoreNewBedfordRenewal({ ...fpp, exitsToPermanentHousing: { count: 17, outOf: 16 } })).toMatchObject({
      ok: false,
      errors: [{ path: 'exitsToPermanentHousing.count' }],
    });
  });
  test('a date before the RFP has no rules in force, and says from when it does', () => {
    expect(scoreNewBedfordRenewal({ ...fpp, asOf: '2019-07-29' })).toMatchObject({
      ok: false,
      errors: [{ path: 'asOf', message: expect.stringContaining('the earliest is from 2019-07-30') }],
    });
  });
  test('under a jurisdiction without these rules the error says where they are', () => {
    expect(scoreNewBedfordRenewal(fpp, { jurisdiction: 'hud' })).toEqual({
      ok: false,
      errors: [
        {
          path: 'jurisdiction',
          message:
            'HUD federal baseline has no New Bedford renewal scoring rules. They are in the New Bedford FY2019 local competition: choose that jurisdiction.',
        },
      ],
    });
  });
});

test('a proposed scale is an overlay: Appendix B’s fiscal scale raised to 20 makes 100 attainable', () => {
  const proposal = overlayParameters(priorityParameterSets['new-bedford'], 'fiscal scale to 20', [
    {
      parameter: 'priority.scoring.renewal.fiscalManagement.scale',
      value: '0%= 20; 1%-5%= 15; 6%-10%= 10; 11%>= 0',
      effective: '2020-07-01',
    },
  ]);
  if (!proposal.ok) throw new Error('overlay refused');
  const outcome = scoreNewBedfordRenewal({ ...fpp, asOf: '2020-08-01', fiscalManagement: { percent: 10 } }, { parameters: proposal.value });
  expect(outcome.ok && outcome.value.attainableMaximum).toBe(100_00);
  expect(outcome.ok && outcome.value.total).toBe(73_25); // 53.25 + 10 + 10: 10% is no longer in two bands.
});

const rate = fc.oneof(
  fc.integer({ min: 0, max: 10_000 }).map((bp) => ({ percent: bp / 100 })),
  fc.integer({ min: 1, max: 500 }).chain((outOf) => fc.integer({ min: 0, max: outOf }).map((count) => ({ count, outOf }))),
);
const anyRenewal = fc.record({
  scales: fc.constantFrom('rfp' as const, 'worksheet' as const),
  exitsToPermanentHousing: rate,
  earnedIncomeStayers: rate,
  otherIncomeStayers: rate,
  earnedIncomeLeavers: rate,
  otherIncomeLeavers: rate,
  bedUtilization: rate,
  persons: rate,
  dataQuality: rate,
  fiscalManagement: rate.map((r) => ('percent' in r ? r : { amount: r.count, total: r.outOf })),
});

test('the total is the sum of the measures and never exceeds what the scales can award', () => {
  fc.assert(
    fc.property(anyRenewal, ({ persons, ...measures }) => {
      const result = score({ ...fpp, ...measures, chronicHomeless: { basis: 'persons', persons } });
      const low = result.measures.reduce((t, m) => t + Math.min(...m.possiblePoints), 0);
      const high = result.measures.reduce((t, m) => t + Math.max(...m.possiblePoints), 0);
      expect(result.totalRange).toEqual({ low, high });
      expect(result.total === null).toBe(result.decisionsNeeded.length > 0);
      if (result.total !== null) expect(result.total).toBe(low);
      expect(high).toBeLessThanOrEqual(result.attainableMaximum);
      expect(result.attainableMaximum).toBeLessThanOrEqual(result.maximum);
      for (const m of result.measures) expect(Math.max(...m.possiblePoints)).toBeLessThanOrEqual(m.maximum);
    }),
  );
});

test('more chronically homeless persons never lowers the chronic points', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 400 }), fc.nat(), fc.nat(), (outOf, a, b) => {
      const [low, high] = [a % (outOf + 1), b % (outOf + 1)].sort((x, y) => x - y) as [number, number];
      const chronic = (count: number) =>
        measure(score({ ...fpp, chronicHomeless: { basis: 'persons', persons: { count, outOf } } }), 'chronicHomeless')?.points ?? -1;
      expect(chronic(high)).toBeGreaterThanOrEqual(chronic(low));
    }),
    { numRuns: 60 },
  );
});

describe('each measure’s goal is judged on the same whole percentage as its band', () => {
  const goal = (input: NewBedfordRenewalInput, m: RenewalMeasure) => measure(score(input), m)?.goalMet;
  test.each([
    [85, true],
    [84, false],
    [84.5, true],
  ])('exits goal of 85%% at %f%%: %s', (percent, met) =>
    expect(goal({ ...fpp, exitsToPermanentHousing: { percent } }, 'exitsToPermanentHousing')).toBe(met),
  );
  test.each([
    [20, true],
    [19, false],
  ])('earned income goal of 20%% at %i%%: %s', (percent, met) =>
    expect(goal({ ...fpp, earnedIncomeLeavers: { percent } }, 'earnedIncomeLeavers')).toBe(met),
  );
  test.each([
    [90, true],
    [89, false],
  ])('utilization goal of 90%% at %i%%: %s', (percent, met) =>
    expect(goal({ ...fpp, bedUtilization: { percent } }, 'bedUtilization')).toBe(met),
  );
  test('data quality’s goal of no omissions: 0 of 500 met, 1 of 500 not', () => {
    expect(goal({ ...fpp, dataQuality: { count: 0, outOf: 500 } }, 'dataQuality')).toBe(true);
    expect(goal({ ...fpp, dataQuality: { count: 1, outOf: 500 } }, 'dataQuality')).toBe(false);
  });
  test('fiscal management’s goal of 100% drawdown: 0% returned met, 1% not', () => {
    expect(goal({ ...fpp, fiscalManagement: { percent: 0 } }, 'fiscalManagement')).toBe(true);
    expect(goal({ ...fpp, fiscalManagement: { percent: 1 } }, 'fiscalManagement')).toBe(false);
  });
  test('the Family Preservation Program met 6 of 9 goals, as its review says', () =>
    expect([score(fpp).goalsMet, score(fpp).goalsJudged]).toEqual([6, 9]));
});

test('under a proposal that gives full chronic credit at 80%, 90% of persons earns the full 15 and 40% earns 7.50', () => {
  const proposal = overlayParameters(priorityParameterSets['new-bedford'], 'full credit at 80%', [
    { parameter: 'priority.scoring.renewal.chronicHomeless.fullCreditShare', value: 8000, effective: '2020-07-01' },
  ]);
  if (!proposal.ok) throw new Error('overlay refused');
  const chronic = (percent: number) => {
    const outcome = scoreNewBedfordRenewal(
      { ...fpp, asOf: '2020-08-01', chronicHomeless: { basis: 'persons', persons: { percent } } },
      { parameters: proposal.value },
    );
    return outcome.ok ? measure(outcome.value, 'chronicHomeless')?.points : undefined;
  };
  // 15 × min(90%, 80%) ÷ 80% = 15; 15 × 40% ÷ 80% = 7.5.
  expect([chronic(90), chronic(40)]).toEqual([15_00, 7_50]);
});
