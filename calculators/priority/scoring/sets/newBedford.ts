import { extendParameterSet } from '../../../core/parameters';
import { jurisdictionLabels } from '../../../parameters/build';
import { parameters } from '../../../parameters/new-bedford/priority';
import { hudPriority } from './hud';

/**
 * New Bedford's priority parameters alone: the same set as `priorityParameterSets['new-bedford']`
 * (a test proves it), without the other jurisdictions', so a scoring island stays within its byte budget.
 */
export const newBedfordScoringParameters = extendParameterSet(hudPriority, 'new-bedford', jurisdictionLabels['new-bedford'], parameters);
