/**
 * Hearth's rules module: the one place rules live. Plain TypeScript and zod/mini; no DOM, Astro or
 * Preact. Islands, pages, tests and outside users import from here only.
 */
export type { Outcome, FieldError } from './core/outcome';
export type { Citation, Reason } from './core/citation';
export type { RuleOptions } from './core/options';
export type { WorkedExample, ExampleBook, CalculatorId } from './core/examples';
export {
  jurisdictionIds,
  overlayParameters,
  valueAt,
  type JurisdictionId,
  type Parameter,
  type ParameterSet,
  type ParameterValue,
  type ParameterChange,
  type Unit,
} from './core/parameters';
export { parameterSets, chooseParameterSet } from './parameters';
export { parseMoney, formatCents, formatBasisPoints, percentOf, type Cents, type BasisPoints, type Rounding } from './core/money';
export { isIsoDate, daysBetween, addDays, addMonths, monthsSpanned, type IsoDate } from './core/dates';
export { exampleBooks } from './examples';
export * from './rent';
export * from './eligibility';
export * from './chronic';
export * from './match';
export * from './priority';
