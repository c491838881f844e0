import { reason, type Reason } from '../../core/citation';
import { daysBetween, type IsoDate } from '../../core/dates';
import type { RuleOptions } from '../../core/options';
import { fail, ok, parseInput, type FieldError, type Outcome } from '../../core/outcome';
import { choosePriorityParameters } from '../../parameters/priority';
import type { CriterionValue } from '../result';
import { cite, priorityRules, ruleGapErrors, type PriorityRules } from '../rules';
import { NashvilleRrhScoreInput, type NashvilleAssessment, type NashvilleRrhHousehold } from './schema';

/** A household's Nashville RRH priority score: the assessment score plus the added points, and the tie-breaker. */
export type NashvilleRrhScore = {
  assessment: NashvilleAssessment;
  assessmentScore: number;
  points: { unsheltered: number; olderAdult: number; covidRisk: number };
  priorityScore: number;
  daysHomeless: number;
  reasons: Reason[];
};

const ASSESSMENT_WORDS: Record<NashvilleAssessment, string> = { 'vi-spdat': 'VI-SPDAT', 'dv-ce': 'DV-CE assessment' };

/** Checks the dates: time homeless cannot start after the date the priority is worked out. */
export function homelessSinceProblems(asOf: IsoDate, homelessSince: IsoDate): FieldError[] {
  return daysBetween(homelessSince, asOf) < 0
    ? [
        {
          path: 'homelessSince',
          message: `The date this episode of homelessness began (${homelessSince}) is after the date the priority is worked out (${asOf}): correct one of the two dates`,
        },
      ]
    : [];
}

/** The length-of-time-homeless reason shared by Nashville's lists. */
export function lengthOfTimeReason(asOf: IsoDate, homelessSince: IsoDate, days: number, citation: Reason['citations'][number]): Reason {
  return reason('nashville-length-of-time-homeless', `Homeless since ${homelessSince}: ${days} days up to ${asOf}.`, citation);
}

/** Scores one household under Nashville's first-level RRH prioritization (paths relative to the household). */
export function evaluateNashvilleRrh(
  rules: PriorityRules,
  asOf: IsoDate,
  household: Omit<NashvilleRrhHousehold, 'id'>,
): Outcome<NashvilleRrhScore & { values: CriterionValue[] }> {
  const problems = homelessSinceProblems(asOf, household.homelessSince);
  if (problems.length) return fail(problems);
  const scoreRule = rules.text('priority.nashville.rrh.criteria.1');
  const lengthRule = rules.text('priority.nashville.rrh.criteria.2');
  const unshelteredRule = rules.number('priority.nashville.rrh.unshelteredPoints');
  const olderPointsRule = rules.number('priority.nashville.rrh.olderAdultPoints');
  const olderAgeRule = rules.number('priority.nashville.rrh.olderAdultMinimumAge');
  const covidRule = rules.number('priority.nashville.rrh.covidRiskPoints');
  const assessmentName = ASSESSMENT_WORDS[household.assessment];
  const older = household.age >= olderAgeRule.value;
  const points = {
    unsheltered: household.unsheltered ? unshelteredRule.value : 0,
    olderAdult: older ? olderPointsRule.value : 0,
    covidRisk: household.covidRiskCondition ? covidRule.value : 0,
  };
  const priorityScore = household.assessmentScore + points.unsheltered + points.olderAdult + points.covidRisk;
  const daysHomeless = daysBetween(household.homelessSince, asOf);
  const reasons = [
    reason('nashville-rrh-assessment-score', `${assessmentName} score: ${household.assessmentScore}.`, cite(scoreRule)),
    reason(
      household.unsheltered ? 'nashville-rrh-unsheltered-point' : 'nashville-rrh-no-unsheltered-point',
      household.unsheltered ? `Unsheltered: +${unshelteredRule.value}.` : 'Not unsheltered: no point added.',
      cite(unshelteredRule),
    ),
    reason(
      older ? 'nashville-rrh-older-adult-point' : 'nashville-rrh-no-older-adult-point',
      older
        ? `Age ${household.age} ≥ ${olderAgeRule.value}: +${olderPointsRule.value}.`
        : `Age ${household.age} < ${olderAgeRule.value}: no point added.`,
      cite(olderAgeRule),
    ),
    reason(
      household.covidRiskCondition ? 'nashville-rrh-covid-point' : 'nashville-rrh-no-covid-point',
      household.covidRiskCondition
        ? `CDC-identified COVID-19 risk condition: +${covidRule.value}.`
        : 'No CDC-identified COVID-19 risk condition: no point added.',
      cite(covidRule),
    ),
    reason(
      'nashville-rrh-priority-score',
      `Priority score: ${household.assessmentScore} + ${points.unsheltered} + ${points.olderAdult} + ${points.covidRisk} = ${priorityScore}.`,
      cite(scoreRule),
    ),
    lengthOfTimeReason(asOf, household.homelessSince, daysHomeless, cite(lengthRule)),
  ];
  return ok({
    assessment: household.assessment,
    assessmentScore: household.assessmentScore,
    points,
    priorityScore,
    daysHomeless,
    reasons,
    values: [
      { criterion: 'priority-score', label: 'Priority score', value: String(priorityScore) },
      { criterion: 'length-of-time-homeless', label: 'Days homeless', value: String(daysHomeless) },
    ],
  });
}

/** Errors unless the set holds Nashville's RRH priority score (only Nashville-Davidson's does). */
export function nashvilleRrhAvailability(rules: PriorityRules): Outcome<true> {
  if (rules.set.parameters['priority.nashville.rrh.unshelteredPoints']) return ok(true);
  return fail([
    {
      path: 'jurisdiction',
      message: `${rules.set.label} has no RRH priority score. It is in the Nashville-Davidson Standards of Care: choose Nashville-Davidson County CoC.`,
    },
  ]);
}

/** Nashville's RRH priority score for one household: VI-SPDAT or DV-CE score +1 unsheltered, +1 age 55+, +1 COVID-19 risk; time homeless breaks ties. */
export function scoreNashvilleRrh(input: unknown, options: RuleOptions = {}): Outcome<NashvilleRrhScore> {
  const parsed = parseInput(NashvilleRrhScoreInput, input);
  if (!parsed.ok) return parsed;
  const { id: _id, asOf, ...household } = parsed.value;
  const rules = priorityRules(choosePriorityParameters(options), asOf);
  const available = nashvilleRrhAvailability(rules);
  if (!available.ok) return available;
  try {
    const evaluation = evaluateNashvilleRrh(rules, asOf, household);
    if (!evaluation.ok) return evaluation;
    const { values: _values, ...score } = evaluation.value;
    return ok(score);
  } catch (error) {
    return fail(ruleGapErrors(error));
  }
}
