import type { RuleOptions } from '../core/options';
import { buildParameterSets, chooseFrom } from './build';
import { parameters as hud } from './hud/chronic';
import { parameters as nashvilleDavidson } from './nashville-davidson/chronic';
import { parameters as tucsonPima, verificationParameters as tucsonPimaVerification } from './tucson-pima/chronic';
import { parameters as lowell } from './lowell/chronic';
import { parameters as newBedford } from './new-bedford/chronic';
import { parameters as connecticut } from './connecticut/chronic';

/**
 * The chronic calculator's parameters only, per jurisdiction. Rules read these (not the combined sets)
 * so an island ships only its own calculator's numbers.
 */
export const chronicParameterSets = /* @__PURE__ */ buildParameterSets({
  hud,
  'nashville-davidson': nashvilleDavidson,
  'tucson-pima': tucsonPima,
  lowell,
  'new-bedford': newBedford,
  connecticut,
});

/**
 * The same sets without Tucson/Pima's service-needs (SPDAT) table, which only TPCH's service-needs tool
 * reads (parameters/sets.test.ts): for the verification, screen and project rules and tools.
 */
export const chronicVerificationParameterSets = /* @__PURE__ */ buildParameterSets({
  hud,
  'nashville-davidson': nashvilleDavidson,
  'tucson-pima': tucsonPimaVerification,
  lowell,
  'new-bedford': newBedford,
  connecticut,
});

/** The set a chronic rule runs under (a proposal's overlay set wins over the jurisdiction). */
export const chooseChronicParameters = (options: RuleOptions = {}) => chooseFrom(chronicParameterSets, options);

/** The same for the rules that never read the SPDAT table (verification, HMIS screen, project recordkeeping). */
export const chooseChronicVerificationParameters = (options: RuleOptions = {}) => chooseFrom(chronicVerificationParameterSets, options);
