import type { Outcome } from '../../core/outcome';
import type { RuleOptions } from '../../core/options';
import type { RentResult } from '../result';
import { runRentMode } from '../runMode';
import { IncomeBasedRentInput } from '../schemas/incomeBased';
import { incomeBasedRent } from '../tenantRent';

/** calculateRent for `mode: 'income-based'` only, so the income-based rent page ships only these rules. */
export const calculateIncomeBasedRent = (input: unknown, options?: RuleOptions): Outcome<RentResult> =>
  runRentMode(IncomeBasedRentInput, incomeBasedRent, input, options);
