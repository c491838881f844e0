// The priority rules: see the priority issue. Public names are re-exported from ../index.ts.
export { prioritizeTpch, type TpchPriorityResult } from './tpch/prioritize';
export {
  TpchPriorityInput,
  TpchHousehold,
  TPCH_PROGRAMS,
  PSH_BED_TYPES,
  SLEEPING_SITUATIONS,
  type TpchProgram,
  type PshBedType,
  type SleepingSituation,
} from './tpch/schema';
export { scoreNashvilleRrh, type NashvilleRrhScore } from './nashville/rrhScore';
export {
  NashvilleRrhScoreInput,
  NashvilleRrhHousehold,
  NashvillePshHousehold,
  NASHVILLE_ASSESSMENTS,
  type NashvilleAssessment,
} from './nashville/schema';
export { orderOfPriority, type OrderOfPriorityResult, type OrderNotice } from './cpd/orderOfPriority';
export { OrderOfPriorityInput, Cpd1611Person, Cpd14012Person, COMING_FROM, type ComingFrom } from './cpd/schema';
export { orderHouseholds, type OrderHouseholdsResult } from './order/orderHouseholds';
export { orderTpchList, TpchListInput } from './order/tpchList';
export { orderNashvilleList, NashvilleListInput } from './order/nashvilleList';
export { orderCpdList, CpdListInput } from './order/cpdList';
export { OrderHouseholdsInput, ORDER_METHODS, type OrderMethod } from './order/schema';
export type { Placement, PlacementStatus, RankedHousehold, UnrankedHousehold, CriterionValue } from './result';
export {
  priorityExampleBooks,
  tpchPriorityExamples,
  nashvilleRrhScoreExamples,
  orderOfPriorityExamples,
  householdOrderExamples,
  nashvilleListExamples,
} from './examples';
export * from './scoring';
