import { extendParameterSet } from '../../../core/parameters';
import { jurisdictionLabels } from '../../../parameters/build';
import { parameters } from '../../../parameters/connecticut/priority';
import { hudPriority } from './hud';

/** Connecticut's priority parameters alone (equal to `priorityParameterSets.connecticut`), for the points island. */
export const connecticutScoringParameters = extendParameterSet(hudPriority, 'connecticut', jurisdictionLabels.connecticut, parameters);
