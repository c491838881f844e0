export { calculateRrhTiers, RrhTierInput, splitAtTier, TIER_NUMBERS, type RrhTierResult, type TierNumber, type TierSplit } from './tiers';
export { rrhTierExamples } from './examples';
