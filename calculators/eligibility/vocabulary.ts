/** The words the eligibility rules share: programs, components, places, categories and evidence levels. */
import { programNames as hudProgramNames } from '../core/components';

/** The funding programs. */
export const programs = ['CoC', 'ESG'] as const;
/** A funding program. */
export type Program = (typeof programs)[number];

/** The program components the checker decides. */
export const components = [
  'street-outreach',
  'emergency-shelter',
  'transitional-housing',
  'rapid-rehousing',
  'permanent-supportive-housing',
  'homelessness-prevention',
] as const;
/** A program component. */
export type Component = (typeof components)[number];

/** The program and component pairs each program funds (CoC prevention only in high-performing communities, so not offered). */
export const fundedComponents: Record<Program, readonly Component[]> = {
  ESG: ['street-outreach', 'emergency-shelter', 'rapid-rehousing', 'homelessness-prevention'],
  CoC: ['street-outreach', 'transitional-housing', 'rapid-rehousing', 'permanent-supportive-housing'],
};

/** The four categories of the HUD homeless definition. */
export const homelessCategories = [1, 2, 3, 4] as const;
/** A HUD homeless category, 1 to 4. */
export type HomelessCategory = (typeof homelessCategories)[number];

/** Where the household spent last night, in the words of the homeless definition. */
export const places = [
  'unsheltered',
  'emergency-shelter',
  'safe-haven',
  'transitional-housing',
  'hotel-paid-by-program',
  'hotel-self-paid',
  'institution',
  'own-home',
  'with-others',
] as const;
/** A place the household spent last night. */
export type Place = (typeof places)[number];

/** Category 1 (i): a place not meant for human habitation. */
export const unshelteredPlaces: readonly Place[] = ['unsheltered'];
/** Category 1 (ii): a shelter designated to provide temporary living arrangements. */
export const shelterPlaces: readonly Place[] = ['emergency-shelter', 'safe-haven', 'transitional-housing', 'hotel-paid-by-program'];
/** A primary nighttime residence that can be lost (category 2) or be overcrowded or shared (at risk). */
export const housingPlaces: readonly Place[] = ['own-home', 'with-others', 'hotel-self-paid'];
/** Housing whose rooms and occupants can be counted for overcrowding. */
export const unitPlaces: readonly Place[] = ['own-home', 'with-others'];

/** Where someone stayed before entering an institution. */
export const placesBeforeInstitution = [
  'unsheltered',
  'emergency-shelter',
  'safe-haven',
  'transitional-housing',
  'hotel-paid-by-program',
  'housing',
  'other',
] as const;
/** A place someone stayed before entering an institution. */
export type PlaceBeforeInstitution = (typeof placesBeforeInstitution)[number];

/** Category 3 (iv): special needs or barriers that keep the household unstable. */
export const specialNeeds = [
  'chronic-disability',
  'chronic-health-condition',
  'substance-addiction',
  'history-of-violence-or-abuse',
  'child-with-disability',
] as const;
/** A category 3 special need. */
export type SpecialNeed = (typeof specialNeeds)[number];

/** Other federal statutes under which a child or youth can be homeless: McKinney-Vento education (725) or another listed act. */
export const otherStatutes = ['none', 'education', 'other'] as const;
/** Which other federal law, if any, calls a child or youth homeless. */
export type OtherStatute = (typeof otherStatutes)[number];

/** Evidence in the standards' order of preference. */
export const evidenceLevels = ['third-party', 'intake-worker', 'self-certification'] as const;
/** A level of evidence. */
export type EvidenceLevel = (typeof evidenceLevels)[number];

/** Plain names for the places, used in reason texts. */
export const placeNames: Record<Place | PlaceBeforeInstitution, string> = {
  unsheltered: 'a place not meant for people to live in (street, car, park, abandoned building, station, camp)',
  'emergency-shelter': 'an emergency shelter',
  'safe-haven': 'a safe haven',
  'transitional-housing': 'transitional housing',
  'hotel-paid-by-program': 'a hotel or motel paid for by a charity or a government program',
  'hotel-self-paid': 'a hotel or motel the household pays for',
  institution: 'an institution (jail, hospital or treatment facility)',
  'own-home': 'its own home (rented or owned)',
  'with-others': "someone else's home",
  housing: 'housing',
  other: 'somewhere else',
};

/** Program names for reason texts (HUD's names, calculators/core/components.ts). */
export const programNames: Record<Program, string> = hudProgramNames;

/**
 * Component names as a reason's sentence says them: HUD's names (calculators/core/components.ts) in lower
 * case, written out because a table costs the browser less than deriving it.
 */
export const componentNames: Record<Component, string> = {
  'street-outreach': 'street outreach',
  'emergency-shelter': 'emergency shelter',
  'transitional-housing': 'transitional housing',
  'rapid-rehousing': 'rapid re-housing',
  'permanent-supportive-housing': 'permanent supportive housing',
  'homelessness-prevention': 'homelessness prevention',
};
