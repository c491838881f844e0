import {
  checkPerformanceUnder,
  type PerformanceJurisdiction,
  type PerformanceResult,
  type PerformanceStatus,
} from '../../calculators/priority/scoring/performance';
import {
  NASHVILLE_BENCHMARKS,
  NASHVILLE_CATALOG,
  NASHVILLE_COMPONENTS,
  TPCH_CATALOG,
  TPCH_COLUMNS,
  TPCH_MEASURES,
  type MeasureKind,
  type NashvilleComponent,
  type NashvilleMeasure,
  type TpchColumn,
  type TpchMeasure,
} from '../../calculators/priority/scoring/performanceCatalog';
import { componentNames } from '../../calculators/core/components';
import { performanceParameterSets } from '../../calculators/priority/scoring/sets/performance';
import { CalculatorForm } from './shared/CalculatorForm';
import { ErrorSummary, type SummaryError } from './shared/ErrorSummary';
import { RadioGroup, SelectField, TextField } from './shared/Fields';
import { ResultPanel, ResultTable } from './shared/Result';
import { RevisionBanner } from './shared/RevisionBanner';
import { errorsToFields, FormProblems, parseMoneyField, parseMoneyRate, parseNumber, parseRate, useScoringForm } from './ScoringParts';

const strings = {
  framework: 'Whose performance standards',
  asOf: 'Check under the standards in force on',
  asOfHint: 'A date written YYYY-MM-DD',
  name: 'Project name (optional)',
  column: 'Column of the TPCH 2021 table',
  columnHint: 'Only the PSH heading is legible in the source; the other columns are named by position and what the scan reads.',
  chooseColumn: 'Choose a column',
  component: 'Program component',
  chooseComponent: 'Choose a component',
  measuresHeading: 'The project’s measures',
  measuresIntro: 'Leave out any measure you do not have; only the ones entered are checked.',
  submit: 'Check the standards',
  resultHeading: 'Standards met and not met',
  caption: 'Each standard, the project’s measure and whether it meets it',
  standard: 'Standard',
  measure: 'Measure',
  project: 'Project',
  result: 'Result',
  none: '—',
  summary: (met: number, judged: number) => `${met} of ${judged} standards met.`,
  uncertain: 'The column heading is illegible in the source: check with TPCH that this column is the right one for the project.',
} as const;

const tpchWords = {
  fundUtilization: 'Grant award expended at the end of the project period',
  coordinatedEntry: 'Households served that were referred through coordinated entry',
  inventoryUtilization: 'Funded units or beds occupied at the quarterly point-in-time counts',
  incomeChangeAtExit: 'Leavers with increased income at exit',
  incomeChangeAtAnnualAssessment: 'Stayers with increased income at the annual assessment',
  outsideAssistance: 'Households receiving outside assistance',
  exitsToPermanentHousing: 'Leavers who exited to permanent housing',
  exitOrRetentionOfPermanentHousing: 'Households that exited to or kept permanent housing',
  returnsToHomelessness: 'Leavers to permanent housing who returned to homelessness within 12 months',
  promptAccessToHousing: 'Average days from acceptance to move-in',
  costPerSuccessfulExit: 'Average grant cost per household exiting to permanent housing',
  hmisRecordsExceedingThreeDays: 'Entry or exit records entered more than 3 days late',
  hmisDataCompleteness: 'HMIS data completeness',
} satisfies Record<TpchMeasure, string>;

const nashvilleWords = {
  exitsToPermanentHousing: 'Exits to permanent housing',
  housingStability: 'Housing stability (stayed in or exited to permanent housing)',
  increasedIncome: 'Participants with increased income',
  successfulExits: 'Successful exits (not to jail or the street, and/or with increased income)',
  averageStayDays: 'Average length of stay, in days',
  averageStayMonths: 'Average length of stay, in months',
  medianDaysToHousing: 'Median days from program entry to housing',
  hmisNullRate: 'HMIS client data blank, not reported or null',
} satisfies Record<NashvilleMeasure, string>;

const frameworkWords = {
  'tpch-2021': 'Tucson/Pima (TPCH) 2021 CoC Program Performance Standards',
  nashville: 'Nashville-Davidson target performance benchmarks',
};

const columnWords = {
  'column-1': 'Column 1 (heading illegible: “Terroras”)',
  psh: 'PSH',
  'column-3': 'Column 3 (heading illegible: “SH Residented”)',
  'column-4': 'Column 4 (heading illegible: “EH Total Project”)',
  'column-5': 'Column 5 (heading illegible: “Minigation”)',
} satisfies Record<TpchColumn, string>;

const hintWords = {
  rate: 'A percentage like 82.5, or a count like 41 of 50',
  'money-rate': 'A percentage, or amounts like $475,000 of $500,000',
  days: 'Days, for example 28.5',
  months: 'Months, for example 9',
  count: 'A whole number',
  money: 'In dollars: measured for information only',
} satisfies Record<MeasureKind, string>;

const statusWords = {
  met: 'Met',
  'not-met': 'Not met',
  'no-standard': 'No standard',
  illegible: 'Illegible in the source',
  'information-only': 'For information only',
  'not-entered': 'Not entered',
} satisfies Record<PerformanceStatus, string>;

type Framework = 'tpch-2021' | 'nashville';
export type Values = { framework: string; asOf: string; name: string; column: string; component: string } & Record<string, string>;
const measureKeys = [...new Set<string>([...TPCH_MEASURES, ...Object.keys(NASHVILLE_CATALOG)])];
export const fieldKey = (framework: Framework, measure: string) => `${framework === 'tpch-2021' ? 't' : 'n'}-${measure}`;
export const empty: Values = {
  framework: '',
  asOf: '',
  name: '',
  column: '',
  component: '',
  ...Object.fromEntries(
    measureKeys.flatMap((m) => [
      [fieldKey('tpch-2021', m), ''],
      [fieldKey('nashville', m), ''],
    ]),
  ),
};
const id = (key: string) => `perf-${key}`;
const jurisdictions: Record<Framework, PerformanceJurisdiction> = { 'tpch-2021': 'tucson-pima', nashville: 'nashville-davidson' };

export const kindOf = (framework: Framework, measure: string): MeasureKind =>
  framework === 'tpch-2021' ? TPCH_CATALOG[measure as TpchMeasure].kind : NASHVILLE_CATALOG[measure as NashvilleMeasure].kind;
const labelOf = (framework: Framework, measure: string): string =>
  framework === 'tpch-2021' ? tpchWords[measure as TpchMeasure] : nashvilleWords[measure as NashvilleMeasure];
const shownMeasures = (values: Values): string[] =>
  values.framework === 'tpch-2021'
    ? [...TPCH_MEASURES]
    : values.component
      ? NASHVILLE_BENCHMARKS[values.component as NashvilleComponent]
      : [];

function parseMeasure(kind: MeasureKind, text: string, label: string, fieldId: string, p: FormProblems) {
  switch (kind) {
    case 'rate':
      return p.take(parseRate(text, label), fieldId);
    case 'money-rate':
      return p.take(parseMoneyRate(text, label), fieldId);
    case 'money':
      return p.take(parseMoneyField(text, label), fieldId);
    case 'days':
    case 'months':
    case 'count':
      return p.take(parseNumber(text, label), fieldId);
  }
}

/** The framework whose parameter set the island calculates under (TPCH until one is chosen). */
const frameworkOf = (values: Values): Framework => (values.framework || 'tpch-2021') as Framework;

/** Rules-module paths → the fields that hold them, for the measures these answers show. */
const paths = (current: Values): Record<string, string> => ({
  framework: id('framework'),
  asOf: id('asOf'),
  jurisdiction: id('framework'),
  projectName: id('name'),
  column: id('column'),
  component: id('component'),
  ...Object.fromEntries(shownMeasures(current).map((m) => [`measures.${m}`, id(fieldKey(current.framework as Framework, m))])),
});

function toInput(values: Values): { input: unknown; problems: SummaryError[] } {
  const p = new FormProblems();
  const framework = values.framework as Framework;
  const measures = Object.fromEntries(
    shownMeasures(values).flatMap((m) => {
      const key = fieldKey(framework, m);
      const value = parseMeasure(kindOf(framework, m), values[key] ?? '', labelOf(framework, m), id(key), p);
      return value === undefined ? [] : [[m, value]];
    }),
  );
  const base = { framework: values.framework || undefined, asOf: values.asOf, projectName: values.name.trim() || undefined, measures };
  const input =
    framework === 'tpch-2021' ? { ...base, column: values.column || undefined } : { ...base, component: values.component || undefined };
  return { input, problems: p.list };
}

/** Checks a project's measures against TPCH's 2021 standards or Nashville's benchmarks, standard by standard. */
export default function PerformanceStandards({
  defaultJurisdiction,
  defaultComponent,
}: {
  /** Whose standards are chosen when the form opens, e.g. the jurisdiction of the section it is embedded in. */
  defaultJurisdiction?: string;
  /** The Nashville component chosen when the form opens. */
  defaultComponent?: NashvilleComponent;
}) {
  const framed = (Object.keys(jurisdictions) as Framework[]).find((f) => jurisdictions[f] === defaultJurisdiction);
  const opening: Values = { ...empty, framework: framed ?? '', component: defaultComponent ?? '' };
  const { values, field, errors, attempt, result, revision, calculate, asOf } = useScoringForm<Values, PerformanceResult>({
    empty: opening,
    id,
    adopted: (v) => performanceParameterSets[jurisdictions[frameworkOf(v)]],
    required: 'framework',
    read: toInput,
    // The revision applies to the chosen framework's set; the other framework keeps its adopted set.
    rule: (input, parameters) => checkPerformanceUnder(input, (j) => (j === parameters.id ? parameters : performanceParameterSets[j])),
    errors: (list, v) => errorsToFields(list, paths(v), id('framework')),
    // Switching frameworks switches the adopted set too: recalculate only the same framework under a new set.
    sameRules: (last, current) => last.framework === current.framework,
  });
  const framework = frameworkOf(values);

  return (
    <div>
      <RevisionBanner state={revision} />
      <ErrorSummary errors={errors} attempt={attempt} />
      <CalculatorForm submit={strings.submit} onSubmit={() => calculate()}>
        <RadioGroup
          {...field('framework')}
          label={strings.framework}
          options={(['tpch-2021', 'nashville'] as const).map((f) => ({ value: f, label: frameworkWords[f] }))}
        />
        <TextField {...field('asOf')} label={strings.asOf} hint={strings.asOfHint} width="10rem" />
        <TextField {...field('name')} label={strings.name} />
        {values.framework === 'tpch-2021' && (
          <SelectField
            {...field('column')}
            label={strings.column}
            hint={strings.columnHint}
            options={[{ value: '', label: strings.chooseColumn }, ...TPCH_COLUMNS.map((c) => ({ value: c, label: columnWords[c] }))]}
          />
        )}
        {values.framework === 'nashville' && (
          <SelectField
            {...field('component')}
            label={strings.component}
            options={[
              { value: '', label: strings.chooseComponent },
              ...NASHVILLE_COMPONENTS.map((c) => ({ value: c, label: componentNames[c] })),
            ]}
          />
        )}
        {shownMeasures(values).length > 0 && (
          <fieldset>
            <legend>{strings.measuresHeading}</legend>
            <p class="hint">{strings.measuresIntro}</p>
            {shownMeasures(values).map((m) => {
              const key = fieldKey(framework, m);
              const kind = kindOf(framework, m);
              return (
                <TextField
                  {...field(key)}
                  value={values[key] ?? ''}
                  label={labelOf(framework, m)}
                  hint={hintWords[kind]}
                  inputMode={kind === 'rate' || kind === 'money-rate' ? 'text' : 'decimal'}
                  prefix={kind === 'money' ? '$' : undefined}
                  width="14rem"
                />
              );
            })}
          </fieldset>
        )}
      </CalculatorForm>
      {result && (
        <ResultPanel
          id="perf-result"
          heading={`${strings.resultHeading}: ${result.appliesTo}${result.projectName ? ` (${result.projectName})` : ''}`}
          reasons={result.reasons}
          stamp={{
            jurisdiction: performanceParameterSets[jurisdictions[result.framework]].label,
            asOf,
            revision: revision.revision?.title,
          }}
        >
          <p>{strings.summary(result.met, result.met + result.notMet)}</p>
          {!result.headingCertain && <p class="note note--warn">{strings.uncertain}</p>}
          <ResultTable caption={strings.caption} headings={[strings.measure, strings.standard, strings.project, strings.result]}>
            {result.checks.map((check) => (
              <tr data-status={check.status}>
                <th scope="row">{check.label}</th>
                <td>{check.standard ?? strings.none}</td>
                <td>{check.entered ?? strings.none}</td>
                <td>{statusWords[check.status]}</td>
              </tr>
            ))}
          </ResultTable>
        </ResultPanel>
      )}
    </div>
  );
}
