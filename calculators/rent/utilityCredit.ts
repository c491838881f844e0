import { reason, type Reason } from '../core/citation';
import { formatCents, type Cents } from '../core/money';
import * as passages from './passages';
import { cite } from './reasons';
import { MissingRuleData, type RuleReader } from './ruleReader';

export const reimbursementPolicies = ['utility-company-or-rent-calculation', 'tenant', 'utility-company', 'none'] as const;
export type ReimbursementPolicy = (typeof reimbursementPolicies)[number] | 'not-stated';

export type UtilityCredit = { tenantPaysOwner: Cents; utilityReimbursement: Cents; policy: ReimbursementPolicy; reasons: Reason[] };

const policyWords: Record<ReimbursementPolicy, string> = {
  'utility-company-or-rent-calculation': 'paid directly to the utility company or built into the rent calculation',
  tenant: 'paid to the tenant',
  'utility-company': 'paid directly to the utility company',
  none: 'not paid under these standards',
  'not-stated': 'paid as the program decides: these standards do not say how',
};

/**
 * When the tenant pays utilities, the owner gets the tenant's rent minus the utility allowance; an
 * allowance above the rent leaves the owner nothing, and the difference is a utility reimbursement
 * paid as the jurisdiction's policy says.
 */
export function utilityCredit(rules: RuleReader, tenantRent: Cents, allowance: Cents): UtilityCredit {
  const tenantPaysOwner = Math.max(0, tenantRent - allowance);
  const excess = Math.max(0, allowance - tenantRent);
  const stated = rules.has('rent.utilityReimbursement.policy') ? rules.text('rent.utilityReimbursement.policy') : null;
  const known = stated ? reimbursementPolicies.find((p) => p === stated.value) : undefined;
  if (stated && !known)
    throw new MissingRuleData(
      `The utility reimbursement policy "${stated.value}" in ${rules.set.label} is not one Hearth knows (${reimbursementPolicies.join(', ')}).`,
    );
  const policy: ReimbursementPolicy = known ?? 'not-stated';
  const utilityReimbursement = policy === 'none' ? 0 : excess;
  const reasons: Reason[] = [
    reason(
      'utility-credit',
      excess > 0
        ? `The tenant pays utilities: ${formatCents(tenantRent)} − ${formatCents(allowance)} is below zero, so the tenant pays the owner $0.00.`
        : `The tenant pays utilities: the tenant pays the owner ${formatCents(tenantRent)} − ${formatCents(allowance)} utility allowance = ${formatCents(tenantPaysOwner)}.`,
      passages.utilityAllowance,
    ),
  ];
  if (excess > 0) {
    reasons.push(
      reason(
        `utility-reimbursement-${policy}`,
        `The allowance is more than the tenant's rent by ${formatCents(allowance)} − ${formatCents(tenantRent)} = ${formatCents(excess)}: a utility reimbursement of ${formatCents(utilityReimbursement)}, ${policyWords[policy]}.`,
        ...(stated ? [cite(stated)] : [passages.utilityAllowance]),
      ),
    );
  }
  return { tenantPaysOwner, utilityReimbursement, policy, reasons };
}
