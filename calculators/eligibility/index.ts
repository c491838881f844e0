// The eligibility rules: HUD homeless categories, at-risk status and component eligibility per jurisdiction.
export { checkEligibility, type EligibilityOptions, type EligibilityResult } from './check';
export { decideEligibility } from './decide';
export { eligibilityParameterSet } from './parameterSubset';
export { EligibilityInput, type IncomeLimitAnswer } from './schema';
export { IncomeLimitTable, IncomeLimitRow } from './incomeLimitTable';
export { lookUpIncomeLimit, incomeLimitAreas } from './incomeLimits';
export { eligibilityResources, type EligibilityResources } from './resources';
export type { ComponentEligibility, ComponentStatus } from './components';
export type { DocumentationEntry } from './documentation';
export {
  documentationLibrary,
  type DocumentationRequirement,
  type DocumentationLibrary,
  type Evidence as DocumentationEvidence,
} from './documentationSources';
export type { InconsistencyNote, InconsistencyRule } from './inconsistencies';
export { inconsistencyRules as eligibilityInconsistencies } from './inconsistencyNotes';
export { domesticViolenceHotline, type NextStep } from './nextSteps';
export type { AtRiskBasis } from './atRisk';
export type { Category1Paragraph } from './categories';
export type { IncomeLimitUsed } from './income';
export { questions as eligibilityQuestions } from './questions';
export {
  programs as ELIGIBILITY_PROGRAMS,
  components as ELIGIBILITY_COMPONENTS,
  places as LAST_NIGHT_PLACES,
  placesBeforeInstitution as PLACES_BEFORE_INSTITUTION,
  specialNeeds as SPECIAL_NEEDS,
  otherStatutes as OTHER_STATUTES,
  evidenceLevels as DOCUMENTATION_EVIDENCE_LEVELS,
  fundedComponents as FUNDED_COMPONENTS,
  componentNames,
  programNames,
  placeNames,
  type Program as EligibilityProgram,
  type Component as EligibilityComponent,
  type Place as LastNightPlace,
  type HomelessCategory,
  type EvidenceLevel as DocumentationEvidenceLevel,
} from './vocabulary';
export { eligibilityExamples } from './examples';
