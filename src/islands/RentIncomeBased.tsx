import { useEffect, useRef, useState } from 'preact/hooks';
import { formatCents } from '../../calculators/core/money';
import type { JurisdictionId } from '../../calculators/core/parameters';
import { rentParameterSets } from '../../calculators/parameters/rent';
import type { RentResult } from '../../calculators/rent/result';
import type { UtilityAllowanceSchedule } from '../../calculators/rent/schemas/utilityAllowance';
import { payFrequencies } from '../../calculators/rent/vocabulary';
import { ErrorSummary, type SummaryError } from './shared/ErrorSummary';
import { RadioGroup, SelectField, TextField } from './shared/Fields';
import { byField } from './shared/errors';
import { readFragmentJson, todayIso, writeFragment } from './shared/fragment';
import { Reasons } from './shared/Reasons';
import { RevisionBanner } from './shared/RevisionBanner';
import { defaultAsOf, revisionFragment, useRevisionParameters } from './shared/revision';
import { Stamp } from './shared/Stamp';
import {
  emptyMember,
  emptySource,
  fromExample,
  initialState,
  isIncomeBasedState,
  toInput,
  type IncomeBasedState,
  type MemberState,
} from './RentIncomeBasedForm';
import { UtilityFields, utilityPaths } from './RentUtilities';
import { type RentExample, Checkbox, fieldId, Figures, Group, JurisdictionField, ResultActions, summaryErrors } from './RentParts';

/** The rules load on first use (focus or submit), so reading the page costs no validation code. */
let rules: Promise<typeof import('../../calculators/rent/questions/incomeBased')> | null = null;
const loadRules = () => (rules ??= import('../../calculators/rent/questions/incomeBased'));

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
  frequencies: {
    hourly: 'Hourly',
    weekly: 'Weekly',
    'every-two-weeks': 'Every two weeks',
    'twice-a-month': 'Twice a month',
    monthly: 'Monthly',
    annually: 'Yearly',
  },
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
  examplesHeading: 'Try an example',
  resultHeading: 'Income-based rent',
  figuresCaption: 'The income, deductions and rent figures',
  figures: {
    annual: 'Annual income',
    adjusted: 'Adjusted income',
    ruleSet: 'Income rules applied',
    ruleSets: { 'pre-hotma': 'Before HOTMA', hotma: 'HOTMA' },
    thirty: '30% of monthly adjusted income',
    ten: '10% of monthly income',
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
  currency: '$',
} as const;

const P = 'rent-ib';
const id = (path: string) => fieldId(P, path);

/** Income-based tenant rent for CoC PSH and TH, with the utility allowance credit and reimbursement. */
export default function RentIncomeBased({ schedule, examples }: { schedule: UtilityAllowanceSchedule | null; examples: RentExample[] }) {
  const [state, setState] = useState<IncomeBasedState>(() => initialState(''));
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<RentResult | null>(null);
  const revision = useRevisionParameters(rentParameterSets[state.jurisdiction]);
  const applied = useRef(false);

  const update = (change: Partial<IncomeBasedState>) => setState((s) => ({ ...s, ...change }));
  const updateMember = (i: number, change: Partial<MemberState>) =>
    setState((s) => ({ ...s, members: s.members.map((m, k) => (k === i ? { ...m, ...change } : m)) }));

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

  const calculate = async (s: IncomeBasedState = state) => {
    const { input, problems } = toInput(s, schedule, strings);
    const outcome = problems.length
      ? { ok: false as const, errors: problems }
      : (await loadRules()).calculateIncomeBasedRent(input, { parameters: revision.parameters });
    setAttempt((n) => n + 1);
    if (!outcome.ok) {
      setErrors(summaryErrors(outcome.errors, P, shownIds(s), id('asOf')));
      setResult(null);
      return;
    }
    setErrors([]);
    setResult(outcome.value);
    writeFragment({ ...revisionFragment(revision), ib: JSON.stringify(s) });
  };

  useEffect(() => {
    if (!revision.ready || applied.current) return;
    applied.current = true;
    const fromLink = readFragmentJson<IncomeBasedState | null>('ib', null, (v): v is IncomeBasedState | null => isIncomeBasedState(v));
    const start = fromLink ?? initialState(defaultAsOf(revision, todayIso()));
    setState(start);
    if (fromLink) void calculate(fromLink);
  }, [revision.ready]);

  const inline = byField(errors);
  const err = (path: string) => inline[id(path)];
  const money = (path: string, label: string, value: string, onInput: (v: string) => void, hint?: string) => (
    <TextField
      id={id(path)}
      label={label}
      hint={hint}
      value={value}
      onInput={onInput}
      inputMode="decimal"
      prefix={strings.currency}
      error={err(path)}
      width="10rem"
    />
  );

  return (
    <div>
      <RevisionBanner state={revision} />
      <ErrorSummary errors={errors} attempt={attempt} />
      <form
        noValidate
        onFocusIn={() => void loadRules()}
        onSubmit={(event) => {
          event.preventDefault();
          void calculate();
        }}
      >
        <JurisdictionField
          id={id('jurisdiction')}
          value={state.jurisdiction}
          onChange={(jurisdiction: JurisdictionId) => update({ jurisdiction })}
        />
        <TextField
          id={id('asOf')}
          label={strings.asOfLabel}
          hint={strings.asOfHint}
          value={state.asOf}
          onInput={(asOf) => update({ asOf })}
          error={err('asOf')}
          width="10rem"
        />
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
                  updateMember(i, { sources: member.sources.map((s, k) => (k === j ? { ...s, ...change } : s)) });
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
                      options={payFrequencies.map((f) => ({ value: f, label: strings.frequencies[f] }))}
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
                      onClick={() => updateMember(i, { sources: member.sources.filter((_, k) => k !== j) })}
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
                  onClick={() => updateMember(i, { sources: [...member.sources, emptySource()] })}
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

        <div class="button-row">
          <button class="button" type="submit">
            {strings.submit}
          </button>
        </div>
      </form>

      <section class="no-print" aria-labelledby={id('examples')}>
        <h2 id={id('examples')}>{strings.examplesHeading}</h2>
        <ul>
          {examples.map((example) => (
            <li>
              <button
                type="button"
                class="button button--secondary"
                onClick={() => {
                  if (example.input.mode !== 'income-based') return;
                  const next = fromExample(example.input, example.jurisdiction, state.asOf);
                  setState(next);
                  void calculate(next);
                }}
              >
                {example.title}
              </button>{' '}
              {example.rule}
            </li>
          ))}
        </ul>
      </section>

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
    { label: f.thirty, value: formatCents(d.candidates.adjustedIncomeShare) },
    { label: f.ten, value: formatCents(d.candidates.grossIncomeShare) },
    { label: f.welfare, value: money(d.candidates.welfareRent) },
    { label: d.charge === 'occupancy-charge' ? f.maxCharge : f.tenantRent, value: formatCents(d.tenantRent), strong: true },
    ...(result.utilityAllowance === null ? [] : [{ label: f.allowance, value: formatCents(result.utilityAllowance) }]),
    ...(result.participantPays === null ? [] : [{ label: f.toOwner, value: formatCents(result.participantPays), strong: true }]),
    ...(result.utilityReimbursement === null ? [] : [{ label: f.reimbursement, value: formatCents(result.utilityReimbursement) }]),
    ...(result.programPays === null ? [] : [{ label: f.program, value: formatCents(result.programPays) }]),
    ...(result.grossRent === null ? [] : [{ label: f.gross, value: formatCents(result.grossRent) }]),
  ];
  return (
    <section class="result" aria-labelledby={id('result')} aria-live="polite">
      <h2 id={id('result')}>{strings.resultHeading}</h2>
      <Figures caption={strings.figuresCaption} rows={rows} />
      <Reasons reasons={result.reasons} />
      <Stamp
        jurisdiction={result.parameterSet.label}
        parameterSet={result.parameterSet.label}
        asOf={result.asOf}
        revision={revisionTitle}
      />
      <ResultActions />
    </section>
  );
}
