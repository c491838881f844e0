import type { Outcome } from '../../core/outcome';
import type { RuleOptions } from '../../core/options';
import { assistanceLimits } from '../limits';
import type { RentResult } from '../result';
import { runRentMode } from '../runMode';
import { LimitsInput } from '../schemas/limits';

/** calculateRent for `mode: 'limits'` only, so the limits page ships only these rules. */
export const checkRentLimits = (input: unknown, options?: RuleOptions): Outcome<RentResult> =>
  runRentMode(LimitsInput, assistanceLimits, input, options);
