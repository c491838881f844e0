import type { Outcome } from '../../core/outcome';
import type { RuleOptions } from '../../core/options';
import { nashvilleBudget } from '../nashvilleBudget';
import type { RentResult } from '../result';
import { runRentMode } from '../runMode';
import { NashvilleBudgetInput } from '../schemas/nashvilleBudget';

/** calculateRent for `mode: 'nashville-budget'` only, so the budget page ships only these rules. */
export const calculateNashvilleBudget = (input: unknown, options?: RuleOptions): Outcome<RentResult> =>
  runRentMode(NashvilleBudgetInput, nashvilleBudget, input, options);
