import type { RuleOptions } from '../core/options';
import { buildParameterSets, chooseFrom } from './build';
import { parameters as hud } from './hud/eligibility';
import { parameters as nashvilleDavidson } from './nashville-davidson/eligibility';
import { parameters as tucsonPima } from './tucson-pima/eligibility';
import { parameters as lowell } from './lowell/eligibility';
import { parameters as newBedford } from './new-bedford/eligibility';
import { parameters as connecticut } from './connecticut/eligibility';

/**
 * The eligibility calculator's parameters only, per jurisdiction. Rules read these (not the combined sets)
 * so an island ships only its own calculator's numbers.
 */
export const eligibilityParameterSets = /* @__PURE__ */ buildParameterSets({
  hud,
  'nashville-davidson': nashvilleDavidson,
  'tucson-pima': tucsonPima,
  lowell,
  'new-bedford': newBedford,
  connecticut,
});

/** The set a eligibility rule runs under (a proposal's overlay set wins over the jurisdiction). */
export const chooseEligibilityParameters = (options: RuleOptions = {}) => chooseFrom(eligibilityParameterSets, options);
