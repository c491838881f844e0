import { formatBasisPoints, formatCents } from '../../calculators/core/money';
import type { JurisdictionId } from '../../calculators/core/parameters';
import type { RentResult } from '../../calculators/rent/result';
import type { UtilityAllowanceSchedule } from '../../calculators/rent/schemas/utilityAllowance';
import { payFrequencies } from '../../calculators/rent/vocabulary';
import { incomeBasedRentParameterSets } from '../../calculators/parameters/rentQuestions';
import { CalculatorForm } from './shared/CalculatorForm';
import { ErrorSummary } from './shared/ErrorSummary';
import { ExampleButtons } from './shared/Examples';
import { RadioGroup, SelectField, TextField } from './shared/Fields';
import { RevisionBanner } from './shared/RevisionBanner';
import {
  emptyMember,
  emptySource,
  initialState,
  isIncomeBasedState,
  toInput,
  type IncomeBasedState,
  type MemberState,
} from './RentIncomeBasedForm';
import { UtilityFields, utilityPaths } from './RentUtilities';
import type { RentExampleForm } from './RentParts';
import { Checkbox, fieldId, Figures, Group, JurisdictionField, MoneyField, RentResultPanel, useRentForm } from './RentParts';
import { calculateIncomeBasedRent } from '../../calculators/rent/questions/incomeBased';

const strings = {
  asOfLabel: 'Calculate under the rules in force on',
  asOfHint: 'A date written YYYY-MM-DD. Before 2024 the rules before HOTMA apply; from 2024 the HOTMA rules.',
  componentLabel: 'Program component',
  components: { 'permanent-supportive-housing': 'Permanent supportive housing', 'transitional-housing': 'Transitional housing' },
  chargeLabel: 'What to calculate',
  charges: {
    'rental-assistance-rent': 'Rent a participant receiving rental assistance must pay',
    'occupancy-charge': 'The most a project may charge for occupancy (charges are optional)',
  },
  household: 'Household and income',
  member: (n: number) => `Member ${n}`,
  name: 'Name or initials',
  nameHint: 'Only labels the arithmetic; leave blank if you prefer',
  relationship: 'Place in the household',
  relationships: { head: 'Head of household', 'spouse-or-co-head': 'Spouse or co-head', other: 'Other member' },
  age: 'Age in years',
  dependent: 'Dependent',
  dependentHint: '(under 18, a person with disabilities, or a full-time student; not the head, spouse or co-head)',
  income: (n: number) => `Income ${n}`,
  incomeLabel: 'What the income is',
  kind: 'Earned or unearned',
  kinds: { earned: 'Earned (pay from work)', unearned: 'Unearned (benefits, support, pensions)' },
  amount: 'Amount of each payment',
  amountHint: 'In dollars; for hourly pay, the hourly rate',
  frequency: 'How often it is paid',
  hours: 'Hours worked in a usual week',
  addIncome: 'Add income',
  removeIncome: 'Remove this income',
  addMember: 'Add a household member',
  removeMember: 'Remove this member',
  deductions: 'Deductions',
  elderly: 'Elderly or disabled family',
  elderlyHint: '(the head, spouse, co-head or sole member is 62 or older or has a disability)',
  medical: 'Unreimbursed medical expenses a year',
  medicalHint: 'Deducted only for an elderly or disabled family, above a share of annual income',
  careExpenses: 'Attendant-care and apparatus expenses a year',
  careEarnings: 'Earnings a year the care makes possible',
  careHint: 'For a member with disabilities; the deduction cannot exceed the earnings',
  childCare: 'Child care expenses a year',
  childCareHint: 'Reasonable child care that lets a member work or study',
  welfare: 'Welfare rent a month',
  welfareHint: 'The part of a public-assistance payment the agency designates for housing, if any',
  utilities: 'Utilities the tenant pays',
  unit: 'The unit',
  contractRent: 'Monthly contract rent (optional)',
  contractRentHint: 'To split the rent between the participant and the program',
  submit: 'Calculate',
  resultHeading: 'Income-based rent',
  figuresCaption: 'The income, deductions and rent figures',
  figures: {
    annual: 'Annual income',
    adjusted: 'Adjusted income',
    ruleSet: 'Income rules applied',
    ruleSets: { 'pre-hotma': 'Before HOTMA', hotma: 'HOTMA' },
    adjustedShare: (share: string) => `${share} of monthly adjusted income`,
    grossShare: (share: string) => `${share} of monthly income`,
    welfare: 'Welfare rent',
    none: 'None',
    tenantRent: 'Tenant rent (the highest)',
    maxCharge: 'Most the occupancy charge may be',
    allowance: 'Utility allowance',
    toOwner: 'Participant pays the owner',
    reimbursement: 'Utility reimbursement',
    program: 'Program pays',
    gross: 'Gross rent',
  },
} as const;

const frequencyWords = {
  hourly: 'Hourly',
  weekly: 'Weekly',
  'every-two-weeks': 'Every two weeks',
  'twice-a-month': 'Twice a month',
  monthly: 'Monthly',
  annually: 'Yearly',
};

const P = 'rent-ib';
const id = (path: string) => fieldId(P, path);

const shownIds = (s: IncomeBasedState): Set<string> => {
  const ids = [
    'asOf',
    'component',
    'charge',
    'members',
    'medicalExpenses',
    'attendantCare.expenses',
    'attendantCare.earningsEnabled',
    'childCareExpenses',
    'welfareRent',
    'contractRent',
    ...utilityPaths(s.utility),
  ];
  s.members.forEach((m, i) => {
    ids.push(`members.${i}.name`, `members.${i}.relationship`, `members.${i}.age`, `members.${i}.dependent`);
    m.sources.forEach((src, j) =>
      ids.push(
        ...['label', 'kind', 'amount', 'frequency', ...(src.frequency === 'hourly' ? ['hoursPerWeek'] : [])].map(
          (f) => `members.${i}.incomeSources.${j}.${f}`,
        ),
      ),
    );
  });
  return new Set(ids.map(id));
};

/** Income-based tenant rent for CoC PSH and TH, with the utility allowance credit and reimbursement. */
export default function RentIncomeBased({
  schedule,
  examples,
  defaultJurisdiction = 'hud',
}: {
  schedule: UtilityAllowanceSchedule | null;
  examples: RentExampleForm<IncomeBasedState>[];
  /** The standards chosen when the form opens, e.g. the jurisdiction of the section it is embedded in. */
  defaultJurisdiction?: JurisdictionId;
}) {
  const { state, setState, update, load, revision, errors, attempt, result, calculate, err, bind } = useRentForm<
    IncomeBasedState,
    RentResult
  >({
    prefix: P,
    fragmentKey: 'ib',
    sets: incomeBasedRentParameterSets,
    isState: isIncomeBasedState,
    fresh: (asOf) => ({ ...initialState(asOf), jurisdiction: defaultJurisdiction }),
    jurisdiction: (s) => s.jurisdiction,
    shown: shownIds,
    run: async (s, parameters) => {
      const { input, problems } = toInput(s, schedule, {
        age: strings.age,
        amount: strings.amount,
        hours: strings.hours,
        medical: strings.medical,
        careExpenses: strings.careExpenses,
        careEarnings: strings.careEarnings,
        childCare: strings.childCare,
        welfare: strings.welfare,
        contractRent: strings.contractRent,
      });
      return problems.length ? { ok: false, errors: problems } : calculateIncomeBasedRent(input, { parameters });
    },
  });
  /** Changes member i from its latest state, so changes made before a render all count. */
  const updateMember = (i: number, change: Partial<MemberState> | ((m: MemberState) => Partial<MemberState>)) =>
    setState((s) => ({
      ...s,
      members: s.members.map((m, k) => (k === i ? { ...m, ...(typeof change === 'function' ? change(m) : change) } : m)),
    }));

  const money = (path: string, label: string, value: string, onInput: (v: string) => void, hint?: string) => (
    <MoneyField id={id(path)} label={label} hint={hint} value={value} onInput={onInput} error={err(path)} />
  );

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
          id={id('component')}
          label={strings.componentLabel}
          value={state.component}
          onChange={(v) => update({ component: v === 'transitional-housing' ? v : 'permanent-supportive-housing' })}
          error={err('component')}
          options={Object.entries(strings.components).map(([value, label]) => ({ value, label }))}
        />
        <RadioGroup
          id={id('charge')}
          label={strings.chargeLabel}
          value={state.charge}
          onChange={(v) => update({ charge: v === 'occupancy-charge' ? v : 'rental-assistance-rent' })}
          error={err('charge')}
          options={Object.entries(strings.charges).map(([value, label]) => ({ value, label }))}
        />

        <Group legend={strings.household}>
          {state.members.map((member, i) => (
            <div class="repeat">
              <h3>{strings.member(i + 1)}</h3>
              <TextField
                id={id(`members.${i}.name`)}
                label={strings.name}
                hint={strings.nameHint}
                value={member.name}
                onInput={(name) => updateMember(i, { name })}
                error={err(`members.${i}.name`)}
                width="14rem"
              />
              <SelectField
                id={id(`members.${i}.relationship`)}
                label={strings.relationship}
                value={member.relationship}
                onChange={(v) => updateMember(i, { relationship: v === 'head' || v === 'spouse-or-co-head' ? v : 'other' })}
                error={err(`members.${i}.relationship`)}
                options={Object.entries(strings.relationships).map(([value, label]) => ({ value, label }))}
              />
              <TextField
                id={id(`members.${i}.age`)}
                label={strings.age}
                value={member.age}
                onInput={(age) => updateMember(i, { age })}
                inputMode="numeric"
                error={err(`members.${i}.age`)}
                width="5rem"
              />
              <Checkbox
                id={id(`members.${i}.dependent`)}
                label={strings.dependent}
                hint={strings.dependentHint}
                checked={member.dependent}
                onChange={(dependent) => updateMember(i, { dependent })}
              />
              {err(`members.${i}.dependent`) && <p class="field-error">{err(`members.${i}.dependent`)}</p>}
              {member.sources.map((source, j) => {
                const path = `members.${i}.incomeSources.${j}`;
                const setSource = (change: Partial<typeof source>) =>
                  updateMember(i, (m) => ({ sources: m.sources.map((s, k) => (k === j ? { ...s, ...change } : s)) }));
                return (
                  <div class="repeat repeat--nested">
                    <h4>{strings.income(j + 1)}</h4>
                    <TextField
                      id={id(`${path}.label`)}
                      label={strings.incomeLabel}
                      value={source.label}
                      onInput={(label) => setSource({ label })}
                      error={err(`${path}.label`)}
                      width="14rem"
                    />
                    <SelectField
                      id={id(`${path}.kind`)}
                      label={strings.kind}
                      value={source.kind}
                      onChange={(v) => setSource({ kind: v === 'unearned' ? 'unearned' : 'earned' })}
                      options={Object.entries(strings.kinds).map(([value, label]) => ({ value, label }))}
                    />
                    {money(`${path}.amount`, strings.amount, source.amount, (amount) => setSource({ amount }), strings.amountHint)}
                    <SelectField
                      id={id(`${path}.frequency`)}
                      label={strings.frequency}
                      value={source.frequency}
                      onChange={(v) => setSource({ frequency: payFrequencies.find((f) => f === v) ?? 'monthly' })}
                      options={payFrequencies.map((f) => ({ value: f, label: frequencyWords[f] }))}
                    />
                    {source.frequency === 'hourly' && (
                      <TextField
                        id={id(`${path}.hoursPerWeek`)}
                        label={strings.hours}
                        value={source.hours}
                        onInput={(hours) => setSource({ hours })}
                        inputMode="decimal"
                        error={err(`${path}.hoursPerWeek`)}
                        width="6rem"
                      />
                    )}
                    <button
                      type="button"
                      class="button button--secondary"
                      onClick={() => updateMember(i, (m) => ({ sources: m.sources.filter((_, k) => k !== j) }))}
                    >
                      {strings.removeIncome}
                    </button>
                  </div>
                );
              })}
              <div class="button-row">
                <button
                  type="button"
                  class="button button--secondary"
                  onClick={() => updateMember(i, (m) => ({ sources: [...m.sources, emptySource()] }))}
                >
                  {strings.addIncome}
                </button>
                {i > 0 && (
                  <button
                    type="button"
                    class="button button--secondary"
                    onClick={() => update({ members: state.members.filter((_, k) => k !== i) })}
                  >
                    {strings.removeMember}
                  </button>
                )}
              </div>
            </div>
          ))}
          {err('members') && <p class="field-error">{err('members')}</p>}
          <button
            type="button"
            id={id('members')}
            class="button button--secondary"
            onClick={() => update({ members: [...state.members, emptyMember(false)] })}
          >
            {strings.addMember}
          </button>
        </Group>

        <Group legend={strings.deductions}>
          <Checkbox
            id={id('elderlyOrDisabledFamily')}
            label={strings.elderly}
            hint={strings.elderlyHint}
            checked={state.elderly}
            onChange={(elderly) => update({ elderly })}
          />
          {money('medicalExpenses', strings.medical, state.medical, (medical) => update({ medical }), strings.medicalHint)}
          {money(
            'attendantCare.expenses',
            strings.careExpenses,
            state.careExpenses,
            (careExpenses) => update({ careExpenses }),
            strings.careHint,
          )}
          {money('attendantCare.earningsEnabled', strings.careEarnings, state.careEarnings, (careEarnings) => update({ careEarnings }))}
          {money('childCareExpenses', strings.childCare, state.childCare, (childCare) => update({ childCare }), strings.childCareHint)}
          {money('welfareRent', strings.welfare, state.welfare, (welfare) => update({ welfare }), strings.welfareHint)}
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

        <Group legend={strings.unit}>
          {money(
            'contractRent',
            strings.contractRent,
            state.contractRent,
            (contractRent) => update({ contractRent }),
            strings.contractRentHint,
          )}
        </Group>
      </CalculatorForm>

      <ExampleButtons id={id('examples')} examples={examples} onChoose={(example) => load(example.state)} />

      {result && result.mode === 'income-based' && <IncomeBasedResult result={result} revisionTitle={revision.revision?.title} />}
    </div>
  );
}

function IncomeBasedResult({
  result,
  revisionTitle,
}: {
  result: Extract<RentResult, { mode: 'income-based' }>;
  revisionTitle: string | undefined;
}) {
  const f = strings.figures;
  const d = result.detail;
  const money = (cents: number | null) => (cents === null ? f.none : formatCents(cents));
  const rows = [
    { label: f.ruleSet, value: f.ruleSets[d.ruleSet] },
    { label: f.annual, value: formatCents(d.annualIncome) },
    { label: f.adjusted, value: formatCents(d.adjustedIncome) },
    { label: f.adjustedShare(formatBasisPoints(d.shares.adjustedIncome)), value: formatCents(d.candidates.adjustedIncomeShare) },
    { label: f.grossShare(formatBasisPoints(d.shares.grossIncome)), value: formatCents(d.candidates.grossIncomeShare) },
    { label: f.welfare, value: money(d.candidates.welfareRent) },
    { label: d.charge === 'occupancy-charge' ? f.maxCharge : f.tenantRent, value: formatCents(d.tenantRent), strong: true },
    ...(result.utilityAllowance === null ? [] : [{ label: f.allowance, value: formatCents(result.utilityAllowance) }]),
    ...(result.participantPays === null ? [] : [{ label: f.toOwner, value: formatCents(result.participantPays), strong: true }]),
    ...(result.utilityReimbursement === null ? [] : [{ label: f.reimbursement, value: formatCents(result.utilityReimbursement) }]),
    ...(result.programPays === null ? [] : [{ label: f.program, value: formatCents(result.programPays) }]),
    ...(result.grossRent === null ? [] : [{ label: f.gross, value: formatCents(result.grossRent) }]),
  ];
  return (
    <RentResultPanel id={id('result')} heading={strings.resultHeading} result={result} revision={revisionTitle}>
      <Figures caption={strings.figuresCaption} rows={rows} />
    </RentResultPanel>
  );
}
