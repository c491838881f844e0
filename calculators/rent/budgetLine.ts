import { reason, type Reason } from '../core/citation';
import { formatCents, sumCents, type Cents } from '../core/money';
import { fail, ok, type FieldError, type Outcome } from '../core/outcome';
import { lookupFmr } from './fmr';
import * as passages from './passages';
import { cite } from './reasons';
import type { ModeAnswer } from './result';
import type { RuleReader } from './ruleReader';
import type { BudgetLineInput } from './schemas/budgetLine';

export type BudgetLineRow = { bedrooms: number; units: number; fmr: Cents; months: number; total: Cents };
export type BudgetLineDetail = {
  lines: BudgetLineRow[];
  total: Cents;
  fmrTable: { id: string; fiscalYear: number; sample: boolean; areaCode: string } | null;
};

const sizeWords = (bedrooms: number): string => (bedrooms === 0 ? 'Efficiency' : `${bedrooms} Bedroom`);

/** Errors unless the jurisdiction's standards define the application budget line (Lowell's form does). */
export function budgetLineAvailability(rules: RuleReader): Outcome<true> {
  if (rules.set.parameters['rent.budget.termMonths']) return ok(true);
  return fail([
    {
      path: 'mode',
      message: `${rules.set.label} does not define an application rental assistance budget line. The units × FMR × months line is on the Lowell CoC 2016 application form: choose Lowell CoC.`,
    },
  ]);
}

/** Rental assistance budget: for each unit size, units × FMR × the grant's months; then the total. */
export function budgetLine(rules: RuleReader, input: BudgetLineInput): Outcome<ModeAnswer> {
  const available = budgetLineAvailability(rules);
  if (!available.ok) return available;
  const term = rules.number('rent.budget.termMonths');
  const errors: FieldError[] = [];
  const lines: BudgetLineRow[] = [];
  const reasons: Reason[] = [];
  input.lines.forEach((line, index) => {
    let fmr = line.fmr;
    if (fmr === undefined && input.fmrTable) {
      const found = lookupFmr(input.fmrTable.table, input.fmrTable.areaCode, line.bedrooms, `lines.${index}`);
      if (!found.ok) {
        errors.push(...found.errors);
        return;
      }
      fmr = found.value.amount;
      reasons.push(...found.value.reasons);
    }
    if (fmr === undefined) return;
    const total = line.units * fmr * term.value;
    lines.push({ bedrooms: line.bedrooms, units: line.units, fmr, months: term.value, total });
    reasons.push(
      reason(
        'budget-line',
        `${sizeWords(line.bedrooms)}: ${line.units} units × ${formatCents(fmr)} × ${term.value} months = ${formatCents(total)}.`,
        cite(term),
      ),
    );
  });
  if (errors.length) return fail(errors);
  const total = sumCents(lines.map((l) => l.total));
  reasons.push(
    reason(
      'budget-line-total',
      `Total rental assistance: ${lines.map((l) => formatCents(l.total)).join(' + ')} = ${formatCents(total)}.`,
      passages.lowellBudget,
    ),
  );
  const table = input.fmrTable;
  return ok({
    mode: 'budget-line',
    figures: {},
    detail: {
      lines,
      total,
      fmrTable: table
        ? { id: table.table.id, fiscalYear: table.table.fiscalYear, sample: table.table.sample, areaCode: table.areaCode }
        : null,
    },
    reasons,
  });
}
