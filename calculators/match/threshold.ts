import { reason } from '../core/citation';
import { formatBasisPoints, formatCents, percentOf, type BasisPoints, type Cents } from '../core/money';
import type { RequestTotals } from './budget';
import { describeShare, type BudgetCheck } from './checks';
import { citationsFor } from './passages';
import type { RuleReader } from './rules';
import type { CocComponent } from './schemas';

/** New Bedford's threshold: a housing project's funding mostly for housing costs, a limited share for services. */
export type ThresholdCheck = {
  housingCosts: Cents;
  supportiveServices: Cents;
  housingMinimum: { basisPoints: BasisPoints; amount: Cents };
  supportiveServicesMaximum: { basisPoints: BasisPoints; amount: Cents };
  housingMet: boolean;
  supportiveServicesMet: boolean;
};

const housingComponents: readonly CocComponent[] = ['permanent-supportive-housing', 'rapid-rehousing', 'transitional-housing'];

/** Checks the threshold where the jurisdiction sets one; for projects that are not housing it only says so. */
export function checkThreshold(
  rules: RuleReader,
  component: CocComponent,
  totals: RequestTotals,
): { threshold: ThresholdCheck | null; checks: BudgetCheck[] } | null {
  if (!rules.has('match.threshold.housingMinimum') || !rules.has('match.threshold.supportiveServicesMaximum')) return null;
  const housingRate = rules.number('match.threshold.housingMinimum');
  const servicesRate = rules.number('match.threshold.supportiveServicesMaximum');
  if (!housingComponents.includes(component)) {
    return {
      threshold: null,
      checks: [
        {
          code: 'threshold-housing',
          title: 'Threshold: housing costs',
          met: null,
          reason: reason(
            'threshold-not-housing',
            'The funding threshold applies to housing programs; this project is not one, so it does not apply.',
            ...citationsFor('housingThresholdScope', rules.set.id),
          ),
        },
      ],
    };
  }
  const { total, byCategory } = totals;
  const housingCosts = byCategory.leasing + byCategory['rental-assistance'] + byCategory.operating;
  const supportiveServices = byCategory['supportive-services'];
  // Minimums round up and maximums down to the cent, so comparing whole-cent amounts with them is exact.
  const housingMinimum = { basisPoints: housingRate.value, amount: percentOf(total, housingRate.value, 'up') };
  const supportiveServicesMaximum = { basisPoints: servicesRate.value, amount: percentOf(total, servicesRate.value, 'down') };
  const housingMet = housingCosts >= housingMinimum.amount;
  const supportiveServicesMet = supportiveServices <= supportiveServicesMaximum.amount;
  return {
    threshold: { housingCosts, supportiveServices, housingMinimum, supportiveServicesMaximum, housingMet, supportiveServicesMet },
    checks: [
      {
        code: 'threshold-housing',
        title: 'Threshold: housing costs',
        met: housingMet,
        reason: reason(
          housingMet ? 'threshold-housing-met' : 'threshold-housing-not-met',
          `Leasing, rental assistance and operating costs must be no less than ${formatBasisPoints(housingRate.value)} of the total: ${formatBasisPoints(housingRate.value)} × ${formatCents(total)} = ${formatCents(housingMinimum.amount)}. The budget has ${formatCents(byCategory.leasing)} + ${formatCents(byCategory['rental-assistance'])} + ${formatCents(byCategory.operating)} = ${formatCents(housingCosts)} (${describeShare(housingCosts, total)})${housingMet ? ': met' : `: ${formatCents(housingMinimum.amount - housingCosts)} short`}.`,
          housingRate.citation,
        ),
      },
      {
        code: 'threshold-supportive-services',
        title: 'Threshold: supportive services',
        met: supportiveServicesMet,
        reason: reason(
          supportiveServicesMet ? 'threshold-services-met' : 'threshold-services-not-met',
          `Supportive services may be no more than ${formatBasisPoints(servicesRate.value)} of the total: ${formatBasisPoints(servicesRate.value)} × ${formatCents(total)} = ${formatCents(supportiveServicesMaximum.amount)}. The budget has ${formatCents(supportiveServices)} (${describeShare(supportiveServices, total)})${supportiveServicesMet ? ': met' : `: ${formatCents(supportiveServices - supportiveServicesMaximum.amount)} over`}.`,
          servicesRate.citation,
        ),
      },
    ],
  };
}
