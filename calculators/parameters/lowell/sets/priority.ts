import { buildParameterSet } from '../../build';
import { parameters as baseline } from '../../hud/priority';
import { parameters } from '../priority';

/**
 * Lowell's priority set alone, keyed like `parameters/priority.ts` and equal to its entry there (parameters/sets.test.ts),
 * for entry points that run only Lowell's rules: one module per set, so each ships no other numbers.
 */
export const priorityParameterSets = { lowell: /* @__PURE__ */ buildParameterSet('lowell', baseline, parameters) };
