import { scoreNewProjectUnder, type NewBedfordNewProjectResult } from '../../calculators/priority/scoring/newProject';
import { formatPoints } from '../../calculators/priority/scoring/points';
import { formatCents } from '../../calculators/core/money';
import { newBedfordScoringParameters } from '../../calculators/priority/scoring/sets/newBedford';
import { toYesNo, yesNoOptions } from './shared/answers';
import { CalculatorForm } from './shared/CalculatorForm';
import { ErrorSummary, type SummaryError } from './shared/ErrorSummary';
import { RadioGroup, TextField } from './shared/Fields';
import { ResultPanel, ResultTable } from './shared/Result';
import { RevisionBanner } from './shared/RevisionBanner';
import { errorsToFields, FormProblems, parseMoneyField, parseNumber, useScoringForm } from './ScoringParts';

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
    experience: { administeredFederalFunds: toYesNo(values.federalFunds), servedServiceOrPopulation: toYesNo(values.servicePopulation) },
    housingFirstPoints: num('housingFirst', strings.housingFirst),
    chronicBeds: { dedicated: num('dedicatedBeds', strings.dedicatedBeds), total: num('totalBeds', strings.totalBeds) },
    mainstreamPoints: num('mainstream', strings.mainstream),
    lowBarrier: toYesNo(values.lowBarrier),
    match: {
      request: cash('request', strings.request),
      leasing: cash('leasing', strings.leasing),
      committed: cash('committed', strings.committed),
    },
    fiscal: {
      financialStability: toYesNo(values.stability),
      promptExpenditure: toYesNo(values.prompt),
      noOutstandingFindings: toYesNo(values.findings),
      points: num('fiscalPoints', strings.fiscalPoints),
    },
  };
  return { input, problems: p.list };
}

/** New Bedford FY2019 new-project scoring: experience, quality, match and fiscal management out of 100. */
export default function ScoringNewProject() {
  const { field, errors, attempt, result, revision, calculate, asOf } = useScoringForm<Values, NewBedfordNewProjectResult>({
    empty,
    id,
    adopted: newBedfordScoringParameters,
    required: 'request',
    read: toInput,
    rule: scoreNewProjectUnder,
    errors: (list) => errorsToFields(list, paths, id('asOf')),
  });

  const text = (key: Key, label: string, hint?: string, prefix?: string) => (
    <TextField {...field(key)} label={label} hint={hint} inputMode="decimal" prefix={prefix} width="10rem" />
  );
  const question = (key: Key, label: string) => <RadioGroup {...field(key)} label={label} options={yesNoOptions} />;
  return (
    <div>
      <RevisionBanner state={revision} />
      <ErrorSummary errors={errors} attempt={attempt} />
      <CalculatorForm submit={strings.submit} onSubmit={() => calculate()}>
        <TextField {...field('asOf')} label={strings.asOf} hint={strings.asOfHint} width="10rem" />
        <TextField {...field('name')} label={strings.name} />
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
      </CalculatorForm>
      {result && (
        <ResultPanel
          id="nbn-result"
          heading={`${strings.resultHeading}${result.projectName ? `: ${result.projectName}` : ''}`}
          reasons={result.reasons}
          stamp={{ jurisdiction: newBedfordScoringParameters.label, asOf, revision: revision.revision?.title }}
        >
          <ResultTable
            caption={strings.caption}
            headings={[strings.criterion, strings.points]}
            foot={
              <>
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
              </>
            }
          >
            {result.parts.map((part) => (
              <tr>
                <th scope="row">{part.label}</th>
                <td>{strings.of(formatPoints(part.points), formatPoints(part.maximum))}</td>
              </tr>
            ))}
          </ResultTable>
          <p>{strings.requiredMatch(formatCents(result.requiredMatch))}</p>
        </ResultPanel>
      )}
    </div>
  );
}
