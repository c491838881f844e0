import { reason, type Citation } from '../core/citation';
import { formatBasisPoints, formatCents, percentOf, type BasisPoints, type Cents } from '../core/money';
import { describeShare, type BudgetCheck } from './checks';
import type { RuleReader, UsedParameter } from './rules';

/** The administrative-cost limit and its split with the collaborative applicant, where the jurisdiction sets them. */
export type AdminCheck = {
  amount: Cents;
  /** `at-most` for new projects; `exactly` where renewals must allocate the maximum (New Bedford). */
  limit: { kind: 'at-most' | 'exactly'; basisPoints: BasisPoints; amount: Cents } | null;
  met: boolean | null;
  /** The project applicant's part of the admin line, rounded down to the cent ("up to" its share); the rest is the collaborative applicant's. */
  subrecipientShare: Cents | null;
  collaborativeApplicantShare: Cents | null;
};

function limitFor(
  rules: RuleReader,
  status: 'new' | 'renewal',
): { kind: 'at-most' | 'exactly'; parameter: UsedParameter & { value: number } } | null {
  switch (status) {
    case 'new':
      return rules.has('match.admin.newProjectCap') ? { kind: 'at-most', parameter: rules.number('match.admin.newProjectCap') } : null;
    case 'renewal':
      return rules.has('match.admin.renewalRate') ? { kind: 'exactly', parameter: rules.number('match.admin.renewalRate') } : null;
  }
}

/** Checks admin against the jurisdiction's limit for new or renewal projects and splits it; null where neither is set. */
export function checkAdmin(
  rules: RuleReader,
  status: 'new' | 'renewal',
  admin: Cents,
  total: Cents,
): { admin: AdminCheck; check: BudgetCheck } | null {
  const limit = limitFor(rules, status);
  const share = rules.has('match.admin.subrecipientShare') ? rules.number('match.admin.subrecipientShare') : null;
  if (!limit && !share) return null;
  const citations: Citation[] = [];
  const sentences: string[] = [];
  let met: boolean | null = null;
  let limitResult: AdminCheck['limit'] = null;
  if (limit) {
    const rate = limit.parameter.value;
    // The largest whole-cent amount within the share: a whole-cent admin line is within the share exactly when it is at most this.
    const amount = percentOf(total, rate, 'down');
    limitResult = { kind: limit.kind, basisPoints: rate, amount };
    met = limit.kind === 'at-most' ? admin <= amount : admin === amount;
    const verdict = met
      ? limit.kind === 'at-most'
        ? 'within the limit'
        : 'at the maximum, as required'
      : limit.kind === 'at-most'
        ? `${formatCents(admin - amount)} over the limit`
        : admin > amount
          ? `${formatCents(admin - amount)} over the maximum`
          : `${formatCents(amount - admin)} below the maximum renewals must allocate`;
    sentences.push(
      `${limit.kind === 'at-most' ? `Administrative costs of a new project may be up to ${formatBasisPoints(rate)}` : `Renewals must allocate the maximum ${formatBasisPoints(rate)}`} of the full request: ${formatBasisPoints(rate)} × ${formatCents(total)} = ${formatCents(amount)}. The budget has ${formatCents(admin)} (${describeShare(admin, total)}): ${verdict}.`,
    );
    citations.push(limit.parameter.citation);
  } else {
    sentences.push(
      `${rules.set.label} sets no administrative limit for ${status === 'new' ? 'new projects' : 'renewals'}; the budget has ${formatCents(admin)} (${describeShare(admin, total)}).`,
    );
  }
  let subrecipientShare: Cents | null = null;
  let collaborativeApplicantShare: Cents | null = null;
  if (share) {
    subrecipientShare = percentOf(admin, share.value, 'down');
    collaborativeApplicantShare = admin - subrecipientShare;
    if (admin > 0) {
      sentences.push(
        `The project applicant keeps up to ${formatBasisPoints(share.value)} of the administrative costs: ${formatBasisPoints(share.value)} × ${formatCents(admin)} = ${formatCents(subrecipientShare)}${subrecipientShare * 10_000 === admin * share.value ? '' : ' (rounded down to the cent)'}; the collaborative applicant keeps ${formatCents(admin)} − ${formatCents(subrecipientShare)} = ${formatCents(collaborativeApplicantShare)}.`,
      );
      citations.push(share.citation);
    }
  }
  return {
    admin: { amount: admin, limit: limitResult, met, subrecipientShare, collaborativeApplicantShare },
    check: {
      code: 'admin',
      title: 'Administrative costs',
      met,
      reason: reason(met === false ? 'admin-limit-not-met' : 'admin-limit', sentences.join(' '), ...citations),
    },
  };
}
