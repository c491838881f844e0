import type { Citation } from '../core/citation';
import type { UsedParameter } from './ruleReader';

/** The citation of a parameter value, for a reason that rests on it. */
export const cite = (parameter: UsedParameter): Citation => parameter.citation;
