import { reason, type Reason } from '../../core/citation';
import { daysBetween, toDayNumber, type IsoDate } from '../../core/dates';
import { fail, ok, type FieldError, type Outcome } from '../../core/outcome';
import type { CriterionValue } from '../result';
import { cite, type Used } from '../rules';
import type { Criterion } from './criteria';
import { homelessSinceProblems, lengthOfTimeReason } from './rrhScore';
import type { NashvillePshHousehold } from './schema';

/** One household's values under Nashville's PSH criteria; larger keys are served first. */
export type NashvillePshEvaluation = { keys: Partial<Record<Criterion, number>>; values: CriterionValue[]; reasons: Reason[] };

/** Checks the date of identification: it cannot be after the date the priority is worked out. */
function identifiedProblems(asOf: IsoDate, identifiedOn: IsoDate): FieldError[] {
  return daysBetween(identifiedOn, asOf) < 0
    ? [
        {
          path: 'identifiedOn',
          message: `The date the household was identified (${identifiedOn}) is after the date the priority is worked out (${asOf}): correct one of the two dates`,
        },
      ]
    : [];
}

/** Nashville's PSH criteria for one household (paths relative to the household). */
export function evaluateNashvillePsh(
  asOf: IsoDate,
  household: Omit<NashvillePshHousehold, 'id'>,
  criteria: { criterion: Criterion; used: Used<string> }[],
): Outcome<NashvillePshEvaluation> {
  const errors = [...homelessSinceProblems(asOf, household.homelessSince), ...identifiedProblems(asOf, household.identifiedOn)];
  if (errors.length) return fail(errors);
  const days = daysBetween(household.homelessSince, asOf);
  const keys: Partial<Record<Criterion, number>> = {
    chronicity: household.chronicallyHomeless ? 1 : 0,
    'vi-spdat': household.viSpdatScore,
    'length-of-time-homeless': days,
    'date-of-identification': -toDayNumber(household.identifiedOn),
  };
  const reasonFor = (criterion: Criterion, used: Used<string>): Reason => {
    switch (criterion) {
      case 'chronicity':
        return reason(
          'nashville-psh-chronicity',
          household.chronicallyHomeless ? 'Chronically homeless.' : 'Not chronically homeless.',
          cite(used),
        );
      case 'vi-spdat':
        return reason('nashville-psh-vi-spdat', `VI-SPDAT score: ${household.viSpdatScore}.`, cite(used));
      case 'length-of-time-homeless':
        return lengthOfTimeReason(asOf, household.homelessSince, days, cite(used));
      case 'date-of-identification':
        return reason('nashville-psh-identified', `Identified on ${household.identifiedOn} (used only to break a tie).`, cite(used));
      case 'priority-score':
        throw new TypeError('The PSH list has no priority score');
      default: {
        const unknown: never = criterion;
        throw new TypeError(`Unknown criterion ${String(unknown)}`);
      }
    }
  };
  return ok({
    keys,
    values: [
      { criterion: 'chronicity', label: 'Chronically homeless', value: household.chronicallyHomeless ? 'Yes' : 'No' },
      { criterion: 'vi-spdat', label: 'VI-SPDAT', value: String(household.viSpdatScore) },
      { criterion: 'length-of-time-homeless', label: 'Days homeless', value: String(days) },
      { criterion: 'date-of-identification', label: 'Identified on', value: household.identifiedOn },
    ],
    reasons: criteria.map(({ criterion, used }) => reasonFor(criterion, used)),
  });
}

/** Reasons for a Nashville PSH list as a whole: the CPD-16-11 reference and the care-coordination judgment. */
export const nashvillePshListReasons = (citations: { vi: Used<string> }): Reason[] => [
  reason(
    'nashville-psh-care-coordination',
    'A VI-SPDAT score may be weighed with consideration from care coordination meetings when it is not representative of the person and their situation: this order uses the scores as entered.',
    cite(citations.vi),
  ),
];

/** Nashville's PSH section also says it follows CPD-16-11; the criteria list is applied here, and the reference is shown. */
export const nashvillePshCpdReason = (citation: Reason['citations'][number]): Reason =>
  reason(
    'nashville-psh-cpd-16-11',
    'The PSH standards also say Nashville follows the order of priority in HUD Notice CPD-16-11; this list applies the criteria the section lists (chronicity, VI-SPDAT, length of time homeless, date of identification). The CPD-16-11 order itself is available as its own tool.',
    citation,
  );
