import { reason, type Reason } from '../core/citation';
import { formatBasisPoints, formatCents, percentOf, sumCents, type Cents } from '../core/money';
import { fail, ok, type Outcome } from '../core/outcome';
import * as passages from './passages';
import { cite } from './reasons';
import type { ModeAnswer } from './result';
import type { RuleReader } from './ruleReader';
import type { NashvilleBudgetInput } from './schemas/nashvilleBudget';

export type NashvilleBudgetDetail = {
  monthlyIncome: Cents;
  monthlyExpenses: Cents;
  /** Income less expenses, never below zero: what the budget leaves toward rent. */
  budgetLeavesForRent: Cents;
  zeroIncome: boolean;
  moveInCosts: Cents | null;
  programPaysMoveIn: Cents | null;
};

const sumText = (lines: { label: string; amount: Cents }[]): string =>
  lines.length === 0
    ? '$0.00'
    : lines.length === 1
      ? formatCents(lines[0]?.amount ?? 0)
      : `${lines.map((l) => formatCents(l.amount)).join(' + ')} = ${formatCents(sumCents(lines.map((l) => l.amount)))}`;

/** Errors unless the jurisdiction sets RRH assistance from a monthly budget (Nashville's standards do). */
export function budgetAvailability(rules: RuleReader): Outcome<true> {
  if (rules.has('rent.rrh.budgetMethod') && rules.text('rent.rrh.budgetMethod').value === 'monthly-budget') return ok(true);
  return fail([
    {
      path: 'mode',
      message: `${rules.set.label} does not set rapid re-housing assistance from a monthly budget on ${rules.asOf}. The monthly budget method is in the Nashville-Davidson Standards of Care: choose Nashville-Davidson County CoC.`,
    },
  ]);
}

/** Nashville RRH: what the monthly budget leaves toward rent, the assistance needed, and the move-in costs RRH pays. */
export function nashvilleBudget(rules: RuleReader, input: NashvilleBudgetInput): Outcome<ModeAnswer> {
  const available = budgetAvailability(rules);
  if (!available.ok) return available;
  const method = rules.text('rent.rrh.budgetMethod');
  const income = sumCents(input.incomeSources.map((s) => s.amount));
  const expenses = sumCents(input.expenses.map((e) => e.amount));
  const leaves = Math.max(0, income - expenses);
  const zeroIncome = income === 0;
  const reasons: Reason[] = [
    reason('budget-income', `Monthly income: ${sumText(input.incomeSources)}.`, cite(method)),
    reason('budget-expenses', `Monthly expenses other than rent: ${sumText(input.expenses)}.`, cite(method)),
  ];
  let participantPays: Cents;
  if (zeroIncome) {
    const fullRent = rules.boolean('rent.rrh.zeroIncomeFullRent');
    participantPays = fullRent.value ? 0 : Math.min(leaves, input.contractRent);
    reasons.push(
      reason(
        'budget-zero-income',
        fullRent.value
          ? `No income: RRH may pay the whole contract rent, ${formatCents(input.contractRent)}.`
          : 'No income, and these standards do not let RRH pay the whole contract rent for it.',
        cite(fullRent),
      ),
    );
  } else {
    participantPays = Math.min(leaves, input.contractRent);
    reasons.push(
      reason(
        'budget-leaves',
        income >= expenses
          ? `The budget leaves ${formatCents(income)} − ${formatCents(expenses)} = ${formatCents(leaves)} a month toward rent; the participant may pay ${formatCents(participantPays)} of the ${formatCents(input.contractRent)} contract rent.`
          : `Expenses are more than income (${formatCents(income)} − ${formatCents(expenses)} is below zero): the budget leaves nothing toward rent.`,
        passages.nashvilleBudget,
      ),
    );
  }
  const programPays = input.contractRent - participantPays;
  reasons.push(
    reason(
      'budget-assistance',
      `Assistance needed: ${formatCents(input.contractRent)} − ${formatCents(participantPays)} = ${formatCents(programPays)} a month. Staff and the participant decide the amount each month and document it.`,
      cite(method),
    ),
  );
  const moveIn = input.moveInCosts ? moveInCosts(rules, input.moveInCosts, reasons) : null;
  return ok({
    mode: 'nashville-budget',
    figures: { contractRent: input.contractRent, participantPays, programPays },
    detail: {
      monthlyIncome: income,
      monthlyExpenses: expenses,
      budgetLeavesForRent: leaves,
      zeroIncome,
      moveInCosts: moveIn ? moveIn.total : null,
      programPaysMoveIn: moveIn ? moveIn.programPays : null,
    },
    reasons,
  });
}

function moveInCosts(
  rules: RuleReader,
  costs: { label: string; amount: Cents }[],
  reasons: Reason[],
): { total: Cents; programPays: Cents } {
  const share = rules.number('rent.rrh.moveInCostShare');
  const total = sumCents(costs.map((c) => c.amount));
  const programPays = percentOf(total, share.value, 'half-up');
  reasons.push(
    reason(
      'budget-move-in',
      `Move-in costs ${sumText(costs)}; RRH pays ${formatBasisPoints(share.value)}: ${formatCents(programPays)}${share.value % 10_000 === 0 ? '' : ' (rounded half-up to the cent)'}.`,
      cite(share),
    ),
  );
  return { total, programPays };
}
