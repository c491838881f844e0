/**
 * The chronic rules' answer lists, kept free of zod so a form can list the choices without loading
 * the validation code (schemas.ts builds its enums from these).
 */

/** Where a person slept: the place types the chronic homelessness definition distinguishes. */
export const STAY_TYPES = ['street', 'emergency_shelter', 'safe_haven', 'institution', 'transitional_housing', 'housed_other'] as const;
export type StayType = (typeof STAY_TYPES)[number];

/** The three levels of evidence, in HUD's order of priority. */
export const EVIDENCE_LEVELS = ['third_party', 'intake_observation', 'self_certification'] as const;
export type Evidence = (typeof EVIDENCE_LEVELS)[number];

/** The role of the person whose timeline is entered. */
export const HOUSEHOLD_ROLES = ['adult_head', 'minor_head', 'other_adult', 'child'] as const;
export type HouseholdRole = (typeof HOUSEHOLD_ROLES)[number];

/** How the person's disability is verified so far. */
export const DISABILITY_VERIFICATION = ['third_party', 'secondary_source', 'none'] as const;
export type DisabilityVerification = (typeof DISABILITY_VERIFICATION)[number];
