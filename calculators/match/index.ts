// The match rules. Public names are re-exported from ../index.ts.
export { computeMatch } from './compute';
export {
  MatchInput,
  MatchSource,
  BudgetLine,
  ServicesMou,
  IndirectRate,
  budgetCategories,
  supportiveServiceCosts,
  sourceOrigins,
  cocComponents,
  esgRecipientTypes,
  type BudgetCategory,
  type SupportiveServiceCost,
  type SourceOrigin,
  type CocComponent,
  type EsgRecipientType,
} from './schemas';
export type { MatchResult, RejectedSource } from './result';
export type { BudgetCheck, CheckCode } from './checks';
export type { LeverageCheck } from './leverage';
export type { AdminCheck } from './admin';
export type { ThresholdCheck } from './threshold';
export type { IndirectCheck } from './indirect';
export type { RequestTotals } from './budget';
export { exclusionRules, type ExclusionRule, type SourceOutcome } from './sources';
export { serviceCostLabels } from './costs';
export { categoryLabels } from './budget';
export { matchExamples } from './examples';
