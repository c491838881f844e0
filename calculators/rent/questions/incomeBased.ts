import type { Outcome } from '../../core/outcome';
import type { SetOptions } from '../../core/options';
import type { RentResult } from '../result';
import { runRentModeUnder } from '../runMode';
import { IncomeBasedRentInput } from '../schemas/incomeBased';
import { incomeBasedRent } from '../tenantRent';

/**
 * calculateRent for `mode: 'income-based'` only, under the set the island built (its jurisdiction's adopted set or a
 * revision's overlay), so the income-based rent page ships only these rules and no other jurisdiction's numbers. With a
 * jurisdiction instead of a set, use the same-named function in ./index.ts (the public API).
 */
export const calculateIncomeBasedRent = (input: unknown, { parameters }: SetOptions): Outcome<RentResult> =>
  runRentModeUnder(parameters, IncomeBasedRentInput, incomeBasedRent, input);
