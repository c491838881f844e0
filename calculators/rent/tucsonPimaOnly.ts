import { defineExampleBook } from '../core/examples';
import { chooseAmong } from '../parameters/build';
import { rentParameterSets } from '../parameters/tucson-pima/sets/rent';
import { rrhTierExampleContent } from './examples';
import { rrhTierCalculator } from './tiers';

export { rentParameterSets };

/**
 * `calculateRrhTiers` holding Tucson/Pima's rent set alone (the tiers are in TPCH's standards only), so
 * the tier calculator ships no other jurisdiction's numbers. Same results as `calculateRrhTiers` for
 * Tucson/Pima or an explicit set (parameters/sets.test.ts).
 */
export const calculateRrhTiers = rrhTierCalculator(chooseAmong(rentParameterSets));

/** The tier examples, run by the calculator above. */
export const rrhTierExamples = defineExampleBook({ ...rrhTierExampleContent, run: calculateRrhTiers });
