import { defineParameterSet } from '../../../core/parameters';
import { jurisdictionLabels } from '../../../parameters/build';
import { parameters } from '../../../parameters/hud/priority';

/** The federal baseline of the priority calculator, which each scoring set extends. */
export const hudPriority = defineParameterSet('hud', jurisdictionLabels.hud, parameters);
