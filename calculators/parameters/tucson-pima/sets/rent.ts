import { buildParameterSet } from '../../build';
import { parameters as baseline } from '../../hud/rent';
import { parameters } from '../rent';

/**
 * Tucson/Pima's rent set alone, keyed like `parameters/rent.ts` and equal to its entry there (parameters/sets.test.ts),
 * for entry points that run only Tucson/Pima's rules: one module per set, so each ships no other numbers.
 */
export const rentParameterSets = { 'tucson-pima': /* @__PURE__ */ buildParameterSet('tucson-pima', baseline, parameters) };
