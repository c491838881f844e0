import type { Outcome } from '../../core/outcome';
import type { RuleOptions } from '../../core/options';
import { budgetLine } from '../budgetLine';
import type { RentResult } from '../result';
import { runRentMode } from '../runMode';
import { BudgetLineInput } from '../schemas/budgetLine';

/** calculateRent for `mode: 'budget-line'` only, so the budget line page ships only these rules. */
export const calculateBudgetLine = (input: unknown, options?: RuleOptions): Outcome<RentResult> =>
  runRentMode(BudgetLineInput, budgetLine, input, options);
