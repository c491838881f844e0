import { reason, type Reason } from '../core/citation';
import { formatBasisPoints, formatCents, percentOf, type Cents } from '../core/money';
import type { RequestTotals } from './budget';
import { citationsFor } from './passages';
import type { EsgRequest } from './request';
import type { RuleReader } from './rules';

/** How much match a request needs, and the reason that shows the arithmetic. */
export type RequiredMatch = { requiredMatch: Cents; reason: Reason };

/**
 * CoC (24 CFR 578.73(a)): at least the rate of the request including admin but excluding leasing.
 * The share rounds up to the cent because the rule sets a minimum: a cent less would fall short.
 */
export function cocRequiredMatch(rules: RuleReader, totals: RequestTotals): RequiredMatch {
  const rate = rules.number('match.coc.rate');
  const requiredMatch = percentOf(totals.matchBase, rate.value, 'up');
  const exact = totals.matchBase * rate.value === requiredMatch * 10_000;
  const leasing = totals.byCategory.leasing;
  const base =
    leasing > 0
      ? `${formatBasisPoints(rate.value)} × (${formatCents(totals.total)} total request − ${formatCents(leasing)} leasing) = ${formatBasisPoints(rate.value)} × ${formatCents(totals.matchBase)}`
      : `${formatBasisPoints(rate.value)} × ${formatCents(totals.total)} total request (no leasing)`;
  return {
    requiredMatch,
    reason: reason(
      'coc-required-match',
      `The CoC match is at least ${formatBasisPoints(rate.value)} of the total request, administrative costs included and leasing left out: ${base} = ${formatCents(requiredMatch)}${exact ? '' : ' (rounded up to the cent, because the match is a minimum)'}.`,
      rate.citation,
      ...citationsFor('cocMatchBase', rules.set.id).filter((c) => c.section !== rate.citation.section),
    ),
  };
}

/** ESG (24 CFR 576.201(a)): match equal to the grant; a State's first $100,000 exempt when passed on; territories exempt. */
export function esgRequiredMatch(rules: RuleReader, request: EsgRequest): RequiredMatch {
  const { esgGrant, recipientType } = request;
  const equal = citationsFor('esgMatchEqualsGrant', rules.set.id);
  switch (recipientType) {
    case 'territory':
      return {
        requiredMatch: 0,
        reason: reason(
          'esg-territory',
          `Territories need no ESG match: the required match on ${formatCents(esgGrant)} is $0.00.`,
          ...citationsFor('esgTerritory', rules.set.id),
        ),
      };
    case 'state': {
      const exemption = rules.number('match.esg.stateExemption');
      if (request.stateTransfersExemption !== true) {
        return {
          requiredMatch: esgGrant,
          reason: reason(
            'esg-state-exception-not-passed-on',
            `A State’s first ${formatCents(exemption.value, { wholeDollars: true })} needs no match only when the State passes that benefit on to the subrecipients least capable of providing match. This State does not, so the whole grant is matched: ${formatCents(esgGrant)}.`,
            exemption.citation,
            ...citationsFor('esgStateTransfer', rules.set.id),
            ...equal,
          ),
        };
      }
      const exempt = Math.min(esgGrant, exemption.value);
      return {
        requiredMatch: esgGrant - exempt,
        reason: reason(
          'esg-state-exception',
          `ESG match equals the grant, less a State’s first ${formatCents(exemption.value, { wholeDollars: true })}, which the State passes on to the subrecipients least capable of providing match: ${formatCents(esgGrant)} − ${formatCents(exempt)} = ${formatCents(esgGrant - exempt)}.`,
          exemption.citation,
          ...citationsFor('esgStateTransfer', rules.set.id),
          ...equal,
        ),
      };
    }
    case 'metropolitan-city':
    case 'urban-county':
      return {
        requiredMatch: esgGrant,
        reason: reason('esg-equal-match', `ESG match equals the amount of the ESG grant: ${formatCents(esgGrant)}.`, ...equal),
      };
  }
}
