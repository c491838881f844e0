import type { Outcome } from '../../core/outcome';
import type { SetOptions } from '../../core/options';
import { budgetLine } from '../budgetLine';
import type { RentResult } from '../result';
import { runRentModeUnder } from '../runMode';
import { BudgetLineInput } from '../schemas/budgetLine';

/**
 * calculateRent for `mode: 'budget-line'` only, under the set the island built (its jurisdiction's adopted set or a
 * revision's overlay), so the budget line page ships only these rules and no other jurisdiction's numbers. With a
 * jurisdiction instead of a set, use the same-named function in ./index.ts (the public API).
 */
export const calculateBudgetLine = (input: unknown, { parameters }: SetOptions): Outcome<RentResult> =>
  runRentModeUnder(parameters, BudgetLineInput, budgetLine, input);
