import type { JurisdictionId, ParameterSet } from '../core/parameters';
import type { RuleOptions } from '../core/options';
import { chooseFrom, jurisdictionLabels } from './build';
import { eligibilityParameterSets } from './eligibility';
import { chronicParameterSets } from './chronic';
import { rentParameterSets } from './rent';
import { matchParameterSets } from './match';
import { priorityParameterSets } from './priority';

const byCalculator = [eligibilityParameterSets, chronicParameterSets, rentParameterSets, matchParameterSets, priorityParameterSets];

const combine = (id: JurisdictionId): ParameterSet => ({
  id,
  label: jurisdictionLabels[id],
  parameters: Object.assign({}, ...byCalculator.map((sets) => sets[id].parameters)),
});

/** Every jurisdiction's adopted parameters for all calculators (pages, tests and revision overlays use these). */
export const parameterSets: Record<JurisdictionId, ParameterSet> = {
  hud: combine('hud'),
  'nashville-davidson': combine('nashville-davidson'),
  'tucson-pima': combine('tucson-pima'),
  lowell: combine('lowell'),
  'new-bedford': combine('new-bedford'),
  connecticut: combine('connecticut'),
};

/** The combined set for options; rules should prefer their own calculator's chooser (smaller bundles). */
export const chooseParameterSet = (options: RuleOptions = {}): ParameterSet => chooseFrom(parameterSets, options);

export { jurisdictionLabels };
