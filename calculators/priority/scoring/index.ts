// Scoring, performance standards and points (issue 9, part B). Public names; everything else is internal.
export { scoreNewBedfordRenewal, type NewBedfordRenewalResult, type RenewalMeasureScore } from './renewal';
export {
  NewBedfordRenewalInput,
  RENEWAL_MEASURES,
  RENEWAL_SCALES,
  RENEWAL_CHRONIC_BASES,
  type RenewalMeasure,
  type RenewalScales,
  type RenewalChronicBasis,
} from './renewalSchema';
export { scoreNewBedfordNewProject, type NewBedfordNewProjectResult, type NewProjectPartScore } from './newProject';
export { NewBedfordNewProjectInput, NEW_PROJECT_PARTS, type NewProjectPart } from './newProjectSchema';
export { rankProjects, type RankingResult, type RankedProject, type TierPlacement } from './ranking';
export { RankProjectsInput, UNSCORED_PLACEMENTS, type UnscoredPlacement } from './rankingSchema';
export { checkPerformance, type PerformanceResult, type PerformanceCheck, type PerformanceStatus } from './performance';
export { PerformanceInput, TpchPerformanceInput, NashvillePerformanceInput } from './performanceSchema';
export {
  TPCH_COLUMNS,
  TPCH_COLUMN_HEADINGS,
  TPCH_MEASURES,
  NASHVILLE_COMPONENTS,
  NASHVILLE_MEASURES,
  NASHVILLE_BENCHMARKS,
  type TpchColumn,
  type NashvilleComponent,
} from './performanceCatalog';
export { sustainableCtPoints, type SustainableCtResult, type CtPartResult } from './sustainableCt';
export { SustainableCtInput, CT_PARTS, type CtPart } from './sustainableCtSchema';
export type { Credit } from './creditTimeframe';
export { formatPoints, type Points } from './points';
export { renewalExamples, newProjectExamples, rankingExamples, performanceExamples, sustainableCtExamples } from './examples';
