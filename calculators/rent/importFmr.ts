import { parseMoney } from '../core/money';
import { fail, issuesToErrors, ok, type FieldError, type Outcome } from '../core/outcome';
import { csvError, headerIndex, parseCsv } from './csv';
import { FMR_BEDROOMS, FmrTable, type FmrArea } from './schemas/fmr';

/** What the CSV does not say: the fiscal year, when it took effect, and where it came from. */
export type FmrMetadata = Omit<FmrTable, 'areas'>;

/** Accepted header names, newest HUD spelling first (HUD's files changed names over the years). */
export const fmrColumnAliases = {
  code: ['hud_area_code', 'fmr_code', 'cbsasub'],
  name: ['hud_area_name', 'areaname', 'area_name'],
  ...Object.fromEntries(Array.from({ length: FMR_BEDROOMS }, (_, n) => [`fmr${n}`, [`fmr_${n}`, `fmr${n}`]])),
} as Record<string, string[]>;

/**
 * Reads HUD's published FMR table saved as CSV: an area code column (`hud_area_code`), an area name
 * column (`hud_area_name` or `areaname`) and `fmr_0` to `fmr_4` (or `fmr0` to `fmr4`) in dollars;
 * other columns (state, county, population) are ignored. HUD lists an area once per county: rows of
 * one area must agree. Every problem is reported with its line and column.
 */
export function importFmrCsv(text: string, metadata: FmrMetadata): Outcome<FmrTable> {
  const parsed = parseCsv(text);
  if (!parsed.ok) return fail(parsed.errors);
  const [header, ...records] = parsed.records;
  if (!header) return fail([csvError(1, null, 'the file is empty: it needs a header line and one line per area or county')]);
  const columns = headerIndex(header.cells);
  const errors: FieldError[] = [];
  const found: Record<string, { name: string; index: number }> = {};
  for (const [key, aliases] of Object.entries(fmrColumnAliases)) {
    const name = aliases.find((a) => columns.has(a));
    if (name === undefined)
      errors.push(csvError(1, aliases[0] ?? key, `this column is missing from the header (also accepted: ${aliases.slice(1).join(', ')})`));
    else found[key] = { name, index: columns.get(name) ?? -1 };
  }
  if (errors.length) return fail(errors);
  if (records.length === 0) return fail([csvError(1, null, 'the file has a header but no areas')]);

  const areas = new Map<string, FmrArea & { line: number }>();
  const value = (cells: string[], key: string): { column: string; text: string } => {
    const column = found[key];
    return { column: column?.name ?? key, text: (column ? cells[column.index] : undefined) ?? '' };
  };
  for (const { line, cells } of records) {
    const code = value(cells, 'code');
    const name = value(cells, 'name');
    if (code.text === '') errors.push(csvError(line, code.column, 'the area code is empty'));
    if (name.text === '') errors.push(csvError(line, name.column, 'the area name is empty'));
    const amounts: number[] = [];
    for (let n = 0; n < FMR_BEDROOMS; n += 1) {
      const cell = value(cells, `fmr${n}`);
      const money = parseMoney(cell.text);
      if (!money.ok) errors.push(csvError(line, cell.column, `"${cell.text}": ${money.message}`));
      else if (money.cents <= 0) errors.push(csvError(line, cell.column, `"${cell.text}": a Fair Market Rent must be more than $0`));
      else amounts.push(money.cents);
    }
    if (code.text === '' || amounts.length !== FMR_BEDROOMS) continue;
    const earlier = areas.get(code.text);
    if (!earlier) areas.set(code.text, { code: code.text, name: name.text, amounts, line });
    else if (earlier.amounts.some((a, i) => a !== amounts[i])) {
      errors.push(
        csvError(line, code.column, `area ${code.text} is on line ${earlier.line} with different FMRs: one area has one set of FMRs`),
      );
    }
  }
  if (errors.length) return fail(errors);
  const table = FmrTable.safeParse({ ...metadata, areas: [...areas.values()].map(({ line: _line, ...area }) => area) });
  return table.success
    ? ok(table.data)
    : fail(issuesToErrors(table.error.issues).map((e) => ({ path: e.path, message: `Table details: ${e.message}` })));
}
