import { reason, type Reason } from '../core/citation';
import type { FieldError } from '../core/outcome';
import { check, passIf, type LimitCheck } from './checks';
import * as passages from './passages';
import { cite } from './reasons';
import type { RuleReader, UsedParameter } from './ruleReader';
import type { LimitsInput } from './schemas/limits';

export type Term = 'short-term' | 'medium-term' | 'beyond-medium-term';

export type MonthsOfAssistance = {
  /** Months counted against the cap: already received + requested + arrears + last month's rent where they count. */
  counted: number;
  cap: number | null;
  remaining: number | null;
  term: Term | null;
  check: LimitCheck;
  reasons: Reason[];
};

/** Calendar fact: months in a year, to compare months received with a window stated in years. */
const MONTHS_PER_YEAR = 12;

/** The cap on months of rental assistance that applies to the request, if the standards state one. */
function monthsCap(
  rules: RuleReader,
  input: LimitsInput,
): { cap: UsedParameter & { value: number }; window: (UsedParameter & { value: number }) | null } | null {
  if (input.program === 'esg')
    return { cap: rules.number('rent.esg.maxAssistanceMonths'), window: rules.number('rent.esg.assistanceWindowYears') };
  if (input.component === 'rapid-rehousing' && rules.has('rent.rrh.maxAssistanceMonths'))
    return { cap: rules.number('rent.rrh.maxAssistanceMonths'), window: null };
  return null;
}

/** Contradictions between the months entered and the window they must fit in. */
export function monthsErrors(rules: RuleReader, input: LimitsInput): FieldError[] {
  const limit = monthsCap(rules, input);
  if (!limit?.window) return [];
  const monthsInWindow = limit.window.value * MONTHS_PER_YEAR;
  return input.monthsAlreadyAssisted > monthsInWindow
    ? [
        {
          path: 'monthsAlreadyAssisted',
          message: `${input.monthsAlreadyAssisted} months cannot fit in a ${limit.window.value}-year window of ${monthsInWindow} months: count only the months in the window`,
        },
      ]
    : [];
}

/** Months of rental assistance counted against the cap, what remains, and (ESG) whether the request is short- or medium-term. */
export function monthsOfAssistance(rules: RuleReader, input: LimitsInput): MonthsOfAssistance {
  const reasons: Reason[] = [];
  const arrears = input.program === 'esg' && input.arrears ? input.arrears.months : 0;
  const lastMonthCounts =
    input.lastMonthRent !== undefined && input.lastMonthRent > 0 && rules.boolean('rent.lastMonthRentCountsTowardLimit');
  const lastMonth = lastMonthCounts ? 1 : 0;
  const counted = input.monthsAlreadyAssisted + input.monthsRequested + arrears + lastMonth;
  const terms = [
    `${input.monthsAlreadyAssisted} already received`,
    `${input.monthsRequested} requested`,
    ...(arrears ? [`${arrears} of arrears`] : []),
    ...(lastMonthCounts ? [`1 for last month's rent`] : []),
  ];
  const limit = monthsCap(rules, input);
  if (!limit) {
    const counting = `${terms.join(' + ')} = ${counted} months, not tested`;
    const notCapped: Record<LimitsInput['component'], Reason> = {
      'permanent-supportive-housing': reason(
        'months-not-capped',
        `Permanent housing has no set length of stay, so months of CoC rental assistance are not capped: ${counting}.`,
        passages.permanentHousing,
      ),
      'rapid-rehousing': reason(
        'months-not-capped',
        `${rules.set.label} states no cap on months of CoC rapid re-housing assistance: ${counting}.`,
        passages.rapidRehousingTemporary,
      ),
      'transitional-housing': reason(
        'months-not-capped',
        `Transitional housing limits the length of stay rather than months of assistance: ${counting}.`,
        passages.transitionalHousingStay,
      ),
      'homelessness-prevention': reason(
        'months-not-capped',
        `${rules.set.label} states no cap on months of CoC prevention assistance: ${counting}.`,
        passages.rapidRehousingTemporary,
      ),
    };
    const r = notCapped[input.component];
    return {
      counted,
      cap: null,
      remaining: null,
      term: null,
      check: { id: 'months', label: 'Months of rental assistance', status: 'not-checked', reason: r },
      reasons: [r],
    };
  }
  const cap = limit.cap.value;
  const remaining = Math.max(0, cap - counted);
  const within = counted <= cap;
  const windowText = limit.window ? ` in any ${limit.window.value}-year period` : '';
  const r = reason(
    'months-counted',
    `Months counted: ${terms.join(' + ')} = ${counted}; the cap is ${cap}${windowText}. ${within ? `${cap} − ${counted} = ${remaining} months remain.` : `That is ${counted - cap} months over the cap.`}`,
    cite(limit.cap),
    ...(limit.window && limit.window.citation.quote !== limit.cap.citation.quote ? [cite(limit.window)] : []),
    ...(arrears ? [passages.arrearsInsideCap] : []),
  );
  reasons.push(r);
  const term = input.program === 'esg' && input.monthsRequested > 0 ? esgTerm(rules, input.monthsRequested, reasons) : null;
  return {
    counted,
    cap,
    remaining,
    term,
    check: check('months', 'Months of rental assistance within the cap', passIf(within), r),
    reasons,
  };
}

/** ESG: up to the short-term maximum is short-term; above it and up to the medium-term maximum is medium-term. */
function esgTerm(rules: RuleReader, requested: number, reasons: Reason[]): Term {
  const short = rules.number('rent.esg.shortTermMaxMonths');
  const medium = rules.number('rent.esg.mediumTermMaxMonths');
  const term: Term = requested <= short.value ? 'short-term' : requested <= medium.value ? 'medium-term' : 'beyond-medium-term';
  const text: Record<Term, string> = {
    'short-term': `${requested} months requested is short-term assistance (up to ${short.value} months).`,
    'medium-term': `${requested} months requested is medium-term assistance (more than ${short.value} and not more than ${medium.value} months).`,
    'beyond-medium-term': `${requested} months requested is more than medium-term assistance allows (${medium.value} months).`,
  };
  reasons.push(reason(`months-${term}`, text[term], cite(term === 'short-term' ? short : medium)));
  return term;
}
