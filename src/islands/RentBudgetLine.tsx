import { formatCents } from '../../calculators/core/money';
import type { RentResult } from '../../calculators/rent/result';
import type { FmrTable } from '../../calculators/rent/schemas/fmr';
import { rentParameterSets } from '../../calculators/parameters/rent';
import { CalculatorForm } from './shared/CalculatorForm';
import { ErrorSummary } from './shared/ErrorSummary';
import { RadioGroup, SelectField, TextField } from './shared/Fields';
import { ResultTable } from './shared/Result';
import { RevisionBanner } from './shared/RevisionBanner';
import { fieldId, MoneyField, Problems, RentResultPanel, useRentForm } from './RentParts';
import { calculateBudgetLine } from '../../calculators/rent/questions/budgetLine';

const strings = {
  asOfLabel: 'Calculate under the rules in force on',
  asOfHint: 'A date written YYYY-MM-DD',
  fmrSource: 'Where the FMRs come from',
  fmrSources: { entered: 'I will enter the FMR for each unit size', table: 'Look them up in the FMR table' },
  area: 'FMR area',
  chooseArea: 'Choose an area',
  tableNote: (year: number, sample: boolean) => `FY${year} FMR table${sample ? ' (SAMPLE figures, not HUD’s)' : ''}.`,
  units: (size: string) => `${size}: number of units`,
  fmr: (size: string) => `${size}: monthly FMR`,
  submit: 'Calculate the budget line',
  resultHeading: 'Rental assistance budget',
  caption: 'Units × FMR × months for each unit size',
  size: 'Unit size',
  unitsColumn: 'Units',
  fmrColumn: 'FMR',
  monthsColumn: 'Months',
  totalColumn: 'Total',
  total: 'Total',
  noUnits: 'Enter the number of units for at least one unit size',
} as const;

const sizeWords = ['Efficiency', '1 bedroom', '2 bedrooms', '3 bedrooms', '4 bedrooms'];

const P = 'rent-bl';
const id = (path: string) => fieldId(P, path);
const jurisdiction = 'lowell' as const;

type Line = { units: string; fmr: string };
type BudgetState = { asOf: string; source: 'entered' | 'table'; areaCode: string; lines: Line[] };
const initial = (asOf: string): BudgetState => ({
  asOf,
  source: 'entered',
  areaCode: '',
  lines: sizeWords.map(() => ({ units: '', fmr: '' })),
});
const isBudgetState = (v: unknown): v is BudgetState =>
  typeof v === 'object' && v !== null && Array.isArray((v as BudgetState).lines) && (v as BudgetState).lines.length === sizeWords.length;
const shown = new Set(
  ['asOf', 'fmrTable', 'fmrTable.areaCode', ...sizeWords.flatMap((_, i) => [`lines.${i}.units`, `lines.${i}.fmr`])].map(id),
);

/** The application's rental assistance budget line (Lowell 2016 form): units × FMR × 12 for each unit size. */
export default function RentBudgetLine({ table }: { table: FmrTable | null }) {
  const { state, update, revision, errors, attempt, result, calculate, err, bind } = useRentForm<
    BudgetState,
    Extract<RentResult, { mode: 'budget-line' }>
  >({
    prefix: P,
    fragmentKey: 'bl',
    sets: rentParameterSets,
    isState: isBudgetState,
    fresh: initial,
    jurisdiction: () => jurisdiction,
    shown: () => shown,
    run: async (s, parameters) => {
      const p = new Problems();
      const lines = s.lines.flatMap((line, bedrooms) => {
        if (line.units.trim() === '' && line.fmr.trim() === '') return [];
        const size = sizeWords[bedrooms] ?? '';
        const units = p.whole(line.units, `lines.${bedrooms}.units`, strings.units(size)) ?? 0;
        const fmr = s.source === 'entered' ? p.money(line.fmr, `lines.${bedrooms}.fmr`, strings.fmr(size), true) : undefined;
        return [{ bedrooms, units, ...(fmr === undefined ? {} : { fmr }) }];
      });
      if (lines.length === 0) p.add('lines.0.units', strings.noUnits);
      if (p.errors.length) return { ok: false, errors: p.errors };
      const input = {
        mode: 'budget-line',
        asOf: s.asOf,
        lines,
        ...(s.source === 'table' && table ? { fmrTable: { table, areaCode: s.areaCode } } : {}),
      };
      const outcome = calculateBudgetLine(input, { parameters });
      if (outcome.ok) return outcome.value.mode === 'budget-line' ? { ok: true, value: outcome.value } : { ok: false, errors: [] };
      // The rules module numbers lines by their place in the list it was given; the form by unit size.
      const formPath = (path: string): string => {
        if (/^lines\.\d+\.areaCode$/.test(path)) return 'fmrTable.areaCode';
        const m = /^lines\.(\d+)\.(\w+)/.exec(path);
        if (!m) return path;
        const size = lines[Number(m[1])]?.bedrooms ?? Number(m[1]);
        return `lines.${size}.${m[2] === 'fmr' ? 'fmr' : 'units'}`;
      };
      return { ok: false, errors: outcome.errors.map((e) => ({ ...e, path: formPath(e.path) })) };
    },
  });

  const setLine = (i: number, change: Partial<Line>) =>
    update((s) => ({ lines: s.lines.map((l, k) => (k === i ? { ...l, ...change } : l)) }));

  return (
    <div>
      <RevisionBanner state={revision} />
      <ErrorSummary errors={errors} attempt={attempt} />
      <CalculatorForm submit={strings.submit} onSubmit={() => void calculate()}>
        <TextField {...bind('asOf')} label={strings.asOfLabel} hint={strings.asOfHint} width="10rem" />
        {table && (
          <RadioGroup
            id={id('fmrTable')}
            label={strings.fmrSource}
            value={state.source}
            onChange={(v) => update({ source: v === 'table' ? 'table' : 'entered' })}
            options={Object.entries(strings.fmrSources).map(([value, label]) => ({ value, label }))}
          />
        )}
        {state.source === 'table' && table && (
          <>
            <p class="hint">{strings.tableNote(table.fiscalYear, table.sample)}</p>
            <SelectField
              id={id('fmrTable.areaCode')}
              label={strings.area}
              value={state.areaCode}
              onChange={(areaCode) => update({ areaCode })}
              error={err('fmrTable.areaCode')}
              options={[{ value: '', label: strings.chooseArea }, ...table.areas.map((a) => ({ value: a.code, label: a.name }))]}
            />
          </>
        )}
        {sizeWords.map((size, i) => (
          <div class="repeat">
            <TextField
              id={id(`lines.${i}.units`)}
              label={strings.units(size)}
              value={state.lines[i]?.units ?? ''}
              onInput={(units) => setLine(i, { units })}
              inputMode="numeric"
              error={err(`lines.${i}.units`)}
              width="5rem"
            />
            {state.source === 'entered' && (
              <MoneyField
                id={id(`lines.${i}.fmr`)}
                label={strings.fmr(size)}
                value={state.lines[i]?.fmr ?? ''}
                onInput={(fmr) => setLine(i, { fmr })}
                error={err(`lines.${i}.fmr`)}
              />
            )}
          </div>
        ))}
      </CalculatorForm>
      {result && (
        <RentResultPanel id={id('result')} heading={strings.resultHeading} result={result} revision={revision.revision?.title}>
          <ResultTable
            caption={strings.caption}
            headings={[strings.size, strings.unitsColumn, strings.fmrColumn, strings.monthsColumn, strings.totalColumn]}
          >
            {result.detail.lines.map((line) => (
              <tr>
                <th scope="row">{sizeWords[line.bedrooms]}</th>
                <td>{line.units}</td>
                <td>{formatCents(line.fmr)}</td>
                <td>{line.months}</td>
                <td>{formatCents(line.total)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">
                <strong>{strings.total}</strong>
              </th>
              <td />
              <td />
              <td />
              <td>
                <strong>{formatCents(result.detail.total)}</strong>
              </td>
            </tr>
          </ResultTable>
        </RentResultPanel>
      )}
    </div>
  );
}
