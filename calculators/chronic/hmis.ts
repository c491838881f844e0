import * as z from 'zod/mini';
import { reason, type Reason } from '../core/citation';
import { addDays, compareDates, type IsoDate } from '../core/dates';
import type { RuleOptions } from '../core/options';
import { numberParameter, type ParameterSet } from '../core/parameters';
import { fail, ok, parseInput, type Outcome } from '../core/outcome';
import { isoDateField } from '../core/schemas';
import { chooseChronicScreenParameters } from '../parameters/chronic';
import { inForce, earliestDate } from './chronicParameters';
import * as sources from './sources';

const NOT_ANSWERED = ['dont_know', 'prefers_not_to_answer', 'data_not_collected'] as const;
type NotAnswered = (typeof NOT_ANSWERED)[number];

const yesNo = (description: string) =>
  z.optional(z.enum(['yes', 'no'], { error: 'Answer yes or no, or leave it out if it was not collected' }).check(z.describe(description)));

const countOrNotAnswered = (description: string, noun: string) =>
  z.optional(
    z
      .union([z.number().check(z.int(`Enter a whole number of ${noun}`), z.positive(`Enter 1 or more ${noun}`)), z.enum(NOT_ANSWERED)], {
        error: `Enter a number of ${noun}, or choose don't know, prefers not to answer, or data not collected`,
      })
      .check(z.describe(description)),
  );

/** HMIS intake answers (data elements 3.08 and 3.917) for the "chronically homeless at project start" screen. */
export const ChronicScreenInput = z.object({
  projectStartDate: isoDateField('The project start date (HMIS 3.10)'),
  projectType: z
    .enum(['street_outreach', 'emergency_shelter', 'safe_haven', 'other'], {
      error: 'Choose the project type: street outreach, emergency shelter, safe haven, or other',
    })
    .check(z.describe('Street outreach, emergency shelter and safe haven projects collect 3.917A; other projects collect 3.917B')),
  disablingCondition: z.optional(
    z
      .enum(['yes', 'no', ...NOT_ANSWERED], { error: "Choose yes, no, don't know, prefers not to answer, or data not collected" })
      .check(z.describe('Disabling condition (HMIS 3.08), or a yes in any special-needs element 4.05 to 4.10')),
  ),
  livingSituation: z.optional(
    z
      .enum(['homeless', 'institutional', 'temporary_permanent_other'], {
        error: 'Choose a homeless, institutional, or temporary, permanent or other situation',
      })
      .check(z.describe('Group of the prior living situation (HMIS 3.917.1): where the person stayed last night')),
  ),
  stayedLessThanLimit: yesNo('Whether the stay in that institution, or other place, was shorter than the limit (HMIS 3.917.2A)'),
  nightBeforeStreetShelterSafeHaven: yesNo(
    'On the night before that stay, whether the person stayed on the streets, in an emergency shelter or a safe haven (HMIS 3.917.2C)',
  ),
  approximateStartDate: z.optional(isoDateField('Approximate date this episode of homelessness started (HMIS 3.917.3)')),
  timesHomelessPastThreeYears: countOrNotAnswered(
    'Number of times on the streets, in an emergency shelter or a safe haven in the past three years, including today (HMIS 3.917.4)',
    'times',
  ),
  monthsHomelessPastThreeYears: countOrNotAnswered(
    'Total months homeless on the streets, in an emergency shelter or a safe haven in the past three years (HMIS 3.917.5)',
    'months',
  ),
});
export type ChronicScreenInput = z.infer<typeof ChronicScreenInput>;

/** The screen's answer, as HMIS reports it. */
export type ScreenAnswer = 'yes' | 'no' | 'dont_know' | 'missing';

/** The HMIS field that settled the answer. */
export type ScreenStep =
  | 'disabling_condition'
  | 'living_situation'
  | 'length_of_stay'
  | 'night_before'
  | 'approximate_start'
  | 'times_homeless'
  | 'months_homeless';

export type ChronicScreenResult = { answer: ScreenAnswer; decidedBy: ScreenStep; producedBy: 'hmis_quick_screen'; reasons: Reason[] };

const IDS = [
  'chronic.hmis.approximateStartDays',
  'chronic.hmis.minimumTimes',
  'chronic.hmis.minimumMonths',
  'chronic.hmis.institutionFewerThanDays',
  'chronic.hmis.otherFewerThanNights',
];

const notAnswered = (value: NotAnswered | undefined): ScreenAnswer =>
  value === 'dont_know' || value === 'prefers_not_to_answer' ? 'dont_know' : 'missing';

function screen(input: ChronicScreenInput, set: ParameterSet): ChronicScreenResult {
  const n = (id: string) => numberParameter(set, id, input.projectStartDate);
  const reasons: Reason[] = [];
  const done = (answer: ScreenAnswer, decidedBy: ScreenStep, text: string, ...cites: Reason['citations']): ChronicScreenResult => {
    reasons.push(reason(`hmis-${decidedBy}-${answer}`, text, sources.hmisFlowchart, ...cites));
    return { answer, decidedBy, producedBy: 'hmis_quick_screen', reasons };
  };
  const step = (code: string, text: string, ...cites: Reason['citations']) => reasons.push(reason(code, text, ...cites));

  switch (input.disablingCondition) {
    case 'no':
      return done('no', 'disabling_condition', 'Disabling condition is no, so the person is not chronically homeless at project start.');
    case 'dont_know':
    case 'prefers_not_to_answer':
    case 'data_not_collected':
    case undefined:
      return done(
        notAnswered(input.disablingCondition),
        'disabling_condition',
        'Disabling condition is not answered yes or no, so the screen cannot go on.',
      );
    case 'yes':
      step('hmis-disabling-condition', 'Disabling condition is yes.', sources.hmisFlowchart);
  }

  if (input.projectType === 'other') {
    const limit =
      input.livingSituation === 'institutional' ? n('chronic.hmis.institutionFewerThanDays') : n('chronic.hmis.otherFewerThanNights');
    const unit = input.livingSituation === 'institutional' ? 'days' : 'nights';
    switch (input.livingSituation) {
      case undefined:
        return done('missing', 'living_situation', 'The prior living situation is missing.');
      case 'homeless':
        step(
          'hmis-living-homeless',
          'Last night the person was in a homeless situation (street, emergency shelter or safe haven).',
          sources.hmisFlowchart,
        );
        break;
      case 'institutional':
      case 'temporary_permanent_other': {
        const where = input.livingSituation === 'institutional' ? 'institution' : 'temporary, permanent or other place';
        if (input.stayedLessThanLimit === undefined)
          return done(
            'missing',
            'length_of_stay',
            `Whether the stay in the ${where} was shorter than ${limit.value} ${unit} is missing.`,
            limit.citation,
          );
        if (input.stayedLessThanLimit === 'no')
          return done('no', 'length_of_stay', `The stay in the ${where} was not shorter than ${limit.value} ${unit}.`, limit.citation);
        if (input.nightBeforeStreetShelterSafeHaven === undefined)
          return done('missing', 'night_before', 'Whether the night before was on the streets, in a shelter or a safe haven is missing.');
        if (input.nightBeforeStreetShelterSafeHaven === 'no')
          return done('no', 'night_before', 'The night before that stay was not on the streets, in a shelter or a safe haven.');
        step(
          'hmis-short-stay',
          `The stay in the ${where} was shorter than ${limit.value} ${unit}, and the night before it was on the streets, in a shelter or a safe haven.`,
          limit.citation,
        );
      }
    }
  }

  const days = n('chronic.hmis.approximateStartDays');
  const cutoff: IsoDate = addDays(input.projectStartDate, -days.value);
  if (input.approximateStartDate !== undefined && compareDates(input.approximateStartDate, cutoff) <= 0) {
    return done(
      'yes',
      'approximate_start',
      `Homelessness started about ${input.approximateStartDate}, on or before ${input.projectStartDate} − ${days.value} days = ${cutoff}, so the person is chronically homeless at project start.`,
      days.citation,
    );
  }
  step(
    'hmis-approximate-start',
    input.approximateStartDate === undefined
      ? 'The approximate start date is missing, so the screen goes on to the number of times homeless.'
      : `Homelessness started about ${input.approximateStartDate}, after ${input.projectStartDate} − ${days.value} days = ${cutoff}, so the screen goes on to the number of times homeless.`,
    days.citation,
  );

  const times = input.timesHomelessPastThreeYears;
  const minTimes = n('chronic.hmis.minimumTimes');
  if (typeof times !== 'number')
    return done(
      notAnswered(times),
      'times_homeless',
      'The number of times homeless in the past three years is not answered.',
      minTimes.citation,
    );
  if (times < minTimes.value)
    return done(
      'no',
      'times_homeless',
      `Homeless ${times} times in the past three years: ${times} < ${minTimes.value}.`,
      minTimes.citation,
    );
  step('hmis-times', `Homeless ${times} times in the past three years: ${times} ≥ ${minTimes.value}.`, minTimes.citation);

  const months = input.monthsHomelessPastThreeYears;
  const minMonths = n('chronic.hmis.minimumMonths');
  if (typeof months !== 'number')
    return done(
      notAnswered(months),
      'months_homeless',
      'The number of months homeless in the past three years is not answered.',
      minMonths.citation,
    );
  return months >= minMonths.value
    ? done(
        'yes',
        'months_homeless',
        `${months} months homeless in the past three years: ${months} ≥ ${minMonths.value}, so the person is chronically homeless at project start.`,
        minMonths.citation,
      )
    : done(
        'no',
        'months_homeless',
        `${months} months homeless in the past three years: ${months} < ${minMonths.value}.`,
        minMonths.citation,
      );
}

/**
 * HUD's HMIS "chronically homeless at project start" screen from intake answers: yes, no, don't know
 * or missing. A quick screen beside the full timeline verification; the result says it came from here.
 */
export function screenChronicAtProjectStart(input: unknown, options: RuleOptions = {}): Outcome<ChronicScreenResult> {
  const parsed = parseInput(ChronicScreenInput, input);
  if (!parsed.ok) return parsed;
  const data = parsed.value;
  if (data.approximateStartDate !== undefined && compareDates(data.approximateStartDate, data.projectStartDate) > 0) {
    return fail([
      {
        path: 'approximateStartDate',
        message: `The approximate start of homelessness (${data.approximateStartDate}) is after the project start date (${data.projectStartDate}): correct one of them`,
      },
    ]);
  }
  const set = chooseChronicScreenParameters(options);
  if (!inForce(set, IDS, data.projectStartDate)) {
    return fail([
      {
        path: 'projectStartDate',
        message: `The HMIS chronic screen in Hearth starts on ${earliestDate(set, IDS) ?? 'no date'}; enter a project start date on or after it`,
      },
    ]);
  }
  return ok(screen(data, set));
}
