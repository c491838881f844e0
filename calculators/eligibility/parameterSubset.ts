import type { ParameterSet } from '../core/parameters';

/** A set with only its eligibility parameters: what a page hands the eligibility island, so the page does not ship every calculator's numbers. */
export const eligibilityParameterSet = (set: ParameterSet): ParameterSet => ({
  ...set,
  parameters: Object.fromEntries(Object.entries(set.parameters).filter(([id]) => id.startsWith('eligibility.'))),
});
