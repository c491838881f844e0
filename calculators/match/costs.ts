import { reason } from '../core/citation';
import { formatCents } from '../core/money';
import type { RequestTotals } from './budget';
import type { BudgetCheck } from './checks';
import { citationsFor } from './passages';
import type { RuleReader } from './rules';
import { supportiveServiceCosts, type BudgetLine, type SupportiveServiceCost } from './schemas';

/** Rental assistance and operating costs may not be paid in the same project (24 CFR 578.55(c)). */
export function checkRentalAssistanceWithOperating(rules: RuleReader, totals: RequestTotals): BudgetCheck {
  const rentalAssistance = totals.byCategory['rental-assistance'];
  const operating = totals.byCategory.operating;
  const combined = rentalAssistance > 0 && operating > 0;
  return {
    code: 'rental-assistance-with-operating',
    title: 'Rental assistance and operating costs',
    met: !combined,
    reason: reason(
      combined ? 'rental-assistance-with-operating' : 'rental-assistance-or-operating',
      combined
        ? `The budget asks for rental assistance (${formatCents(rentalAssistance)}) and operating costs (${formatCents(operating)}) in the same project, which is not allowed: keep one of them.`
        : 'The budget does not combine rental assistance and operating costs in one project.',
      ...citationsFor('rentalAssistanceWithOperating', rules.set.id),
    ),
  };
}

/** Labels for the supportive service costs, as they read in a sentence. */
export const serviceCostLabels: Record<SupportiveServiceCost, string> = {
  'assessment-of-service-needs': 'assessment of service needs',
  'moving-costs': 'moving costs',
  'case-management': 'case management',
  'child-care': 'child care',
  education: 'education services',
  employment: 'employment services',
  food: 'food',
  'housing-search-and-counseling': 'housing search and counseling',
  legal: 'legal services',
  'life-skills': 'life skills',
  'mental-health': 'mental health services',
  'outpatient-health': 'outpatient health services',
  outreach: 'outreach',
  'substance-abuse-treatment': 'substance abuse treatment',
  transportation: 'transportation',
  'utility-deposits': 'utility deposits',
  'direct-provision': 'direct provision of services',
  other: 'another cost',
};

const isServiceCost = (id: string): id is SupportiveServiceCost => (supportiveServiceCosts as readonly string[]).includes(id);

/** The costs a jurisdiction's list allows; ids the list does not know are ignored rather than trusted. */
export const parseServiceList = (text: string): SupportiveServiceCost[] =>
  text
    .split(',')
    .map((id) => id.trim())
    .filter(isServiceCost);

/** Checks supportive services lines against the jurisdiction's list of eligible costs, where it has one. */
export function checkServiceCosts(rules: RuleReader, budget: readonly BudgetLine[]): BudgetCheck | null {
  const lines = budget.map((line, index) => ({ line, index })).filter(({ line }) => line.category === 'supportive-services');
  if (lines.length === 0 || !rules.has('match.supportiveServices.eligibleCosts')) return null;
  const list = rules.text('match.supportiveServices.eligibleCosts');
  const allowed = parseServiceList(list.value);
  const outside = lines.filter(({ line }) => line.serviceCost === undefined || !allowed.includes(line.serviceCost));
  const describe = ({ line, index }: (typeof lines)[number]) =>
    `line ${index + 1} (${line.serviceCost ? serviceCostLabels[line.serviceCost] : 'no cost named'}, ${formatCents(line.amount)})`;
  return {
    code: 'supportive-service-costs',
    title: 'Supportive service costs',
    met: outside.length === 0,
    reason: reason(
      outside.length === 0 ? 'service-costs-listed' : 'service-costs-not-listed',
      outside.length === 0
        ? `Every supportive services line pays for a cost on the list: ${allowed.map((id) => serviceCostLabels[id]).join(', ')}.`
        : `Only the listed supportive service costs are eligible (${allowed.map((id) => serviceCostLabels[id]).join(', ')}); not on the list: ${outside.map(describe).join('; ')}.`,
      list.citation,
      ...citationsFor('supportiveServicesOnlyListed', rules.set.id),
    ),
  };
}
