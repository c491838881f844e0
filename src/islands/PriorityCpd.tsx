import type { OrderOfPriorityResult } from '../../calculators/priority/cpd/orderOfPriority';
import { orderOfPriority, priorityParameterSets } from '../../calculators/priority/cpd/noticesOnly';
import { vashOrder } from '../../calculators/priority/cpd/cpd1611';
import { COMING_FROM, type ComingFrom } from '../../calculators/priority/cpd/schema';
import { toYesNo, yesNoOptions } from './shared/answers';
import { CalculatorForm } from './shared/CalculatorForm';
import { ErrorSummary } from './shared/ErrorSummary';
import { RadioGroup, SelectField, TextField } from './shared/Fields';
import { toSummaryErrors } from './shared/errors';
import { useCalculatorForm, useFragmentLoad } from './shared/form';
import { readFragment, todayIso, writeFragment } from './shared/fragment';
import { ResultPanel } from './shared/Result';
import { OrderList, toNumber } from './PriorityFields';

const strings = {
  notice: 'Order of priority',
  chronic: 'Is the person chronically homeless?',
  disability: 'Does the person have a disability?',
  episodic: 'Does the person have long periods of episodic homelessness?',
  episodicHint: 'The notice’s words; the standards give no number of months.',
  severe: 'Has the person been identified as having severe service needs?',
  comingFrom: 'Where is the person staying now?',
  choose: 'Choose…',
  caseManagement: 'Does a clinical assessment show a need for ongoing case management?',
  caseManagementHint: 'Asked when the Veteran is in none of the groups above (VA priority populations).',
  notAsked: 'Not assessed',
  continuous: 'Months homeless continuously, up to now',
  continuousHint: 'In a place not meant for human habitation, a safe haven or an emergency shelter',
  occasions: 'Separate occasions of homelessness in the last 3 years',
  occasionsHint: 'Count the current episode as one',
  total: 'Total months homeless across those occasions',
  asOf: 'Work out the priority under the rules in force on',
  asOfHint: 'A date written YYYY-MM-DD',
  submit: 'Find the priority',
  resultHeading: 'Place in the order of priority',
  group: (n: number, label: string) => `Group ${n}: ${label}`,
  notNamed: 'Not placed by the published order',
  orderHeading: 'The HUD-VASH order, first to last',
  thisPerson: '(this person)',
  linkHolds: 'the answers',
} as const;

const noticeWords = {
  'cpd-16-11': 'HUD-VASH admission with Notice CPD-16-11 (TPCH standards)',
  'cpd-14-012': 'Notice CPD-14-012, First and Second Priority (Lowell 2016 application)',
};

const placeWords = {
  unsheltered: 'A place not meant for human habitation',
  'safe-haven': 'A safe haven',
  'emergency-shelter': 'An emergency shelter',
  'transitional-housing': 'Transitional housing',
  institution: 'An institution (jail, hospital, treatment facility)',
  other: 'Somewhere else',
} satisfies Record<ComingFrom, string>;

/** Each answer's key in the URL fragment, and the id of its field. */
const ids = {
  notice: 'cpd-notice',
  ch: 'cpd-chronic',
  dis: 'cpd-disability',
  ep: 'cpd-episodic',
  sev: 'cpd-severe',
  from: 'cpd-coming-from',
  cm: 'cpd-case-management',
  cont: 'cpd-continuous',
  occ: 'cpd-occasions',
  total: 'cpd-total',
  asOf: 'cpd-as-of',
} as const;
const fieldIds: Record<string, string> = {
  notice: ids.notice,
  chronicallyHomeless: ids.ch,
  hasDisability: ids.dis,
  longEpisodicHistory: ids.ep,
  severeServiceNeeds: ids.sev,
  comingFrom: ids.from,
  needsOngoingCaseManagement: ids.cm,
  continuousMonths: ids.cont,
  occasionsInLookBack: ids.occ,
  monthsInLookBack: ids.total,
  asOf: ids.asOf,
};
const jurisdictionFor = { 'cpd-16-11': 'tucson-pima', 'cpd-14-012': 'lowell' } as const;

type Values = Record<keyof typeof ids, string>;
const blank = Object.fromEntries(Object.keys(ids).map((key) => [key, ''])) as Values;

/** Where one person stands in the HUD-VASH order (CPD-16-11) or in CPD-14-012's first two priorities. */
export default function PriorityCpd({
  defaultJurisdiction,
}: {
  /** TPCH opens on CPD-16-11, Lowell on CPD-14-012. */ defaultJurisdiction?: string;
}) {
  const notice = (Object.keys(jurisdictionFor) as (keyof typeof jurisdictionFor)[]).find((n) => jurisdictionFor[n] === defaultJurisdiction);
  const opening: Values = { ...blank, notice: notice ?? '' };
  const { values, setValues, field, errors, attempt, result, fail, succeed } = useCalculatorForm<Values, OrderOfPriorityResult>(
    opening,
    (key) => ids[key],
  );

  const calculate = (v: Values = values) => {
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
    if (!outcome.ok) return fail(toSummaryErrors(outcome.errors, fieldIds, ids.notice));
    succeed(outcome.value);
    writeFragment(v);
  };

  // Follows the page's worked-example links too.
  useFragmentLoad(
    true,
    (fromLink) => {
      const v = readFragment({ ...opening, asOf: todayIso() });
      setValues(v);
      if (fromLink && v.notice) calculate(v);
    },
    true,
  );

  const vash = values.notice === 'cpd-16-11';
  const lowell = values.notice === 'cpd-14-012';
  const set = result ? priorityParameterSets[jurisdictionFor[result.notice]] : null;
  const placement = result?.placement;
  return (
    <div>
      <ErrorSummary errors={errors} attempt={attempt} />
      <CalculatorForm submit={strings.submit} onSubmit={() => calculate()}>
        <RadioGroup
          {...field('notice')}
          label={strings.notice}
          options={(['cpd-16-11', 'cpd-14-012'] as const).map((value) => ({ value, label: noticeWords[value] }))}
        />
        {(vash || lowell) && (
          <>
            <RadioGroup {...field('ch')} label={strings.chronic} options={yesNoOptions} />
            <RadioGroup {...field('sev')} label={strings.severe} options={yesNoOptions} />
          </>
        )}
        {vash && (
          <>
            <RadioGroup {...field('dis')} label={strings.disability} options={yesNoOptions} />
            <RadioGroup {...field('ep')} label={strings.episodic} hint={strings.episodicHint} options={yesNoOptions} />
            <SelectField
              {...field('from')}
              label={strings.comingFrom}
              options={[{ value: '', label: strings.choose }, ...COMING_FROM.map((value) => ({ value, label: placeWords[value] }))]}
            />
            <RadioGroup
              {...field('cm')}
              label={strings.caseManagement}
              hint={strings.caseManagementHint}
              options={[...yesNoOptions, { value: '', label: strings.notAsked }]}
            />
          </>
        )}
        {lowell && (
          <>
            <TextField {...field('cont')} label={strings.continuous} hint={strings.continuousHint} inputMode="numeric" width="6rem" />
            <TextField {...field('occ')} label={strings.occasions} hint={strings.occasionsHint} inputMode="numeric" width="6rem" />
            <TextField {...field('total')} label={strings.total} inputMode="numeric" width="6rem" />
          </>
        )}
        <TextField {...field('asOf')} label={strings.asOf} hint={strings.asOfHint} width="10rem" />
      </CalculatorForm>
      {result && placement && set && (
        <ResultPanel
          id="cpd-result"
          heading={strings.resultHeading}
          reasons={result.reasons}
          stamp={{ jurisdiction: set.label, asOf: values.asOf }}
          actions={{ what: strings.linkHolds }}
        >
          <p class={`note ${placement.status === 'placed' ? 'note--ok' : 'note--warn'}`}>
            <strong>
              {placement.status === 'placed'
                ? strings.group(placement.position, placement.label)
                : `${strings.notNamed}: ${placement.label}`}
            </strong>
          </p>
          {result.notice === 'cpd-16-11' && (
            <OrderList
              heading={strings.orderHeading}
              order={vashOrder}
              position={placement.status === 'placed' ? placement.position : null}
              mark={strings.thisPerson}
            />
          )}
        </ResultPanel>
      )}
    </div>
  );
}
