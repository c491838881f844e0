import type { Outcome } from '../../core/outcome';
import type { SetOptions } from '../../core/options';
import { assistanceLimits } from '../limits';
import type { RentResult } from '../result';
import { runRentModeUnder } from '../runMode';
import { LimitsInput } from '../schemas/limits';

/**
 * calculateRent for `mode: 'limits'` only, under the set the island built (its jurisdiction's adopted set or a
 * revision's overlay), so the limits page ships only these rules and no other jurisdiction's numbers. With a
 * jurisdiction instead of a set, use the same-named function in ./index.ts (the public API).
 */
export const checkRentLimits = (input: unknown, { parameters }: SetOptions): Outcome<RentResult> =>
  runRentModeUnder(parameters, LimitsInput, assistanceLimits, input);
