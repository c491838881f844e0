import { useEffect, useRef, useState } from 'preact/hooks';
import { scoreRenewalUnder, type NewBedfordRenewalResult } from '../../calculators/priority/scoring/renewal';
import { formatPoints } from '../../calculators/priority/scoring/points';
import { newBedfordScoringParameters } from '../../calculators/priority/scoring/sets/newBedford';
import { ErrorSummary, type SummaryError } from './shared/ErrorSummary';
import { RadioGroup, TextField } from './shared/Fields';
import { byField } from './shared/errors';
import { readFragment, todayIso, writeFragment } from './shared/fragment';
import { Reasons } from './shared/Reasons';
import { defaultAsOf, revisionFragment, useRevisionParameters } from './shared/revision';
import { RevisionBanner } from './shared/RevisionBanner';
import { Stamp } from './shared/Stamp';
import { errorsToFields, FormProblems, useExampleLinks, parseMoneyRate, parseRate, ResultActions } from './ScoringParts';

const strings = {
  asOf: 'Score under the rules in force on',
  asOfHint: 'A date written YYYY-MM-DD',
  name: 'Project name (optional)',
  scales: 'Which scales to score with',
  scalesHint:
    'Appendix B of the RFP is the published rule. The worksheet is what the committee used to score the 2019 round; the two differ for fiscal management and the lowest exits band.',
  scaleOptions: { rfp: 'The RFP’s Appendix B', worksheet: 'The 2019 evaluation worksheet' },
  rateHint: 'A percentage like 87.5, or a count like 14 of 16',
  measures: {
    exits: 'Exits to permanent housing (APR Q23a and b)',
    earnedStayers: 'Stayers with new or increased earned income (APR Q19a1)',
    otherStayers: 'Stayers with new or increased non-employment income (APR Q19a1)',
    earnedLeavers: 'Leavers with new or increased earned income',
    otherLeavers: 'Leavers with new or increased non-employment income',
    utilization: 'Bed utilization',
    persons: 'Chronically homeless persons out of persons served (APR Q26b)',
    beds: 'Beds dedicated to chronic homelessness out of beds',
    dataQuality: 'Data elements omitted (APR Q6)',
    fiscal: 'Share of the grant returned, not drawn down (LOCCS)',
  },
  utilizationHint: 'Appendix B: the 2019 HIC at the PIT count. The worksheet used APR Q2, quarterly.',
  dataQualityHint: '0 means no omissions. A percentage, or omissions out of data elements, like 3 of 1,000',
  fiscalHint: 'A percentage like 0 or 2.5, or amounts like $1,200 of $260,920',
  chronicBasis: 'Count chronic homelessness in',
  chronicBasisHint: 'Appendix B measures persons but prorates “for 100% of CH Beds”: choose which; enter both to see the other.',
  basisOptions: { persons: 'Persons', beds: 'Beds' },
  otherBasisHint: 'Optional unless counted in this basis',
  submit: 'Score the project',
  resultHeading: 'Renewal score',
  caption: 'Points for each measure',
  measure: 'Measure',
  entered: 'Entered',
  band: 'Band',
  points: 'Points',
  goal: 'Goal',
  met: 'met',
  notMet: 'not met',
  notJudged: 'not judged',
  prorated: 'prorated',
  decide: (options: string) => `${options}: the committee decides`,
  noBand: 'in no band',
  twoBands: 'in two bands',
  performance: 'Performance, measures 1 to 7',
  total: 'Total',
  between: (low: string, high: string) => `between ${low} and ${high}`,
  of: (points: string, max: string) => `${points} of ${max}`,
  attainable: (points: string) => `These scales can award at most ${points} points.`,
  goals: (met: number, judged: number) => `Goals met: ${met} of ${judged}.`,
} as const;

type Key =
  | 'asOf'
  | 'name'
  | 'scales'
  | 'exits'
  | 'earnedStayers'
  | 'otherStayers'
  | 'earnedLeavers'
  | 'otherLeavers'
  | 'utilization'
  | 'basis'
  | 'persons'
  | 'beds'
  | 'dataQuality'
  | 'fiscal';
export type Values = Record<Key, string>;
export const empty: Values = {
  asOf: '',
  name: '',
  scales: '',
  exits: '',
  earnedStayers: '',
  otherStayers: '',
  earnedLeavers: '',
  otherLeavers: '',
  utilization: '',
  basis: '',
  persons: '',
  beds: '',
  dataQuality: '',
  fiscal: '',
};
const id = (key: Key) => `nbr-${key}`;

/** Rules-module paths → the fields that hold them. */
const paths: Record<string, string> = {
  asOf: id('asOf'),
  projectName: id('name'),
  scales: id('scales'),
  exitsToPermanentHousing: id('exits'),
  earnedIncomeStayers: id('earnedStayers'),
  otherIncomeStayers: id('otherStayers'),
  earnedIncomeLeavers: id('earnedLeavers'),
  otherIncomeLeavers: id('otherLeavers'),
  bedUtilization: id('utilization'),
  'chronicHomeless.basis': id('basis'),
  'chronicHomeless.persons': id('persons'),
  'chronicHomeless.beds': id('beds'),
  chronicHomeless: id('basis'),
  dataQuality: id('dataQuality'),
  fiscalManagement: id('fiscal'),
  jurisdiction: id('asOf'),
};

function toInput(values: Values): { input: unknown; problems: SummaryError[] } {
  const p = new FormProblems();
  const rate = (key: Key, label: string) => p.take(parseRate(values[key], label), id(key));
  const m = strings.measures;
  const input = {
    asOf: values.asOf,
    projectName: values.name.trim() || undefined,
    scales: values.scales || undefined,
    exitsToPermanentHousing: rate('exits', m.exits),
    earnedIncomeStayers: rate('earnedStayers', m.earnedStayers),
    otherIncomeStayers: rate('otherStayers', m.otherStayers),
    earnedIncomeLeavers: rate('earnedLeavers', m.earnedLeavers),
    otherIncomeLeavers: rate('otherLeavers', m.otherLeavers),
    bedUtilization: rate('utilization', m.utilization),
    chronicHomeless: { basis: values.basis || undefined, persons: rate('persons', m.persons), beds: rate('beds', m.beds) },
    dataQuality: rate('dataQuality', m.dataQuality),
    fiscalManagement: p.take(parseMoneyRate(values.fiscal, m.fiscal), id('fiscal')),
  };
  return { input, problems: p.list };
}

/** New Bedford FY2019 renewal scoring: each measure's band and points, the committee's open decisions, and the total. */
export default function ScoringRenewal() {
  const [values, setValues] = useState<Values>(empty);
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<NewBedfordRenewalResult | null>(null);
  const revision = useRevisionParameters(newBedfordScoringParameters);
  const applied = useRef(false);
  const last = useRef<{ values: Values; parameters: unknown } | null>(null);

  const calculate = (current: Values = values) => {
    setAttempt((n) => n + 1);
    last.current = { values: current, parameters: revision.parameters };
    const { input, problems } = toInput(current);
    const outcome = problems.length ? null : scoreRenewalUnder(input, revision.parameters);
    if (!outcome || !outcome.ok) {
      setErrors(outcome ? errorsToFields(outcome.errors, paths, id('asOf')) : problems);
      setResult(null);
      return;
    }
    setErrors([]);
    setResult(outcome.value);
    writeFragment({ ...revisionFragment(revision), ...current });
  };

  useEffect(() => {
    if (!revision.ready || applied.current) return;
    applied.current = true;
    const fromLink = location.hash.length > 1;
    const loaded = readFragment({ ...empty, asOf: defaultAsOf(revision, todayIso()) });
    setValues(loaded);
    if (fromLink && loaded.exits) calculate(loaded);
  }, [revision.ready]);

  // A worked-example link on the page sets the fragment: load and calculate it.
  useExampleLinks(() => {
    const loaded = readFragment({ ...empty, asOf: defaultAsOf(revision, todayIso()) });
    setValues(loaded);
    if (loaded.exits) calculate(loaded);
  });

  useEffect(() => {
    if (last.current && last.current.parameters !== revision.parameters) calculate(last.current.values);
  }, [revision.parameters]);

  const inline = byField(errors);
  const set = (key: Key) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const text = (key: Key, label: string, hint: string = strings.rateHint) => (
    <TextField
      id={id(key)}
      label={label}
      hint={hint}
      value={values[key]}
      onInput={set(key)}
      inputMode="text"
      error={inline[id(key)]}
      width="14rem"
    />
  );
  const m = strings.measures;
  return (
    <div>
      <RevisionBanner state={revision} />
      <ErrorSummary errors={errors} attempt={attempt} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          calculate();
        }}
      >
        <TextField
          id={id('asOf')}
          label={strings.asOf}
          hint={strings.asOfHint}
          value={values.asOf}
          onInput={set('asOf')}
          error={inline[id('asOf')]}
          width="10rem"
        />
        <TextField id={id('name')} label={strings.name} value={values.name} onInput={set('name')} error={inline[id('name')]} />
        <RadioGroup
          id={id('scales')}
          label={strings.scales}
          hint={strings.scalesHint}
          value={values.scales}
          onChange={set('scales')}
          error={inline[id('scales')]}
          options={[
            { value: 'rfp', label: strings.scaleOptions.rfp },
            { value: 'worksheet', label: strings.scaleOptions.worksheet },
          ]}
        />
        {text('exits', `1. ${m.exits}`)}
        {text('earnedStayers', `2. ${m.earnedStayers}`)}
        {text('otherStayers', `3. ${m.otherStayers}`)}
        {text('earnedLeavers', `4. ${m.earnedLeavers}`)}
        {text('otherLeavers', `5. ${m.otherLeavers}`)}
        {text('utilization', `6. ${m.utilization}`, `${strings.rateHint}. ${strings.utilizationHint}`)}
        <RadioGroup
          id={id('basis')}
          label={`7. ${strings.chronicBasis}`}
          hint={strings.chronicBasisHint}
          value={values.basis}
          onChange={set('basis')}
          error={inline[id('basis')]}
          options={[
            { value: 'persons', label: strings.basisOptions.persons },
            { value: 'beds', label: strings.basisOptions.beds },
          ]}
        />
        {text('persons', m.persons, `${strings.rateHint}. ${values.basis === 'persons' ? '' : strings.otherBasisHint}`)}
        {text('beds', m.beds, `${strings.rateHint}. ${values.basis === 'beds' ? '' : strings.otherBasisHint}`)}
        {text('dataQuality', `8. ${m.dataQuality}`, strings.dataQualityHint)}
        {text('fiscal', `9. ${m.fiscal}`, strings.fiscalHint)}
        <div class="button-row">
          <button class="button" type="submit">
            {strings.submit}
          </button>
        </div>
      </form>
      {result && <RenewalResult result={result} asOf={last.current?.values.asOf ?? values.asOf} revision={revision.revision?.title} />}
    </div>
  );
}

function pointsCell(score: NewBedfordRenewalResult['measures'][number]): string {
  const max = formatPoints(score.maximum);
  if (score.points !== null) return strings.of(formatPoints(score.points), max);
  return strings.decide(score.possiblePoints.map(formatPoints).join(' or '));
}

function RenewalResult({ result, asOf, revision }: { result: NewBedfordRenewalResult; asOf: string; revision: string | undefined }) {
  const total = (t: { points: number | null; low: number; high: number }) =>
    t.points !== null ? formatPoints(t.points) : strings.between(formatPoints(t.low), formatPoints(t.high));
  return (
    <section class="result" aria-labelledby="nbr-result" aria-live="polite">
      <h2 id="nbr-result">
        {strings.resultHeading}
        {result.projectName ? `: ${result.projectName}` : ''}
      </h2>
      <table class="result-table">
        <caption class="visually-hidden">{strings.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.measure}</th>
            <th scope="col">{strings.entered}</th>
            <th scope="col">{strings.band}</th>
            <th scope="col">{strings.points}</th>
            <th scope="col">{strings.goal}</th>
          </tr>
        </thead>
        <tbody>
          {result.measures.map((score) => (
            <tr>
              <th scope="row">{score.label}</th>
              <td>{score.entered}</td>
              <td>
                {score.band ??
                  (score.outcome === 'prorated' ? strings.prorated : score.outcome === 'gap' ? strings.noBand : strings.twoBands)}
              </td>
              <td>{pointsCell(score)}</td>
              <td>{score.goalMet === null ? strings.notJudged : score.goalMet ? strings.met : strings.notMet}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              {strings.performance}
            </th>
            <td colSpan={2}>{strings.of(total(result.performance), formatPoints(result.performance.maximum))}</td>
          </tr>
          <tr>
            <th scope="row" colSpan={3}>
              {strings.total}
            </th>
            <td colSpan={2}>
              <strong>{strings.of(total({ points: result.total, ...result.totalRange }), formatPoints(result.maximum))}</strong>
            </td>
          </tr>
        </tfoot>
      </table>
      <p>
        {strings.goals(result.goalsMet, result.goalsJudged)}{' '}
        {result.attainableMaximum < result.maximum && strings.attainable(formatPoints(result.attainableMaximum))}
      </p>
      <Reasons reasons={result.reasons} />
      <Stamp
        jurisdiction={newBedfordScoringParameters.label}
        parameterSet={newBedfordScoringParameters.label}
        asOf={asOf}
        revision={revision}
      />
      <ResultActions />
    </section>
  );
}
