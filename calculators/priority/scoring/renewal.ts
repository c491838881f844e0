import { reason, type Reason } from '../../core/citation';
import { divideRounded, formatBasisPoints, type Rounding } from '../../core/money';
import { ok, parseInput, type Outcome } from '../../core/outcome';
import type { RuleOptions } from '../../core/options';
import type { ParameterSet } from '../../core/parameters';
import { choosePriorityParameters } from '../../parameters/priority';
import * as passages from './passages/renewal';
import { formatPoints, sumPoints, wholePoints, type Points } from './points';
import { describeRate, isWholePercent, isZero, moneyRate, toRate, wholePercent, type Rate } from './rates';
import { percentRounding, RENEWAL_MEASURE_LABELS as LABELS, renewalId, scaleFor, worksheetDiffers } from './renewalMeasures';
import {
  NewBedfordRenewalInput,
  PERFORMANCE_MEASURES,
  RENEWAL_MEASURES,
  type BandedMeasure,
  type RenewalChronicBasis,
  type RenewalMeasure,
  type RenewalScales,
} from './renewalSchema';
import { cite, guarded, requireRules, type RuleReader, ruleReader } from './rules';
import { candidatePoints, parseScale, placeOnScale, scaleTop, type Placement } from './scale';

/** One measure's score: what was entered, the band it fell in, and the points (null when the scale leaves it to the committee). */
export type RenewalMeasureScore = {
  measure: RenewalMeasure;
  label: string;
  /** The entered value with its arithmetic, e.g. "14 of 16 = 87.5%". */
  entered: string;
  /** The whole percentage the scale was read at. */
  percent: number;
  outcome: 'band' | 'overlap' | 'gap' | 'prorated';
  /** The band as the table prints it, when exactly one applied. */
  band: string | null;
  points: Points | null;
  /** Every score the scale allows for this value (one unless it overlaps or leaves a gap). */
  possiblePoints: Points[];
  maximum: Points;
  goalMet: boolean | null;
};

/** A New Bedford FY2019 renewal score. Points are hundredths of a point (1125 = 11.25 points). */
export type NewBedfordRenewalResult = {
  projectName: string | null;
  scales: RenewalScales;
  chronicBasis: RenewalChronicBasis;
  measures: RenewalMeasureScore[];
  /** Measures 1 to 7. */
  performance: { points: Points | null; low: Points; high: Points; maximum: Points };
  /** Null when a measure's scale overlaps or leaves a gap at its value: see `totalRange` and `decisionsNeeded`. */
  total: Points | null;
  totalRange: { low: Points; high: Points };
  maximum: Points;
  /** The most these scales can award (95 under Appendix B, whose fiscal scale tops out at 15 of 20). */
  attainableMaximum: Points;
  goalsMet: number;
  goalsJudged: number;
  /** The chronic score on the other basis, when its figures were entered. */
  chronicAlternative: { basis: RenewalChronicBasis; points: Points } | null;
  /** Measures whose points the committee must decide because the scale overlaps or leaves a gap. */
  decisionsNeeded: RenewalMeasure[];
  reasons: Reason[];
};

type Scored = { score: RenewalMeasureScore; reasons: Reason[]; top: Points; rounded: boolean };

const rateOf = (input: NewBedfordRenewalInput, measure: BandedMeasure): Rate =>
  measure === 'fiscalManagement' ? moneyRate(input.fiscalManagement) : toRate(input[measure]);

const roundingNote = (rate: Rate, percent: number, rounding: Rounding): string =>
  isWholePercent(rate) ? '' : `, rounded ${rounding} to ${percent}%,`;

function goalOf(
  rules: RuleReader,
  measure: BandedMeasure,
  rate: Rate,
  percent: number,
): { met: boolean; text: string; citation: Reason['citations'][number] } {
  if (measure === 'dataQuality') {
    const goal = rules.text(renewalId('dataQuality.goal'));
    const met = isZero(rate);
    return { met, text: `Goal: no omissions, ${met ? 'met' : 'not met'}.`, citation: cite(goal) };
  }
  const goal = rules.number(renewalId(`${measure}.goal`));
  if (measure === 'fiscalManagement') {
    const drawn = 100 - percent;
    const met = drawn * 100 >= goal.value;
    return {
      met,
      text: `Goal: ${formatBasisPoints(goal.value)} drawn down (${drawn}% was), ${met ? 'met' : 'not met'}.`,
      citation: cite(goal),
    };
  }
  const met = percent * 100 >= goal.value;
  return { met, text: `Goal ${formatBasisPoints(goal.value)}: ${met ? 'met' : 'not met'}.`, citation: cite(goal) };
}

function placementText(label: string, entered: string, placement: Placement, max: number): { text: string; code: string } {
  switch (placement.kind) {
    case 'band':
      return {
        code: 'renewal-band',
        text: `${label}: ${entered} falls in the band "${placement.band.text}": ${placement.band.points} of ${max} points.`,
      };
    case 'overlap':
      return {
        code: 'renewal-band-overlap',
        text: `${label}: ${entered} falls in ${placement.bands.length} bands of the scale, ${placement.bands.map((b) => `"${b.text}"`).join(' and ')}. The scale does not say which applies, so the committee must decide: ${candidatePoints(placement).join(' or ')} of ${max} points.`,
      };
    case 'gap': {
      const sides = [placement.below, placement.above].flatMap((b) => (b ? [`"${b.text}"`] : []));
      return {
        code: 'renewal-band-gap',
        text: `${label}: ${entered} falls in no band of the scale (it lies between ${sides.join(' and ')}). The scale does not say what it scores, so the committee must decide: ${candidatePoints(placement).join(' or ')} of ${max} points.`,
      };
    }
  }
}

function scoreBanded(rules: RuleReader, input: NewBedfordRenewalInput, measure: BandedMeasure, rounding: Rounding): Scored {
  const scale = scaleFor(rules, measure, input.scales);
  const bands = parseScale(scale.value, scale.id);
  const maximum = rules.number(renewalId(`${measure}.maximum`));
  const rate = rateOf(input, measure);
  const placement = placeOnScale(bands, rate, rounding);
  const entered = describeRate(rate);
  const possible = candidatePoints(placement).map(wholePoints);
  const goal = goalOf(rules, measure, rate, placement.percent);
  const label = LABELS[measure];
  const { code, text } = placementText(label, `${entered}${roundingNote(rate, placement.percent, rounding)}`, placement, maximum.value);
  return {
    score: {
      measure,
      label,
      entered,
      percent: placement.percent,
      outcome: placement.kind,
      band: placement.kind === 'band' ? placement.band.text : null,
      points: placement.kind === 'band' ? wholePoints(placement.band.points) : null,
      possiblePoints: possible,
      maximum: wholePoints(maximum.value),
      goalMet: goal.met,
    },
    reasons: [reason(code, `${text} ${goal.text}`, cite(scale), cite(maximum), goal.citation)],
    top: wholePoints(Math.min(scaleTop(bands), maximum.value)),
    rounded: !isWholePercent(rate),
  };
}

/** Chronic points: the maximum times the share, up to the share that earns full credit (15 × 75% = 11.25). */
function prorate(rules: RuleReader, rate: Rate, rounding: Rounding): { points: Points; percent: number; text: string; exact: boolean } {
  const maximum = rules.number(renewalId('chronicHomeless.maximum'));
  const full = rules.number(renewalId('chronicHomeless.fullCreditShare'));
  const percent = wholePercent(rate, rounding);
  const counted = Math.min(percent * 100, full.value);
  const numerator = wholePoints(maximum.value) * counted;
  const points = divideRounded(numerator, full.value, 'half-up');
  const exact = numerator % full.value === 0;
  const text = `${maximum.value} × ${formatBasisPoints(counted)} ÷ ${formatBasisPoints(full.value)} = ${formatPoints(points)}${exact ? '' : ' (rounded half-up to a hundredth of a point)'}`;
  return { points, percent, text, exact };
}

function scoreChronic(
  rules: RuleReader,
  input: NewBedfordRenewalInput,
  rounding: Rounding,
): Scored & { alternative: { basis: RenewalChronicBasis; points: Points } | null; basisReason: Reason } {
  const { basis, persons, beds } = input.chronicHomeless;
  const chosen = toRate((basis === 'persons' ? persons : beds) ?? {});
  const otherInput = basis === 'persons' ? beds : persons;
  const maximum = rules.number(renewalId('chronicHomeless.maximum'));
  const full = rules.number(renewalId('chronicHomeless.fullCreditShare'));
  const { points, percent, text } = prorate(rules, chosen, rounding);
  const entered = describeRate(chosen);
  const goal = rules.number(renewalId('chronicHomeless.goal'));
  const personsRate = persons ? toRate(persons) : null;
  const goalMet = personsRate ? wholePercent(personsRate, rounding) * 100 >= goal.value : null;
  const goalText =
    goalMet === null
      ? `Goal ${formatBasisPoints(goal.value)} of persons: not judged (no persons figures entered).`
      : `Goal ${formatBasisPoints(goal.value)} of persons: ${goalMet ? 'met' : 'not met'}.`;
  const other: RenewalChronicBasis = basis === 'persons' ? 'beds' : 'persons';
  const alternative = otherInput ? { basis: other, points: prorate(rules, toRate(otherInput), rounding).points } : null;
  const basisReason = reason(
    'renewal-chronic-basis',
    `Appendix B measures chronic homelessness in persons (chronically homeless persons ÷ persons served, APR Q26b) but prorates the points "for 100% of CH Beds"; the 2019 worksheet prorates "for 100% of CH persons". You chose to count ${basis}.${alternative ? ` Counted in ${other} the measure would score ${formatPoints(alternative.points)} points.` : ''}`,
    passages.chronicPersons,
    passages.chronicBeds,
    passages.worksheetChronicPersons,
  );
  return {
    score: {
      measure: 'chronicHomeless',
      label: LABELS.chronicHomeless,
      entered,
      percent,
      outcome: 'prorated',
      band: null,
      points,
      possiblePoints: [points],
      maximum: wholePoints(maximum.value),
      goalMet,
    },
    reasons: [
      reason(
        'renewal-chronic-prorated',
        `${LABELS.chronicHomeless}, counted in ${basis}: ${entered}${roundingNote(chosen, percent, rounding).replace(/,$/, '')}. Prorated up to ${maximum.value} points for ${formatBasisPoints(full.value)}: ${text} of ${maximum.value} points. ${goalText}`,
        cite(maximum),
        cite(full),
        cite(goal),
      ),
    ],
    top: wholePoints(maximum.value),
    rounded: !isWholePercent(chosen),
    alternative,
    basisReason,
  };
}

const low = (s: RenewalMeasureScore): Points => Math.min(...s.possiblePoints);
const high = (s: RenewalMeasureScore): Points => Math.max(...s.possiblePoints);
const sum = (scores: RenewalMeasureScore[]) => ({
  points: scores.every((s) => s.points !== null) ? sumPoints(scores.map((s) => s.points ?? 0)) : null,
  low: sumPoints(scores.map(low)),
  high: sumPoints(scores.map(high)),
});
const addition = (scores: RenewalMeasureScore[]): string =>
  scores.map((s) => (s.points === null ? `(${s.possiblePoints.map(formatPoints).join(' or ')})` : formatPoints(s.points))).join(' + ');
const totalText = (t: { points: Points | null; low: Points; high: Points }): string =>
  t.points !== null ? formatPoints(t.points) : `between ${formatPoints(t.low)} and ${formatPoints(t.high)}`;

/** Scores a validated renewal under one rule reader; the shared core of the public entry point. */
export function renewalRules(rules: RuleReader, input: NewBedfordRenewalInput): NewBedfordRenewalResult {
  const rounding = percentRounding(rules);
  const banded = RENEWAL_MEASURES.filter((m): m is BandedMeasure => m !== 'chronicHomeless');
  const byMeasure = new Map<RenewalMeasure, Scored>(banded.map((m) => [m, scoreBanded(rules, input, m, rounding.value)]));
  const chronic = scoreChronic(rules, input, rounding.value);
  byMeasure.set('chronicHomeless', chronic);
  const ordered = RENEWAL_MEASURES.map((m) => byMeasure.get(m) as Scored);
  const scores = ordered.map((s) => s.score);
  const performanceScores = scores.filter((s) => PERFORMANCE_MEASURES.includes(s.measure));
  const performanceMaximum = rules.number(renewalId('performanceMaximum'));
  const maximum = rules.number(renewalId('maximum'));
  const performance = sum(performanceScores);
  const total = sum(scores);
  const attainable = sumPoints(ordered.map((s) => s.top));
  const decisionsNeeded = scores.filter((s) => s.points === null).map((s) => s.measure);
  const judged = scores.filter((s) => s.goalMet !== null);

  const reasons: Reason[] = [
    ...ordered.slice(0, 7).flatMap((s) => s.reasons),
    reason(
      'renewal-performance-subtotal',
      `Performance, measures 1 to 7: ${addition(performanceScores)} = ${totalText(performance)} of ${performanceMaximum.value} points.`,
      cite(performanceMaximum),
    ),
    ...ordered.slice(7).flatMap((s) => s.reasons),
    reason(
      'renewal-total',
      `Total: ${totalText(performance)} for performance + ${addition(scores.slice(7, 8))} for data quality + ${addition(scores.slice(8))} for fiscal management = ${totalText(total)} of ${maximum.value} points.`,
      cite(maximum),
    ),
    reason('renewal-goals', `Goals met: ${judged.filter((s) => s.goalMet).length} of ${judged.length}.`, passages.renewalTotal),
  ];
  if (ordered.some((s) => s.rounded)) {
    reasons.push(
      reason(
        'renewal-percent-rounding',
        `The scales are written in whole percentages and neither Appendix B nor the worksheet says how to round a measured one, so each is rounded ${rounding.value} to a whole percent before its band is found, as the 2019 worksheet did (14 of 16 = 87.5% recorded as 88%).`,
        cite(rounding),
      ),
    );
  }
  reasons.push(chronic.basisReason);
  const fiscalRfp = rules.text(renewalId('fiscalManagement.scale'));
  const fiscalWorksheet = rules.has(renewalId('worksheet.fiscalManagement.scale'))
    ? rules.text(renewalId('worksheet.fiscalManagement.scale'))
    : null;
  reasons.push(
    reason(
      'renewal-scales-chosen',
      input.scales === 'rfp'
        ? `Scored with the scales published in the RFP’s Appendix B. The evaluation worksheet used in the 2019 round differs for ${RENEWAL_MEASURES.filter(
            (m) => worksheetDiffers(rules, m),
          )
            .map((m) => LABELS[m].toLowerCase())
            .join(' and ')}.`
        : `Scored with the 2019 evaluation worksheet’s scales where they differ from Appendix B (${RENEWAL_MEASURES.filter((m) =>
            worksheetDiffers(rules, m),
          )
            .map((m) => LABELS[m].toLowerCase())
            .join(' and ')}); the other scales are the same on both.`,
      cite(fiscalRfp),
      ...(fiscalWorksheet ? [cite(fiscalWorksheet)] : []),
    ),
  );
  const short = ordered.filter((s) => s.top < s.score.maximum);
  if (short.length > 0) {
    reasons.push(
      reason(
        'renewal-scale-below-maximum',
        `${short.map((s) => `${s.score.label} has a ${formatPoints(s.score.maximum)}-point maximum but its scale awards at most ${formatPoints(s.top)}`).join('; ')}. Under these scales a renewal can score at most ${formatPoints(attainable)} of ${maximum.value} points.${fiscalWorksheet && input.scales === 'rfp' ? ` The 2019 worksheet scored fiscal management "${fiscalWorksheet.value}".` : ''}`,
        passages.fiscalMaximum,
        cite(fiscalRfp),
        ...(fiscalWorksheet ? [cite(fiscalWorksheet)] : []),
      ),
    );
  }
  if (decisionsNeeded.length > 0) {
    reasons.push(
      reason(
        'renewal-committee-decides',
        `The scales do not settle ${decisionsNeeded.map((m) => LABELS[m].toLowerCase()).join(' and ')}: the total is between ${formatPoints(total.low)} and ${formatPoints(total.high)} until the committee decides.`,
      ),
    );
  }
  return {
    projectName: input.projectName ?? null,
    scales: input.scales,
    chronicBasis: input.chronicHomeless.basis,
    measures: scores,
    performance: { ...performance, maximum: wholePoints(performanceMaximum.value) },
    total: total.points,
    totalRange: { low: total.low, high: total.high },
    maximum: wholePoints(maximum.value),
    attainableMaximum: attainable,
    goalsMet: judged.filter((s) => s.goalMet).length,
    goalsJudged: judged.length,
    chronicAlternative: chronic.alternative,
    decisionsNeeded,
    reasons,
  };
}

/** Scores a renewal under an explicit parameter set (an island passes its own slim set, or a proposal's overlay). */
export function scoreRenewalUnder(input: unknown, set: ParameterSet): Outcome<NewBedfordRenewalResult> {
  const parsed = parseInput(NewBedfordRenewalInput, input);
  if (!parsed.ok) return parsed;
  const rules = ruleReader(set, parsed.value.asOf);
  const missing = requireRules(
    rules,
    renewalId('maximum'),
    'New Bedford renewal scoring rules',
    'the New Bedford FY2019 local competition',
  );
  return missing ?? guarded(() => ok(renewalRules(rules, parsed.value)));
}

/** Scores a New Bedford FY2019 renewal project on the local competition's renewal scales (default jurisdiction: new-bedford). */
export const scoreNewBedfordRenewal = (input: unknown, options: RuleOptions = {}): Outcome<NewBedfordRenewalResult> =>
  scoreRenewalUnder(input, choosePriorityParameters({ jurisdiction: 'new-bedford', ...options }));
