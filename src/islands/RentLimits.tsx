import { formatCents } from '../../calculators/core/money';
import type { JurisdictionId } from '../../calculators/core/parameters';
import type { RentResult } from '../../calculators/rent/result';
import type { FmrTable } from '../../calculators/rent/schemas/fmr';
import { assistanceTypes, feeKinds, limitComponents, limitPrograms } from '../../calculators/rent/vocabulary';
import type { UtilityAllowanceSchedule } from '../../calculators/rent/schemas/utilityAllowance';
import { rentLimitParameterSets } from '../../calculators/parameters/rentQuestions';
import { CalculatorForm } from './shared/CalculatorForm';
import { ErrorSummary } from './shared/ErrorSummary';
import { ExampleButtons } from './shared/Examples';
import { RadioGroup, SelectField, TextField } from './shared/Fields';
import { ResultTable } from './shared/Result';
import { RevisionBanner } from './shared/RevisionBanner';
import { emptyFee, initialLimits, isLimitsState, limitsInput, type FeeState, type LimitsState } from './RentLimitsForm';
import type { RentExampleForm } from './RentParts';
import { Checkbox, fieldId, Figures, Group, JurisdictionField, MoneyField, RentResultPanel, useRentForm } from './RentParts';
import { UtilityFields, utilityPaths } from './RentUtilities';
import { checkRentLimits } from '../../calculators/rent/questions/limits';

const strings = {
  asOfLabel: 'Check under the rules in force on',
  asOfHint: 'A date written YYYY-MM-DD',
  program: 'Funding program',
  component: 'Program component',
  assistance: 'Kind of assistance',
  rent: 'Rent and fees',
  contractRent: 'Monthly contract rent',
  fee: (n: number) => `Fee ${n}`,
  feeLabel: 'What the fee is',
  feeKind: 'Kind of fee',
  feeAmount: 'Monthly fee',
  addFee: 'Add a monthly fee',
  removeFee: 'Remove this fee',
  utilities: 'Utilities the tenant pays',
  limits: 'Fair Market Rent and rent reasonableness',
  fmrChoice: 'Fair Market Rent',
  fmr: 'Monthly FMR for the unit’s size',
  area: 'FMR area',
  chooseArea: 'Choose an area',
  fmrBedrooms: 'Bedrooms in the unit (for the FMR)',
  fmrBedroomsHint: '0 for an efficiency, up to 4',
  tableNote: (year: number, sample: boolean) => `FY${year} FMR table${sample ? ' (SAMPLE figures, not HUD’s)' : ''}.`,
  reasonableRent: 'Reasonable rent from comparable units',
  reasonableHint: 'For ESG, on the gross-rent basis (rent, required fees and utilities); for CoC, the rent charged',
  approved: 'Did the funder approve rent above the FMR?',
  approvedHint: 'Only where the standards allow an exception (Pima County RRH)',
  moveIn: 'Deposits and arrears',
  deposit: 'Security deposit',
  lastMonth: "Last month's rent paid in advance",
  arrearsMonths: 'Months of rent in arrears to pay',
  arrearsPaidBefore: 'Arrears were already paid for this participant before',
  months: 'Months of assistance',
  monthsAlready: 'Months of rental assistance already received in the look-back period',
  monthsRequested: 'Months of rental assistance requested now',
  utilityMonthsAlready: 'Months of utility assistance already received',
  utilityMonthsRequested: 'Months of utility assistance requested now',
  utilityMonthsHint: 'Leave both blank if no utility assistance is involved',
  otherAssistance: 'The participant receives other public rental assistance',
  otherAssistanceHint: '(tenant-based assistance, or a unit with project-based rental or operating assistance)',
  submit: 'Check the limits',
  resultHeading: 'Limits',
  summaryPass: 'Every limit checked is met.',
  summaryFail: 'At least one limit is not met: see below.',
  checksCaption: 'Each limit and whether the request meets it',
  check: 'Limit',
  status: 'Result',
  figuresCaption: 'The rent figures',
} as const;

const programWords = { esg: 'ESG', coc: 'CoC' };

const componentWords = {
  'rapid-rehousing': 'Rapid re-housing',
  'homelessness-prevention': 'Homelessness prevention (ESG)',
  'permanent-supportive-housing': 'Permanent supportive housing (CoC)',
  'transitional-housing': 'Transitional housing (CoC)',
};

const assistanceWords = { 'rental-assistance': 'Rental assistance', leasing: 'Leasing (CoC only)' };

const feeKindWords = { required: 'Required to occupy the unit (counts)', pet: 'Pet fee (never counts)', late: 'Late fee (never counts)' };

const fmrChoiceWords = {
  entered: 'Enter the FMR',
  table: 'Look it up in the FMR table',
  none: 'Not known (only where the program does not test it)',
};

const approvedChoiceWords = { '': 'Not applicable', yes: 'Yes', no: 'No' };

const statusWords = { pass: 'Met', fail: 'Not met', 'not-checked': 'Not checked' };

const figureWords = {
  rentCharged: 'Rent charged (rent + required fees)',
  gross: 'Gross rent (with the utility allowance)',
  fmr: 'Fair Market Rent',
  reasonable: 'Reasonable rent',
  maximum: 'Most leasing may pay',
  counted: 'Months counted against the cap',
  remaining: 'Months remaining',
  term: 'Kind of assistance requested',
  terms: { 'short-term': 'Short-term', 'medium-term': 'Medium-term', 'beyond-medium-term': 'Longer than medium-term allows' },
};

const P = 'rent-lim';
const id = (path: string) => fieldId(P, path);

const shown = (s: LimitsState): Set<string> =>
  new Set(
    [
      'asOf',
      'program',
      'component',
      'assistance',
      'contractRent',
      'fees',
      'fmr',
      'reasonableRent',
      'fmrExceptionApproved',
      'securityDeposit',
      'lastMonthRent',
      'arrears.months',
      'monthsAlreadyAssisted',
      'monthsRequested',
      'utilityAssistance.monthsAlready',
      'utilityAssistance.monthsRequested',
      ...(s.fmrChoice === 'entered' ? ['fmr.amount'] : []),
      ...(s.fmrChoice === 'table' ? ['fmr.areaCode', 'fmr.bedrooms'] : []),
      ...s.fees.flatMap((_, i) => [`fees.${i}.label`, `fees.${i}.amount`]),
      ...utilityPaths(s.utility),
    ].map(id),
  );

/** FMR, rent reasonableness, deposits, arrears and months-of-assistance limits for ESG and CoC. */
export default function RentLimits({
  schedule,
  table,
  examples,
  defaultJurisdiction = 'hud',
}: {
  schedule: UtilityAllowanceSchedule | null;
  table: FmrTable | null;
  examples: RentExampleForm<LimitsState>[];
  /** The standards chosen when the form opens, e.g. the jurisdiction of the section it is embedded in. */
  defaultJurisdiction?: JurisdictionId;
}) {
  const { state, update, load, revision, errors, attempt, result, calculate, err, bind } = useRentForm<
    LimitsState,
    Extract<RentResult, { mode: 'limits' }>
  >({
    prefix: P,
    fragmentKey: 'lim',
    sets: rentLimitParameterSets,
    isState: isLimitsState,
    fresh: (asOf) => ({ ...initialLimits(asOf), jurisdiction: defaultJurisdiction }),
    jurisdiction: (s) => s.jurisdiction,
    shown,
    run: async (s, parameters) => {
      const labels = {
        contractRent: strings.contractRent,
        feeAmount: strings.feeAmount,
        fmr: strings.fmr,
        fmrBedrooms: strings.fmrBedrooms,
        reasonableRent: strings.reasonableRent,
        deposit: strings.deposit,
        lastMonth: strings.lastMonth,
        arrearsMonths: strings.arrearsMonths,
        monthsAlready: strings.monthsAlready,
        monthsRequested: strings.monthsRequested,
        utilityMonthsAlready: strings.utilityMonthsAlready,
        utilityMonthsRequested: strings.utilityMonthsRequested,
      };
      const { input, problems } = limitsInput(s, schedule, table, labels);
      if (problems.length) return { ok: false, errors: problems };
      const outcome = checkRentLimits(input, { parameters });
      if (!outcome.ok) return outcome;
      return outcome.value.mode === 'limits' ? { ok: true, value: outcome.value } : { ok: false, errors: [] };
    },
  });

  const money = (path: string, label: string, value: string, onInput: (v: string) => void, hint?: string) => (
    <MoneyField id={id(path)} label={label} hint={hint} value={value} onInput={onInput} error={err(path)} />
  );
  const whole = (path: string, label: string, value: string, onInput: (v: string) => void, hint?: string) => (
    <TextField id={id(path)} label={label} hint={hint} value={value} onInput={onInput} inputMode="numeric" error={err(path)} width="5rem" />
  );
  const setFee = (i: number, change: Partial<FeeState>) =>
    update((s) => ({ fees: s.fees.map((f, k) => (k === i ? { ...f, ...change } : f)) }));

  return (
    <div>
      <RevisionBanner state={revision} />
      <ErrorSummary errors={errors} attempt={attempt} />
      <CalculatorForm submit={strings.submit} onSubmit={() => void calculate()}>
        <JurisdictionField
          id={id('jurisdiction')}
          value={state.jurisdiction}
          onChange={(jurisdiction: JurisdictionId) => update({ jurisdiction })}
        />
        <TextField {...bind('asOf')} label={strings.asOfLabel} hint={strings.asOfHint} width="10rem" />
        <RadioGroup
          id={id('program')}
          label={strings.program}
          value={state.program}
          onChange={(v) => update({ program: limitPrograms.find((p) => p === v) ?? 'esg' })}
          error={err('program')}
          options={limitPrograms.map((value) => ({ value, label: programWords[value] }))}
        />
        <RadioGroup
          id={id('component')}
          label={strings.component}
          value={state.component}
          onChange={(v) => update({ component: limitComponents.find((c) => c === v) ?? 'rapid-rehousing' })}
          error={err('component')}
          options={limitComponents.map((value) => ({ value, label: componentWords[value] }))}
        />
        <RadioGroup
          id={id('assistance')}
          label={strings.assistance}
          value={state.assistance}
          onChange={(v) => update({ assistance: assistanceTypes.find((a) => a === v) ?? 'rental-assistance' })}
          error={err('assistance')}
          options={assistanceTypes.map((value) => ({ value, label: assistanceWords[value] }))}
        />

        <Group legend={strings.rent}>
          {money('contractRent', strings.contractRent, state.contractRent, (contractRent) => update({ contractRent }))}
          {state.fees.map((fee, i) => (
            <div class="repeat">
              <h3>{strings.fee(i + 1)}</h3>
              <TextField
                id={id(`fees.${i}.label`)}
                label={strings.feeLabel}
                value={fee.label}
                onInput={(label) => setFee(i, { label })}
                error={err(`fees.${i}.label`)}
                width="14rem"
              />
              <SelectField
                id={id(`fees.${i}.kind`)}
                label={strings.feeKind}
                value={fee.kind}
                onChange={(v) => setFee(i, { kind: feeKinds.find((k) => k === v) ?? 'required' })}
                options={feeKinds.map((value) => ({ value, label: feeKindWords[value] }))}
              />
              {money(`fees.${i}.amount`, strings.feeAmount, fee.amount, (amount) => setFee(i, { amount }))}
              <button type="button" class="button button--secondary" onClick={() => update({ fees: state.fees.filter((_, k) => k !== i) })}>
                {strings.removeFee}
              </button>
            </div>
          ))}
          <button
            type="button"
            id={id('fees')}
            class="button button--secondary"
            onClick={() => update({ fees: [...state.fees, emptyFee()] })}
          >
            {strings.addFee}
          </button>
        </Group>

        <Group legend={strings.utilities}>
          <UtilityFields
            prefix={P}
            state={state.utility}
            onChange={(change) => update({ utility: { ...state.utility, ...change } })}
            schedule={schedule}
            error={err}
          />
        </Group>

        <Group legend={strings.limits}>
          <RadioGroup
            id={id('fmr')}
            label={strings.fmrChoice}
            value={state.fmrChoice}
            onChange={(v) => update({ fmrChoice: v === 'table' || v === 'none' ? v : 'entered' })}
            error={err('fmr')}
            options={Object.entries(fmrChoiceWords)
              .filter(([value]) => value !== 'table' || table)
              .map(([value, label]) => ({ value, label }))}
          />
          {state.fmrChoice === 'entered' && money('fmr.amount', strings.fmr, state.fmr, (fmr) => update({ fmr }))}
          {state.fmrChoice === 'table' && table && (
            <>
              <p class="hint">{strings.tableNote(table.fiscalYear, table.sample)}</p>
              <SelectField
                id={id('fmr.areaCode')}
                label={strings.area}
                value={state.areaCode}
                onChange={(areaCode) => update({ areaCode })}
                error={err('fmr.areaCode')}
                options={[{ value: '', label: strings.chooseArea }, ...table.areas.map((a) => ({ value: a.code, label: a.name }))]}
              />
              {whole(
                'fmr.bedrooms',
                strings.fmrBedrooms,
                state.fmrBedrooms,
                (fmrBedrooms) => update({ fmrBedrooms }),
                strings.fmrBedroomsHint,
              )}
            </>
          )}
          {money(
            'reasonableRent',
            strings.reasonableRent,
            state.reasonableRent,
            (reasonableRent) => update({ reasonableRent }),
            strings.reasonableHint,
          )}
          <RadioGroup
            id={id('fmrExceptionApproved')}
            label={strings.approved}
            hint={strings.approvedHint}
            value={state.approved}
            onChange={(v) => update({ approved: v === 'yes' || v === 'no' ? v : '' })}
            error={err('fmrExceptionApproved')}
            options={Object.entries(approvedChoiceWords).map(([value, label]) => ({ value, label }))}
          />
        </Group>

        <Group legend={strings.moveIn}>
          {money('securityDeposit', strings.deposit, state.deposit, (deposit) => update({ deposit }))}
          {money('lastMonthRent', strings.lastMonth, state.lastMonth, (lastMonth) => update({ lastMonth }))}
          {whole('arrears.months', strings.arrearsMonths, state.arrearsMonths, (arrearsMonths) => update({ arrearsMonths }))}
          <Checkbox
            id={id('arrears.paidBefore')}
            label={strings.arrearsPaidBefore}
            checked={state.arrearsPaidBefore}
            onChange={(arrearsPaidBefore) => update({ arrearsPaidBefore })}
          />
        </Group>

        <Group legend={strings.months}>
          {whole('monthsAlreadyAssisted', strings.monthsAlready, state.monthsAlready, (monthsAlready) => update({ monthsAlready }))}
          {whole('monthsRequested', strings.monthsRequested, state.monthsRequested, (monthsRequested) => update({ monthsRequested }))}
          {whole(
            'utilityAssistance.monthsAlready',
            strings.utilityMonthsAlready,
            state.utilityMonthsAlready,
            (utilityMonthsAlready) => update({ utilityMonthsAlready }),
            strings.utilityMonthsHint,
          )}
          {whole(
            'utilityAssistance.monthsRequested',
            strings.utilityMonthsRequested,
            state.utilityMonthsRequested,
            (utilityMonthsRequested) => update({ utilityMonthsRequested }),
          )}
          <Checkbox
            id={id('otherPublicRentalAssistance')}
            label={strings.otherAssistance}
            hint={strings.otherAssistanceHint}
            checked={state.otherAssistance}
            onChange={(otherAssistance) => update({ otherAssistance })}
          />
        </Group>
      </CalculatorForm>

      <ExampleButtons id={id('examples')} examples={examples} onChoose={(example) => load(example.state)} />

      {result && <LimitsResult result={result} revisionTitle={revision.revision?.title} />}
    </div>
  );
}

function LimitsResult({ result, revisionTitle }: { result: Extract<RentResult, { mode: 'limits' }>; revisionTitle: string | undefined }) {
  const f = figureWords;
  const d = result.detail;
  const rows = [
    { label: f.rentCharged, value: formatCents(d.rentCharged) },
    ...(result.grossRent === null ? [] : [{ label: f.gross, value: formatCents(result.grossRent), strong: true }]),
    ...(d.fmr ? [{ label: f.fmr, value: formatCents(d.fmr.amount) }] : []),
    ...(d.reasonableRent === null ? [] : [{ label: f.reasonable, value: formatCents(d.reasonableRent) }]),
    ...(d.rentLimit.maximumPayment === null ? [] : [{ label: f.maximum, value: formatCents(d.rentLimit.maximumPayment) }]),
    { label: f.counted, value: String(d.months.counted) },
    ...(d.months.remaining === null ? [] : [{ label: f.remaining, value: String(d.months.remaining), strong: true }]),
    ...(d.months.term === null ? [] : [{ label: f.term, value: f.terms[d.months.term] }]),
  ];
  return (
    <RentResultPanel id={id('result')} heading={strings.resultHeading} result={result} revision={revisionTitle}>
      <p class={`note ${d.allPass ? 'note--ok' : 'note--error'}`}>{d.allPass ? strings.summaryPass : strings.summaryFail}</p>
      <ResultTable caption={strings.checksCaption} headings={[strings.check, strings.status]}>
        {d.checks.map((check) => (
          <tr data-check={check.id}>
            <th scope="row">{check.label}</th>
            <td>{check.status === 'fail' ? <strong>{statusWords.fail}</strong> : statusWords[check.status]}</td>
          </tr>
        ))}
      </ResultTable>
      <Figures caption={strings.figuresCaption} rows={rows} />
    </RentResultPanel>
  );
}
