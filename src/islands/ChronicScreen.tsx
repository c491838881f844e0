import { screenChronicAtProjectStart, type ChronicScreenResult, type ScreenAnswer } from '../../calculators/chronic/hmis';
import { valueAt } from '../../calculators/core/parameters';
import { chronicScreenParameterSets } from '../../calculators/parameters/chronic';
import { yesNoOptions } from './shared/answers';
import { CalculatorForm } from './shared/CalculatorForm';
import { ErrorSummary } from './shared/ErrorSummary';
import { RadioGroup, SelectField, TextField } from './shared/Fields';
import { toSummaryErrors } from './shared/errors';
import { useCalculatorForm, useFragmentLoad } from './shared/form';
import { readFragment, todayIso, writeFragment } from './shared/fragment';
import { ResultPanel } from './shared/Result';

const hud = chronicScreenParameterSets.hud;
/** The HMIS thresholds, read from the parameters so the questions show the numbers the rules use. */
const threshold = (id: string, date: string): number => {
  const p = hud.parameters[id];
  const v = p && (valueAt(p, date) ?? p.values[0]);
  return typeof v?.value === 'number' ? v.value : Number.NaN;
};

const strings = {
  start: 'Project start date (3.10)',
  dateHint: 'YYYY-MM-DD',
  projectType: 'Project type',
  disabling: 'Disabling condition (3.08)',
  disablingHint: 'Yes also when any of 4.05 to 4.10 is yes.',
  situation: 'Prior living situation: where the person stayed last night (3.917.1)',
  situationHint: 'Only asked for project types other than street outreach, emergency shelter and safe haven.',
  shorter: (days: number, nights: number) =>
    `Was the stay shorter than ${days} days (institution) or ${nights} nights (other place)? (3.917.2A)`,
  nightBefore: 'On the night before, did the person stay on the streets, in an emergency shelter or a safe haven? (3.917.2C)',
  approximate: 'Approximate date this episode of homelessness started (3.917.3)',
  approximateHint: 'YYYY-MM-DD. Leave blank if not known.',
  times: 'Times on the streets, in an emergency shelter or a safe haven in the past three years, including today (3.917.4)',
  months: 'Total months homeless on the streets, in an emergency shelter or a safe haven in the past three years (3.917.5)',
  count: (n: number) => String(n),
  orMore: (n: number) => `${n} or more`,
  moreThan: (n: number) => `More than ${n}`,
  dontKnow: 'Client doesn’t know',
  refused: 'Client prefers not to answer',
  notCollected: 'Data not collected',
  choose: 'Choose…',
  submit: 'Screen',
  resultHeading: 'Chronically homeless at project start (HMIS quick screen)',
  producedBy: 'This answer comes from the HMIS quick screen of intake answers, not from the full timeline verification.',
  fullLink: 'Verify from a timeline of stays instead',
} as const;

const projectTypeWords = {
  street_outreach: 'Street outreach',
  emergency_shelter: 'Emergency shelter',
  safe_haven: 'Safe haven',
  other: 'Any other project type',
};

const situationWords = {
  homeless: 'A homeless situation (street, emergency shelter, safe haven)',
  institutional: 'An institutional situation (jail, hospital, treatment facility)',
  temporary_permanent_other: 'A temporary, permanent or other situation',
  '': 'Not collected',
};

const answerWords = { yes: 'Yes', no: 'No', dont_know: 'Don’t know', missing: 'Missing data' } satisfies Record<ScreenAnswer, string>;

/** Each answer's key in the URL fragment, and the id of its field. */
const ids = {
  start: 'screen-start',
  type: 'screen-project-type',
  dis: 'screen-disabling',
  sit: 'screen-situation',
  short: 'screen-shorter',
  before: 'screen-night-before',
  approx: 'screen-approximate',
  times: 'screen-times',
  months: 'screen-months',
} as const;
const fieldIds: Record<string, string> = {
  projectStartDate: ids.start,
  projectType: ids.type,
  disablingCondition: ids.dis,
  livingSituation: ids.sit,
  stayedLessThanLimit: ids.short,
  nightBeforeStreetShelterSafeHaven: ids.before,
  approximateStartDate: ids.approx,
  timesHomelessPastThreeYears: ids.times,
  monthsHomelessPastThreeYears: ids.months,
};

type Values = Record<keyof typeof ids, string>;
const blank = Object.fromEntries(Object.keys(ids).map((key) => [key, ''])) as Values;
const notAnswered = ['dont_know', 'prefers_not_to_answer', 'data_not_collected'];
const opt = (v: string) => (v === '' ? undefined : v);
const countOrAnswer = (v: string) => (v === '' ? undefined : notAnswered.includes(v) ? v : Number(v));

/** The HMIS "chronically homeless at project start" quick screen from intake answers. */
export default function ChronicScreen({ timelineHref }: { timelineHref: string }) {
  const { values, setValues, field, errors, attempt, result, fail, succeed } = useCalculatorForm<Values, ChronicScreenResult>(
    blank,
    (key) => ids[key],
  );
  const date = values.start || todayIso();
  const minTimes = threshold('chronic.hmis.minimumTimes', date);
  const minMonths = threshold('chronic.hmis.minimumMonths', date);
  const nonAnswers = [
    { value: 'dont_know', label: strings.dontKnow },
    { value: 'prefers_not_to_answer', label: strings.refused },
    { value: 'data_not_collected', label: strings.notCollected },
  ];

  const calculate = (v: Values = values) => {
    const outcome = screenChronicAtProjectStart({
      projectStartDate: opt(v.start),
      projectType: opt(v.type),
      disablingCondition: opt(v.dis),
      livingSituation: opt(v.sit),
      stayedLessThanLimit: opt(v.short),
      nightBeforeStreetShelterSafeHaven: opt(v.before),
      approximateStartDate: opt(v.approx.trim()),
      timesHomelessPastThreeYears: countOrAnswer(v.times),
      monthsHomelessPastThreeYears: countOrAnswer(v.months),
    });
    if (!outcome.ok) return fail(toSummaryErrors(outcome.errors, fieldIds, ids.start));
    succeed(outcome.value);
    writeFragment(v);
  };

  useFragmentLoad(true, (fromLink) => {
    // Keep a date typed before the island hydrated; otherwise offer today's date.
    const typed = (document.getElementById(ids.start) as HTMLInputElement | null)?.value ?? '';
    const v = readFragment({ ...blank, start: typed || todayIso() });
    setValues(v);
    if (fromLink && v.start) calculate(v);
  });

  const yesNo = [...yesNoOptions, { value: '', label: strings.notCollected }];
  return (
    <div>
      <ErrorSummary errors={errors} attempt={attempt} />
      <CalculatorForm submit={strings.submit} onSubmit={() => calculate()}>
        <TextField {...field('start')} label={strings.start} hint={strings.dateHint} width="9rem" />
        <RadioGroup
          {...field('type')}
          label={strings.projectType}
          options={(Object.keys(projectTypeWords) as (keyof typeof projectTypeWords)[]).map((k) => ({
            value: k,
            label: projectTypeWords[k],
          }))}
        />
        <RadioGroup {...field('dis')} label={strings.disabling} hint={strings.disablingHint} options={[...yesNoOptions, ...nonAnswers]} />
        <RadioGroup
          {...field('sit')}
          label={strings.situation}
          hint={strings.situationHint}
          options={(['homeless', 'institutional', 'temporary_permanent_other', ''] as const).map((k) => ({
            value: k,
            label: situationWords[k],
          }))}
        />
        <RadioGroup
          {...field('short')}
          label={strings.shorter(
            threshold('chronic.hmis.institutionFewerThanDays', date),
            threshold('chronic.hmis.otherFewerThanNights', date),
          )}
          options={yesNo}
        />
        <RadioGroup {...field('before')} label={strings.nightBefore} options={yesNo} />
        <TextField {...field('approx')} label={strings.approximate} hint={strings.approximateHint} width="9rem" />
        <SelectField
          {...field('times')}
          label={strings.times}
          options={[
            { value: '', label: strings.choose },
            ...Array.from({ length: minTimes }, (_, i) => ({
              value: String(i + 1),
              label: i + 1 === minTimes ? strings.orMore(minTimes) : strings.count(i + 1),
            })),
            ...nonAnswers,
          ]}
        />
        <SelectField
          {...field('months')}
          label={strings.months}
          options={[
            { value: '', label: strings.choose },
            ...Array.from({ length: minMonths }, (_, i) => ({ value: String(i + 1), label: strings.count(i + 1) })),
            { value: String(minMonths + 1), label: strings.moreThan(minMonths) },
            ...nonAnswers,
          ]}
        />
      </CalculatorForm>
      <p class="no-print">
        <a href={timelineHref}>{strings.fullLink}</a>
      </p>
      {result && (
        <ResultPanel
          id="screen-result"
          heading={strings.resultHeading}
          reasons={result.reasons}
          stamp={{ jurisdiction: hud.label, asOf: values.start }}
          actions={{ copy: false }}
        >
          <p class={`note ${result.answer === 'yes' ? 'note--ok' : 'note--warn'}`}>
            <strong>{answerWords[result.answer]}</strong>
          </p>
          <p>{strings.producedBy}</p>
        </ResultPanel>
      )}
    </div>
  );
}
