import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { jurisdictionIds } from '../core/parameters';
import { calculateRent } from './calculateRent';
import { rentModes } from './schemas/rentInput';
import { head, incomeBasedInput, limitsInput, run } from './testInputs';

const cents = (max: number) => fc.integer({ min: 0, max });
const rentCents = cents(50_000_00);
const frequency = fc.constantFrom('weekly', 'every-two-weeks', 'twice-a-month', 'monthly', 'annually');

describe('properties', () => {
  test('under every tier the participant share plus the program share is the contract rent', () => {
    fc.assert(
      fc.property(rentCents, fc.constantFrom(1, 2, 3, 4), (contractRent, tier) => {
        const result = run('rrh-tier', { mode: 'rrh-tier', asOf: '2024-01-15', contractRent, tier }, 'tucson-pima');
        for (const split of result.detail.tiers) expect(split.participantPays + split.programPays).toBe(contractRent);
        expect((result.participantPays ?? -1) + (result.programPays ?? -1)).toBe(contractRent);
      }),
    );
  });

  test('the suggested tier never asks the household for more than it can pay', () => {
    fc.assert(
      fc.property(rentCents, rentCents, (contractRent, canPay) => {
        const result = run('rrh-tier', { mode: 'rrh-tier', asOf: '2024-01-15', contractRent, householdCanPay: canPay }, 'tucson-pima');
        expect(result.participantPays ?? 0).toBeLessThanOrEqual(canPay);
      }),
    );
  });

  test('the Nashville budget splits the contract rent with no share below zero', () => {
    fc.assert(
      fc.property(
        rentCents,
        fc.array(cents(100_000_00), { maxLength: 5 }),
        fc.array(cents(100_000_00), { maxLength: 5 }),
        (contractRent, income, expenses) => {
          const lines = (amounts: number[]) => amounts.map((amount) => ({ label: 'x', amount }));
          const result = run(
            'nashville-budget',
            { mode: 'nashville-budget', asOf: '2024-06-01', contractRent, incomeSources: lines(income), expenses: lines(expenses) },
            'nashville-davidson',
          );
          expect(result.participantPays).toBeGreaterThanOrEqual(0);
          expect(result.programPays).toBeGreaterThanOrEqual(0);
          expect((result.participantPays ?? 0) + (result.programPays ?? 0)).toBe(contractRent);
        },
      ),
    );
  });

  // Weekly pay up to $190,000 keeps annual income ($9,880,000) under the plausibility ceiling.
  const household = fc.record({
    wages: cents(150_000_00),
    dependents: fc.integer({ min: 0, max: 6 }),
    childCare: cents(30_000_00),
    medical: cents(30_000_00),
    elderly: fc.boolean(),
    welfare: fc.option(cents(5_000_00), { nil: undefined }),
    allowance: fc.option(cents(1_000_00), { nil: undefined }),
    contractRent: fc.option(rentCents, { nil: undefined }),
    asOf: fc.constantFrom('2023-06-01', '2024-06-01', '2026-06-01'),
    frequency,
  });
  type Household = typeof household extends fc.Arbitrary<infer T> ? T : never;
  const tenantInput = (h: Household, wages = h.wages) =>
    incomeBasedInput(
      [
        head(0, { incomeSources: [{ label: 'Wages', kind: 'earned', amount: wages, frequency: h.frequency }] }),
        ...Array.from({ length: h.dependents }, (_, i) => ({
          name: `D${i}`,
          relationship: 'other' as const,
          age: 5,
          dependent: true,
          incomeSources: [],
        })),
      ],
      {
        asOf: h.asOf,
        childCareExpenses: h.childCare,
        medicalExpenses: h.medical,
        elderlyOrDisabledFamily: h.elderly,
        welfareRent: h.welfare,
        utilityAllowance: h.allowance === undefined ? undefined : { source: 'entered', amount: h.allowance },
        contractRent: h.contractRent,
      },
    );

  test('the tenant payment, program payment and reimbursement are never negative', () => {
    fc.assert(
      fc.property(household, (h) => {
        const result = run('income-based', tenantInput(h));
        expect(result.participantPays).toBeGreaterThanOrEqual(0);
        expect(result.utilityReimbursement ?? 0).toBeGreaterThanOrEqual(0);
        expect(result.programPays ?? 0).toBeGreaterThanOrEqual(0);
        expect(result.detail.adjustedIncome).toBeGreaterThanOrEqual(0);
        if (h.contractRent !== undefined) expect((result.participantPays ?? 0) + (result.programPays ?? 0)).toBe(h.contractRent);
      }),
    );
  });

  test('more income never lowers the income-based rent', () => {
    fc.assert(
      fc.property(household, cents(40_000_00), (h, raise) => {
        const before = run('income-based', tenantInput(h)).detail.tenantRent;
        const after = run('income-based', tenantInput(h, h.wages + raise)).detail.tenantRent;
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  test('a larger allowance never raises what the tenant pays the owner', () => {
    fc.assert(
      fc.property(cents(200_000_00), cents(1_000_00), cents(1_000_00), (wages, allowance, more) => {
        const pays = (amount: number) =>
          run('income-based', incomeBasedInput([head(wages)], { utilityAllowance: { source: 'entered', amount } })).participantPays ?? 0;
        expect(pays(allowance + more)).toBeLessThanOrEqual(pays(allowance));
      }),
    );
  });

  test('months remaining plus months counted is the cap whenever the request fits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 36 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 8 }),
        (already, requested, arrears) => {
          const result = run(
            'limits',
            limitsInput({ monthsAlreadyAssisted: already, monthsRequested: requested, arrears: { months: arrears, paidBefore: false } }),
          );
          const { counted, cap, remaining } = result.detail.months;
          expect(counted).toBe(already + requested + arrears);
          if (cap !== null && counted <= cap) expect((remaining ?? 0) + counted).toBe(cap);
          if (cap !== null && counted > cap) expect(remaining).toBe(0);
        },
      ),
    );
  });

  test('no input crashes: anything at all gives a result or field errors', () => {
    const anyInput = fc.oneof(
      fc.anything(),
      fc.record({ mode: fc.constantFrom(...rentModes), asOf: fc.oneof(fc.constant('2024-06-01'), fc.string()) }, { requiredKeys: [] }),
      fc
        .dictionary(fc.constantFrom('mode', 'asOf', 'contractRent', 'tier', 'members', 'program', 'fees', 'lines'), fc.anything())
        .map((o) => ({ mode: 'limits', ...o })),
    );
    fc.assert(
      fc.property(anyInput, fc.constantFrom(...jurisdictionIds), (input, jurisdiction) => {
        const outcome = calculateRent(input, { jurisdiction });
        if (!outcome.ok) {
          expect(outcome.errors.length).toBeGreaterThan(0);
          for (const error of outcome.errors) expect(error.message).toMatch(/\S/);
        }
      }),
      { numRuns: 500 },
    );
  });

  test('structured random requests in every mode and jurisdiction never crash', () => {
    const money = fc.oneof(cents(60_000_00), fc.integer(), fc.double(), fc.constant(-1));
    const request = fc.oneof(
      fc.record({
        mode: fc.constant('rrh-tier'),
        asOf: fc.constant('2024-06-01'),
        contractRent: money,
        tier: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
      }),
      fc.record({
        mode: fc.constant('budget-line'),
        asOf: fc.constant('2024-06-01'),
        lines: fc.array(fc.record({ bedrooms: fc.integer({ min: -1, max: 6 }), units: fc.integer({ min: -1, max: 50 }), fmr: money }), {
          maxLength: 6,
        }),
      }),
      fc.record({
        mode: fc.constant('nashville-budget'),
        asOf: fc.constant('2024-06-01'),
        contractRent: money,
        incomeSources: fc.array(fc.record({ label: fc.string(), amount: money }), { maxLength: 3 }),
        expenses: fc.constant([]),
      }),
      fc
        .record({
          extra: fc.record({ contractRent: money, monthsAlreadyAssisted: fc.integer({ min: -1, max: 130 }), securityDeposit: money }),
        })
        .map(({ extra }) => limitsInput(extra as never)),
    );
    fc.assert(
      fc.property(request, fc.constantFrom(...jurisdictionIds), (input, jurisdiction) => {
        const outcome = calculateRent(input, { jurisdiction });
        if (outcome.ok) expect(outcome.value.reasons.length).toBeGreaterThan(0);
        else expect(outcome.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});
