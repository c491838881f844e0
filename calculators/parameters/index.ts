import { defineParameterSet, extendParameterSet, type JurisdictionId, type Parameter, type ParameterSet } from '../core/parameters';
import { parameters as hudEligibility } from './hud/eligibility';
import { parameters as hudChronic } from './hud/chronic';
import { parameters as hudRent } from './hud/rent';
import { parameters as hudMatch } from './hud/match';
import { parameters as hudPriority } from './hud/priority';
import { parameters as nashvilleEligibility } from './nashville-davidson/eligibility';
import { parameters as nashvilleChronic } from './nashville-davidson/chronic';
import { parameters as nashvilleRent } from './nashville-davidson/rent';
import { parameters as nashvilleMatch } from './nashville-davidson/match';
import { parameters as nashvillePriority } from './nashville-davidson/priority';
import { parameters as tucsonEligibility } from './tucson-pima/eligibility';
import { parameters as tucsonChronic } from './tucson-pima/chronic';
import { parameters as tucsonRent } from './tucson-pima/rent';
import { parameters as tucsonMatch } from './tucson-pima/match';
import { parameters as tucsonPriority } from './tucson-pima/priority';
import { parameters as lowellEligibility } from './lowell/eligibility';
import { parameters as lowellChronic } from './lowell/chronic';
import { parameters as lowellRent } from './lowell/rent';
import { parameters as lowellMatch } from './lowell/match';
import { parameters as lowellPriority } from './lowell/priority';
import { parameters as newBedfordEligibility } from './new-bedford/eligibility';
import { parameters as newBedfordChronic } from './new-bedford/chronic';
import { parameters as newBedfordRent } from './new-bedford/rent';
import { parameters as newBedfordMatch } from './new-bedford/match';
import { parameters as newBedfordPriority } from './new-bedford/priority';

const all = (...groups: Parameter[][]): Parameter[] => groups.flat();

/** The federal baseline: HUD's regulations, cited where the seeds quote them or in federal-regulations. */
export const hud = defineParameterSet('hud', 'HUD federal baseline', all(hudEligibility, hudChronic, hudRent, hudMatch, hudPriority));

/** Every jurisdiction's adopted parameters, each overriding the baseline only where its standards differ. */
export const parameterSets: Record<JurisdictionId, ParameterSet> = {
  hud,
  'nashville-davidson': extendParameterSet(
    hud,
    'nashville-davidson',
    'Nashville-Davidson County CoC (TN-504)',
    all(nashvilleEligibility, nashvilleChronic, nashvilleRent, nashvilleMatch, nashvillePriority),
  ),
  'tucson-pima': extendParameterSet(
    hud,
    'tucson-pima',
    'Tucson/Pima County CoC (AZ-501)',
    all(tucsonEligibility, tucsonChronic, tucsonRent, tucsonMatch, tucsonPriority),
  ),
  lowell: extendParameterSet(hud, 'lowell', 'Lowell CoC (MA-508)', all(lowellEligibility, lowellChronic, lowellRent, lowellMatch, lowellPriority)),
  'new-bedford': extendParameterSet(
    hud,
    'new-bedford',
    'New Bedford CoC (MA-505)',
    all(newBedfordEligibility, newBedfordChronic, newBedfordRent, newBedfordMatch, newBedfordPriority),
  ),
};

/** The set a rule runs under: an explicit set (e.g. a proposal) wins over a jurisdiction id. */
export function chooseParameterSet(options: { jurisdiction?: JurisdictionId; parameters?: ParameterSet } = {}): ParameterSet {
  return options.parameters ?? parameterSets[options.jurisdiction ?? 'hud'];
}
