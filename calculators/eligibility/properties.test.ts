import fc from 'fast-check';
import { expect, test } from 'vitest';
import { addDays } from '../core/dates';
import { jurisdictionIds } from '../core/parameters';
import { checkEligibility, type EligibilityResult } from './check';
import type { EligibilityInput } from './schema';
import {
  components,
  housingPlaces,
  otherStatutes,
  places,
  placesBeforeInstitution,
  programs,
  specialNeeds,
  unitPlaces,
  type HomelessCategory,
} from './vocabulary';

const jurisdiction = fc.constantFrom(...jurisdictionIds);

/** Consistent answers: every answer a path needs, and none that contradict each other. */
const consistentAnswers: fc.Arbitrary<EligibilityInput> = fc
  .record({
    lastNight: fc.constantFrom(...places),
    size: fc.integer({ min: 1, max: 8 }),
    headAge: fc.integer({ min: 14, max: 80 }),
    children: fc.boolean(),
    disability: fc.boolean(),
    chronic: fc.option(fc.boolean(), { nil: undefined }),
    ownHome: fc.boolean(),
    otherResidence: fc.boolean(),
    lacksResources: fc.boolean(),
    fleeing: fc.boolean(),
    moves: fc.integer({ min: 0, max: 6 }),
    economicShare: fc.integer({ min: 0, max: 6 }),
    daysStayed: fc.integer({ min: 0, max: 200 }),
    placeBefore: fc.constantFrom(...placesBeforeInstitution),
    mustLeave: fc.boolean(),
    daysToLeave: fc.integer({ min: 0, max: 40 }),
    written: fc.boolean(),
    doubledUp: fc.boolean(),
    sro: fc.boolean(),
    extraPeople: fc.integer({ min: 0, max: 6 }),
    rooms: fc.integer({ min: 1, max: 6 }),
    leaving: fc.boolean(),
    plan: fc.option(fc.boolean(), { nil: undefined }),
    statute: fc.constantFrom(...otherStatutes),
    recentLease: fc.boolean(),
    needs: fc.subarray([...specialNeeds]),
    barriers: fc.integer({ min: 0, max: 4 }),
    refuses: fc.boolean(),
    annual: fc.integer({ min: 0, max: 60_000_00 }),
    limit: fc.integer({ min: 10_000_00, max: 50_000_00 }),
    choice: fc.option(fc.tuple(fc.constantFrom(...programs), fc.constantFrom(...components)), { nil: undefined }),
  })
  .map((a): EligibilityInput => {
    const ownHomeTonight = a.lastNight === 'own-home' && a.ownHome && !a.fleeing;
    const housed = housingPlaces.includes(a.lastNight);
    const fundedChoice =
      a.choice &&
      ((a.choice[0] === 'ESG' && !['transitional-housing', 'permanent-supportive-housing'].includes(a.choice[1])) ||
        (a.choice[0] === 'CoC' && !['emergency-shelter', 'homelessness-prevention'].includes(a.choice[1])))
        ? a.choice
        : undefined;
    return {
      assessmentDate: '2024-06-03',
      ...(fundedChoice ? { program: fundedChoice[0], component: fundedChoice[1] } : {}),
      project: { chronicDedicated: false, bonus: false, hudApprovedCategory3: true },
      household: {
        size: a.size,
        headAge: a.headAge,
        childrenOrYouth: a.size > 1 && a.children,
        disability: a.disability,
        chronicallyHomeless: a.chronic ?? false,
      },
      lastNight: a.lastNight,
      ...(a.lastNight === 'institution' ? { institution: { daysStayed: a.daysStayed, placeBefore: a.placeBefore } } : {}),
      ownHomeTonight,
      ...(housed
        ? {
            mustLeave: a.mustLeave,
            ...(a.mustLeave ? { mustLeaveOn: addDays('2024-06-03', a.daysToLeave), writtenNotice: a.written } : {}),
          }
        : {}),
      otherResidence: a.otherResidence || ownHomeTonight,
      lacksResources: a.lacksResources,
      fleeingViolence: a.fleeing,
      recentMoves: a.moves,
      recentEconomicMoves: Math.min(a.economicShare, a.moves),
      ...(a.lastNight === 'with-others' ? { doubledUpForEconomicHardship: a.doubledUp } : {}),
      ...(unitPlaces.includes(a.lastNight)
        ? {
            unit: a.sro
              ? { kind: 'sro-or-efficiency', people: a.size + a.extraPeople }
              : { kind: 'larger', people: a.size + a.extraPeople, rooms: a.rooms },
          }
        : {}),
      leavingInstitutionOrCare: a.leaving,
      ...(a.plan === undefined ? {} : { consolidatedPlanRisk: a.plan }),
      otherFederalStatute: a.statute,
      permanentHousingRecently: a.recentLease || a.lastNight === 'own-home',
      specialNeeds: a.needs,
      barriersToEmployment: a.barriers,
      unwillingOrUnableToUseShelter: a.refuses,
      income: { annual: a.annual, limit: { kind: 'entered', thirtyPercentLimit: a.limit } },
    };
  });

const decided = (input: EligibilityInput, options: { jurisdiction: (typeof jurisdictionIds)[number] }): EligibilityResult => {
  const outcome = checkEligibility(input, options);
  if (!outcome.ok) throw new Error(`Consistent answers were refused: ${JSON.stringify(outcome.errors)} for ${JSON.stringify(input)}`);
  return outcome.value;
};

const subset = (a: readonly HomelessCategory[], b: readonly HomelessCategory[]) => a.every((c) => b.includes(c));

test('no input crashes: any JSON value gives an outcome, never an exception', () => {
  fc.assert(
    fc.property(fc.jsonValue(), jurisdiction, (input, id) => {
      const outcome = checkEligibility(input, { jurisdiction: id });
      expect(typeof outcome.ok).toBe('boolean');
      if (!outcome.ok) for (const error of outcome.errors) expect(error.message.length).toBeGreaterThan(0);
    }),
    { numRuns: 500 },
  );
});

test('no input crashes: answers with any values in every field give an outcome', () => {
  const anyValue = fc.oneof(fc.jsonValue(), fc.double(), fc.constant(undefined), fc.string(), fc.integer());
  fc.assert(
    fc.property(
      consistentAnswers,
      fc.dictionary(
        fc.constantFrom(
          'lastNight',
          'recentMoves',
          'income',
          'household',
          'institution',
          'unit',
          'mustLeaveOn',
          'program',
          'component',
          'specialNeeds',
          'project',
          'verification',
        ),
        anyValue,
      ),
      jurisdiction,
      (base, overrides, id) => {
        const outcome = checkEligibility({ ...base, ...overrides }, { jurisdiction: id });
        expect(typeof outcome.ok).toBe('boolean');
      },
    ),
    { numRuns: 500 },
  );
});

test('consistent answers are never refused, and every result is well formed', () => {
  fc.assert(
    fc.property(consistentAnswers, jurisdiction, (input, id) => {
      const result = decided(input, { jurisdiction: id });
      expect(subset(result.categories, [1, 2, 3, 4])).toBe(true);
      expect(subset(result.categories, result.criteriaMet)).toBe(true);
      expect(result.eligible).toBe(result.chosen ? result.chosen.eligible : result.components.some((c) => c.eligible));
      for (const reason of [...result.reasons, ...result.components.flatMap((c) => c.reasons)]) {
        expect(reason.text).not.toMatch(/NaN|undefined|\[object/);
      }
      for (const entry of result.documentation) expect(entry.category === null || result.categories.includes(entry.category)).toBe(true);
    }),
    { numRuns: 400 },
  );
});

/** Changes that only add a qualifying condition, keeping the answers consistent. */
const qualifyingChanges: { name: string; apply: (input: EligibilityInput) => EligibilityInput }[] = [
  {
    name: 'starts fleeing violence',
    apply: (i) => ({ ...i, fleeingViolence: true, ownHomeTonight: i.lastNight === 'own-home' ? false : i.ownHomeTonight }),
  },
  { name: 'loses its resources', apply: (i) => ({ ...i, lacksResources: true }) },
  {
    name: 'loses its other place to live',
    apply: (i) => (i.ownHomeTonight && i.lastNight !== 'own-home' ? i : { ...i, otherResidence: false }),
  },
  {
    name: 'must leave sooner, in writing',
    apply: (i) => (housingPlaces.includes(i.lastNight) ? { ...i, mustLeave: true, mustLeaveOn: i.assessmentDate, writtenNotice: true } : i),
  },
  {
    name: 'stayed fewer days in the institution',
    apply: (i) => (i.institution ? { ...i, institution: { ...i.institution, daysStayed: Math.floor(i.institution.daysStayed / 2) } } : i),
  },
  { name: 'moved more', apply: (i) => ({ ...i, recentMoves: i.recentMoves + 2 }) },
  {
    name: 'has a special need',
    apply: (i) => ({ ...i, specialNeeds: [...new Set([...(i.specialNeeds ?? []), 'chronic-disability' as const])] }),
  },
  { name: 'has more barriers to employment', apply: (i) => ({ ...i, barriersToEmployment: (i.barriersToEmployment ?? 0) + 2 }) },
  {
    name: 'is homeless under another federal law',
    apply: (i) => (i.otherFederalStatute === 'none' ? { ...i, otherFederalStatute: 'other' } : i),
  },
  {
    name: 'had no lease in the last 60 days',
    apply: (i) => (i.lastNight === 'own-home' || i.ownHomeTonight ? i : { ...i, permanentHousingRecently: false }),
  },
];

test('adding a qualifying condition never removes a category (category 3 only gives way to another category, as its definition says)', () => {
  fc.assert(
    fc.property(consistentAnswers, fc.constantFrom(...qualifyingChanges), jurisdiction, (input, change, id) => {
      const before = decided(input, { jurisdiction: id });
      const after = decided(change.apply(input), { jurisdiction: id });
      expect(subset(before.criteriaMet, after.criteriaMet), change.name).toBe(true);
      expect(
        subset(
          before.categories.filter((c) => c !== 3),
          after.categories,
        ),
        change.name,
      ).toBe(true);
      if (before.categories.length > 0) expect(after.categories.length, change.name).toBeGreaterThan(0);
    }),
    { numRuns: 600 },
  );
});

test('the same answers always give the same result: no clock or randomness', () => {
  fc.assert(
    fc.property(consistentAnswers, jurisdiction, (input, id) => {
      expect(decided(input, { jurisdiction: id })).toEqual(decided(structuredClone(input), { jurisdiction: id }));
    }),
    { numRuns: 100 },
  );
});
