import { counted } from '../core/words';

/**
 * The fixed answers the rent questions accept, without zod, so islands can show them without
 * loading validation code before a person interacts. The schemas validate against these lists.
 */

export const payFrequencies = ['hourly', 'weekly', 'every-two-weeks', 'twice-a-month', 'monthly', 'annually'] as const;
export type PayFrequency = (typeof payFrequencies)[number];

export const incomeKinds = ['earned', 'unearned'] as const;
export type IncomeKind = (typeof incomeKinds)[number];

export const relationships = ['head', 'spouse-or-co-head', 'other'] as const;
export type Relationship = (typeof relationships)[number];

/** Uses a PHA utility allowance schedule prices, by bedroom count. */
export const scheduleUses = [
  'heating',
  'cooking',
  'water-heating',
  'other-electric',
  'water',
  'sewer',
  'trash',
  'range',
  'refrigerator',
] as const;
export type ScheduleUse = (typeof scheduleUses)[number];

/** Services a tenant may pay that are never utilities for the allowance in some standards. */
export const nonUtilityServices = ['telephone', 'internet', 'cable'] as const;
export type NonUtilityService = (typeof nonUtilityServices)[number];

/** A unit size as the reasons say it: "an efficiency (0 bedrooms)", "1 bedroom", "3 bedrooms". */
export const bedroomWords = (n: number): string => (n === 0 ? 'an efficiency (0 bedrooms)' : counted(n, 'bedroom'));

export const fuels = ['gas', 'electric', 'oil'] as const;
export type Fuel = (typeof fuels)[number];

/** Uses whose allowance depends on the fuel. */
export const fuelledUses: readonly ScheduleUse[] = ['heating', 'cooking', 'water-heating'];

export const limitPrograms = ['esg', 'coc'] as const;
export type LimitProgram = (typeof limitPrograms)[number];
export const limitComponents = [
  'rapid-rehousing',
  'homelessness-prevention',
  'permanent-supportive-housing',
  'transitional-housing',
] as const;
export type LimitComponent = (typeof limitComponents)[number];
export const assistanceTypes = ['rental-assistance', 'leasing'] as const;
export type AssistanceType = (typeof assistanceTypes)[number];
export const feeKinds = ['required', 'pet', 'late'] as const;
export type FeeKind = (typeof feeKinds)[number];

export const incomeBasedComponents = ['permanent-supportive-housing', 'transitional-housing'] as const;
export const incomeBasedCharges = ['rental-assistance-rent', 'occupancy-charge'] as const;
