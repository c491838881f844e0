import type { RuleOptions } from '../core/options';
import { buildParameterSets, chooseFrom } from './build';
import { parameters as hud } from './hud/priority';
import { parameters as nashvilleDavidson } from './nashville-davidson/priority';
import { parameters as tucsonPima } from './tucson-pima/priority';
import { parameters as lowell } from './lowell/priority';
import { parameters as newBedford } from './new-bedford/priority';
import { parameters as connecticut } from './connecticut/priority';

/**
 * The priority calculator's parameters only, per jurisdiction. Rules read these (not the combined sets)
 * so an island ships only its own calculator's numbers.
 */
export const priorityParameterSets = /* @__PURE__ */ buildParameterSets({
  hud,
  'nashville-davidson': nashvilleDavidson,
  'tucson-pima': tucsonPima,
  lowell,
  'new-bedford': newBedford,
  connecticut,
});

/** The set a priority rule runs under (a proposal's overlay set wins over the jurisdiction). */
export const choosePriorityParameters = (options: RuleOptions = {}) => chooseFrom(priorityParameterSets, options);
