import type { Cents } from '../core/money';

/**
 * Plausibility ceilings for input amounts. They are not rules from any standard: they catch typing
 * slips (a monthly rent of $1,000,000) before a rule runs on them, and each message says to check.
 */
export const ceilings = {
  monthlyRent: 50_000_00,
  monthlyAmount: 100_000_00,
  oneTimeAmount: 500_000_00,
  incomePerPayment: 1_000_000_00,
  hourlyPay: 1_000_00,
  annualAmount: 10_000_000_00,
} as const satisfies Record<string, Cents>;

/** Largest counts accepted for months, units and people; again slips, not rules. */
export const countCeilings = { months: 120, units: 10_000, members: 20, sources: 20, lines: 50, age: 125, bedrooms: 12 } as const;
