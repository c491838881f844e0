import { useEffect, useRef, useState } from 'preact/hooks';
import { formatCents } from '../../calculators/core/money';
import { rentParameterSets } from '../../calculators/parameters/rent';
import type { RentResult } from '../../calculators/rent/result';
import { ErrorSummary, type SummaryError } from './shared/ErrorSummary';
import { TextField } from './shared/Fields';
import { byField } from './shared/errors';
import { readFragmentJson, todayIso, writeFragment } from './shared/fragment';
import { Reasons } from './shared/Reasons';
import { RevisionBanner } from './shared/RevisionBanner';
import { defaultAsOf, revisionFragment, useRevisionParameters } from './shared/revision';
import { Stamp } from './shared/Stamp';
import { type RentExample, fieldId, Figures, Group, moneyText, Problems, ResultActions, summaryErrors } from './RentParts';

/** The rules load on first use (focus or submit), so reading the page costs no validation code. */
let rules: Promise<typeof import('../../calculators/rent/questions/nashvilleBudget')> | null = null;
const loadRules = () => (rules ??= import('../../calculators/rent/questions/nashvilleBudget'));

const strings = {
  asOfLabel: 'Calculate under the rules in force on',
  asOfHint: 'A date written YYYY-MM-DD',
  contractRent: 'Monthly contract rent',
  lists: {
    incomeSources: {
      legend: 'Income each month',
      item: 'Income',
      label: 'What the income is',
      amount: 'Amount a month',
      add: 'Add income',
      remove: 'Remove this income',
      empty: 'No income listed: the household has no income.',
    },
    expenses: {
      legend: 'Expenses each month (other than this rent)',
      item: 'Expense',
      label: 'What the expense is',
      amount: 'Amount a month',
      add: 'Add an expense',
      remove: 'Remove this expense',
      empty: 'No expenses listed.',
    },
    moveInCosts: {
      legend: 'Move-in costs (one time)',
      item: 'Move-in cost',
      label: 'What the cost is',
      amount: 'Amount',
      add: 'Add a move-in cost',
      remove: 'Remove this cost',
      empty: 'No move-in costs listed.',
    },
  },
  submit: 'Calculate',
  examplesHeading: 'Try an example',
  resultHeading: 'Rental assistance from the monthly budget',
  caption: 'The budget and the assistance it shows',
  figures: {
    income: 'Monthly income',
    expenses: 'Monthly expenses',
    leaves: 'Left toward rent',
    participant: 'Participant pays',
    program: 'Assistance needed (program pays)',
    moveIn: 'Move-in costs',
    moveInPaid: 'Move-in costs RRH pays',
  },
  currency: '$',
} as const;

const P = 'rent-nb';
const id = (path: string) => fieldId(P, path);
const jurisdiction = 'nashville-davidson' as const;
const listNames = ['incomeSources', 'expenses', 'moveInCosts'] as const;
type ListName = (typeof listNames)[number];
type Line = { label: string; amount: string };
type BudgetState = { asOf: string; contractRent: string } & Record<ListName, Line[]>;

const initial = (asOf: string): BudgetState => ({
  asOf,
  contractRent: '',
  incomeSources: [{ label: '', amount: '' }],
  expenses: [{ label: '', amount: '' }],
  moveInCosts: [],
});
const isBudgetState = (v: unknown): v is BudgetState =>
  typeof v === 'object' && v !== null && listNames.every((n) => Array.isArray((v as BudgetState)[n]));

/** Nashville RRH: what the monthly budget leaves toward rent, the assistance needed and the move-in costs RRH pays. */
export default function RentNashvilleBudget({ examples }: { examples: RentExample[] }) {
  const [state, setState] = useState<BudgetState>(() => initial(''));
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<Extract<RentResult, { mode: 'nashville-budget' }> | null>(null);
  const revision = useRevisionParameters(rentParameterSets[jurisdiction]);
  const applied = useRef(false);
  const update = (change: Partial<BudgetState>) => setState((s) => ({ ...s, ...change }));

  const calculate = async (s: BudgetState = state) => {
    const p = new Problems();
    const list = (name: ListName) =>
      s[name].map((line, i) => ({
        label: line.label.trim() || `${strings.lists[name].item} ${i + 1}`,
        amount: p.money(line.amount, `${name}.${i}.amount`, strings.lists[name].amount, true) ?? 0,
      }));
    const input = {
      mode: 'nashville-budget',
      asOf: s.asOf,
      contractRent: p.money(s.contractRent, 'contractRent', strings.contractRent, true) ?? 0,
      incomeSources: list('incomeSources'),
      expenses: list('expenses'),
      ...(s.moveInCosts.length ? { moveInCosts: list('moveInCosts') } : {}),
    };
    const outcome = p.errors.length
      ? { ok: false as const, errors: p.errors }
      : (await loadRules()).calculateNashvilleBudget(input, { parameters: revision.parameters });
    setAttempt((n) => n + 1);
    if (!outcome.ok || outcome.value.mode !== 'nashville-budget') {
      const shown = new Set(
        ['asOf', 'contractRent', ...listNames.flatMap((n) => [n, ...s[n].flatMap((_, i) => [`${n}.${i}.label`, `${n}.${i}.amount`])])].map(
          id,
        ),
      );
      setErrors(summaryErrors(outcome.ok ? [] : outcome.errors, P, shown, id('asOf')));
      setResult(null);
      return;
    }
    setErrors([]);
    setResult(outcome.value);
    writeFragment({ ...revisionFragment(revision), nb: JSON.stringify(s) });
  };

  useEffect(() => {
    if (!revision.ready || applied.current) return;
    applied.current = true;
    const fromLink = readFragmentJson<BudgetState | null>('nb', null, (v): v is BudgetState | null => isBudgetState(v));
    setState(fromLink ?? initial(defaultAsOf(revision, todayIso())));
    if (fromLink) void calculate(fromLink);
  }, [revision.ready]);

  const inline = byField(errors);
  const err = (path: string) => inline[id(path)];
  const setLine = (name: ListName, i: number, change: Partial<Line>) =>
    update({ [name]: state[name].map((l, k) => (k === i ? { ...l, ...change } : l)) });

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
        <TextField
          id={id('asOf')}
          label={strings.asOfLabel}
          hint={strings.asOfHint}
          value={state.asOf}
          onInput={(asOf) => update({ asOf })}
          error={err('asOf')}
          width="10rem"
        />
        <TextField
          id={id('contractRent')}
          label={strings.contractRent}
          value={state.contractRent}
          onInput={(contractRent) => update({ contractRent })}
          inputMode="decimal"
          prefix={strings.currency}
          error={err('contractRent')}
          width="10rem"
        />
        {listNames.map((name) => {
          const text = strings.lists[name];
          return (
            <Group legend={text.legend}>
              {state[name].length === 0 && <p class="hint">{text.empty}</p>}
              {state[name].map((line, i) => (
                <div class="repeat">
                  <TextField
                    id={id(`${name}.${i}.label`)}
                    label={`${text.item} ${i + 1}: ${text.label}`}
                    value={line.label}
                    onInput={(label) => setLine(name, i, { label })}
                    error={err(`${name}.${i}.label`)}
                    width="14rem"
                  />
                  <TextField
                    id={id(`${name}.${i}.amount`)}
                    label={`${text.item} ${i + 1}: ${text.amount}`}
                    value={line.amount}
                    onInput={(amount) => setLine(name, i, { amount })}
                    inputMode="decimal"
                    prefix={strings.currency}
                    error={err(`${name}.${i}.amount`)}
                    width="10rem"
                  />
                  <button
                    type="button"
                    class="button button--secondary"
                    onClick={() => update({ [name]: state[name].filter((_, k) => k !== i) })}
                  >
                    {text.remove}
                  </button>
                </div>
              ))}
              <button
                type="button"
                id={id(name)}
                class="button button--secondary"
                onClick={() => update({ [name]: [...state[name], { label: '', amount: '' }] })}
              >
                {text.add}
              </button>
            </Group>
          );
        })}
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
                  if (example.input.mode !== 'nashville-budget') return;
                  const lines = (items: { label: string; amount: number }[] | undefined) =>
                    (items ?? []).map((l) => ({ label: l.label, amount: moneyText(l.amount) }));
                  const next: BudgetState = {
                    asOf: example.input.asOf,
                    contractRent: moneyText(example.input.contractRent),
                    incomeSources: lines(example.input.incomeSources),
                    expenses: lines(example.input.expenses),
                    moveInCosts: lines(example.input.moveInCosts),
                  };
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

      {result && (
        <section class="result" aria-labelledby={id('result')} aria-live="polite">
          <h2 id={id('result')}>{strings.resultHeading}</h2>
          <Figures
            caption={strings.caption}
            rows={[
              { label: strings.figures.income, value: formatCents(result.detail.monthlyIncome) },
              { label: strings.figures.expenses, value: formatCents(result.detail.monthlyExpenses) },
              { label: strings.figures.leaves, value: formatCents(result.detail.budgetLeavesForRent) },
              { label: strings.figures.participant, value: formatCents(result.participantPays ?? 0), strong: true },
              { label: strings.figures.program, value: formatCents(result.programPays ?? 0), strong: true },
              ...(result.detail.moveInCosts === null
                ? []
                : [{ label: strings.figures.moveIn, value: formatCents(result.detail.moveInCosts) }]),
              ...(result.detail.programPaysMoveIn === null
                ? []
                : [{ label: strings.figures.moveInPaid, value: formatCents(result.detail.programPaysMoveIn) }]),
            ]}
          />
          <Reasons reasons={result.reasons} />
          <Stamp
            jurisdiction={result.parameterSet.label}
            parameterSet={result.parameterSet.label}
            asOf={result.asOf}
            revision={revision.revision?.title}
          />
          <ResultActions />
        </section>
      )}
    </div>
  );
}
