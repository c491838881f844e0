import { checkEligibility, type EligibilityOptions, type EligibilityResult } from './check';
import { rentingFamily, sleptOutside } from './examples';
import type { EligibilityInput } from './schema';

/** Test helpers: the example households, and a runner that fails loudly on input errors. */
export { rentingFamily, sleptOutside };

/** Runs the checker and returns the result, throwing with the field errors when the input is refused. */
export function decide(input: EligibilityInput, options: EligibilityOptions = {}): EligibilityResult {
  const outcome = checkEligibility(input, options);
  if (!outcome.ok) throw new Error(`Input refused: ${JSON.stringify(outcome.errors)}`);
  return outcome.value;
}

/** The field errors for an input the checker must refuse. */
export function refusal(input: unknown, options: EligibilityOptions = {}): { path: string; message: string }[] {
  const outcome = checkEligibility(input, options);
  if (outcome.ok) throw new Error('Expected the input to be refused, but it was accepted');
  return outcome.errors;
}

/** The codes of a result's reasons, for asserting which rule decided. */
export const codes = (result: { reasons: { code: string }[] }): string[] => result.reasons.map((r) => r.code);

/** A household that spent last night in someone else's home (for category 2 and at-risk cases). */
export const stayingWithFriends: EligibilityInput = {
  ...rentingFamily,
  household: { size: 2, headAge: 40, childrenOrYouth: false, disability: false },
  lastNight: 'with-others',
  ownHomeTonight: false,
  doubledUpForEconomicHardship: false,
  unit: { kind: 'larger', people: 4, rooms: 5 },
};
