import { reason, type Reason } from '../core/citation';
import { divideRounded, formatCents, sumCents, type Cents } from '../core/money';
import * as passages from './passages';
import { cite } from './reasons';
import type { RuleReader } from './ruleReader';
import type { HouseholdMember, IncomeSource, PayFrequency } from './schemas/household';

/**
 * Payments in a year by pay frequency. Calendar facts, not policy: a year has 52 weeks, 26 two-week
 * periods and 24 half-months. Monthly pay uses the months in the income period (a cited parameter).
 */
const PAYMENTS_PER_YEAR = { weekly: 52, 'every-two-weeks': 26, 'twice-a-month': 24, annually: 1 } as const;
const WEEKS_PER_YEAR = PAYMENTS_PER_YEAR.weekly;

const frequencyWords: Record<PayFrequency, string> = {
  hourly: 'an hour',
  weekly: 'a week',
  'every-two-weeks': 'every two weeks',
  'twice-a-month': 'twice a month',
  monthly: 'a month',
  annually: 'a year',
};

export type SourceIncome = { member: string; label: string; annual: Cents; counted: boolean };
export type AnnualIncome = {
  annualIncome: Cents;
  /** Earned income of members old enough for their earnings to cap the attendant-care deduction. */
  earnedIncomeOfAdults: Cents;
  sources: SourceIncome[];
  reasons: Reason[];
};

/** One source's income over a year, with the arithmetic in words; hourly pay rounds half-up to the cent. */
function annualise(source: IncomeSource, monthsInPeriod: number): { annual: Cents; arithmetic: string } {
  const each = `${formatCents(source.amount)} ${frequencyWords[source.frequency]}`;
  switch (source.frequency) {
    case 'hourly': {
      const hundredthsOfHours = Math.round((source.hoursPerWeek ?? 0) * 100);
      const annual = divideRounded(source.amount * hundredthsOfHours * WEEKS_PER_YEAR, 100, 'half-up');
      const exact = (source.amount * hundredthsOfHours * WEEKS_PER_YEAR) % 100 === 0;
      return {
        annual,
        arithmetic: `${each} × ${source.hoursPerWeek} hours × ${WEEKS_PER_YEAR} weeks = ${formatCents(annual)} a year${exact ? '' : ' (rounded half-up to the cent)'}`,
      };
    }
    case 'monthly': {
      const annual = source.amount * monthsInPeriod;
      return { annual, arithmetic: `${each} × ${monthsInPeriod} = ${formatCents(annual)} a year` };
    }
    case 'weekly':
    case 'every-two-weeks':
    case 'twice-a-month':
    case 'annually': {
      const times = PAYMENTS_PER_YEAR[source.frequency];
      const annual = source.amount * times;
      return { annual, arithmetic: times === 1 ? each : `${each} × ${times} = ${formatCents(annual)} a year` };
    }
  }
}

/** Annual income of the household (24 CFR 5.609): every source annualised from its pay frequency; children's earnings excluded. */
export function annualIncome(rules: RuleReader, members: HouseholdMember[]): AnnualIncome {
  const period = rules.number('rent.income.periodMonths');
  const childAge = rules.number('rent.income.childEarningsExcludedUnderAge');
  const sources: SourceIncome[] = [];
  const reasons: Reason[] = [];
  for (const member of members) {
    for (const source of member.incomeSources) {
      const { annual, arithmetic } = annualise(source, period.value);
      const excluded = source.kind === 'earned' && member.age < childAge.value;
      sources.push({ member: member.name, label: source.label, annual, counted: !excluded });
      reasons.push(
        excluded
          ? reason(
              'income-child-earnings-excluded',
              `${member.name} (age ${member.age}): ${source.label}, ${arithmetic}, is not counted: earnings of children under ${childAge.value} are excluded from annual income.`,
              cite(childAge),
            )
          : reason('income-source', `${member.name}: ${source.label}, ${arithmetic}.`, passages.annualization, cite(period)),
      );
    }
  }
  const counted = sources.filter((s) => s.counted);
  const total = sumCents(counted.map((s) => s.annual));
  const earnerAge = rules.number('rent.income.attendantCareEarnersMinAge');
  const earnedIncomeOfAdults = sumCents(
    members.flatMap((m) =>
      m.age >= earnerAge.value ? m.incomeSources.filter((s) => s.kind === 'earned').map((s) => annualise(s, period.value).annual) : [],
    ),
  );
  reasons.push(
    reason(
      'income-annual',
      counted.length === 0
        ? 'Annual income is $0.00: no income counts.'
        : counted.length === 1
          ? `Annual income: ${formatCents(total)}.`
          : `Annual income: ${counted.map((s) => formatCents(s.annual)).join(' + ')} = ${formatCents(total)}.`,
      passages.annualIncome,
    ),
  );
  return { annualIncome: total, earnedIncomeOfAdults, sources, reasons };
}
