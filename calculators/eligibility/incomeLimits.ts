import { compareDates, type IsoDate } from '../core/dates';
import { formatBasisPoints } from '../core/money';

/**
 * The income-limits table (content/data/income-limits/*.json): one row per area, fiscal year and
 * household size with HUD's 30% limit in cents. Sample rows say so until a CoC replaces them.
 */

/** The table's limit column is 30% of area median family income: that is what the column means, not a rule choice. */
export const TABLE_LIMIT_SHARE_BASIS_POINTS = 3000;
/** That share as the table's limit is named in words: "the 30% limit". */
export const TABLE_LIMIT_SHARE = formatBasisPoints(TABLE_LIMIT_SHARE_BASIS_POINTS);

/** One row of the income-limits table (validated by IncomeLimitRow in incomeLimitTable.ts). */
export type IncomeLimitRow = {
  area: string;
  areaName: string;
  fiscalYear: number;
  householdSize: number;
  /** The 30% of area median income limit, in cents a year. */
  thirtyPercentLimit: number;
  source: string;
  effective: IsoDate;
  /** True for made-up sample figures that a CoC must replace with HUD published limits. */
  sample: boolean;
};

/** A table row found, or why none fits. */
export type IncomeLimitLookup =
  | { ok: true; row: IncomeLimitRow }
  | { ok: false; reason: 'unknown-area' | 'no-fiscal-year' | 'not-in-force' | 'household-size'; message: string };

/** The row for an area and household size: the given fiscal year, or else the latest one in force on `asOf`. */
export function lookUpIncomeLimit(
  rows: readonly IncomeLimitRow[],
  query: { area: string; householdSize: number; fiscalYear?: number | undefined; asOf: IsoDate },
): IncomeLimitLookup {
  const inArea = rows.filter((row) => row.area === query.area);
  if (inArea.length === 0)
    return {
      ok: false,
      reason: 'unknown-area',
      message: `The income-limits table has no area "${query.area}": choose a listed area or enter the 30% limit`,
    };
  const sizes = [...new Set(inArea.map((row) => row.householdSize))];
  if (!sizes.includes(query.householdSize)) {
    return {
      ok: false,
      reason: 'household-size',
      message: `The income-limits table covers households of ${Math.min(...sizes)} to ${Math.max(...sizes)} people; for ${query.householdSize} people enter the 30% limit HUD publishes for that size`,
    };
  }
  const ofSize = inArea.filter((row) => row.householdSize === query.householdSize);
  if (query.fiscalYear !== undefined) {
    const row = ofSize.find((r) => r.fiscalYear === query.fiscalYear);
    return row
      ? { ok: true, row }
      : {
          ok: false,
          reason: 'no-fiscal-year',
          message: `The income-limits table has no fiscal year ${query.fiscalYear} for ${inArea[0]?.areaName ?? query.area}`,
        };
  }
  const inForce = ofSize
    .filter((r) => compareDates(r.effective, query.asOf) <= 0)
    .sort((a, b) => compareDates(b.effective, a.effective))[0];
  return inForce
    ? { ok: true, row: inForce }
    : {
        ok: false,
        reason: 'not-in-force',
        message: `No income limit for ${inArea[0]?.areaName ?? query.area} is in force on ${query.asOf}: choose a fiscal year or enter the 30% limit`,
      };
}

/** The areas a table offers, for a form's list (id and name, first-seen order). */
export function incomeLimitAreas(rows: readonly IncomeLimitRow[]): { area: string; areaName: string; sample: boolean }[] {
  const seen = new Map<string, { area: string; areaName: string; sample: boolean }>();
  for (const row of rows) if (!seen.has(row.area)) seen.set(row.area, { area: row.area, areaName: row.areaName, sample: row.sample });
  return [...seen.values()];
}
