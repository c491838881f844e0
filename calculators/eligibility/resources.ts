import { documentationLibrary, type DocumentationLibrary } from './documentationSources';
import type { IncomeLimitRow } from './incomeLimits';
import type { InconsistencyRule } from './inconsistencies';
import { inconsistencyRules } from './inconsistencyNotes';

/**
 * The text tables the rules read besides parameters: recordkeeping tables and inconsistency notes,
 * plus any income-limits rows. Plain data, so a page can pass it to an island as props instead of
 * bundling it; `checkEligibility` supplies the module's own.
 */
export type EligibilityResources = {
  documentation: DocumentationLibrary;
  inconsistencies: readonly InconsistencyRule[];
  incomeLimits?: readonly IncomeLimitRow[] | undefined;
};

/** The module's recordkeeping tables and inconsistency notes. */
export const eligibilityResources: EligibilityResources = { documentation: documentationLibrary, inconsistencies: inconsistencyRules };
