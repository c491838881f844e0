import { reason, type Reason } from '../../core/citation';
import { formatBasisPoints, formatCents, percentOf, type Cents } from '../../core/money';
import { fail, ok, parseInput, type FieldError, type Outcome } from '../../core/outcome';
import type { RuleOptions } from '../../core/options';
import type { ParameterSet } from '../../core/parameters';
import { choosePriorityParameters } from '../../parameters/priority';
import * as passages from './passages/newProject';
import { formatPoints, pointsFromNumber, sumPoints, wholePoints, type Points } from './points';
import { compareRate, describeRate } from './rates';
import { NewBedfordNewProjectInput, type NewProjectPart } from './newProjectSchema';
import { cite, guarded, requireRules, ruleReader, type RuleReader } from './rules';

/** One criterion's points. */
export type NewProjectPartScore = { part: NewProjectPart; label: string; points: Points; maximum: Points };

/** A New Bedford FY2019 new-project score. Points are hundredths of a point. */
export type NewBedfordNewProjectResult = {
  projectName: string | null;
  parts: NewProjectPartScore[];
  quality: { points: Points; maximum: Points };
  requiredMatch: Cents;
  total: Points;
  maximum: Points;
  reasons: Reason[];
};

const id = (key: string): string => `priority.scoring.newProject.${key}`;

const LABELS: Record<NewProjectPart, string> = {
  experience: 'Agency experience and capacity',
  housingFirst: 'Housing First',
  chronicHomeless: 'Chronic homelessness',
  mainstream: 'Mainstream services',
  lowBarrier: 'Low barrier',
  match: 'Match resources',
  fiscal: 'Fiscal management',
};

type Part = NewProjectPartScore & { reason: Reason };
const part = (key: NewProjectPart, points: Points, maximum: number, reasonOf: Reason): Part => ({
  part: key,
  label: LABELS[key],
  points,
  maximum: wholePoints(maximum),
  reason: reasonOf,
});

/** Reviewer points within a criterion's maximum; out-of-range points are field errors, not silently capped. */
function reviewerPoints(value: number, maximum: number, path: string, label: string, errors: FieldError[]): Points {
  const points = pointsFromNumber(value) ?? 0;
  if (points > wholePoints(maximum)) errors.push({ path, message: `${label} cannot be more than ${maximum}, the most Appendix B allows` });
  return points;
}

/** Scores a validated new project; reviewer points and contradictory fiscal answers are checked against the parameters. */
export function newProjectRules(rules: RuleReader, input: NewBedfordNewProjectInput): Outcome<NewBedfordNewProjectResult> {
  const errors: FieldError[] = [];
  const experience = rules.number(id('experience.points'));
  const experienced = input.experience.administeredFederalFunds && input.experience.servedServiceOrPopulation;
  const parts: Part[] = [
    part(
      'experience',
      experienced ? wholePoints(experience.value) : 0,
      experience.value,
      reason(
        'new-experience',
        experienced
          ? `Agency experience and capacity: extensive experience with federal funds and with the service or population: ${experience.value} of ${experience.value} points.`
          : `Agency experience and capacity: ${input.experience.administeredFederalFunds ? 'no extensive experience with the service or population' : 'no extensive experience administering federal funds'}, so 0 of ${experience.value} points. Appendix B awards the points to applicants demonstrating both and names no partial score.`,
        passages.experience,
      ),
    ),
  ];

  const housingFirstMax = rules.number(id('housingFirst.maximum'));
  const housingFirst = reviewerPoints(
    input.housingFirstPoints,
    housingFirstMax.value,
    'housingFirstPoints',
    'Housing First points',
    errors,
  );
  parts.push(
    part(
      'housingFirst',
      housingFirst,
      housingFirstMax.value,
      reason(
        'new-housing-first',
        `Housing First: the committee gave ${formatPoints(housingFirst)} of up to ${housingFirstMax.value} points.`,
        cite(housingFirstMax),
        passages.housingFirst,
      ),
    ),
  );

  const chronicPoints = rules.number(id('chronicHomeless.points'));
  const dedicated = rules.number(id('chronicHomeless.dedicatedShare'));
  const beds = { kind: 'count' as const, count: input.chronicBeds.dedicated, outOf: input.chronicBeds.total };
  const enough = compareRate(beds, dedicated.value) >= 0;
  parts.push(
    part(
      'chronicHomeless',
      enough ? wholePoints(chronicPoints.value) : 0,
      chronicPoints.value,
      reason(
        'new-chronic',
        `Chronic homelessness: ${describeRate(beds)} of beds dedicated, ${enough ? 'at least' : 'less than'} ${formatBasisPoints(dedicated.value)}: ${enough ? chronicPoints.value : 0} of ${chronicPoints.value} points.`,
        cite(chronicPoints),
      ),
    ),
  );

  const mainstreamMax = rules.number(id('mainstream.maximum'));
  const mainstream = reviewerPoints(input.mainstreamPoints, mainstreamMax.value, 'mainstreamPoints', 'Mainstream services points', errors);
  parts.push(
    part(
      'mainstream',
      mainstream,
      mainstreamMax.value,
      reason(
        'new-mainstream',
        `Mainstream services: the committee gave ${formatPoints(mainstream)} of up to ${mainstreamMax.value} points.`,
        cite(mainstreamMax),
        passages.mainstream,
      ),
    ),
  );

  const lowBarrier = rules.number(id('lowBarrier.points'));
  parts.push(
    part(
      'lowBarrier',
      input.lowBarrier ? wholePoints(lowBarrier.value) : 0,
      lowBarrier.value,
      reason(
        'new-low-barrier',
        `Low barrier: ${input.lowBarrier ? 'demonstrated' : 'not demonstrated'}: ${input.lowBarrier ? lowBarrier.value : 0} of ${lowBarrier.value} points.`,
        cite(lowBarrier),
      ),
    ),
  );

  const matchPoints = rules.number(id('match.points'));
  const matchShare = rules.number(id('match.share'));
  const base = input.match.request - input.match.leasing;
  // "At least 25 percent": the smallest whole-cent amount that is at least the share is the share rounded up.
  const requiredMatch = percentOf(base, matchShare.value, 'up');
  const matched = input.match.committed >= requiredMatch;
  parts.push(
    part(
      'match',
      matched ? wholePoints(matchPoints.value) : 0,
      matchPoints.value,
      reason(
        'new-match',
        `Match resources: required match = ${formatBasisPoints(matchShare.value)} × (${formatCents(input.match.request)} request − ${formatCents(input.match.leasing)} leasing) = ${formatBasisPoints(matchShare.value)} × ${formatCents(base)} = ${formatCents(requiredMatch)}${requiredMatch * 10_000 === base * matchShare.value ? '' : ' (rounded up to the cent, since it is a minimum)'}. Committed ${formatCents(input.match.committed)}: ${matched ? 'enough' : `${formatCents(requiredMatch - input.match.committed)} short`}, so ${matched ? matchPoints.value : 0} of ${matchPoints.value} points.`,
        cite(matchPoints),
        passages.matchBase,
      ),
    ),
  );

  const fiscalMax = rules.number(id('fiscal.maximum'));
  const { financialStability, promptExpenditure, noOutstandingFindings, points: fiscalGiven } = input.fiscal;
  const allThree = financialStability && promptExpenditure && noOutstandingFindings;
  const missing = [
    financialStability ? null : 'a history of financial stability',
    promptExpenditure ? null : 'prompt expenditure of program funds',
    noOutstandingFindings ? null : 'no outstanding audit or HUD monitoring findings',
  ].filter((m): m is string => m !== null);
  let fiscal = wholePoints(fiscalMax.value);
  if (allThree && fiscalGiven !== undefined && pointsFromNumber(fiscalGiven) !== wholePoints(fiscalMax.value)) {
    errors.push({
      path: 'fiscal.points',
      message: `You answered yes to all three fiscal questions, which earns the maximum ${fiscalMax.value} points, but entered ${fiscalGiven}: correct the answers or remove the points`,
    });
  } else if (!allThree && fiscalGiven === undefined) {
    errors.push({
      path: 'fiscal.points',
      message: `The applicant did not demonstrate ${missing.join(' or ')}, and Appendix B states only what earns the maximum: enter the points the committee gave, below ${fiscalMax.value}`,
    });
  } else if (!allThree && fiscalGiven !== undefined) {
    fiscal = reviewerPoints(fiscalGiven, fiscalMax.value, 'fiscal.points', 'Fiscal management points', errors);
    if (fiscal >= wholePoints(fiscalMax.value)) {
      errors.push({
        path: 'fiscal.points',
        message: `The maximum ${fiscalMax.value} points need all three fiscal findings, and the applicant did not demonstrate ${missing.join(' or ')}: enter fewer points or correct the answers`,
      });
    }
  }
  parts.push(
    part(
      'fiscal',
      fiscal,
      fiscalMax.value,
      reason(
        'new-fiscal',
        allThree
          ? `Fiscal management: financial stability, prompt expenditure and no outstanding findings demonstrated: ${fiscalMax.value} of ${fiscalMax.value} points.`
          : `Fiscal management: not demonstrated: ${missing.join('; ')}. The committee gave ${formatPoints(fiscal)} of ${fiscalMax.value} points (Appendix B states only what earns the maximum).`,
        cite(fiscalMax),
        passages.fiscalNew,
      ),
    ),
  );
  if (errors.length > 0) return fail(errors);

  const qualityMax = rules.number(id('quality.maximum'));
  const maximum = rules.number(id('maximum'));
  const qualityParts = parts.filter((p) => ['housingFirst', 'chronicHomeless', 'mainstream', 'lowBarrier'].includes(p.part));
  const quality = sumPoints(qualityParts.map((p) => p.points));
  const total = sumPoints(parts.map((p) => p.points));
  const reasons = parts.map((p) => p.reason);
  const qualityPartsMax = sumPoints(qualityParts.map((p) => p.maximum));
  reasons.splice(
    5,
    0,
    reason(
      'new-quality-subtotal',
      `Project quality: ${qualityParts.map((p) => formatPoints(p.points)).join(' + ')} = ${formatPoints(quality)} of ${qualityMax.value} points.${qualityPartsMax !== wholePoints(qualityMax.value) ? ` Its parts add up to ${formatPoints(qualityPartsMax)}, not ${qualityMax.value}.` : ''}`,
      cite(qualityMax),
    ),
  );
  const points = (key: NewProjectPart): string => formatPoints(parts.find((p) => p.part === key)?.points ?? 0);
  reasons.push(
    reason(
      'new-total',
      `Total: ${points('experience')} experience + ${formatPoints(quality)} quality + ${points('match')} match + ${points('fiscal')} fiscal management = ${formatPoints(total)} of ${maximum.value} points.`,
      cite(maximum),
    ),
  );
  return ok({
    projectName: input.projectName ?? null,
    parts: parts.map(({ reason: _reason, ...p }) => p),
    quality: { points: quality, maximum: wholePoints(qualityMax.value) },
    requiredMatch,
    total,
    maximum: wholePoints(maximum.value),
    reasons,
  });
}

/** Scores a new project under an explicit parameter set (an island passes its own slim set, or a proposal's overlay). */
export function scoreNewProjectUnder(input: unknown, set: ParameterSet): Outcome<NewBedfordNewProjectResult> {
  const parsed = parseInput(NewBedfordNewProjectInput, input);
  if (!parsed.ok) return parsed;
  const rules = ruleReader(set, parsed.value.asOf);
  const missing = requireRules(rules, id('maximum'), 'New Bedford new-project scoring rules', 'the New Bedford FY2019 local competition');
  return missing ?? guarded(() => newProjectRules(rules, parsed.value));
}

/** Scores a New Bedford FY2019 new project on Appendix B's criteria (default jurisdiction: new-bedford). */
export const scoreNewBedfordNewProject = (input: unknown, options: RuleOptions = {}): Outcome<NewBedfordNewProjectResult> =>
  scoreNewProjectUnder(input, choosePriorityParameters({ jurisdiction: 'new-bedford', ...options }));
