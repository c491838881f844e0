import { serviceNeedsLevel, type ServiceNeedsLevel, type ServiceNeedsResult } from '../../calculators/chronic/spdat';
import { chronicParameterSets } from '../../calculators/parameters/chronic';
import { CalculatorForm } from './shared/CalculatorForm';
import { ErrorSummary } from './shared/ErrorSummary';
import { RadioGroup, TextField } from './shared/Fields';
import { toSummaryErrors } from './shared/errors';
import { useCalculatorForm, useFragmentLoad } from './shared/form';
import { readFragment, todayIso, writeFragment } from './shared/fragment';
import { ResultPanel } from './shared/Result';
import { toNumber } from './PriorityFields';

const strings = {
  tool: 'SPDAT tool',
  tools: { 'vi-spdat': 'VI-SPDAT (pre-screen)', 'full-spdat': 'Full SPDAT' },
  population: 'Version of the tool',
  populations: { individual: 'Individuals', youth: 'Youth', family: 'Families' },
  score: 'SPDAT score',
  scoreHint: 'The total score, a whole number',
  asOf: 'Use the table in force on',
  asOfHint: 'A date written YYYY-MM-DD',
  submit: 'Find the service-needs level',
  resultHeading: 'Service-needs level under the TPCH standards',
  level: (level: string, lowest: number, highest: number) => `${level} service needs (score band ${lowest} to ${highest})`,
  bandsCaption: (tool: string, population: string) => `TPCH’s score bands for the ${tool}, ${population.toLowerCase()}`,
  needs: 'Service needs',
  scores: 'Scores',
  thisScore: '(this score)',
  to: (a: number, b: number) => `${a} to ${b}`,
  linkHolds: 'the score',
} as const;

const levelWords = { severe: 'Severe', high: 'High', moderate: 'Moderate', low: 'Low' } satisfies Record<ServiceNeedsLevel, string>;

const set = chronicParameterSets['tucson-pima'];
/** Each answer's key in the URL fragment, and the id of its field. */
const ids = { tool: 'needs-tool', pop: 'needs-population', score: 'needs-score', asOf: 'needs-as-of' } as const;
const fieldIds: Record<string, string> = { tool: ids.tool, population: ids.pop, score: ids.score, asOf: ids.asOf };

type Values = Record<keyof typeof ids, string>;
type Shown = { needs: ServiceNeedsResult; values: Values };
const blank: Values = { tool: '', pop: '', score: '', asOf: '' };

const choices = <K extends string>(labels: Record<K, string>) =>
  (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
const labelOf = <K extends string>(labels: Record<K, string>, key: string): string => (key in labels ? labels[key as K] : key);

/** TPCH's service-needs level (severe, high, moderate, low) from a VI-SPDAT or full SPDAT total score. */
export default function ServiceNeeds() {
  const { values, setValues, field, errors, attempt, result, fail, succeed } = useCalculatorForm<Values, Shown>(blank, (key) => ids[key]);

  const calculate = (v: Values = values) => {
    const outcome = serviceNeedsLevel(
      { tool: v.tool || undefined, population: v.pop || undefined, score: toNumber(v.score), asOf: v.asOf.trim() },
      { jurisdiction: set.id },
    );
    if (!outcome.ok) return fail(toSummaryErrors(outcome.errors, fieldIds, ids.tool));
    succeed({ needs: outcome.value, values: v });
    writeFragment(v);
  };

  // Follows the page's worked-example links too.
  useFragmentLoad(
    true,
    (fromLink) => {
      const v = readFragment({ ...blank, asOf: todayIso() });
      setValues(v);
      if (fromLink && v.score) calculate(v);
    },
    true,
  );

  const needs = result?.needs;
  return (
    <div>
      <ErrorSummary errors={errors} attempt={attempt} />
      <CalculatorForm submit={strings.submit} onSubmit={() => calculate()}>
        <RadioGroup {...field('tool')} label={strings.tool} options={choices(strings.tools)} />
        <RadioGroup {...field('pop')} label={strings.population} options={choices(strings.populations)} />
        <TextField {...field('score')} label={strings.score} hint={strings.scoreHint} inputMode="numeric" width="6rem" />
        <TextField {...field('asOf')} label={strings.asOf} hint={strings.asOfHint} width="10rem" />
      </CalculatorForm>
      {result && needs && (
        <ResultPanel
          id="needs-result"
          heading={strings.resultHeading}
          reasons={needs.reasons}
          stamp={{ jurisdiction: set.label, asOf: result.values.asOf }}
          actions={{ what: strings.linkHolds, reset: result }}
        >
          <p class="note note--ok">
            <strong>{strings.level(levelWords[needs.level], needs.band.lowest, needs.band.highest)}</strong>
          </p>
          <table class="result-table" tabIndex={0}>
            <caption>
              {strings.bandsCaption(labelOf(strings.tools, result.values.tool), labelOf(strings.populations, result.values.pop))}
            </caption>
            <thead>
              <tr>
                <th scope="col">{strings.needs}</th>
                <th scope="col">{strings.scores}</th>
              </tr>
            </thead>
            <tbody>
              {needs.bands.map((band) => (
                <tr>
                  <th scope="row">
                    {levelWords[band.level]} {band.level === needs.level && strings.thisScore}
                  </th>
                  <td>{strings.to(band.lowest, band.highest)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ResultPanel>
      )}
    </div>
  );
}
