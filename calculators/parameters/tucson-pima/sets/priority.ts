import { buildParameterSet } from '../../build';
import { parameters as baseline } from '../../hud/priority';
import { orderParameters } from '../priorityOrder';

/**
 * Tucson/Pima's priority-order set alone: its entry in `parameters/priority.ts` without the performance
 * standards (`priority.performance.*`), which no priority order reads (parameters/sets.test.ts), for
 * entry points that run only Tucson/Pima's orders: one module per set, so each ships no other numbers.
 */
export const priorityParameterSets = { 'tucson-pima': /* @__PURE__ */ buildParameterSet('tucson-pima', baseline, orderParameters) };
