import type { RuleOptions } from '../core/options';
import { buildParameterSets, chooseFrom } from './build';
import { parameters as hud } from './hud/rent';
import { parameters as nashvilleDavidson } from './nashville-davidson/rent';
import { parameters as tucsonPima } from './tucson-pima/rent';
import { parameters as lowell } from './lowell/rent';
import { parameters as newBedford } from './new-bedford/rent';
import { parameters as connecticut } from './connecticut/rent';

/**
 * The rent calculator's parameters only, per jurisdiction. Rules read these (not the combined sets)
 * so an island ships only its own calculator's numbers.
 */
export const rentParameterSets = /* @__PURE__ */ buildParameterSets({
  hud,
  'nashville-davidson': nashvilleDavidson,
  'tucson-pima': tucsonPima,
  lowell,
  'new-bedford': newBedford,
  connecticut,
});

/** The set a rent rule runs under (a proposal's overlay set wins over the jurisdiction). */
export const chooseRentParameters = (options: RuleOptions = {}) => chooseFrom(rentParameterSets, options);
