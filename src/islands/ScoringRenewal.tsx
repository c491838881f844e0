import { scoreRenewalUnder, type NewBedfordRenewalResult } from '../../calculators/priority/scoring/renewal';
import { formatPoints } from '../../calculators/priority/scoring/points';
import { newBedfordScoringParameters } from '../../calculators/priority/scoring/sets/newBedford';
import { CalculatorForm } from './shared/CalculatorForm';
import { ErrorSummary, type SummaryError } from './shared/ErrorSummary';
import { RadioGroup, TextField } from './shared/Fields';
import { ResultPanel, ResultTable } from './shared/Result';
import { RevisionBanner } from './shared/RevisionBanner';
import { errorsToFields, FormProblems, parseMoneyRate, parseRate, useScoringForm } from './ScoringParts';

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
  const { values, field, errors, attempt, result, revision, calculate, asOf } = useScoringForm<Values, NewBedfordRenewalResult>({
    empty,
    id,
    adopted: newBedfordScoringParameters,
    required: 'exits',
    read: toInput,
    rule: scoreRenewalUnder,
    errors: (list) => errorsToFields(list, paths, id('asOf')),
  });

  const text = (key: Key, label: string, hint: string = strings.rateHint) => (
    <TextField {...field(key)} label={label} hint={hint} inputMode="text" width="14rem" />
  );
  const m = strings.measures;
  return (
    <div>
      <RevisionBanner state={revision} />
      <ErrorSummary errors={errors} attempt={attempt} />
      <CalculatorForm submit={strings.submit} onSubmit={() => calculate()}>
        <TextField {...field('asOf')} label={strings.asOf} hint={strings.asOfHint} width="10rem" />
        <TextField {...field('name')} label={strings.name} />
        <RadioGroup
          {...field('scales')}
          label={strings.scales}
          hint={strings.scalesHint}
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
          {...field('basis')}
          label={`7. ${strings.chronicBasis}`}
          hint={strings.chronicBasisHint}
          options={[
            { value: 'persons', label: strings.basisOptions.persons },
            { value: 'beds', label: strings.basisOptions.beds },
          ]}
        />
        {text('persons', m.persons, `${strings.rateHint}. ${values.basis === 'persons' ? '' : strings.otherBasisHint}`)}
        {text('beds', m.beds, `${strings.rateHint}. ${values.basis === 'beds' ? '' : strings.otherBasisHint}`)}
        {text('dataQuality', `8. ${m.dataQuality}`, strings.dataQualityHint)}
        {text('fiscal', `9. ${m.fiscal}`, strings.fiscalHint)}
      </CalculatorForm>
      {result && <RenewalResult result={result} asOf={asOf} revision={revision.revision?.title} />}
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
    <ResultPanel
      id="nbr-result"
      heading={`${strings.resultHeading}${result.projectName ? `: ${result.projectName}` : ''}`}
      reasons={result.reasons}
      stamp={{ jurisdiction: newBedfordScoringParameters.label, asOf, revision }}
    >
      <ResultTable
        caption={strings.caption}
        headings={[strings.measure, strings.entered, strings.band, strings.points, strings.goal]}
        foot={
          <>
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
          </>
        }
      >
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
      </ResultTable>
      <p>
        {strings.goals(result.goalsMet, result.goalsJudged)}{' '}
        {result.attainableMaximum < result.maximum && strings.attainable(formatPoints(result.attainableMaximum))}
      </p>
    </ResultPanel>
  );
}
