import type { Reason } from '../core/citation';
import type { Cents } from '../core/money';
import { fail, ok, type FieldError, type Outcome } from '../core/outcome';
import {
  allowanceUnderFmrCheck,
  arrearsChecks,
  lastMonthRentCheck,
  otherAssistanceCheck,
  securityDepositCheck,
  utilityMonthsCheck,
} from './assistanceLimits';
import type { LimitCheck } from './checks';
import { resolveFmr, type FairMarketRent } from './fmr';
import { grossRent, type GrossRent } from './grossRent';
import { rentLimit, type RentLimit } from './rentLimit';
import type { ModeAnswer } from './result';
import type { RuleReader } from './ruleReader';
import type { LimitsInput } from './schemas/limits';
import { monthsErrors, monthsOfAssistance, type MonthsOfAssistance } from './timeLimits';
import { resolveUtilityAllowance, type UtilityAllowance } from './utilityAllowance';

export type LimitsDetail = {
  program: LimitsInput['program'];
  component: LimitsInput['component'];
  assistance: LimitsInput['assistance'];
  rentCharged: Cents;
  fees: Pick<GrossRent, 'countedFees' | 'excludedFees'>;
  utilityAllowance: UtilityAllowance | null;
  fmr: FairMarketRent | null;
  reasonableRent: Cents | null;
  rentLimit: Pick<RentLimit, 'policy' | 'withinRentLimit' | 'maximumPayment'>;
  months: Omit<MonthsOfAssistance, 'check' | 'reasons'>;
  utilityMonthsRemaining: number | null;
  /** Every limit tested, in the order shown; `allPass` is true when none failed. */
  checks: LimitCheck[];
  allPass: boolean;
};

const collect = <T>(outcome: Outcome<T> | null, errors: FieldError[]): T | null => {
  if (!outcome) return null;
  if (!outcome.ok) {
    errors.push(...outcome.errors);
    return null;
  }
  return outcome.value;
};

/** Tests a request against every limit that applies: rent limit, deposits, arrears, months and other assistance. */
export function assistanceLimits(rules: RuleReader, input: LimitsInput): Outcome<ModeAnswer> {
  const errors: FieldError[] = [...monthsErrors(rules, input)];
  const allowance = collect(input.utilityAllowance ? resolveUtilityAllowance(rules, input.utilityAllowance) : null, errors);
  const fmr = collect(input.fmr ? resolveFmr(input.fmr) : null, errors);
  if (errors.length) return fail(errors);

  const gross = grossRent(input.contractRent, input.fees ?? [], allowance ? allowance.amount : null);
  const limit = rentLimit(rules, {
    program: input.program,
    component: input.component,
    assistance: input.assistance,
    rentCharged: gross.rentCharged,
    grossRent: gross.grossRent,
    fmr: fmr ? fmr.amount : null,
    reasonableRent: input.reasonableRent ?? null,
    fmrExceptionApproved: input.fmrExceptionApproved,
  });
  if (!limit.ok) return limit;

  const checks: LimitCheck[] = [...limit.value.checks];
  const allowanceCap = allowance && fmr ? allowanceUnderFmrCheck(rules, allowance.amount, fmr.amount) : null;
  if (allowanceCap) checks.push(allowanceCap);
  if (input.securityDeposit !== undefined) checks.push(securityDepositCheck(rules, input.contractRent, input.securityDeposit));
  if (input.lastMonthRent !== undefined) checks.push(lastMonthRentCheck(rules, input.contractRent, input.lastMonthRent));
  if (input.arrears && input.arrears.months > 0) checks.push(...arrearsChecks(rules, input, input.arrears));
  const months = monthsOfAssistance(rules, input);
  checks.push(months.check);
  const utility = input.utilityAssistance ? utilityMonthsCheck(rules, input.utilityAssistance) : null;
  if (utility) checks.push(utility.check);
  checks.push(otherAssistanceCheck(input));

  const reasons: Reason[] = [
    ...(allowance ? allowance.reasons : []),
    ...(fmr ? fmr.reasons : []),
    ...gross.reasons,
    ...limit.value.reasons,
    ...checks.filter((c) => !limit.value.checks.includes(c) && c !== months.check).map((c) => c.reason),
    ...months.reasons,
  ];
  const { check: _check, reasons: _reasons, ...monthFigures } = months;
  return ok({
    mode: 'limits',
    figures: {
      contractRent: input.contractRent,
      utilityAllowance: allowance ? allowance.amount : null,
      grossRent: gross.grossRent,
      programPays: limit.value.maximumPayment === null ? null : Math.min(gross.rentCharged, limit.value.maximumPayment),
      withinRentLimit: limit.value.withinRentLimit,
    },
    detail: {
      program: input.program,
      component: input.component,
      assistance: input.assistance,
      rentCharged: gross.rentCharged,
      fees: { countedFees: gross.countedFees, excludedFees: gross.excludedFees },
      utilityAllowance: allowance,
      fmr,
      reasonableRent: input.reasonableRent ?? null,
      rentLimit: { policy: limit.value.policy, withinRentLimit: limit.value.withinRentLimit, maximumPayment: limit.value.maximumPayment },
      months: monthFigures,
      utilityMonthsRemaining: utility ? utility.remaining : null,
      checks,
      allPass: checks.every((c) => c.status !== 'fail'),
    },
    reasons,
  });
}
