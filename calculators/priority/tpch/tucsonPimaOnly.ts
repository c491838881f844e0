import { serviceNeedsRule } from '../../chronic/spdat';
import { chooseAmong } from '../../parameters/build';
import { priorityParameterSets } from '../../parameters/tucson-pima/sets/priority';
import { spdatParameterSets } from '../../parameters/tucson-pima/sets/spdat';
import { tpchPrioritizer } from './prioritize';

export { priorityParameterSets };

/**
 * `prioritizeTpch` holding Tucson/Pima's priority set and service-needs table alone (TPCH's order is
 * only in its standards), so the TPCH priority tool ships no other jurisdiction's numbers. Same results
 * as `prioritizeTpch` for Tucson/Pima or an explicit set (parameters/sets.test.ts).
 */
export const prioritizeTpch = tpchPrioritizer(chooseAmong(priorityParameterSets), serviceNeedsRule(chooseAmong(spdatParameterSets)));
