import * as z from 'zod/mini';
import { RrhTierModeInput } from '../tiers';
import { BudgetLineInput } from './budgetLine';
import { IncomeBasedRentInput } from './incomeBased';
import { LimitsInput } from './limits';
import { NashvilleBudgetInput } from './nashvilleBudget';

export const rentModes = ['rrh-tier', 'nashville-budget', 'income-based', 'limits', 'budget-line'] as const;
export type RentMode = (typeof rentModes)[number];

/** Every question the rent calculator answers, chosen by `mode`. */
export const RentInput = z.discriminatedUnion(
  'mode',
  [RrhTierModeInput, NashvilleBudgetInput, IncomeBasedRentInput, LimitsInput, BudgetLineInput],
  {
    error: (issue) =>
      typeof issue.input === 'object' && issue.input !== null
        ? `Choose what to calculate (mode): ${rentModes.join(', ')}`
        : 'Send the answers as an object with a mode',
  },
);
export type RentInput = z.infer<typeof RentInput>;
