import { formatCents } from '../../calculators/core/money';
import type { RentResult } from '../../calculators/rent/result';
import { rentParameterSets } from '../../calculators/parameters/rent';
import { CalculatorForm } from './shared/CalculatorForm';
import { ErrorSummary } from './shared/ErrorSummary';
import { ExampleButtons } from './shared/Examples';
import { TextField } from './shared/Fields';
import { RevisionBanner } from './shared/RevisionBanner';
import { type RentExample, fieldId, Figures, Group, MoneyField, moneyText, Problems, RentResultPanel, useRentForm } from './RentParts';
import { calculateNashvilleBudget } from '../../calculators/rent/questions/nashvilleBudget';

const strings = {
  asOfLabel: 'Calculate under the rules in force on',
  asOfHint: 'A date written YYYY-MM-DD',
  contractRent: 'Monthly contract rent',
  submit: 'Calculate',
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
} as const;

const listWords = {
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
};

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
const shown = (s: BudgetState): Set<string> =>
  new Set(
    ['asOf', 'contractRent', ...listNames.flatMap((n) => [n, ...s[n].flatMap((_, i) => [`${n}.${i}.label`, `${n}.${i}.amount`])])].map(id),
  );

/** Nashville RRH: what the monthly budget leaves toward rent, the assistance needed and the move-in costs RRH pays. */
export default function RentNashvilleBudget({ examples }: { examples: RentExample[] }) {
  const { state, update, load, revision, errors, attempt, result, calculate, err, bind } = useRentForm<
    BudgetState,
    Extract<RentResult, { mode: 'nashville-budget' }>
  >({
    prefix: P,
    fragmentKey: 'nb',
    sets: rentParameterSets,
    isState: isBudgetState,
    fresh: initial,
    jurisdiction: () => jurisdiction,
    shown,
    run: async (s, parameters) => {
      const p = new Problems();
      const list = (name: ListName) =>
        s[name].map((line, i) => ({
          label: line.label.trim() || `${listWords[name].item} ${i + 1}`,
          amount: p.money(line.amount, `${name}.${i}.amount`, listWords[name].amount, true) ?? 0,
        }));
      const input = {
        mode: 'nashville-budget',
        asOf: s.asOf,
        contractRent: p.money(s.contractRent, 'contractRent', strings.contractRent, true) ?? 0,
        incomeSources: list('incomeSources'),
        expenses: list('expenses'),
        ...(s.moveInCosts.length ? { moveInCosts: list('moveInCosts') } : {}),
      };
      if (p.errors.length) return { ok: false, errors: p.errors };
      const outcome = calculateNashvilleBudget(input, { parameters });
      if (!outcome.ok) return outcome;
      return outcome.value.mode === 'nashville-budget' ? { ok: true, value: outcome.value } : { ok: false, errors: [] };
    },
  });
  const setLine = (name: ListName, i: number, change: Partial<Line>) =>
    update((s) => ({ [name]: s[name].map((l, k) => (k === i ? { ...l, ...change } : l)) }));

  return (
    <div>
      <RevisionBanner state={revision} />
      <ErrorSummary errors={errors} attempt={attempt} />
      <CalculatorForm submit={strings.submit} onSubmit={() => void calculate()}>
        <TextField {...bind('asOf')} label={strings.asOfLabel} hint={strings.asOfHint} width="10rem" />
        <MoneyField {...bind('contractRent')} label={strings.contractRent} />
        {listNames.map((name) => {
          const text = listWords[name];
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
                  <MoneyField
                    id={id(`${name}.${i}.amount`)}
                    label={`${text.item} ${i + 1}: ${text.amount}`}
                    value={line.amount}
                    onInput={(amount) => setLine(name, i, { amount })}
                    error={err(`${name}.${i}.amount`)}
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
      </CalculatorForm>

      <ExampleButtons
        id={id('examples')}
        examples={examples}
        onChoose={(example) => {
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
          load(next);
        }}
      />

      {result && (
        <RentResultPanel id={id('result')} heading={strings.resultHeading} result={result} revision={revision.revision?.title}>
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
        </RentResultPanel>
      )}
    </div>
  );
}
