import type { Outcome } from '../../core/outcome';
import type { SetOptions } from '../../core/options';
import { nashvilleBudget } from '../nashvilleBudget';
import type { RentResult } from '../result';
import { runRentModeUnder } from '../runMode';
import { NashvilleBudgetInput } from '../schemas/nashvilleBudget';

/**
 * calculateRent for `mode: 'nashville-budget'` only, under the set the island built (its jurisdiction's adopted set or a
 * revision's overlay), so the budget page ships only these rules and no other jurisdiction's numbers. With a
 * jurisdiction instead of a set, use the same-named function in ./index.ts (the public API).
 */
export const calculateNashvilleBudget = (input: unknown, { parameters }: SetOptions): Outcome<RentResult> =>
  runRentModeUnder(parameters, NashvilleBudgetInput, nashvilleBudget, input);
