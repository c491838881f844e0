import type { JurisdictionId, ParameterSet } from './parameters';

/** How a rule runs: under a jurisdiction's adopted set (default `hud`) or an explicit set, e.g. a proposal. */
export type RuleOptions = { jurisdiction?: JurisdictionId; parameters?: ParameterSet };

/** How an island-facing entry point runs: under the set its caller built (a jurisdiction's set or an overlay). */
export type SetOptions = { parameters: ParameterSet };

/**
 * Picks the set a rule runs under from its options. Rules built by a factory take one, so an entry point
 * bound to a few jurisdictions' sets (parameters/<jurisdiction>/sets.ts) ships no other jurisdiction's numbers.
 */
export type ChooseSet = (options: RuleOptions) => ParameterSet;
