import { reason, type Reason } from '../core/citation';
import { formatBasisPoints, formatCents, percentOf, type Cents } from '../core/money';
import * as passages from './passages';
import { cite } from './reasons';
import { MissingRuleData, type RuleReader, type UsedParameter } from './ruleReader';
import { counted } from '../core/words';

export const ruleSets = ['pre-hotma', 'hotma'] as const;
export type RuleSet = (typeof ruleSets)[number];

const ruleSetNames: Record<RuleSet, string> = { 'pre-hotma': 'the rules before HOTMA', hotma: 'the HOTMA rules' };

export type DeductionFacts = {
  annualIncome: Cents;
  earnedIncomeOfAdults: Cents;
  dependents: number;
  elderlyOrDisabledFamily: boolean;
  medicalExpenses: Cents;
  attendantCare?: { expenses: Cents; earningsEnabled: Cents } | undefined;
  childCareExpenses: Cents;
};

export type AdjustedIncome = {
  ruleSet: RuleSet;
  adjustedIncome: Cents;
  deductions: { dependents: Cents; elderlyOrDisabled: Cents; medicalAndAttendantCare: Cents; childCare: Cents };
  reasons: Reason[];
};

/** The rule set (before HOTMA or HOTMA) in force on the date in the chosen jurisdiction. */
export function ruleSetInForce(rules: RuleReader): { ruleSet: RuleSet; parameter: UsedParameter } {
  const parameter = rules.text('rent.income.ruleSet');
  const ruleSet = ruleSets.find((r) => r === parameter.value);
  if (!ruleSet)
    throw new MissingRuleData(
      `The income rule set "${parameter.value}" in ${rules.set.label} is not one Hearth knows (${ruleSets.join(' or ')}).`,
    );
  return { ruleSet, parameter };
}

/** Adjusted income (24 CFR 5.611(a)): annual income less the mandatory deductions of the rule set in force. */
export function adjustedIncome(rules: RuleReader, facts: DeductionFacts): AdjustedIncome {
  const { ruleSet, parameter: ruleSetParameter } = ruleSetInForce(rules);
  const prefix = ruleSet === 'hotma' ? 'rent.income.hotma' : 'rent.income.preHotma';
  const perDependent = rules.number(`${prefix}.dependentDeduction`);
  const elderlyDisabled = rules.number(`${prefix}.elderlyDisabledDeduction`);
  const threshold = rules.number(`${prefix}.medicalThreshold`);
  const reasons: Reason[] = [
    reason(
      'adjusted-income-rule-set',
      `On ${rules.asOf} ${rules.set.label} applies ${ruleSetNames[ruleSet]} to income and deductions.`,
      cite(ruleSetParameter),
    ),
  ];

  const dependents = facts.dependents * perDependent.value;
  reasons.push(
    reason(
      'deduction-dependents',
      facts.dependents === 0
        ? 'No dependents: no dependent deduction.'
        : `${counted(facts.dependents, 'dependent')} × ${formatCents(perDependent.value)} = ${formatCents(dependents)}.`,
      cite(perDependent),
    ),
  );

  const elderlyOrDisabled = facts.elderlyOrDisabledFamily ? elderlyDisabled.value : 0;
  if (facts.elderlyOrDisabledFamily) {
    reasons.push(
      reason('deduction-elderly-disabled', `Elderly or disabled family: ${formatCents(elderlyOrDisabled)}.`, cite(elderlyDisabled)),
    );
  }

  const medicalAndAttendantCare = medicalDeduction(facts, threshold, reasons);

  const childCare = facts.childCareExpenses;
  if (childCare > 0) reasons.push(reason('deduction-child-care', `Child care expenses: ${formatCents(childCare)}.`, passages.childCare));

  const total = dependents + elderlyOrDisabled + medicalAndAttendantCare + childCare;
  const adjusted = Math.max(0, facts.annualIncome - total);
  const terms = [
    formatCents(facts.annualIncome),
    ...(dependents ? [`${facts.dependents} × ${formatCents(perDependent.value)}`] : []),
    ...(elderlyOrDisabled ? [formatCents(elderlyOrDisabled)] : []),
    ...(medicalAndAttendantCare ? [formatCents(medicalAndAttendantCare)] : []),
    ...(childCare ? [formatCents(childCare)] : []),
  ];
  reasons.push(
    reason(
      'adjusted-income',
      total === 0
        ? `No deductions apply: adjusted income equals annual income, ${formatCents(adjusted)}.`
        : `Adjusted income: ${terms.join(' − ')} = ${formatCents(facts.annualIncome - total)}${adjusted !== facts.annualIncome - total ? `, which cannot be less than $0.00, so ${formatCents(adjusted)}` : ''}.`,
      passages.adjustedIncome,
    ),
  );
  return { ruleSet, adjustedIncome: adjusted, deductions: { dependents, elderlyOrDisabled, medicalAndAttendantCare, childCare }, reasons };
}

/** Medical (elderly or disabled families only) and attendant-care expenses above the threshold share of annual income. */
function medicalDeduction(facts: DeductionFacts, threshold: UsedParameter & { value: number }, reasons: Reason[]): Cents {
  const medical = facts.elderlyOrDisabledFamily ? facts.medicalExpenses : 0;
  if (facts.medicalExpenses > 0 && !facts.elderlyOrDisabledFamily) {
    reasons.push(
      reason(
        'deduction-medical-not-eligible',
        `Medical expenses of ${formatCents(facts.medicalExpenses)} are not deducted: only an elderly or disabled family's medical expenses count.`,
        cite(threshold),
      ),
    );
  }
  const care = facts.attendantCare ? Math.min(facts.attendantCare.expenses, facts.attendantCare.earningsEnabled) : 0;
  if (facts.attendantCare && facts.attendantCare.expenses > facts.attendantCare.earningsEnabled) {
    reasons.push(
      reason(
        'deduction-attendant-care-capped',
        `Attendant-care expenses of ${formatCents(facts.attendantCare.expenses)} count only up to the ${formatCents(facts.attendantCare.earningsEnabled)} earned because of that care.`,
        passages.attendantCareCap,
      ),
    );
  }
  const sum = medical + care;
  if (sum === 0) return 0;
  const floor = percentOf(facts.annualIncome, threshold.value, 'half-up');
  const deduction = Math.max(0, sum - floor);
  reasons.push(
    reason(
      'deduction-medical',
      `Medical and attendant-care expenses ${formatCents(sum)} count above ${formatBasisPoints(threshold.value)} of annual income (${formatCents(facts.annualIncome)} × ${formatBasisPoints(threshold.value)} = ${formatCents(floor)}, rounded half-up to the cent): ${formatCents(sum)} − ${formatCents(floor)} = ${deduction > 0 ? formatCents(deduction) : `${formatCents(sum - floor)}, so nothing is deducted`}.`,
      cite(threshold),
    ),
  );
  return deduction;
}
