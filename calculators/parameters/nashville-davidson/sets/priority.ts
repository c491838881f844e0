import { buildParameterSet } from '../../build';
import { parameters as baseline } from '../../hud/priority';
import { orderParameters } from '../priorityOrder';

/**
 * Nashville-Davidson's priority-order set alone: its entry in `parameters/priority.ts` without the performance
 * standards (`priority.performance.*`), which no priority order reads (parameters/sets.test.ts), for
 * entry points that run only Nashville-Davidson's orders: one module per set, so each ships no other numbers.
 */
export const priorityParameterSets = {
  'nashville-davidson': /* @__PURE__ */ buildParameterSet('nashville-davidson', baseline, orderParameters),
};
