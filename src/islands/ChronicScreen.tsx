import { useEffect, useRef, useState } from 'preact/hooks';
import { screenChronicAtProjectStart, type ChronicScreenResult, type ScreenAnswer } from '../../calculators/chronic/hmis';
import { valueAt } from '../../calculators/core/parameters';
import { chronicParameterSets } from '../../calculators/parameters/chronic';
import { ErrorSummary, type SummaryError } from './shared/ErrorSummary';
import { RadioGroup, SelectField, TextField } from './shared/Fields';
import { byField, toSummaryErrors } from './shared/errors';
import { applyFragmentOnMount, todayIso, writeFragment } from './shared/fragment';
import { Reasons } from './shared/Reasons';
import { Stamp } from './shared/Stamp';

const hud = chronicParameterSets.hud;
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
  projectTypes: {
    street_outreach: 'Street outreach',
    emergency_shelter: 'Emergency shelter',
    safe_haven: 'Safe haven',
    other: 'Any other project type',
  },
  disabling: 'Disabling condition (3.08)',
  disablingHint: 'Yes also when any of 4.05 to 4.10 is yes.',
  situation: 'Prior living situation: where the person stayed last night (3.917.1)',
  situationHint: 'Only asked for project types other than street outreach, emergency shelter and safe haven.',
  situations: {
    homeless: 'A homeless situation (street, emergency shelter, safe haven)',
    institutional: 'An institutional situation (jail, hospital, treatment facility)',
    temporary_permanent_other: 'A temporary, permanent or other situation',
    '': 'Not collected',
  },
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
  yes: 'Yes',
  no: 'No',
  dontKnow: 'Client doesn’t know',
  refused: 'Client prefers not to answer',
  notCollected: 'Data not collected',
  choose: 'Choose…',
  submit: 'Screen',
  resultHeading: 'Chronically homeless at project start (HMIS quick screen)',
  answers: { yes: 'Yes', no: 'No', dont_know: 'Don’t know', missing: 'Missing data' } satisfies Record<ScreenAnswer, string>,
  producedBy: 'This answer comes from the HMIS quick screen of intake answers, not from the full timeline verification.',
  fullLink: 'Verify from a timeline of stays instead',
  print: 'Print',
} as const;

const ids = {
  start: 'screen-start',
  projectType: 'screen-project-type',
  disabling: 'screen-disabling',
  situation: 'screen-situation',
  shorter: 'screen-shorter',
  nightBefore: 'screen-night-before',
  approximate: 'screen-approximate',
  times: 'screen-times',
  months: 'screen-months',
} as const;
const fieldIds: Record<string, string> = {
  projectStartDate: ids.start,
  projectType: ids.projectType,
  disablingCondition: ids.disabling,
  livingSituation: ids.situation,
  stayedLessThanLimit: ids.shorter,
  nightBeforeStreetShelterSafeHaven: ids.nightBefore,
  approximateStartDate: ids.approximate,
  timesHomelessPastThreeYears: ids.times,
  monthsHomelessPastThreeYears: ids.months,
};

type Values = {
  start: string;
  type: string;
  dis: string;
  sit: string;
  short: string;
  before: string;
  approx: string;
  times: string;
  months: string;
};
const blank: Values = { start: '', type: '', dis: '', sit: '', short: '', before: '', approx: '', times: '', months: '' };
const notAnswered = ['dont_know', 'prefers_not_to_answer', 'data_not_collected'];
const opt = (v: string) => (v === '' ? undefined : v);
const countOrAnswer = (v: string) => (v === '' ? undefined : notAnswered.includes(v) ? v : Number(v));

/** The HMIS "chronically homeless at project start" quick screen from intake answers. */
export default function ChronicScreen({ timelineHref }: { timelineHref: string }) {
  const [values, setValues] = useState<Values>(blank);
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<ChronicScreenResult | null>(null);
  const applied = useRef(false);
  const set = (key: keyof Values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const date = values.start || todayIso();
  const minTimes = threshold('chronic.hmis.minimumTimes', date);
  const minMonths = threshold('chronic.hmis.minimumMonths', date);
  const nonAnswers = [
    { value: 'dont_know', label: strings.dontKnow },
    { value: 'prefers_not_to_answer', label: strings.refused },
    { value: 'data_not_collected', label: strings.notCollected },
  ];

  const calculate = (v: Values = values) => {
    setAttempt((n) => n + 1);
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
    if (!outcome.ok) {
      setErrors(toSummaryErrors(outcome.errors, fieldIds, ids.start));
      setResult(null);
      return;
    }
    setErrors([]);
    setResult(outcome.value);
    writeFragment(v);
  };

  useEffect(() => {
    if (applied.current) return;
    applied.current = true;
    // Keep a date typed before the island hydrated; otherwise offer today's date.
    const typed = (document.getElementById(ids.start) as HTMLInputElement | null)?.value ?? '';
    applyFragmentOnMount({ ...blank, start: typed || todayIso() }, (v, fromLink) => {
      setValues(v);
      if (fromLink && v.start) calculate(v);
    })();
  }, []);

  const inline = byField(errors);
  const yesNo = [
    { value: 'yes', label: strings.yes },
    { value: 'no', label: strings.no },
    { value: '', label: strings.notCollected },
  ];
  return (
    <div>
      <ErrorSummary errors={errors} attempt={attempt} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          calculate();
        }}
      >
        <TextField
          id={ids.start}
          label={strings.start}
          hint={strings.dateHint}
          value={values.start}
          onInput={set('start')}
          error={inline[ids.start]}
          width="9rem"
        />
        <RadioGroup
          id={ids.projectType}
          label={strings.projectType}
          value={values.type}
          onChange={set('type')}
          error={inline[ids.projectType]}
          options={(Object.keys(strings.projectTypes) as (keyof typeof strings.projectTypes)[]).map((k) => ({
            value: k,
            label: strings.projectTypes[k],
          }))}
        />
        <RadioGroup
          id={ids.disabling}
          label={strings.disabling}
          hint={strings.disablingHint}
          value={values.dis}
          onChange={set('dis')}
          error={inline[ids.disabling]}
          options={[{ value: 'yes', label: strings.yes }, { value: 'no', label: strings.no }, ...nonAnswers]}
        />
        <RadioGroup
          id={ids.situation}
          label={strings.situation}
          hint={strings.situationHint}
          value={values.sit}
          onChange={set('sit')}
          error={inline[ids.situation]}
          options={(['homeless', 'institutional', 'temporary_permanent_other', ''] as const).map((k) => ({
            value: k,
            label: strings.situations[k],
          }))}
        />
        <RadioGroup
          id={ids.shorter}
          label={strings.shorter(
            threshold('chronic.hmis.institutionFewerThanDays', date),
            threshold('chronic.hmis.otherFewerThanNights', date),
          )}
          value={values.short}
          onChange={set('short')}
          error={inline[ids.shorter]}
          options={yesNo}
        />
        <RadioGroup
          id={ids.nightBefore}
          label={strings.nightBefore}
          value={values.before}
          onChange={set('before')}
          error={inline[ids.nightBefore]}
          options={yesNo}
        />
        <TextField
          id={ids.approximate}
          label={strings.approximate}
          hint={strings.approximateHint}
          value={values.approx}
          onInput={set('approx')}
          error={inline[ids.approximate]}
          width="9rem"
        />
        <SelectField
          id={ids.times}
          label={strings.times}
          value={values.times}
          onChange={set('times')}
          error={inline[ids.times]}
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
          id={ids.months}
          label={strings.months}
          value={values.months}
          onChange={set('months')}
          error={inline[ids.months]}
          options={[
            { value: '', label: strings.choose },
            ...Array.from({ length: minMonths }, (_, i) => ({ value: String(i + 1), label: strings.count(i + 1) })),
            { value: String(minMonths + 1), label: strings.moreThan(minMonths) },
            ...nonAnswers,
          ]}
        />
        <div class="button-row">
          <button class="button" type="submit">
            {strings.submit}
          </button>
        </div>
      </form>
      <p class="no-print">
        <a href={timelineHref}>{strings.fullLink}</a>
      </p>
      {result && (
        <section class="result" aria-labelledby="screen-result" aria-live="polite">
          <h2 id="screen-result">{strings.resultHeading}</h2>
          <p class={`note ${result.answer === 'yes' ? 'note--ok' : 'note--warn'}`}>
            <strong>{strings.answers[result.answer]}</strong>
          </p>
          <p>{strings.producedBy}</p>
          <Reasons reasons={result.reasons} />
          <Stamp jurisdiction={hud.label} parameterSet={hud.label} asOf={values.start} />
          <div class="button-row">
            <button type="button" class="button button--secondary" onClick={() => window.print()}>
              {strings.print}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
