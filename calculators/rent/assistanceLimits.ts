import { reason } from '../core/citation';
import { formatCents, type Cents } from '../core/money';
import { check, passIf, type LimitCheck } from './checks';
import * as passages from './passages';
import { cite } from './reasons';
import type { RuleReader } from './ruleReader';
import type { LimitsInput } from './schemas/limits';
import { counted } from '../core/words';

/** Security deposit at most the stated months of rent. */
export function securityDepositCheck(rules: RuleReader, contractRent: Cents, deposit: Cents): LimitCheck {
  const months = rules.number('rent.securityDepositMaxMonths');
  const limit = contractRent * months.value;
  const within = deposit <= limit;
  return check(
    'security-deposit',
    `Security deposit at most ${counted(months.value, 'month')} of rent`,
    passIf(within),
    reason(
      'security-deposit',
      `Security deposit ${formatCents(deposit)}; the most allowed is ${months.value} × ${formatCents(contractRent)} = ${formatCents(limit)}: ${within ? 'within the limit' : `${formatCents(deposit - limit)} over`}.`,
      cite(months),
    ),
  );
}

/** Last month's rent at most the stated months of rent. */
export function lastMonthRentCheck(rules: RuleReader, contractRent: Cents, lastMonthRent: Cents): LimitCheck {
  const months = rules.number('rent.lastMonthRentMaxMonths');
  const limit = contractRent * months.value;
  const within = lastMonthRent <= limit;
  return check(
    'last-month-rent',
    `Last month's rent at most ${counted(months.value, 'month')} of rent`,
    passIf(within),
    reason(
      'last-month-rent',
      `Last month's rent ${formatCents(lastMonthRent)}; the most allowed is ${months.value} × ${formatCents(contractRent)} = ${formatCents(limit)}: ${within ? 'within the limit' : `${formatCents(lastMonthRent - limit)} over`}.`,
      cite(months),
    ),
  );
}

/** Arrears: ESG only, once, and at most the stated months. */
export function arrearsChecks(rules: RuleReader, input: LimitsInput, arrears: NonNullable<LimitsInput['arrears']>): LimitCheck[] {
  const checks: LimitCheck[] = [];
  const esgOnly = rules.boolean('rent.arrears.esgOnly');
  if (esgOnly.value && input.program !== 'esg') {
    return [
      check(
        'arrears-program',
        'Arrears paid only with ESG funds',
        'fail',
        reason(
          'arrears-esg-only',
          `Rental arrears can be paid only with ESG funds, not ${input.program.toUpperCase()} funds.`,
          cite(esgOnly),
        ),
      ),
    ];
  }
  const most = rules.number('rent.esg.arrearsMaxMonths');
  const within = arrears.months <= most.value;
  checks.push(
    check(
      'arrears-months',
      `Arrears at most ${counted(most.value, 'month')}`,
      passIf(within),
      reason(
        'arrears-months',
        `${counted(arrears.months, 'month')} of arrears; the most is ${counted(most.value, 'month')}, including late fees on them: ${within ? 'within the limit' : `${counted(arrears.months - most.value, 'month')} over`}.`,
        cite(most),
      ),
    ),
  );
  const oneTime = rules.boolean('rent.esg.arrearsOneTime');
  if (oneTime.value) {
    checks.push(
      check(
        'arrears-once',
        'Arrears paid only once',
        passIf(!arrears.paidBefore),
        reason(
          'arrears-once',
          arrears.paidBefore
            ? 'Arrears were already paid for this participant: a second payment is not allowed.'
            : 'No earlier arrears payment: this is the one allowed.',
          cite(oneTime),
        ),
      ),
    );
  }
  return checks;
}

/** No rental assistance alongside other public rental assistance, except a one-time payment of arrears. */
export function otherAssistanceCheck(input: LimitsInput): LimitCheck {
  const wantsRent = input.monthsRequested > 0 || (input.lastMonthRent ?? 0) > 0;
  const blocked = input.otherPublicRentalAssistance && wantsRent;
  const text = !input.otherPublicRentalAssistance
    ? 'No other public rental assistance.'
    : blocked
      ? 'The participant receives other public rental assistance: rental assistance cannot also be provided (only a one-time payment of arrears can).'
      : 'The participant receives other public rental assistance; only a one-time payment of arrears is requested, which is allowed.';
  return check(
    'other-assistance',
    'No other public rental assistance',
    passIf(!blocked),
    reason('other-assistance', text, passages.otherSubsidies),
  );
}

/** Utility assistance: months already received and requested within the cap. */
export function utilityMonthsCheck(
  rules: RuleReader,
  utility: NonNullable<LimitsInput['utilityAssistance']>,
): { check: LimitCheck; remaining: number } {
  const most = rules.number('rent.utilityAssistance.maxMonths');
  const window = rules.number('rent.utilityAssistance.windowYears');
  const counted = utility.monthsAlready + utility.monthsRequested;
  const within = counted <= most.value;
  const remaining = Math.max(0, most.value - counted);
  return {
    remaining,
    check: check(
      'utility-months',
      `Utility assistance at most ${most.value} months in ${window.value} years`,
      passIf(within),
      reason(
        'utility-months',
        `Utility assistance: ${utility.monthsAlready} already + ${utility.monthsRequested} requested = ${counted} months; the cap is ${most.value} in any ${window.value}-year period: ${within ? `${remaining} remain` : `${counted - most.value} over`}.`,
        cite(most),
      ),
    ),
  };
}

/** TPCH: the utility allowance the program pays may not exceed the FMR. */
export function allowanceUnderFmrCheck(rules: RuleReader, allowance: Cents, fmr: Cents): LimitCheck | null {
  if (!rules.has('rent.utilityAllowance.capAtFmr')) return null;
  const cap = rules.boolean('rent.utilityAllowance.capAtFmr');
  if (!cap.value) return null;
  const within = allowance <= fmr;
  return check(
    'allowance-fmr',
    'Utility allowance not above the FMR',
    passIf(within),
    reason(
      'allowance-fmr',
      `Utility allowance ${formatCents(allowance)} is ${within ? 'not above' : 'above'} the FMR ${formatCents(fmr)}.`,
      cite(cap),
    ),
  );
}
