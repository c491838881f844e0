import type { JurisdictionId, ParameterSet } from './parameters';

/** How a rule runs: under a jurisdiction's adopted set (default `hud`) or an explicit set, e.g. a proposal. */
export type RuleOptions = { jurisdiction?: JurisdictionId; parameters?: ParameterSet };
