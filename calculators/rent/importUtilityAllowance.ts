import { parseMoney } from '../core/money';
import { fail, issuesToErrors, ok, type FieldError, type Outcome } from '../core/outcome';
import { csvError, headerIndex, parseCsv } from './csv';
import { fuels, scheduleUses, SCHEDULE_BEDROOMS, UtilityAllowanceSchedule, type ScheduleRow } from './schemas/utilityAllowance';

/** What the CSV does not say: who published the schedule, where and when. */
export type ScheduleMetadata = Omit<UtilityAllowanceSchedule, 'rows'>;

const amountColumns = Array.from({ length: SCHEDULE_BEDROOMS }, (_, n) => `br${n}`);
/** The columns a utility allowance CSV has: use, fuel, br0 to br5 and an optional notes column. */
export const utilityAllowanceColumns = ['use', 'fuel', ...amountColumns, 'notes'] as const;

/**
 * Reads a PHA utility allowance schedule from CSV. Columns: `use` (heating, cooking, water-heating,
 * other-electric, water, sewer, trash, range, refrigerator), `fuel` (gas, electric or oil for heating,
 * cooking and water heating; empty otherwise), `br0` to `br5` (monthly dollars for 0 to 5 bedrooms,
 * like 45 or 45.00; empty where the schedule lists none) and optionally `notes`. Every problem is
 * reported with its line and column.
 */
export function importUtilityAllowanceCsv(text: string, metadata: ScheduleMetadata): Outcome<UtilityAllowanceSchedule> {
  const parsed = parseCsv(text);
  if (!parsed.ok) return fail(parsed.errors);
  const [header, ...records] = parsed.records;
  if (!header) return fail([csvError(1, null, 'the file is empty: it needs a header line and one line per utility')]);
  const columns = headerIndex(header.cells);
  const errors: FieldError[] = [];
  for (const name of columns.keys()) {
    if (!(utilityAllowanceColumns as readonly string[]).includes(name))
      errors.push(csvError(1, name, `unknown column: the columns are ${utilityAllowanceColumns.join(', ')}`));
  }
  for (const name of ['use', 'fuel', ...amountColumns]) {
    if (!columns.has(name)) errors.push(csvError(1, name, 'this column is missing from the header'));
  }
  if (errors.length) return fail(errors);
  if (records.length === 0) return fail([csvError(1, null, 'the file has a header but no utilities: add one line per utility')]);

  const cell = (cells: string[], name: string): string => cells[columns.get(name) ?? -1] ?? '';
  const rows: ScheduleRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of records) {
    if (cells.length > header.cells.length)
      errors.push(csvError(line, null, `${cells.length} fields but the header has ${header.cells.length}: check for an extra comma`));
    const use = scheduleUses.find((u) => u === cell(cells, 'use').toLowerCase());
    if (!use) errors.push(csvError(line, 'use', `"${cell(cells, 'use')}" is not a use: write one of ${scheduleUses.join(', ')}`));
    const fuelText = cell(cells, 'fuel').toLowerCase();
    const fuel = fuelText === '' ? null : (fuels.find((f) => f === fuelText) ?? undefined);
    if (fuel === undefined)
      errors.push(csvError(line, 'fuel', `"${cell(cells, 'fuel')}" is not a fuel: write gas, electric or oil, or leave it empty`));
    const needsFuel = use === 'heating' || use === 'cooking' || use === 'water-heating';
    if (use && fuel !== undefined && needsFuel && fuel === null)
      errors.push(csvError(line, 'fuel', `${use} needs a fuel: gas, electric or oil`));
    if (use && fuel && !needsFuel) errors.push(csvError(line, 'fuel', `${use} has no fuel: leave the fuel empty`));
    const amounts = amountColumns.map((name) => {
      const raw = cell(cells, name);
      if (raw === '') return null;
      const money = parseMoney(raw);
      if (!money.ok) {
        errors.push(csvError(line, name, `"${raw}": ${money.message}`));
        return null;
      }
      if (money.cents < 0) errors.push(csvError(line, name, `"${raw}": an allowance cannot be negative`));
      return money.cents;
    });
    if (use && fuel !== undefined) {
      const key = `${use}:${fuel ?? ''}`;
      const first = seen.get(key);
      if (first !== undefined)
        errors.push(csvError(line, 'use', `${use}${fuel ? ` (${fuel})` : ''} is already on line ${first}: list each use and fuel once`));
      else seen.set(key, line);
      rows.push({ use, fuel, amounts });
    }
  }
  if (errors.length) return fail(errors);
  const schedule = UtilityAllowanceSchedule.safeParse({ ...metadata, rows });
  return schedule.success
    ? ok(schedule.data)
    : fail(issuesToErrors(schedule.error.issues).map((e) => ({ path: e.path, message: `Schedule details: ${e.message}` })));
}
