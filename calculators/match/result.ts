import type { Reason } from '../core/citation';
import type { IsoDate } from '../core/dates';
import type { Cents } from '../core/money';
import type { JurisdictionId } from '../core/parameters';
import type { AdminCheck } from './admin';
import type { RequestTotals } from './budget';
import type { BudgetCheck } from './checks';
import type { IndirectCheck } from './indirect';
import type { LeverageCheck } from './leverage';
import type { UsedParameter } from './rules';
import type { EsgRecipientType } from './schemas';
import type { SourceOutcome } from './sources';
import type { ThresholdCheck } from './threshold';

/** A source that cannot count, with each reason and its citation. */
export type RejectedSource = { index: number; name: string; value: Cents; excludedBy: string[]; reasons: Reason[] };

/** What the match and budget calculator decides. Money is integer cents. */
export type MatchResult = {
  program: 'CoC' | 'ESG';
  jurisdiction: JurisdictionId;
  /** The parameter set's label, and the revision when a proposal was run. */
  parameterSet: { label: string; revision?: string };
  asOf: IsoDate;
  /** CoC only: the request added up by category, with the match base and modified total direct costs. */
  request: RequestTotals | null;
  /** ESG only: the grant and the part of it that needs no match. */
  esg: { grant: Cents; recipientType: EsgRecipientType; unmatchedPortion: Cents } | null;
  requiredMatch: Cents;
  eligibleCash: Cents;
  eligibleInKind: Cents;
  /** Cash + in-kind offered as match that counts. */
  eligibleMatch: Cents;
  shortfall: Cents;
  surplus: Cents;
  sources: SourceOutcome[];
  rejectedSources: RejectedSource[];
  leverage: LeverageCheck | null;
  admin: AdminCheck | null;
  threshold: ThresholdCheck | null;
  indirect: IndirectCheck | null;
  /** Every budget check that applies under the jurisdiction, in the order shown. */
  checks: BudgetCheck[];
  parametersUsed: UsedParameter[];
  reasons: Reason[];
};
