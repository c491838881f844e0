import { useEffect, useRef, useState } from 'preact/hooks';
import { scoreNewProjectUnder, type NewBedfordNewProjectResult } from '../../calculators/priority/scoring/newProject';
import { formatPoints } from '../../calculators/priority/scoring/points';
import { formatCents } from '../../calculators/core/money';
import { newBedfordScoringParameters } from '../../calculators/priority/scoring/sets/newBedford';
import { ErrorSummary, type SummaryError } from './shared/ErrorSummary';
import { RadioGroup, TextField } from './shared/Fields';
import { byField } from './shared/errors';
import { readFragment, todayIso, writeFragment } from './shared/fragment';
import { Reasons } from './shared/Reasons';
import { defaultAsOf, revisionFragment, useRevisionParameters } from './shared/revision';
import { RevisionBanner } from './shared/RevisionBanner';
import { Stamp } from './shared/Stamp';
import {
  errorsToFields,
  FormProblems,
  useExampleLinks,
  parseMoneyField,
  parseNumber,
  ResultActions,
  yesNo,
  yesNoOptions,
} from './ScoringParts';

const strings = {
  asOf: 'Score under the rules in force on',
  asOfHint: 'A date written YYYY-MM-DD',
  name: 'Project name (optional)',
  experienceHeading: 'Agency experience and capacity',
  federalFunds: 'Has the applicant shown extensive experience administering HUD or other federal funds?',
  servicePopulation: 'Has the applicant shown extensive experience providing the proposed service or serving the proposed population?',
  qualityHeading: 'Project quality',
  housingFirst: 'Housing First points given by the committee',
  housingFirstHint: 'Up to 15: how far the project follows a Housing First, low-barrier approach',
  dedicatedBeds: 'Beds dedicated to chronic homelessness',
  totalBeds: 'All of the project’s beds',
  mainstream: 'Mainstream services points given by the committee',
  mainstreamHint: 'Up to 5: how fully the project leverages mainstream resources for supportive services',
  lowBarrier: 'Has the project shown low barriers to admission and flexible participation policies?',
  matchHeading: 'Match resources',
  request: 'Total grant request',
  leasing: 'Part of the request for leasing',
  leasingHint: 'Enter 0 if none: match is not required on leasing',
  committed: 'Match committed in writing',
  moneyHint: 'In dollars, for example 100,000.00',
  fiscalHeading: 'Fiscal management',
  stability: 'Has the applicant shown a history of financial stability?',
  prompt: 'Has the applicant shown prompt expenditure of program funds?',
  findings: 'Is the applicant free of outstanding audit or HUD monitoring findings?',
  fiscalPoints: 'Fiscal management points given by the committee (only if not all three)',
  fiscalPointsHint: 'Appendix B states only what earns the full 20; below that the committee decides',
  submit: 'Score the project',
  resultHeading: 'New project score',
  caption: 'Points for each criterion',
  criterion: 'Criterion',
  points: 'Points',
  quality: 'of which project quality',
  total: 'Total',
  of: (points: string, max: string) => `${points} of ${max}`,
  requiredMatch: (amount: string) => `Required match: ${amount}.`,
} as const;

type Key =
  | 'asOf'
  | 'name'
  | 'federalFunds'
  | 'servicePopulation'
  | 'housingFirst'
  | 'dedicatedBeds'
  | 'totalBeds'
  | 'mainstream'
  | 'lowBarrier'
  | 'request'
  | 'leasing'
  | 'committed'
  | 'stability'
  | 'prompt'
  | 'findings'
  | 'fiscalPoints';
export type Values = Record<Key, string>;
const keys: Key[] = [
  'asOf',
  'name',
  'federalFunds',
  'servicePopulation',
  'housingFirst',
  'dedicatedBeds',
  'totalBeds',
  'mainstream',
  'lowBarrier',
  'request',
  'leasing',
  'committed',
  'stability',
  'prompt',
  'findings',
  'fiscalPoints',
];
export const empty = Object.fromEntries(keys.map((k) => [k, ''])) as Values;
const id = (key: Key) => `nbn-${key}`;

const paths: Record<string, string> = {
  asOf: id('asOf'),
  jurisdiction: id('asOf'),
  projectName: id('name'),
  'experience.administeredFederalFunds': id('federalFunds'),
  'experience.servedServiceOrPopulation': id('servicePopulation'),
  experience: id('federalFunds'),
  housingFirstPoints: id('housingFirst'),
  'chronicBeds.dedicated': id('dedicatedBeds'),
  'chronicBeds.total': id('totalBeds'),
  chronicBeds: id('dedicatedBeds'),
  mainstreamPoints: id('mainstream'),
  lowBarrier: id('lowBarrier'),
  'match.request': id('request'),
  'match.leasing': id('leasing'),
  'match.committed': id('committed'),
  match: id('request'),
  'fiscal.financialStability': id('stability'),
  'fiscal.promptExpenditure': id('prompt'),
  'fiscal.noOutstandingFindings': id('findings'),
  'fiscal.points': id('fiscalPoints'),
  fiscal: id('stability'),
};

function toInput(values: Values): { input: unknown; problems: SummaryError[] } {
  const p = new FormProblems();
  const num = (key: Key, label: string) => p.take(parseNumber(values[key], label), id(key));
  const cash = (key: Key, label: string) => p.take(parseMoneyField(values[key], label), id(key));
  const input = {
    asOf: values.asOf,
    projectName: values.name.trim() || undefined,
    experience: { administeredFederalFunds: yesNo(values.federalFunds), servedServiceOrPopulation: yesNo(values.servicePopulation) },
    housingFirstPoints: num('housingFirst', strings.housingFirst),
    chronicBeds: { dedicated: num('dedicatedBeds', strings.dedicatedBeds), total: num('totalBeds', strings.totalBeds) },
    mainstreamPoints: num('mainstream', strings.mainstream),
    lowBarrier: yesNo(values.lowBarrier),
    match: {
      request: cash('request', strings.request),
      leasing: cash('leasing', strings.leasing),
      committed: cash('committed', strings.committed),
    },
    fiscal: {
      financialStability: yesNo(values.stability),
      promptExpenditure: yesNo(values.prompt),
      noOutstandingFindings: yesNo(values.findings),
      points: num('fiscalPoints', strings.fiscalPoints),
    },
  };
  return { input, problems: p.list };
}

/** New Bedford FY2019 new-project scoring: experience, quality, match and fiscal management out of 100. */
export default function ScoringNewProject() {
  const [values, setValues] = useState<Values>(empty);
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<NewBedfordNewProjectResult | null>(null);
  const revision = useRevisionParameters(newBedfordScoringParameters);
  const applied = useRef(false);
  const last = useRef<{ values: Values; parameters: unknown } | null>(null);

  const calculate = (current: Values = values) => {
    setAttempt((n) => n + 1);
    last.current = { values: current, parameters: revision.parameters };
    const { input, problems } = toInput(current);
    const outcome = problems.length ? null : scoreNewProjectUnder(input, revision.parameters);
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
    if (fromLink && loaded.request) calculate(loaded);
  }, [revision.ready]);

  // A worked-example link on the page sets the fragment: load and calculate it.
  useExampleLinks(() => {
    const loaded = readFragment({ ...empty, asOf: defaultAsOf(revision, todayIso()) });
    setValues(loaded);
    if (loaded.request) calculate(loaded);
  });

  useEffect(() => {
    if (last.current && last.current.parameters !== revision.parameters) calculate(last.current.values);
  }, [revision.parameters]);

  const inline = byField(errors);
  const set = (key: Key) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const text = (key: Key, label: string, hint?: string, prefix?: string) => (
    <TextField
      id={id(key)}
      label={label}
      hint={hint}
      value={values[key]}
      onInput={set(key)}
      inputMode="decimal"
      prefix={prefix}
      error={inline[id(key)]}
      width="10rem"
    />
  );
  const question = (key: Key, label: string) => (
    <RadioGroup id={id(key)} label={label} value={values[key]} onChange={set(key)} error={inline[id(key)]} options={yesNoOptions} />
  );
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
        <h2>{strings.experienceHeading}</h2>
        {question('federalFunds', strings.federalFunds)}
        {question('servicePopulation', strings.servicePopulation)}
        <h2>{strings.qualityHeading}</h2>
        {text('housingFirst', strings.housingFirst, strings.housingFirstHint)}
        {text('dedicatedBeds', strings.dedicatedBeds)}
        {text('totalBeds', strings.totalBeds)}
        {text('mainstream', strings.mainstream, strings.mainstreamHint)}
        {question('lowBarrier', strings.lowBarrier)}
        <h2>{strings.matchHeading}</h2>
        {text('request', strings.request, strings.moneyHint, '$')}
        {text('leasing', strings.leasing, strings.leasingHint, '$')}
        {text('committed', strings.committed, strings.moneyHint, '$')}
        <h2>{strings.fiscalHeading}</h2>
        {question('stability', strings.stability)}
        {question('prompt', strings.prompt)}
        {question('findings', strings.findings)}
        {text('fiscalPoints', strings.fiscalPoints, strings.fiscalPointsHint)}
        <div class="button-row">
          <button class="button" type="submit">
            {strings.submit}
          </button>
        </div>
      </form>
      {result && (
        <section class="result" aria-labelledby="nbn-result" aria-live="polite">
          <h2 id="nbn-result">
            {strings.resultHeading}
            {result.projectName ? `: ${result.projectName}` : ''}
          </h2>
          <table class="result-table">
            <caption class="visually-hidden">{strings.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{strings.criterion}</th>
                <th scope="col">{strings.points}</th>
              </tr>
            </thead>
            <tbody>
              {result.parts.map((part) => (
                <tr>
                  <th scope="row">{part.label}</th>
                  <td>{strings.of(formatPoints(part.points), formatPoints(part.maximum))}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{strings.quality}</th>
                <td>{strings.of(formatPoints(result.quality.points), formatPoints(result.quality.maximum))}</td>
              </tr>
              <tr>
                <th scope="row">{strings.total}</th>
                <td>
                  <strong>{strings.of(formatPoints(result.total), formatPoints(result.maximum))}</strong>
                </td>
              </tr>
            </tfoot>
          </table>
          <p>{strings.requiredMatch(formatCents(result.requiredMatch))}</p>
          <Reasons reasons={result.reasons} />
          <Stamp
            jurisdiction={newBedfordScoringParameters.label}
            parameterSet={newBedfordScoringParameters.label}
            asOf={last.current?.values.asOf ?? values.asOf}
            revision={revision.revision?.title}
          />
          <ResultActions />
        </section>
      )}
    </div>
  );
}
