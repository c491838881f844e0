import { reason, type Reason } from '../../core/citation';
import { compareDates, type IsoDate } from '../../core/dates';
import type { FieldError } from '../../core/outcome';
import * as passages from './passages/sustainableCt';
import { cite, type RuleReader } from './rules';

/** Which Sustainable CT credit an item can earn. */
export type Credit = 'new-action' | 'rolling' | 'none';

/** The first day an item can be completed and still earn new action credit: January 1, the set number of years before the certification year. */
export function newCreditFrom(rules: RuleReader, certificationYear: number): { from: IsoDate; reason: Reason } {
  const years = rules.number('priority.sustainableCt.credit.newActionYears');
  const from = `${String(certificationYear - years.value).padStart(4, '0')}-01-01`;
  return {
    from,
    reason: reason(
      'ct-credit-window',
      `New action credit: items completed within ${years.value} years of January 1, ${certificationYear}, that is on or after ${from}. Older items need rolling credit.`,
      cite(years),
    ),
  };
}

type Claim = { completed: IsoDate; previouslyCredited: boolean; ongoingImpact?: boolean | undefined };
type Context = { from: IsoDate; recertifying: boolean; rollingAllowed: ReturnType<RuleReader['boolean']>; label: string; path: string };

/** Which credit an item earns from its completion date, the certification year and its history; an unanswered impact question is a field error. */
export function creditFor(claim: Claim, context: Context, errors: FieldError[]): { credit: Credit; reason: Reason } {
  const within = compareDates(claim.completed, context.from) >= 0;
  const recredit = context.recertifying && claim.previouslyCredited;
  if (within && !recredit) {
    return {
      credit: 'new-action',
      reason: reason(
        'ct-new-action-credit',
        `${context.label}: completed ${claim.completed}, on or after ${context.from}: eligible for new action credit.`,
        cite(context.rollingAllowed),
      ),
    };
  }
  const why = !within
    ? `completed ${claim.completed}, before ${context.from}`
    : `it received credit before and the municipality is recertifying in its year of expiration`;
  const citation = within ? passages.ctRollingRecertification : passages.ctRollingImpact;
  if (!context.rollingAllowed.value) {
    return {
      credit: 'none',
      reason: reason(
        'ct-no-rolling-credit',
        `${context.label}: ${why}, so it would need rolling credit, and this part is eligible for new action credit only: no points.`,
        cite(context.rollingAllowed),
        citation,
      ),
    };
  }
  if (claim.ongoingImpact === undefined) {
    errors.push({
      path: `${context.path}.ongoingImpact`,
      message: `${context.label} needs rolling credit (${why}): answer whether you can show its ongoing, currently relevant and meaningful impact`,
    });
    return { credit: 'none', reason: reason('ct-rolling-unanswered', `${context.label}: ${why}.`, citation) };
  }
  return claim.ongoingImpact
    ? {
        credit: 'rolling',
        reason: reason(
          'ct-rolling-credit',
          `${context.label}: ${why}, so it needs rolling credit; you can show ongoing impact: eligible for rolling credit.`,
          passages.ctRollingImpact,
          citation,
        ),
      }
    : {
        credit: 'none',
        reason: reason(
          'ct-rolling-no-impact',
          `${context.label}: ${why}, so it needs rolling credit, which requires ongoing, currently relevant and meaningful impact: no points.`,
          passages.ctRollingImpact,
          citation,
        ),
      };
}
