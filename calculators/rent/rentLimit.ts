import { reason, type Reason } from '../core/citation';
import { formatCents, type Cents } from '../core/money';
import type { FieldError } from '../core/outcome';
import { fail, ok, type Outcome } from '../core/outcome';
import { check, passIf, type LimitCheck } from './checks';
import * as passages from './passages';
import { cite } from './reasons';
import { MissingRuleData, type RuleReader, type UsedParameter } from './ruleReader';
import type { AssistanceType, LimitComponent, LimitProgram } from './schemas/limits';

export const rentLimitPolicies = [
  'fmr-and-reasonable',
  'reasonable',
  'lower-of-fmr-and-reasonable',
  'fmr-and-reasonable-unless-approved',
] as const;
export type RentLimitPolicy = (typeof rentLimitPolicies)[number];

export type RentLimitFacts = {
  program: LimitProgram;
  component: LimitComponent;
  assistance: AssistanceType;
  rentCharged: Cents;
  grossRent: Cents;
  fmr: Cents | null;
  reasonableRent: Cents | null;
  fmrExceptionApproved: boolean | undefined;
};

export type RentLimit = {
  policy: RentLimitPolicy;
  withinRentLimit: boolean;
  /** For leasing: the most the program may pay (the lower of the FMR and the reasonable rent). */
  maximumPayment: Cents | null;
  checks: LimitCheck[];
  reasons: Reason[];
};

/** The parameter that states the rent limit for this program, component and kind of assistance. */
function policyParameterId(rules: RuleReader, facts: Pick<RentLimitFacts, 'program' | 'component' | 'assistance'>): string {
  if (facts.program === 'esg') return 'rent.esg.rentLimit';
  if (facts.assistance === 'leasing') return 'rent.coc.leasing.rentLimit';
  if (facts.component === 'rapid-rehousing' && rules.has('rent.coc.rrh.rentLimit')) return 'rent.coc.rrh.rentLimit';
  return 'rent.coc.rentalAssistance.rentLimit';
}

/** The rent limit policy in force, validated against the ones Hearth knows. */
export function rentLimitPolicy(
  rules: RuleReader,
  facts: Pick<RentLimitFacts, 'program' | 'component' | 'assistance'>,
): { policy: RentLimitPolicy; parameter: UsedParameter } {
  const parameter = rules.text(policyParameterId(rules, facts));
  const policy = rentLimitPolicies.find((p) => p === parameter.value);
  if (!policy)
    throw new MissingRuleData(
      `The rent limit "${parameter.value}" in ${rules.set.label} is not one Hearth knows (${rentLimitPolicies.join(', ')}).`,
    );
  return { policy, parameter };
}

/** Which figures a policy needs; missing ones are errors that say why the program needs them. */
export function missingRentLimitFacts(policy: RentLimitPolicy, facts: RentLimitFacts, label: string): FieldError[] {
  const errors: FieldError[] = [];
  const needsFmr =
    policy === 'fmr-and-reasonable' ||
    policy === 'lower-of-fmr-and-reasonable' ||
    (policy === 'fmr-and-reasonable-unless-approved' && !facts.fmrExceptionApproved);
  if (needsFmr && facts.fmr === null)
    errors.push({ path: 'fmr', message: `Enter the Fair Market Rent: under ${label} the rent must not exceed it` });
  if (facts.reasonableRent === null)
    errors.push({
      path: 'reasonableRent',
      message: `Enter the reasonable rent from comparable units: under ${label} the rent must be reasonable`,
    });
  if (facts.fmrExceptionApproved !== undefined && policy !== 'fmr-and-reasonable-unless-approved') {
    errors.push({ path: 'fmrExceptionApproved', message: `${label} has no approval for rent above the FMR: remove that answer` });
  }
  return errors;
}

/** Tests the rent against the FMR and the reasonable rent as the program's rent limit requires. */
export function rentLimit(rules: RuleReader, facts: RentLimitFacts): Outcome<RentLimit> {
  const { policy, parameter } = rentLimitPolicy(rules, facts);
  const label = `${rules.set.label}'s rules for ${facts.program === 'esg' ? 'ESG' : 'CoC'} ${facts.assistance === 'leasing' ? 'leasing' : 'rental assistance'}`;
  const missing = missingRentLimitFacts(policy, facts, label);
  if (missing.length) return fail(missing);
  const reasonable = facts.reasonableRent ?? 0;
  const checks: LimitCheck[] = [];
  const reasons: Reason[] = [];
  const compare = (what: string, amount: Cents, limit: Cents, limitName: 'fmr' | 'reasonable'): { within: boolean; reason: Reason } => {
    const within = amount <= limit;
    const r = reason(
      `rent-limit-${limitName}`,
      `${what} ${formatCents(amount)} is ${within ? 'at or below' : 'above'} the ${limitName === 'fmr' ? 'Fair Market Rent' : 'reasonable rent'} ${formatCents(limit)}.`,
      cite(parameter),
      ...(limitName === 'reasonable' ? [passages.rentReasonable] : [passages.fmrDefinition]),
    );
    reasons.push(r);
    return { within, reason: r };
  };
  let within: boolean;
  let maximumPayment: Cents | null = null;
  switch (policy) {
    case 'fmr-and-reasonable': {
      const fmr = compare('Gross rent', facts.grossRent, facts.fmr ?? 0, 'fmr');
      const fair = compare('Gross rent', facts.grossRent, reasonable, 'reasonable');
      checks.push(check('rent-fmr', 'Gross rent at or below the FMR', passIf(fmr.within), fmr.reason));
      checks.push(check('rent-reasonable', 'Rent reasonable', passIf(fair.within), fair.reason));
      within = fmr.within && fair.within;
      break;
    }
    case 'reasonable': {
      const fair = compare('Rent charged', facts.rentCharged, reasonable, 'reasonable');
      checks.push(check('rent-reasonable', 'Rent reasonable', passIf(fair.within), fair.reason));
      within = fair.within;
      if (facts.fmr !== null && facts.grossRent > facts.fmr) {
        reasons.push(
          reason(
            'rent-above-fmr-allowed',
            `Gross rent ${formatCents(facts.grossRent)} is above the FMR ${formatCents(facts.fmr)}; CoC rental assistance may exceed the FMR when the rent is reasonable.`,
            cite(parameter),
          ),
        );
      }
      break;
    }
    case 'lower-of-fmr-and-reasonable': {
      const fmr = facts.fmr ?? 0;
      maximumPayment = Math.min(fmr, reasonable);
      within = facts.rentCharged <= maximumPayment;
      const r = reason(
        'rent-limit-leasing',
        `Leasing pays at most the lower of the FMR ${formatCents(fmr)} and the reasonable rent ${formatCents(reasonable)}: ${formatCents(maximumPayment)}. The rent charged, ${formatCents(facts.rentCharged)}, is ${within ? 'within' : 'above'} it.`,
        cite(parameter),
      );
      reasons.push(r);
      checks.push(check('rent-leasing', 'Rent at or below the lower of the FMR and the reasonable rent', passIf(within), r));
      break;
    }
    case 'fmr-and-reasonable-unless-approved': {
      const fair = compare('Rent charged', facts.rentCharged, reasonable, 'reasonable');
      checks.push(check('rent-reasonable', 'Rent reasonable', passIf(fair.within), fair.reason));
      let fmrWithin: boolean;
      let fmrReason: Reason;
      if (facts.fmr !== null) {
        const fmr = compare('Gross rent', facts.grossRent, facts.fmr, 'fmr');
        fmrWithin = fmr.within;
        fmrReason = fmr.reason;
      } else {
        fmrWithin = false;
        fmrReason = reason('rent-fmr-not-tested', 'No FMR was entered.', cite(parameter));
      }
      if (!fmrWithin && facts.fmrExceptionApproved) {
        fmrWithin = true;
        fmrReason = reason('rent-fmr-exception', 'The funder approved rent above the FMR, as these standards allow.', cite(parameter));
        reasons.push(fmrReason);
      }
      checks.push(check('rent-fmr', 'Gross rent at or below the FMR (or approved above it)', passIf(fmrWithin), fmrReason));
      within = fair.within && fmrWithin;
      break;
    }
  }
  return ok({ policy, withinRentLimit: within, maximumPayment, checks, reasons });
}
