import { useState } from 'preact/hooks';
import { orderOfPriority, type OrderOfPriorityResult } from '../../calculators/priority/cpd/orderOfPriority';
import { vashOrder } from '../../calculators/priority/cpd/cpd1611';
import { COMING_FROM, type ComingFrom } from '../../calculators/priority/cpd/schema';
import { priorityParameterSets } from '../../calculators/parameters/priority';
import { ErrorSummary, type SummaryError } from './shared/ErrorSummary';
import { RadioGroup, SelectField, TextField } from './shared/Fields';
import { byField, toSummaryErrors } from './shared/errors';
import { todayIso, writeFragment } from './shared/fragment';
import { Reasons } from './shared/Reasons';
import { Stamp } from './shared/Stamp';
import { ResultActions, useFragment, toNumber, toYesNo } from './PriorityFields';

const strings = {
  notice: 'Order of priority',
  notices: {
    'cpd-16-11': 'HUD-VASH admission with Notice CPD-16-11 (TPCH standards)',
    'cpd-14-012': 'Notice CPD-14-012, First and Second Priority (Lowell 2016 application)',
  },
  chronic: 'Is the person chronically homeless?',
  disability: 'Does the person have a disability?',
  episodic: 'Does the person have long periods of episodic homelessness?',
  episodicHint: 'The notice’s words; the standards give no number of months.',
  severe: 'Has the person been identified as having severe service needs?',
  comingFrom: 'Where is the person staying now?',
  choose: 'Choose…',
  places: {
    unsheltered: 'A place not meant for human habitation',
    'safe-haven': 'A safe haven',
    'emergency-shelter': 'An emergency shelter',
    'transitional-housing': 'Transitional housing',
    institution: 'An institution (jail, hospital, treatment facility)',
    other: 'Somewhere else',
  } satisfies Record<ComingFrom, string>,
  caseManagement: 'Does a clinical assessment show a need for ongoing case management?',
  caseManagementHint: 'Asked when the Veteran is in none of the groups above (VA priority populations).',
  notAsked: 'Not assessed',
  continuous: 'Months homeless continuously, up to now',
  continuousHint: 'In a place not meant for human habitation, a safe haven or an emergency shelter',
  occasions: 'Separate occasions of homelessness in the last 3 years',
  occasionsHint: 'Count the current episode as one',
  total: 'Total months homeless across those occasions',
  yes: 'Yes',
  no: 'No',
  asOf: 'Work out the priority under the rules in force on',
  asOfHint: 'A date written YYYY-MM-DD',
  submit: 'Find the priority',
  resultHeading: 'Place in the order of priority',
  group: (n: number, label: string) => `Group ${n}: ${label}`,
  notNamed: 'Not placed by the published order',
  orderHeading: 'The HUD-VASH order, first to last',
  thisPerson: '(this person)',
  copyLink: 'Copy a link to this result',
  copied: 'Link copied. It holds the answers you entered, so share it only on purpose.',
  print: 'Print',
} as const;

const ids = {
  notice: 'cpd-notice',
  chronic: 'cpd-chronic',
  disability: 'cpd-disability',
  episodic: 'cpd-episodic',
  severe: 'cpd-severe',
  comingFrom: 'cpd-coming-from',
  caseManagement: 'cpd-case-management',
  continuous: 'cpd-continuous',
  occasions: 'cpd-occasions',
  total: 'cpd-total',
  asOf: 'cpd-as-of',
} as const;
const fieldIds: Record<string, string> = {
  notice: ids.notice,
  chronicallyHomeless: ids.chronic,
  hasDisability: ids.disability,
  longEpisodicHistory: ids.episodic,
  severeServiceNeeds: ids.severe,
  comingFrom: ids.comingFrom,
  needsOngoingCaseManagement: ids.caseManagement,
  continuousMonths: ids.continuous,
  occasionsInLookBack: ids.occasions,
  monthsInLookBack: ids.total,
  asOf: ids.asOf,
};
const jurisdictionFor = { 'cpd-16-11': 'tucson-pima', 'cpd-14-012': 'lowell' } as const;

type Values = {
  notice: string;
  ch: string;
  dis: string;
  ep: string;
  sev: string;
  from: string;
  cm: string;
  cont: string;
  occ: string;
  total: string;
  asOf: string;
};
const blank: Values = { notice: '', ch: '', dis: '', ep: '', sev: '', from: '', cm: '', cont: '', occ: '', total: '', asOf: '' };

/** Where one person stands in the HUD-VASH order (CPD-16-11) or in CPD-14-012's first two priorities. */
export default function PriorityCpd() {
  const [values, setValues] = useState<Values>(blank);
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<OrderOfPriorityResult | null>(null);
  const update = (key: keyof Values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  const calculate = (v: Values = values) => {
    setAttempt((n) => n + 1);
    const common = {
      notice: v.notice || undefined,
      asOf: v.asOf.trim(),
      chronicallyHomeless: toYesNo(v.ch),
      severeServiceNeeds: toYesNo(v.sev),
    };
    const input =
      v.notice === 'cpd-14-012'
        ? { ...common, continuousMonths: toNumber(v.cont), occasionsInLookBack: toNumber(v.occ), monthsInLookBack: toNumber(v.total) }
        : {
            ...common,
            hasDisability: toYesNo(v.dis),
            longEpisodicHistory: toYesNo(v.ep),
            comingFrom: v.from || undefined,
            needsOngoingCaseManagement: toYesNo(v.cm),
          };
    const jurisdiction = v.notice === 'cpd-14-012' ? jurisdictionFor['cpd-14-012'] : jurisdictionFor['cpd-16-11'];
    const outcome = orderOfPriority(input, { jurisdiction });
    if (!outcome.ok) {
      setErrors(toSummaryErrors(outcome.errors, fieldIds, ids.notice));
      setResult(null);
      return;
    }
    setErrors([]);
    setResult(outcome.value);
    writeFragment(v);
  };

  useFragment({ ...blank, asOf: todayIso() }, (v, fromLink) => {
    setValues(v);
    if (fromLink && v.notice) calculate(v);
  });

  const inline = byField(errors);
  const yesNo = [
    { value: 'yes', label: strings.yes },
    { value: 'no', label: strings.no },
  ];
  const vash = values.notice === 'cpd-16-11';
  const lowell = values.notice === 'cpd-14-012';
  const set = result ? priorityParameterSets[jurisdictionFor[result.notice]] : null;
  const placement = result?.placement;
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
          id={ids.notice}
          label={strings.notice}
          value={values.notice}
          onChange={update('notice')}
          error={inline[ids.notice]}
          options={(['cpd-16-11', 'cpd-14-012'] as const).map((value) => ({ value, label: strings.notices[value] }))}
        />
        {(vash || lowell) && (
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
              id={ids.severe}
              label={strings.severe}
              value={values.sev}
              onChange={update('sev')}
              error={inline[ids.severe]}
              options={yesNo}
            />
          </>
        )}
        {vash && (
          <>
            <RadioGroup
              id={ids.disability}
              label={strings.disability}
              value={values.dis}
              onChange={update('dis')}
              error={inline[ids.disability]}
              options={yesNo}
            />
            <RadioGroup
              id={ids.episodic}
              label={strings.episodic}
              hint={strings.episodicHint}
              value={values.ep}
              onChange={update('ep')}
              error={inline[ids.episodic]}
              options={yesNo}
            />
            <SelectField
              id={ids.comingFrom}
              label={strings.comingFrom}
              value={values.from}
              onChange={update('from')}
              error={inline[ids.comingFrom]}
              options={[{ value: '', label: strings.choose }, ...COMING_FROM.map((value) => ({ value, label: strings.places[value] }))]}
            />
            <RadioGroup
              id={ids.caseManagement}
              label={strings.caseManagement}
              hint={strings.caseManagementHint}
              value={values.cm}
              onChange={update('cm')}
              error={inline[ids.caseManagement]}
              options={[...yesNo, { value: '', label: strings.notAsked }]}
            />
          </>
        )}
        {lowell && (
          <>
            <TextField
              id={ids.continuous}
              label={strings.continuous}
              hint={strings.continuousHint}
              value={values.cont}
              onInput={update('cont')}
              inputMode="numeric"
              error={inline[ids.continuous]}
              width="6rem"
            />
            <TextField
              id={ids.occasions}
              label={strings.occasions}
              hint={strings.occasionsHint}
              value={values.occ}
              onInput={update('occ')}
              inputMode="numeric"
              error={inline[ids.occasions]}
              width="6rem"
            />
            <TextField
              id={ids.total}
              label={strings.total}
              value={values.total}
              onInput={update('total')}
              inputMode="numeric"
              error={inline[ids.total]}
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
      {result && placement && set && (
        <section class="result" aria-labelledby="cpd-result" aria-live="polite">
          <h2 id="cpd-result">{strings.resultHeading}</h2>
          <p class={`note ${placement.status === 'placed' ? 'note--ok' : 'note--warn'}`}>
            <strong>
              {placement.status === 'placed'
                ? strings.group(placement.position, placement.label)
                : `${strings.notNamed}: ${placement.label}`}
            </strong>
          </p>
          {result.notice === 'cpd-16-11' && (
            <>
              <h3>{strings.orderHeading}</h3>
              <ol>
                {vashOrder.map((group, index) => {
                  const mine = placement.status === 'placed' && placement.position === index + 1;
                  return <li>{mine ? <strong>{`${group.label} ${strings.thisPerson}`}</strong> : group.label}</li>;
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
