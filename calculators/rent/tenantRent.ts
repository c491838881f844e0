import { reason, type Reason } from '../core/citation';
import { divideRounded, formatBasisPoints, formatCents, type BasisPoints, type Cents } from '../core/money';
import { fail, ok, type Outcome } from '../core/outcome';
import { adjustedIncome, type AdjustedIncome } from './adjustedIncome';
import { annualIncome, type SourceIncome } from './income';
import { ceilings } from './plausibility';
import * as passages from './passages';
import { cite } from './reasons';
import type { ModeAnswer } from './result';
import type { RuleReader } from './ruleReader';
import type { IncomeBasedRentInput } from './schemas/incomeBased';
import { utilityCredit, type UtilityCredit } from './utilityCredit';
import { resolveUtilityAllowance, type UtilityAllowance } from './utilityAllowance';

export type IncomeBasedDetail = {
  component: IncomeBasedRentInput['component'];
  charge: IncomeBasedRentInput['charge'];
  ruleSet: AdjustedIncome['ruleSet'];
  annualIncome: Cents;
  incomeSources: SourceIncome[];
  dependents: number;
  deductions: AdjustedIncome['deductions'];
  adjustedIncome: Cents;
  /** The three amounts compared, each a month. */
  candidates: { adjustedIncomeShare: Cents; grossIncomeShare: Cents; welfareRent: Cents | null };
  /** The shares of monthly adjusted and gross income applied (basis points), from the cited parameters. */
  shares: { adjustedIncome: BasisPoints; grossIncome: BasisPoints };
  /** The highest of the three: the total the tenant pays toward rent and utilities. */
  tenantRent: Cents;
  utility: (UtilityCredit & { allowance: UtilityAllowance }) | null;
};

/** A month's share of a yearly amount: annual × share ÷ months, rounded half-up to the cent once. */
const monthlyShare = (annual: Cents, basisPoints: number, months: number): Cents =>
  divideRounded(annual * basisPoints, 10_000 * months, 'half-up');
const roundingNote = (annual: Cents, basisPoints: number, months: number): string =>
  (annual * basisPoints) % (10_000 * months) === 0 ? '' : ' (rounded half-up to the cent)';

/** Income-based rent for CoC PSH and TH (24 CFR 578.77): the highest of 30% of adjusted and 10% of gross monthly income and welfare rent. */
export function incomeBasedRent(rules: RuleReader, input: IncomeBasedRentInput): Outcome<ModeAnswer> {
  const income = annualIncome(rules, input.members);
  if (income.annualIncome > ceilings.annualAmount) {
    return fail([
      {
        path: 'members',
        message: `Annual income of ${formatCents(income.annualIncome)} is implausible for this calculation: check the amounts and how often they are paid`,
      },
    ]);
  }
  if (input.attendantCare && input.attendantCare.earningsEnabled > income.earnedIncomeOfAdults) {
    return fail([
      {
        path: 'attendantCare.earningsEnabled',
        message: `The earnings the care makes possible (${formatCents(input.attendantCare.earningsEnabled)} a year) are more than the adults’ earned income listed (${formatCents(income.earnedIncomeOfAdults)}): correct one of the two`,
      },
    ]);
  }
  const allowance = input.utilityAllowance ? resolveUtilityAllowance(rules, input.utilityAllowance) : null;
  if (allowance && !allowance.ok) return allowance;

  const dependents = input.members.filter((m) => m.dependent).length;
  const adjusted = adjustedIncome(rules, {
    annualIncome: income.annualIncome,
    earnedIncomeOfAdults: income.earnedIncomeOfAdults,
    dependents,
    elderlyOrDisabledFamily: input.elderlyOrDisabledFamily,
    medicalExpenses: input.medicalExpenses ?? 0,
    attendantCare: input.attendantCare,
    childCareExpenses: input.childCareExpenses ?? 0,
  });

  const months = rules.number('rent.income.periodMonths');
  const adjustedShare = rules.number('rent.tenantRent.adjustedIncomeShare');
  const grossShare = rules.number('rent.tenantRent.grossIncomeShare');
  const fromAdjusted = monthlyShare(adjusted.adjustedIncome, adjustedShare.value, months.value);
  const fromGross = monthlyShare(income.annualIncome, grossShare.value, months.value);
  const welfare = input.welfareRent ?? null;
  const tenantRent = Math.max(fromAdjusted, fromGross, welfare ?? 0);
  const winner = tenantRent === fromAdjusted ? 'adjusted' : tenantRent === fromGross ? 'gross' : 'welfare';

  const reasons: Reason[] = [
    ...income.reasons,
    ...adjusted.reasons,
    reason(
      'tenant-rent-adjusted-share',
      `${formatBasisPoints(adjustedShare.value)} of monthly adjusted income: ${formatCents(adjusted.adjustedIncome)} × ${formatBasisPoints(adjustedShare.value)} ÷ ${months.value} = ${formatCents(fromAdjusted)}${roundingNote(adjusted.adjustedIncome, adjustedShare.value, months.value)}.`,
      cite(adjustedShare),
      cite(months),
    ),
    reason(
      'tenant-rent-gross-share',
      `${formatBasisPoints(grossShare.value)} of monthly income: ${formatCents(income.annualIncome)} × ${formatBasisPoints(grossShare.value)} ÷ ${months.value} = ${formatCents(fromGross)}${roundingNote(income.annualIncome, grossShare.value, months.value)}.`,
      cite(grossShare),
    ),
    reason(
      'tenant-rent-welfare',
      welfare === null
        ? 'No welfare rent: no public-assistance payment is designated for housing.'
        : `Welfare rent: ${formatCents(welfare)}.`,
      passages.welfareRent,
    ),
    reason(
      `tenant-rent-highest-${winner}`,
      `${input.charge === 'occupancy-charge' ? 'The occupancy charge may not exceed' : 'The participant pays'} the highest of ${formatCents(fromAdjusted)}, ${formatCents(fromGross)} and ${welfare === null ? '$0.00 (no welfare rent)' : formatCents(welfare)}: ${formatCents(tenantRent)} a month.`,
      passages.rentIsHighestOf,
      input.charge === 'occupancy-charge' ? passages.occupancyChargeOptional : passages.rentalAssistanceRent,
    ),
  ];

  const credit = allowance ? utilityCredit(rules, tenantRent, allowance.value.amount) : null;
  if (allowance && credit) reasons.push(...allowance.value.reasons, ...credit.reasons);
  const toOwner = credit ? credit.tenantPaysOwner : tenantRent;
  const split = input.contractRent === undefined ? null : splitContractRent(input.contractRent, toOwner);
  if (split) reasons.push(split.reason);

  return ok({
    mode: 'income-based',
    figures: {
      contractRent: input.contractRent ?? null,
      utilityAllowance: allowance ? allowance.value.amount : null,
      grossRent: input.contractRent === undefined ? null : input.contractRent + (allowance ? allowance.value.amount : 0),
      participantPays: split ? split.participantPays : toOwner,
      programPays: split ? split.programPays : null,
      utilityReimbursement: credit ? credit.utilityReimbursement : null,
    },
    detail: {
      component: input.component,
      charge: input.charge,
      ruleSet: adjusted.ruleSet,
      annualIncome: income.annualIncome,
      incomeSources: income.sources,
      dependents,
      deductions: adjusted.deductions,
      adjustedIncome: adjusted.adjustedIncome,
      candidates: { adjustedIncomeShare: fromAdjusted, grossIncomeShare: fromGross, welfareRent: welfare },
      shares: { adjustedIncome: adjustedShare.value, grossIncome: grossShare.value },
      tenantRent,
      utility: allowance && credit ? { ...credit, allowance: allowance.value } : null,
    },
    reasons,
  });
}

/** The owner gets the tenant's payment (at most the contract rent); the program pays the rest of the contract rent. */
function splitContractRent(contractRent: Cents, tenantPaysOwner: Cents): { participantPays: Cents; programPays: Cents; reason: Reason } {
  const participantPays = Math.min(contractRent, tenantPaysOwner);
  const programPays = contractRent - participantPays;
  const text =
    tenantPaysOwner > contractRent
      ? `The participant's payment (${formatCents(tenantPaysOwner)}) is more than the contract rent (${formatCents(contractRent)}): the participant pays the contract rent and the program pays nothing.`
      : `The program pays the rest of the contract rent: ${formatCents(contractRent)} − ${formatCents(participantPays)} = ${formatCents(programPays)}.`;
  return { participantPays, programPays, reason: reason('rent-split', text, passages.rentalAssistanceRent) };
}
