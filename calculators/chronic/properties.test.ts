import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fromDayNumber, toDayNumber } from '../core/dates';
import { jurisdictionIds } from '../core/parameters';
import { parameterSets } from '../parameters';
import { checkProjectRecordkeeping } from './project';
import { screenChronicAtProjectStart } from './hmis';
import type { ChronicResult } from './result';
import { EVIDENCE_LEVELS, STAY_TYPES, type ChronicInput, type Evidence, type StayType } from './schemas';
import { serviceNeedsLevel } from './spdat';
import { backFrom, individual } from './testFixtures';
import { verifyChronicStatus } from './verify';

type Run = { kind: StayType | 'gap'; nights: number; evidence: Evidence };

const breakNights = Number(parameterSets.hud.parameters['chronic.breakNights']?.values[0]?.value);

const runArb: fc.Arbitrary<Run> = fc.record({
  kind: fc.constantFrom<StayType | 'gap'>(
    'street',
    'street',
    'emergency_shelter',
    'safe_haven',
    'institution',
    'transitional_housing',
    'housed_other',
    'housed_other',
    'gap',
  ),
  nights: fc.integer({ min: 1, max: 150 }),
  evidence: fc.constantFrom(...EVIDENCE_LEVELS),
});

/** A timeline whose last run (up to the night before the assessment) is on the street, so paths can be met. */
const timelineArb = (from: string, to: string, maxRuns = 12) =>
  fc.record({
    assessmentDay: fc.integer({ min: toDayNumber(from), max: toDayNumber(to) }),
    runs: fc.array(runArb, { minLength: 0, maxLength: maxRuns }),
    last: fc.record({ nights: fc.integer({ min: 1, max: 400 }), evidence: fc.constantFrom(...EVIDENCE_LEVELS) }),
  });

type Timeline = { assessmentDay: number; runs: Run[]; last: { nights: number; evidence: Evidence } };

const toInput = (t: Timeline): ChronicInput => {
  const assessment = fromDayNumber(t.assessmentDay);
  const runs = [...t.runs, { kind: 'street' as const, nights: t.last.nights, evidence: t.last.evidence }];
  return individual(
    assessment,
    backFrom(
      assessment,
      runs.map((r): [StayType | 'gap', number] | [StayType, number, Evidence] =>
        r.kind === 'gap' ? ['gap', r.nights] : [r.kind, r.nights, r.evidence],
      ),
    ),
  );
};

const run = (input: unknown, jurisdiction: (typeof jurisdictionIds)[number] = 'hud'): ChronicResult => {
  const outcome = verifyChronicStatus(input, { jurisdiction });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.value;
};

/** The decision, without the input positions of stays (which a reordering changes). */
const withoutIndexes = (result: ChronicResult) => JSON.parse(JSON.stringify(result, (key, value) => (key === 'index' ? undefined : value)));

// Property runs take seconds when the machine is busy; the timeout is generous so only a real failure fails.
describe('properties', { timeout: 120_000 }, () => {
  test('the order the stays are entered in does not matter', () => {
    const shuffledArb = timelineArb('2024-01-01', '2030-12-31').chain((t) => {
      const input = toInput(t);
      return fc.tuple(
        fc.constant(input),
        fc.shuffledSubarray(input.stays, { minLength: input.stays.length, maxLength: input.stays.length }),
      );
    });
    fc.assert(
      fc.property(shuffledArb, ([input, stays]) => {
        const shuffled = { ...input, stays };
        for (const jurisdiction of ['hud', 'tucson-pima'] as const) {
          expect(withoutIndexes(run(shuffled, jurisdiction))).toEqual(withoutIndexes(run(input, jurisdiction)));
        }
      }),
      { numRuns: 200 },
    );
  });

  test('shifting every date by the same number of days changes nothing when nights are counted (timeline inside the look-back)', () => {
    // Timelines of at most 1,000 nights sit inside every 3-year look-back (1,095 or 1,096 nights), so the look-back's
    // calendar length, which leap days change, never cuts a stay.
    fc.assert(
      fc.property(timelineArb('2024-01-01', '2030-12-31', 6), fc.integer({ min: -200, max: 3000 }), (t, shift) => {
        fc.pre(t.runs.reduce((n, r) => n + r.nights, t.last.nights) <= 1000);
        const decision = (r: ChronicResult) => ({
          chronic: r.chronic,
          basis: r.basis,
          timelineBasis: r.timelineBasis,
          currentSituation: r.currentSituation,
          nightsHomeless: r.nightsHomeless,
          continuousNights: r.continuous.nights,
          occasions: r.occasions.map((o) => [o.nights, o.countedNights, o.nightsInLookBack, o.documented]),
          breaks: r.breaks.map((b) => b.nights),
          shortStays: r.shortStays.map((b) => b.nights),
          institutions: r.institutionStays.map((i) => [i.nights, i.counted]),
        });
        const original = run(toInput(t), 'tucson-pima');
        const shifted = run(toInput({ ...t, assessmentDay: t.assessmentDay + shift }), 'tucson-pima');
        expect(decision(shifted)).toEqual(decision(original));
      }),
      { numRuns: 200 },
    );
  });

  test('shifting every date by whole 4-year cycles changes nothing when months are counted', () => {
    // 1,461 days is exactly 4 calendar years between 1901 and 2099, so every date keeps its month and day.
    fc.assert(
      fc.property(timelineArb('2020-02-01', '2060-12-31'), fc.integer({ min: -1, max: 9 }), (t, cycles) => {
        const years = 4 * cycles;
        const original = run(toInput(t));
        const shifted = run(toInput({ ...t, assessmentDay: t.assessmentDay + 1461 * cycles }));
        const back = JSON.stringify(shifted).replace(
          /\b(\d{4})-(\d{2})(?=[-"\s,).;]|$)/g,
          (_m, y: string, m: string) => `${Number(y) - years}-${m}`,
        );
        expect(JSON.parse(back)).toEqual(original);
      }),
      { numRuns: 150 },
    );
  });

  test('adding homeless nights that close no break never turns chronic into not chronic', () => {
    fc.assert(
      fc.property(
        timelineArb('2024-01-01', '2030-12-31'),
        fc.integer({ min: 1, max: 400 }),
        fc.nat(),
        fc.constantFrom('hud', 'tucson-pima') as fc.Arbitrary<'hud' | 'tucson-pima'>,
        (t, extra, pick, jurisdiction) => {
          fc.pre(run(toInput(t), jurisdiction).chronic);
          // Either lengthen the earliest stay back in time when it is a homeless stay, or put a new street stay in the
          // middle of a long stretch not homeless, leaving at least a break's worth of nights on each side.
          const splittable = t.runs
            .map((r, i) => [r, i] as const)
            .filter(
              ([r]) =>
                r.kind !== 'institution' &&
                r.kind !== 'street' &&
                r.kind !== 'emergency_shelter' &&
                r.kind !== 'safe_haven' &&
                r.nights >= 2 * breakNights + 1,
            );
          const first = t.runs[0];
          let runs: Run[];
          if (first && (first.kind === 'street' || first.kind === 'emergency_shelter' || first.kind === 'safe_haven') && pick % 2 === 0) {
            runs = [{ ...first, nights: first.nights + extra }, ...t.runs.slice(1)];
          } else if (splittable.length) {
            const [r, i] = splittable[pick % splittable.length] as (typeof splittable)[number];
            const street = 1 + (extra % (r.nights - 2 * breakNights));
            const before = breakNights + ((pick >> 3) % (r.nights - 2 * breakNights - street + 1));
            runs = [
              ...t.runs.slice(0, i),
              { ...r, nights: before },
              { kind: 'street', nights: street, evidence: r.evidence },
              { ...r, nights: r.nights - before - street },
              ...t.runs.slice(i + 1),
            ];
          } else {
            runs = [
              { kind: 'street', nights: extra, evidence: 'third_party' },
              { kind: 'gap', nights: breakNights, evidence: 'third_party' },
              ...t.runs,
            ];
          }
          expect(run(toInput({ ...t, runs }), jurisdiction).chronic).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  test('no input crashes any chronic rule: every outcome is a result or field errors with messages', () => {
    const rules = [verifyChronicStatus, screenChronicAtProjectStart, serviceNeedsLevel, checkProjectRecordkeeping];
    const dateish = fc.oneof(
      fc.integer({ min: toDayNumber('1850-01-01'), max: toDayNumber('2100-12-31') }).map(fromDayNumber),
      fc.constantFrom('2024-02-30', '0099-01-01', '', '2024-1-1'),
      fc.string(),
    );
    const stayish = fc.record(
      {
        start: dateish,
        end: dateish,
        type: fc.constantFrom(...STAY_TYPES, 'tent'),
        evidence: fc.constantFrom(...EVIDENCE_LEVELS, 'rumour'),
      },
      { requiredKeys: [] },
    );
    const inputish = fc.oneof(
      fc.anything(),
      fc.record(
        {
          assessmentDate: dateish,
          household: fc.record(
            { role: fc.constantFrom('adult_head', 'minor_head', 'other_adult', 'child', 'pet'), adultPresent: fc.anything() },
            { requiredKeys: [] },
          ),
          disability: fc.record(
            {
              hasDisability: fc.boolean(),
              childWithDisability: fc.boolean(),
              verification: fc.constantFrom('third_party', 'secondary_source', 'none'),
              secondarySourceDate: dateish,
            },
            { requiredKeys: [] },
          ),
          stays: fc.array(stayish, { maxLength: 8 }),
          projectEntryDate: dateish,
        },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(inputish, fc.constantFrom(...jurisdictionIds), (input, jurisdiction) => {
        for (const rule of rules) {
          const outcome = rule(input, { jurisdiction });
          if (!outcome.ok) {
            expect(outcome.errors.length).toBeGreaterThan(0);
            for (const e of outcome.errors) expect(e.message).toMatch(/\w/);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  test('a timeline with every stay valid is decided for every jurisdiction', () => {
    fc.assert(
      fc.property(timelineArb('2024-01-01', '2030-12-31'), (t) => {
        for (const jurisdiction of jurisdictionIds) expect(verifyChronicStatus(toInput(t), { jurisdiction }).ok).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

test('filling a break can merge four occasions into three and end chronic status: the definition itself is not monotone', () => {
  // Four 100-night occasions with 30-night breaks: 4 occasions, 400 nights ≥ 365 → chronic.
  // Fill the first break with street nights: occasions 1 and 2 become one (230 nights), so 3 occasions < 4,
  // and the current episode is only 100 nights → not chronic, although homeless time went up by 30 nights.
  const A = '2024-06-01';
  const runs = (firstBreak: StayType): [StayType, number][] => [
    ['street', 100],
    [firstBreak, 30],
    ['street', 100],
    ['housed_other', 30],
    ['street', 100],
    ['housed_other', 30],
    ['street', 100],
  ];
  const before = run(individual(A, backFrom(A, runs('housed_other'))), 'tucson-pima');
  const after = run(individual(A, backFrom(A, runs('street'))), 'tucson-pima');
  expect([before.chronic, before.occasions.length, before.nightsHomeless]).toEqual([true, 4, 400]);
  expect([after.chronic, after.occasions.length, after.nightsHomeless]).toEqual([false, 3, 430]);
});
