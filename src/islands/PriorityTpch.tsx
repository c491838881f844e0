import { useState } from 'preact/hooks';
import { prioritizeTpch, type TpchPriorityResult } from '../../calculators/priority/tpch/prioritize';
import { chronicLadder, otherLadder } from '../../calculators/priority/tpch/ladders';
import { priorityParameterSets } from '../../calculators/parameters/priority';
import { ErrorSummary, type SummaryError } from './shared/ErrorSummary';
import { RadioGroup, TextField } from './shared/Fields';
import { byField, toSummaryErrors } from './shared/errors';
import { todayIso, writeFragment } from './shared/fragment';
import { Reasons } from './shared/Reasons';
import { Stamp } from './shared/Stamp';
import { ResultActions, useFragment, toNumber, toYesNo } from './PriorityFields';

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
  yes: 'Yes',
  no: 'No',
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
  copyLink: 'Copy a link to this result',
  copied: 'Link copied. It holds the answers you entered, so share it only on purpose.',
  print: 'Print',
} as const;

const jurisdiction = 'tucson-pima' as const;
const set = priorityParameterSets[jurisdiction];
const ids = {
  program: 'tpch-program',
  bedType: 'tpch-bed',
  housed: 'tpch-housed',
  tool: 'tpch-tool',
  population: 'tpch-population',
  score: 'tpch-score',
  sleeping: 'tpch-sleeping',
  chronic: 'tpch-chronic',
  disability: 'tpch-disability',
  months: 'tpch-months',
  asOf: 'tpch-as-of',
} as const;
const fieldIds: Record<string, string> = {
  program: ids.program,
  bedType: ids.bedType,
  chronicHouseholdsHoused: ids.housed,
  spdatTool: ids.tool,
  spdatPopulation: ids.population,
  spdatScore: ids.score,
  sleepingSituation: ids.sleeping,
  chronicallyHomeless: ids.chronic,
  hasDisability: ids.disability,
  lifetimeMonthsHomeless: ids.months,
  asOf: ids.asOf,
};

type Values = {
  program: string;
  bed: string;
  housed: string;
  tool: string;
  pop: string;
  score: string;
  sleep: string;
  ch: string;
  dis: string;
  months: string;
  asOf: string;
};
const blank: Values = { program: '', bed: '', housed: '', tool: '', pop: '', score: '', sleep: '', ch: '', dis: '', months: '', asOf: '' };

const choices = <K extends string>(labels: Record<K, string>) =>
  (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));

/** TPCH prioritization for one household: PSH level 1–8 by bed, or the RRH/TH group, from the SPDAT score. */
export default function PriorityTpch() {
  const [values, setValues] = useState<Values>(blank);
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<TpchPriorityResult | null>(null);
  const update = (key: keyof Values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const psh = values.program === 'psh';

  const calculate = (v: Values = values) => {
    setAttempt((n) => n + 1);
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
    if (!outcome.ok) {
      setErrors(toSummaryErrors(outcome.errors, fieldIds, ids.program));
      setResult(null);
      return;
    }
    setErrors([]);
    setResult(outcome.value);
    writeFragment(v);
  };

  useFragment({ ...blank, asOf: todayIso() }, (v, fromLink) => {
    setValues(v);
    if (fromLink && v.program) calculate(v);
  });

  const inline = byField(errors);
  const yesNo = [
    { value: 'yes', label: strings.yes },
    { value: 'no', label: strings.no },
  ];
  const placement = result?.placement;
  const ladder = result?.levels === 'other' ? otherLadder : result?.levels === 'chronic' ? chronicLadder : null;
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
        <RadioGroup
          id={ids.program}
          label={strings.program}
          value={values.program}
          onChange={update('program')}
          error={inline[ids.program]}
          options={choices(strings.programs)}
        />
        {psh && (
          <>
            <RadioGroup
              id={ids.bedType}
              label={strings.bedType}
              value={values.bed}
              onChange={update('bed')}
              error={inline[ids.bedType]}
              options={choices(strings.bedTypes)}
            />
            <RadioGroup
              id={ids.housed}
              label={strings.housed}
              hint={strings.housedHint}
              value={values.housed}
              onChange={update('housed')}
              error={inline[ids.housed]}
              options={yesNo}
            />
          </>
        )}
        <RadioGroup
          id={ids.tool}
          label={strings.tool}
          value={values.tool}
          onChange={update('tool')}
          error={inline[ids.tool]}
          options={choices(strings.tools)}
        />
        <RadioGroup
          id={ids.population}
          label={strings.population}
          value={values.pop}
          onChange={update('pop')}
          error={inline[ids.population]}
          options={choices(strings.populations)}
        />
        <TextField
          id={ids.score}
          label={strings.score}
          hint={strings.scoreHint}
          value={values.score}
          onInput={update('score')}
          inputMode="numeric"
          error={inline[ids.score]}
          width="6rem"
        />
        <RadioGroup
          id={ids.sleeping}
          label={strings.sleeping}
          value={values.sleep}
          onChange={update('sleep')}
          error={inline[ids.sleeping]}
          options={choices(strings.sleepings)}
        />
        {psh && (
          <>
            <RadioGroup
              id={ids.chronic}
              label={strings.chronic}
              value={values.ch}
              onChange={update('ch')}
              error={inline[ids.chronic]}
              options={yesNo}
            />
            <RadioGroup
              id={ids.disability}
              label={strings.disability}
              value={values.dis}
              onChange={update('dis')}
              error={inline[ids.disability]}
              options={yesNo}
            />
            <TextField
              id={ids.months}
              label={strings.months}
              hint={strings.monthsHint}
              value={values.months}
              onInput={update('months')}
              inputMode="numeric"
              error={inline[ids.months]}
              width="6rem"
            />
          </>
        )}
        <TextField
          id={ids.asOf}
          label={strings.asOf}
          hint={strings.asOfHint}
          value={values.asOf}
          onInput={update('asOf')}
          error={inline[ids.asOf]}
          width="10rem"
        />
        <div class="button-row">
          <button class="button" type="submit">
            {strings.submit}
          </button>
        </div>
      </form>
      {result && placement && (
        <section class="result" aria-labelledby="tpch-result" aria-live="polite">
          <h2 id="tpch-result">{strings.resultHeading}</h2>
          <p class={`note ${placement.status === 'placed' ? 'note--ok' : 'note--warn'}`}>
            <strong>
              {placement.status === 'placed'
                ? (result.program === 'psh' ? strings.level : strings.group)(placement.position, placement.label)
                : `${placement.status === 'not-served' ? strings.notServed : strings.notNamed}: ${placement.label}`}
            </strong>
          </p>
          <p>{strings.needs(result.serviceNeeds.level, result.serviceNeeds.lowest, result.serviceNeeds.highest)}</p>
          {ladder && (
            <>
              <h3>{strings.ladderHeading}</h3>
              <ol>
                {ladder.map((rung, index) => {
                  const mine = placement.status === 'placed' && placement.position === index + 1;
                  return <li>{mine ? <strong>{`${rung.label} ${strings.thisHousehold}`}</strong> : rung.label}</li>;
                })}
              </ol>
            </>
          )}
          <Reasons reasons={result.reasons} />
          <Stamp jurisdiction={set.label} parameterSet={set.label} asOf={values.asOf} />
          <ResultActions copyLabel={strings.copyLink} copiedText={strings.copied} printLabel={strings.print} />
        </section>
      )}
    </div>
  );
}
