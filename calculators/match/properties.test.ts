import { expect, test } from 'vitest';
import fc from 'fast-check';
import { jurisdictionIds, type JurisdictionId } from '../core/parameters';
import { computeMatch } from './compute';
import type { MatchResult } from './result';
import {
  budgetCategories,
  cocComponents,
  sourceOrigins,
  supportiveServiceCosts,
  type BudgetLine,
  type MatchInput,
  type MatchSource,
} from './schemas';

const jurisdiction = fc.constantFrom<JurisdictionId>(...jurisdictionIds);
// Every jurisdiction's parameters are in force on these dates (the latest first value is 2019-07-30).
const asOf = fc.constantFrom('2019-08-09', '2023-05-01', '2024-09-30', '2024-10-01', '2026-01-15');
const cents = fc.integer({ min: 0, max: 1_000_000_000 });

const line: fc.Arbitrary<BudgetLine> = fc
  .record({
    category: fc.constantFrom(...budgetCategories),
    amount: cents,
    serviceCost: fc.constantFrom(...supportiveServiceCosts),
    participantSupport: fc.boolean(),
  })
  .map(({ category, amount, serviceCost, participantSupport }) =>
    category === 'supportive-services' ? { category, amount, serviceCost, participantSupport } : { category, amount },
  );

// The first line is a program cost of at least a cent, so the request is never all overhead.
const programLine: fc.Arbitrary<BudgetLine> = fc
  .record({
    category: fc.constantFrom('rental-assistance', 'operating', 'hmis' as const),
    amount: fc.integer({ min: 1, max: 1_000_000_000 }),
  })
  .map(({ category, amount }) => ({ category, amount }));

const source = (index: number): fc.Arbitrary<MatchSource> =>
  fc
    .record({
      kind: fc.constantFrom('cash', 'in-kind' as const),
      origin: fc.constantFrom(...sourceOrigins),
      amount: fc.integer({ min: 1, max: 1_000_000_000 }),
      commitmentDate: fc.constantFrom('2016-01-01', '2019-08-09', '2024-12-31'),
      offeredAs: fc.constantFrom('match', 'leverage' as const),
      statuteProhibitsMatch: fc.boolean(),
      previouslyUsedAsMatch: fc.boolean(),
      paidDirectlyToParticipants: fc.boolean(),
    })
    .map((s) => ({ ...s, name: `Source ${index}`, ...(s.kind === 'in-kind' ? { inKindType: 'property-or-goods' as const } : {}) }));

const sources: fc.Arbitrary<MatchSource[]> = fc
  .integer({ min: 0, max: 6 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => source(i + 1))).map((list): MatchSource[] => [...list]));

const cocInput: fc.Arbitrary<MatchInput> = fc
  .record({
    asOf,
    projectStatus: fc.constantFrom('new', 'renewal' as const),
    component: fc.constantFrom(...cocComponents),
    first: programLine,
    rest: fc.array(line, { maxLength: 7 }),
    sources,
  })
  .map(({ first, rest, ...input }): MatchInput => ({
    program: 'CoC',
    ...input,
    budget: [first, ...rest],
    indirectRate: { method: 'de-minimis' },
  }));

const computed = (input: unknown, j: JurisdictionId): MatchResult => {
  const outcome = computeMatch(input, { jurisdiction: j });
  if (!outcome.ok) throw new Error(`refused: ${JSON.stringify(outcome.errors)}`);
  return outcome.value;
};

test('adding leasing never raises the CoC required match', () => {
  fc.assert(
    fc.property(cocInput, fc.integer({ min: 1, max: 1_000_000_000 }), jurisdiction, (input, leasing, j) => {
      const before = computed(input, j);
      const after = computed({ ...input, budget: [...(input.budget ?? []), { category: 'leasing', amount: leasing }] }, j);
      expect(after.requiredMatch).toBeLessThanOrEqual(before.requiredMatch);
    }),
  );
});

test('adding a source that counts never raises the shortfall', () => {
  fc.assert(
    fc.property(cocInput, fc.integer({ min: 1, max: 1_000_000_000 }), jurisdiction, (input, amount, j) => {
      const before = computed(input, j);
      const added: MatchSource = {
        name: 'Added county cash',
        kind: 'cash',
        origin: 'local',
        amount,
        commitmentDate: '2016-01-01',
        offeredAs: 'match',
      };
      const after = computed({ ...input, sources: [...input.sources, added] }, j);
      expect(after.shortfall).toBeLessThanOrEqual(before.shortfall);
      expect(after.eligibleMatch).toBe(before.eligibleMatch + amount);
    }),
  );
});

const numbersIn = (value: unknown): number[] =>
  typeof value === 'number' ? [value] : typeof value === 'object' && value !== null ? Object.values(value).flatMap(numbersIn) : [];

test('all money stays in whole cents, and shortfall and surplus balance the books', () => {
  fc.assert(
    fc.property(cocInput, jurisdiction, (input, j) => {
      const result = computed(input, j);
      for (const n of numbersIn(result)) expect(Number.isSafeInteger(n)).toBe(true);
      // eligible − required = surplus − shortfall, and at most one of them is non-zero.
      expect(result.eligibleMatch - result.requiredMatch).toBe(result.surplus - result.shortfall);
      expect(Math.min(result.surplus, result.shortfall)).toBe(0);
      expect(result.eligibleMatch).toBe(result.eligibleCash + result.eligibleInKind);
    }),
  );
});

test('an ESG grant’s required match plus its unmatched portion is the grant', () => {
  const esg = fc.record({
    esgGrant: fc.integer({ min: 1, max: 10_000_000_000 }),
    recipientType: fc.constantFrom('state', 'territory', 'metropolitan-city', 'urban-county' as const),
    stateTransfersExemption: fc.boolean(),
  });
  fc.assert(
    fc.property(esg, asOf, jurisdiction, ({ stateTransfersExemption, ...grant }, date, j) => {
      const input = {
        program: 'ESG',
        asOf: date,
        sources: [],
        ...grant,
        ...(grant.recipientType === 'state' ? { stateTransfersExemption } : {}),
      };
      const result = computed(input, j);
      expect(result.requiredMatch + (result.esg?.unmatchedPortion ?? -1)).toBe(grant.esgGrant);
      expect(result.requiredMatch).toBeLessThanOrEqual(grant.esgGrant);
    }),
  );
});

test('no input crashes: anything at all gets an outcome', () => {
  fc.assert(
    fc.property(fc.anything(), jurisdiction, (input, j) => {
      const outcome = computeMatch(input, { jurisdiction: j });
      expect(typeof outcome.ok).toBe('boolean');
    }),
  );
});

test('no input crashes: a valid request with any one answer replaced by anything gets an outcome', () => {
  const keys = [
    'program',
    'asOf',
    'projectStatus',
    'component',
    'budget',
    'indirectRate',
    'esgGrant',
    'recipientType',
    'stateTransfersExemption',
    'sources',
  ];
  fc.assert(
    fc.property(cocInput, fc.constantFrom(...keys), fc.anything(), jurisdiction, (input, key, value, j) => {
      const outcome = computeMatch({ ...input, [key]: value }, { jurisdiction: j });
      if (!outcome.ok) for (const e of outcome.errors) expect(e.message.length).toBeGreaterThan(0);
    }),
  );
});

test('no input crashes: sources and lines with any one field replaced by anything get an outcome', () => {
  fc.assert(
    fc.property(
      cocInput,
      fc.constantFrom('name', 'kind', 'origin', 'amount', 'commitmentDate', 'offeredAs', 'inKindType', 'mou', 'category'),
      fc.anything(),
      (input, key, value) => {
        const broken = {
          ...input,
          budget: (input.budget ?? []).map((l, i) => (i === 0 ? { ...l, [key]: value } : l)),
          sources: input.sources.map((s, i) => (i === 0 ? { ...s, [key]: value } : s)),
        };
        expect(typeof computeMatch(broken).ok).toBe('boolean');
      },
    ),
  );
});
