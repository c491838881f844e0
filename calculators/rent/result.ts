import type { Reason } from '../core/citation';
import type { IsoDate } from '../core/dates';
import type { Cents } from '../core/money';
import type { JurisdictionId } from '../core/parameters';
import type { BudgetLineDetail } from './budgetLine';
import type { IncomeBasedDetail } from './tenantRent';
import type { LimitsDetail } from './limits';
import type { NashvilleBudgetDetail } from './nashvilleBudget';
import type { UsedParameter } from './ruleReader';
import type { RrhTierResult, TierNumber } from './tiers';

/** The figures every rent answer carries (architecture.md); null where a figure has no meaning for the question asked. */
export type RentFigures = {
  contractRent: Cents | null;
  utilityAllowance: Cents | null;
  /** Contract rent + required fees (not pet or late fees) + utility allowance. */
  grossRent: Cents | null;
  /** What the participant pays the owner each month. */
  participantPays: Cents | null;
  /** What the program pays each month. */
  programPays: Cents | null;
  utilityReimbursement: Cents | null;
  tier: TierNumber | null;
  withinRentLimit: boolean | null;
};

/** The answer of one mode, beside the common figures. */
export type RentDetail =
  | { mode: 'rrh-tier'; detail: Omit<RrhTierResult, 'reasons'> }
  | { mode: 'nashville-budget'; detail: NashvilleBudgetDetail }
  | { mode: 'income-based'; detail: IncomeBasedDetail }
  | { mode: 'limits'; detail: LimitsDetail }
  | { mode: 'budget-line'; detail: BudgetLineDetail };

/** A rent answer: the figures, the mode's detail, the trail of reasons, and the parameters it rests on. */
export type RentResult = RentFigures &
  RentDetail & {
    asOf: IsoDate;
    parameterSet: { id: JurisdictionId; label: string; revision?: string };
    parametersUsed: UsedParameter[];
    reasons: Reason[];
  };

/** Figures all null, for modes to fill in. */
export const noFigures: RentFigures = {
  contractRent: null,
  utilityAllowance: null,
  grossRent: null,
  participantPays: null,
  programPays: null,
  utilityReimbursement: null,
  tier: null,
  withinRentLimit: null,
};

/** What a mode returns: its figures, detail and reasons (calculateRent adds date, set and parameters used). */
export type ModeAnswer = { figures: Partial<RentFigures>; reasons: Reason[] } & RentDetail;
