// The chronic rules. Public names are re-exported from ../index.ts.
export { verifyChronicStatus } from './verify';
export {
  ChronicInput,
  ChronicStay,
  STAY_TYPES,
  EVIDENCE_LEVELS,
  HOUSEHOLD_ROLES,
  DISABILITY_VERIFICATION,
  type StayType,
  type Evidence as StayEvidence,
  type HouseholdRole,
  type DisabilityVerification,
} from './schemas';
export type {
  ChronicResult,
  ChronicBasis,
  ChronicRecordkeeping,
  CurrentSituation,
  OccasionSummary,
  InstitutionSummary,
  Period as ChronicPeriod,
  StayRef as ChronicStayRef,
  TodoItem as ChronicTodoItem,
} from './result';
export type { CountingMethod } from './chronicParameters';
export { screenChronicAtProjectStart, ChronicScreenInput, type ChronicScreenResult, type ScreenAnswer, type ScreenStep } from './hmis';
export { checkProjectRecordkeeping, ProjectRecordkeepingInput, ProjectHousehold, type ProjectRecordkeepingResult } from './project';
export { serviceNeedsLevel, ServiceNeedsInput, SERVICE_NEEDS_LEVELS, type ServiceNeedsLevel, type ServiceNeedsResult } from './spdat';
export { chronicExamples } from './examples';
