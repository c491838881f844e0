import { chooseAmong } from '../../parameters/build';
import * as lowell from '../../parameters/lowell/sets/priority';
import * as tucsonPima from '../../parameters/tucson-pima/sets/priority';
import { orderOfPriorityRule } from './orderOfPriority';

/** The sets of the notices' jurisdictions: CPD-16-11 as TPCH applies it, CPD-14-012 as Lowell does. */
export const priorityParameterSets = { ...tucsonPima.priorityParameterSets, ...lowell.priorityParameterSets };

/**
 * `orderOfPriority` holding those two sets alone, so the order-of-priority tool ships no other
 * jurisdiction's numbers. Same results as `orderOfPriority` for them or an explicit set
 * (parameters/sets.test.ts).
 */
export const orderOfPriority = orderOfPriorityRule(chooseAmong(priorityParameterSets));
