import type { RuleOptions } from '../core/options';
import { buildParameterSets, chooseFrom } from './build';
import { parameters as hud } from './hud/match';
import { parameters as nashvilleDavidson } from './nashville-davidson/match';
import { parameters as tucsonPima } from './tucson-pima/match';
import { parameters as lowell } from './lowell/match';
import { parameters as newBedford } from './new-bedford/match';
import { parameters as connecticut } from './connecticut/match';

/**
 * The match calculator's parameters only, per jurisdiction. Rules read these (not the combined sets)
 * so an island ships only its own calculator's numbers.
 */
export const matchParameterSets = /* @__PURE__ */ buildParameterSets({
  hud,
  'nashville-davidson': nashvilleDavidson,
  'tucson-pima': tucsonPima,
  lowell,
  'new-bedford': newBedford,
  connecticut,
});

/** The set a match rule runs under (a proposal's overlay set wins over the jurisdiction). */
export const chooseMatchParameters = (options: RuleOptions = {}) => chooseFrom(matchParameterSets, options);
