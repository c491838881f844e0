import type { RuleOptions } from '../core/options';
import type { Outcome } from '../core/outcome';
import { chooseParameterSet } from '../parameters';
import { decideEligibility, type EligibilityResult } from './decide';
import type { IncomeLimitRow } from './incomeLimits';
import { eligibilityResources } from './resources';

export type { EligibilityResult } from './decide';

/** Rule options plus the income-limits rows a page loaded from content/data/income-limits (the rules module reads no files). */
export type EligibilityOptions = RuleOptions & { incomeLimits?: readonly IncomeLimitRow[] };

/** Decides the HUD homeless categories, at-risk status and program-component eligibility from plain-language answers. */
export function checkEligibility(input: unknown, options: EligibilityOptions = {}): Outcome<EligibilityResult> {
  return decideEligibility(input, chooseParameterSet(options), { ...eligibilityResources, incomeLimits: options.incomeLimits });
}
