import { extendParameterSet } from '../../../core/parameters';
import { jurisdictionLabels } from '../../../parameters/build';
import { parameters as nashvilleDavidson } from '../../../parameters/nashville-davidson/priority';
import { parameters as tucsonPima } from '../../../parameters/tucson-pima/priority';
import { hudPriority } from './hud';

/** The two jurisdictions with performance standards, each equal to its `priorityParameterSets` entry, for the performance island. */
export const performanceParameterSets = {
  'tucson-pima': extendParameterSet(hudPriority, 'tucson-pima', jurisdictionLabels['tucson-pima'], tucsonPima),
  'nashville-davidson': extendParameterSet(hudPriority, 'nashville-davidson', jurisdictionLabels['nashville-davidson'], nashvilleDavidson),
};
