import type { TpchPriorityResult } from '../../calculators/priority/tpch/prioritize';
import { prioritizeTpch, priorityParameterSets } from '../../calculators/priority/tpch/tucsonPimaOnly';
import { chronicLadder, otherLadder } from '../../calculators/priority/tpch/ladders';
import { toYesNo, yesNoOptions } from './shared/answers';
import { CalculatorForm } from './shared/CalculatorForm';
import { ErrorSummary } from './shared/ErrorSummary';
import { RadioGroup, TextField } from './shared/Fields';
import { toSummaryErrors } from './shared/errors';
import { useCalculatorForm, useFragmentLoad } from './shared/form';
import { readFragment, todayIso, writeFragment } from './shared/fragment';
import { ResultPanel } from './shared/Result';
import { OrderList, toNumber } from './PriorityFields';

const strings = {
  program: 'Program',
  programs: { psh: 'Permanent supportive housing (PSH)', rrh: 'Rapid rehousing (RRH)', th: 'Transitional housing (TH)' },
  bedType: 'Kind of PSH bed',
  bedTypes: { 'chronic-dedicated': 'Dedicated or prioritized for chronic homelessness (CH)', other: 'Not dedicated or prioritized for CH' },
  housed: 'Has the CoC determined that it has housed the chronically homeless households in its area?',
  housedHint: 'Until it has, every PSH bed follows the levels for chronic homelessness.',
  tool: 'SPDAT tool',
  tools: { 'vi-spdat': 'VI-SPDAT (pre-screen)', 'full-spdat': 'Full SPDAT' },
  population: 'Version of the tool',
  populations: { individual: 'Individuals', youth: 'Youth', family: 'Families' },
  score: 'SPDAT score',
  scoreHint: 'The total score, a whole number',
  sleeping: 'Where is the household staying?',
  sleepings: {
    unsheltered: 'Unsheltered: a place not meant for human habitation',
    sheltered: 'Sheltered: an emergency shelter, transitional housing, or facing imminent homelessness',
  },
  chronic: 'Is the household chronically homeless?',
  disability: 'Does a household member have a disability?',
  months: 'Months homeless over the household’s lifetime',
  monthsHint: 'Add up every period of homelessness, a whole number of months',
  asOf: 'Work out the priority under the standards in force on',
  asOfHint: 'A date written YYYY-MM-DD',
  submit: 'Find the priority',
  resultHeading: 'Priority under the TPCH standards',
  level: (n: number, label: string) => `Level ${n}: ${label}`,
  group: (n: number, label: string) => `Group ${n}: ${label}`,
  notServed: 'Not served by these beds',
  notNamed: 'Not placed by the published priorities',
  needs: (level: string, lowest: number, highest: number) => `Service needs: ${level} (score band ${lowest} to ${highest}).`,
  ladderHeading: 'The priority levels for these beds',
  thisHousehold: '(this household)',
  linkHolds: 'the answers',
} as const;

const jurisdiction = 'tucson-pima' as const;
const set = priorityParameterSets[jurisdiction];
/** Each answer's key in the URL fragment, and the id of its field. */
const ids = {
  program: 'tpch-program',
  bed: 'tpch-bed',
  housed: 'tpch-housed',
  tool: 'tpch-tool',
  pop: 'tpch-population',
  score: 'tpch-score',
  sleep: 'tpch-sleeping',
  ch: 'tpch-chronic',
  dis: 'tpch-disability',
  months: 'tpch-months',
  asOf: 'tpch-as-of',
} as const;
const fieldIds: Record<string, string> = {
  program: ids.program,
  bedType: ids.bed,
  chronicHouseholdsHoused: ids.housed,
  spdatTool: ids.tool,
  spdatPopulation: ids.pop,
  spdatScore: ids.score,
  sleepingSituation: ids.sleep,
  chronicallyHomeless: ids.ch,
  hasDisability: ids.dis,
  lifetimeMonthsHomeless: ids.months,
  asOf: ids.asOf,
};

type Values = Record<keyof typeof ids, string>;
const blank = Object.fromEntries(Object.keys(ids).map((key) => [key, ''])) as Values;

const choices = <K extends string>(labels: Record<K, string>) =>
  (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));

/** TPCH prioritization for one household: PSH level 1–8 by bed, or the RRH/TH group, from the SPDAT score. */
export default function PriorityTpch() {
  const { values, setValues, field, errors, attempt, result, fail, succeed } = useCalculatorForm<Values, TpchPriorityResult>(
    blank,
    (key) => ids[key],
  );
  const psh = values.program === 'psh';

  const calculate = (v: Values = values) => {
    const isPsh = v.program === 'psh';
    const outcome = prioritizeTpch(
      {
        asOf: v.asOf.trim(),
        program: v.program || undefined,
        bedType: isPsh ? v.bed || undefined : undefined,
        chronicHouseholdsHoused: isPsh ? toYesNo(v.housed) : undefined,
        spdatTool: v.tool || undefined,
        spdatPopulation: v.pop || undefined,
        spdatScore: toNumber(v.score),
        sleepingSituation: v.sleep || undefined,
        chronicallyHomeless: isPsh ? toYesNo(v.ch) : undefined,
        hasDisability: isPsh ? toYesNo(v.dis) : undefined,
        lifetimeMonthsHomeless: isPsh ? toNumber(v.months) : undefined,
      },
      { jurisdiction },
    );
    if (!outcome.ok) return fail(toSummaryErrors(outcome.errors, fieldIds, ids.program));
    succeed(outcome.value);
    writeFragment(v);
  };

  // Follows the page's worked-example links too.
  useFragmentLoad(
    true,
    (fromLink) => {
      const v = readFragment({ ...blank, asOf: todayIso() });
      setValues(v);
      if (fromLink && v.program) calculate(v);
    },
    true,
  );

  const placement = result?.placement;
  const ladder = result?.levels === 'other' ? otherLadder : result?.levels === 'chronic' ? chronicLadder : null;
  return (
    <div>
      <ErrorSummary errors={errors} attempt={attempt} />
      <CalculatorForm submit={strings.submit} onSubmit={() => calculate()}>
        <RadioGroup {...field('program')} label={strings.program} options={choices(strings.programs)} />
        {psh && (
          <>
            <RadioGroup {...field('bed')} label={strings.bedType} options={choices(strings.bedTypes)} />
            <RadioGroup {...field('housed')} label={strings.housed} hint={strings.housedHint} options={yesNoOptions} />
          </>
        )}
        <RadioGroup {...field('tool')} label={strings.tool} options={choices(strings.tools)} />
        <RadioGroup {...field('pop')} label={strings.population} options={choices(strings.populations)} />
        <TextField {...field('score')} label={strings.score} hint={strings.scoreHint} inputMode="numeric" width="6rem" />
        <RadioGroup {...field('sleep')} label={strings.sleeping} options={choices(strings.sleepings)} />
        {psh && (
          <>
            <RadioGroup {...field('ch')} label={strings.chronic} options={yesNoOptions} />
            <RadioGroup {...field('dis')} label={strings.disability} options={yesNoOptions} />
            <TextField {...field('months')} label={strings.months} hint={strings.monthsHint} inputMode="numeric" width="6rem" />
          </>
        )}
        <TextField {...field('asOf')} label={strings.asOf} hint={strings.asOfHint} width="10rem" />
      </CalculatorForm>
      {result && placement && (
        <ResultPanel
          id="tpch-result"
          heading={strings.resultHeading}
          reasons={result.reasons}
          stamp={{ jurisdiction: set.label, asOf: values.asOf }}
          actions={{ what: strings.linkHolds }}
        >
          <p class={`note ${placement.status === 'placed' ? 'note--ok' : 'note--warn'}`}>
            <strong>
              {placement.status === 'placed'
                ? (result.program === 'psh' ? strings.level : strings.group)(placement.position, placement.label)
                : `${placement.status === 'not-served' ? strings.notServed : strings.notNamed}: ${placement.label}`}
            </strong>
          </p>
          <p>{strings.needs(result.serviceNeeds.level, result.serviceNeeds.lowest, result.serviceNeeds.highest)}</p>
          {ladder && (
            <OrderList
              heading={strings.ladderHeading}
              order={ladder}
              position={placement.status === 'placed' ? placement.position : null}
              mark={strings.thisHousehold}
            />
          )}
        </ResultPanel>
      )}
    </div>
  );
}
