import { useState } from 'preact/hooks';
import { orderNashvilleList, priorityParameterSets } from '../../calculators/priority/order/nashvilleOnly';
import type { OrderHouseholdsResult } from '../../calculators/priority/order/list';
import type { RankedHousehold } from '../../calculators/priority/result';
import { isIsoDate } from '../../calculators/core/dates';
import { valueAt } from '../../calculators/core/parameters';
import { CalculatorForm } from './shared/CalculatorForm';
import { ErrorSummary } from './shared/ErrorSummary';
import { RadioGroup, TextField } from './shared/Fields';
import { TextArea } from './shared/TextArea';
import { useCalculatorForm, useFragmentLoad } from './shared/form';
import { readFragment, todayIso, writeFragment } from './shared/fragment';
import { Reasons } from './shared/Reasons';
import { ResultPanel, ResultTable } from './shared/Result';
import { readRows, type NashvilleMethod } from './PriorityNashvilleRows';

type Method = NashvilleMethod;
type Points = { unsheltered: number; older: number; age: number; covid: number };

const strings = {
  method: 'Which list?',
  rows: 'Households, one per line',
  chooseFirst: 'Choose which list first',
  count: (line: number, found: number, expected: number) => `Line ${line} has ${found} values; each line needs ${expected}`,
  empty: 'Enter at least one household, one per line',
  lineError: (line: number, id: string, message: string) => `Line ${line}${id ? ` (${id})` : ''}: ${message}`,
  asOf: 'Order the list as of',
  asOfHint: 'A date written YYYY-MM-DD: time homeless is counted up to it',
  submit: 'Order the list',
  resultHeading: 'Households in priority order',
  orderedBy: 'Ordered by:',
  caption: 'Households in priority order, with the values each criterion compared',
  rank: 'Rank',
  household: 'Household',
  why: 'Why',
  tied: 'tied',
  listReasons: 'About this order',
  copyLink: 'Copy a link to this list',
  linkHolds: 'the list',
} as const;

const methodWords = {
  'nashville-rrh': (p: Points) =>
    `Rapid re-housing: priority score (VI-SPDAT or DV-CE score, +${p.unsheltered} unsheltered, +${p.older} age ${p.age}+, +${p.covid} COVID-19 risk), then time homeless`,
  'nashville-psh': () => 'Permanent supportive housing: chronicity, then VI-SPDAT score, then time homeless, then date of identification',
} satisfies Record<Method, (p: Points) => string>;

const rowsHintWords = {
  'nashville-rrh':
    'Seven values separated by commas or tabs: id, assessment (VI-SPDAT or DV-CE), score, unsheltered (yes/no), age, COVID-19 risk condition (yes/no), homeless since (YYYY-MM-DD). Use an HMIS or By-Name-List id, never a name. A first line starting with "id" is skipped.',
  'nashville-psh':
    'Five values separated by commas or tabs: id, chronically homeless (yes/no), VI-SPDAT score, homeless since (YYYY-MM-DD), identified on (YYYY-MM-DD). Use an HMIS or By-Name-List id, never a name. A first line starting with "id" is skipped.',
} satisfies Record<Method, string>;

const ids = { method: 'nashville-method', rows: 'nashville-rows', asOf: 'nashville-as-of' } as const;
const jurisdiction = 'nashville-davidson' as const;
const set = priorityParameterSets[jurisdiction];

/** The RRH points in force on a date, read from the parameters so the labels show the numbers the rules use. */
function pointsOn(date: string): Points {
  const read = (id: string) => {
    const parameter = set.parameters[id];
    const found = parameter && (valueAt(parameter, date) ?? parameter.values.at(-1));
    return typeof found?.value === 'number' ? found.value : Number.NaN;
  };
  return {
    unsheltered: read('priority.nashville.rrh.unshelteredPoints'),
    older: read('priority.nashville.rrh.olderAdultPoints'),
    age: read('priority.nashville.rrh.olderAdultMinimumAge'),
    covid: read('priority.nashville.rrh.covidRiskPoints'),
  };
}

function Row({ household }: { household: RankedHousehold }) {
  const [open, setOpen] = useState(false);
  return (
    <tr>
      <td>
        {household.rank}
        {household.tiedWith.length > 0 && ` (${strings.tied})`}
      </td>
      <th scope="row">{household.id}</th>
      {household.values.map((v) => (
        <td>{v.value}</td>
      ))}
      <td>
        <details onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}>
          <summary>
            {strings.why}
            <span class="visually-hidden"> {household.id}</span>
          </summary>
          {open && <Reasons reasons={household.reasons} heading={`${strings.why}: ${household.id}`} />}
        </details>
      </td>
    </tr>
  );
}

/** Orders a Nashville By-Name List for RRH (priority score) or PSH (chronicity, VI-SPDAT, time homeless, date of identification). */
export default function PriorityNashville() {
  const { values, setValues, field, errors, attempt, result, fail, succeed } = useCalculatorForm<
    Record<keyof typeof ids, string>,
    OrderHouseholdsResult
  >({ method: '', rows: '', asOf: '' }, (key) => ids[key]);

  const calculate = (v = values) => {
    if (v.method !== 'nashville-rrh' && v.method !== 'nashville-psh') return fail([{ fieldId: ids.method, message: strings.chooseFirst }]);
    const read = readRows(v.method, v.rows);
    if (read.problems.length)
      return fail(read.problems.map((p) => ({ fieldId: ids.rows, message: strings.count(p.line, p.found, p.expected) })));
    if (!read.households.length) return fail([{ fieldId: ids.rows, message: strings.empty }]);
    const outcome = orderNashvilleList({ method: v.method, asOf: v.asOf.trim(), households: read.households }, { jurisdiction });
    if (!outcome.ok) {
      return fail(
        outcome.errors.map((error) => {
          const match = /^households\.(\d+)\./.exec(error.path);
          if (!match)
            return { fieldId: error.path === 'asOf' ? ids.asOf : error.path === 'method' ? ids.method : ids.rows, message: error.message };
          const index = Number(match[1]);
          return {
            fieldId: ids.rows,
            message: strings.lineError(read.lines[index] ?? index + 1, String(read.households[index]?.id ?? ''), error.message),
          };
        }),
      );
    }
    succeed(outcome.value);
    writeFragment(v);
  };

  // Follows the page's worked-example links too.
  useFragmentLoad(
    true,
    (fromLink) => {
      const v = readFragment({ method: '', rows: '', asOf: todayIso() });
      setValues(v);
      if (fromLink && v.rows) calculate(v);
    },
    true,
  );

  const { method, asOf } = values;
  const points = pointsOn(isIsoDate(asOf.trim()) ? asOf.trim() : todayIso());
  const headings = result?.ordered[0]?.values.map((v) => v.label) ?? [];
  return (
    <div>
      <ErrorSummary errors={errors} attempt={attempt} />
      <CalculatorForm submit={strings.submit} onSubmit={() => calculate()}>
        <RadioGroup
          {...field('method')}
          label={strings.method}
          options={(['nashville-rrh', 'nashville-psh'] as const).map((value) => ({ value, label: methodWords[value](points) }))}
        />
        <TextArea
          {...field('rows')}
          label={strings.rows}
          hint={method === 'nashville-rrh' || method === 'nashville-psh' ? rowsHintWords[method] : strings.chooseFirst}
          rows={8}
          monospace
        />
        <TextField {...field('asOf')} label={strings.asOf} hint={strings.asOfHint} width="10rem" />
      </CalculatorForm>
      {result && (
        <ResultPanel
          id="nashville-result"
          heading={strings.resultHeading}
          reasons={result.reasons}
          reasonsHeading={strings.listReasons}
          stamp={{ jurisdiction: set.label, asOf }}
          actions={{ what: strings.linkHolds, copyLabel: strings.copyLink }}
        >
          <p>{strings.orderedBy}</p>
          <ol>
            {result.criteria.map((c) => (
              <li>{c}</li>
            ))}
          </ol>
          <ResultTable caption={strings.caption} headings={[strings.rank, strings.household, ...headings, strings.why]}>
            {result.ordered.map((household) => (
              <Row key={household.id} household={household} />
            ))}
          </ResultTable>
        </ResultPanel>
      )}
    </div>
  );
}
