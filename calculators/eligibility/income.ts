import type { IsoDate } from '../core/dates';
import { formatBasisPoints, formatCents, percentOf, type BasisPoints, type Cents } from '../core/money';
import type { FieldError } from '../core/outcome';
import { lookUpIncomeLimit, TABLE_LIMIT_SHARE, TABLE_LIMIT_SHARE_BASIS_POINTS, type IncomeLimitRow } from './incomeLimits';
import type { IncomeLimitAnswer } from './schema';

/** The income limit a result used, with where it came from (printed on the case-file copy). */
export type IncomeLimitUsed = {
  kind: IncomeLimitAnswer['kind'];
  householdSize: number;
  /** HUD's 30% limit for the household size (table or entered); null when computed from the median. */
  thirtyPercentLimit: Cents | null;
  /** The area median family income (100%) when staff entered it; null otherwise. */
  areaMedianIncome: Cents | null;
  area: string | null;
  areaName: string | null;
  fiscalYear: number | null;
  source: string | null;
  effective: IsoDate | null;
  /** True when the figure is a made-up sample that a CoC must replace. */
  sample: boolean;
};

/** Finds the limit the answer points to: a table row, an entered 30% limit, or the area median. */
export function resolveIncomeLimit(
  answer: IncomeLimitAnswer,
  householdSize: number,
  asOf: IsoDate,
  table: readonly IncomeLimitRow[] | undefined,
): { ok: true; limit: IncomeLimitUsed } | { ok: false; errors: FieldError[] } {
  const none = { area: null, areaName: null, fiscalYear: null, source: null, effective: null, sample: false };
  switch (answer.kind) {
    case 'entered':
      return {
        ok: true,
        limit: { kind: 'entered', householdSize, thirtyPercentLimit: answer.thirtyPercentLimit, areaMedianIncome: null, ...none },
      };
    case 'median':
      return {
        ok: true,
        limit: { kind: 'median', householdSize, thirtyPercentLimit: null, areaMedianIncome: answer.areaMedianIncome, ...none },
      };
    case 'table': {
      if (!table || table.length === 0) {
        return {
          ok: false,
          errors: [
            {
              path: 'income.limit',
              message: `No income-limits table is loaded here: enter the ${TABLE_LIMIT_SHARE} limit for this household size instead`,
            },
          ],
        };
      }
      const found = lookUpIncomeLimit(table, { area: answer.area, householdSize, fiscalYear: answer.fiscalYear, asOf });
      if (!found.ok) {
        const path =
          found.reason === 'unknown-area'
            ? 'income.limit.area'
            : found.reason === 'household-size'
              ? 'household.size'
              : 'income.limit.fiscalYear';
        return { ok: false, errors: [{ path, message: found.message }] };
      }
      const row = found.row;
      return {
        ok: true,
        limit: {
          kind: 'table',
          householdSize,
          thirtyPercentLimit: row.thirtyPercentLimit,
          areaMedianIncome: null,
          area: row.area,
          areaName: row.areaName,
          fiscalYear: row.fiscalYear,
          source: row.source,
          effective: row.effective,
          sample: row.sample,
        },
      };
    }
  }
}

const provenance = (limit: IncomeLimitUsed): string =>
  limit.kind === 'table'
    ? ` (${limit.areaName}, fiscal year ${limit.fiscalYear}${limit.sample ? ', SAMPLE figures' : ''})`
    : limit.kind === 'entered'
      ? ' (entered by staff)'
      : '';

/**
 * Whether annual income is strictly below `share` of area median income ("below" in 24 CFR 576.2:
 * exactly at the limit is not below). Against the median the comparison is exact in integers.
 */
export function compareIncome(
  annual: Cents,
  limit: IncomeLimitUsed,
  share: BasisPoints,
): { ok: true; below: boolean; text: string } | { ok: false; error: FieldError } {
  const percent = formatBasisPoints(share);
  if (limit.kind === 'median' || limit.areaMedianIncome !== null) {
    const median = limit.areaMedianIncome ?? 0;
    const below = annual * 10_000 < median * share;
    const shown = percentOf(median, share, 'half-up');
    const exact = (median * share) % 10_000 === 0;
    return {
      ok: true,
      below,
      text: `${percent} of the area median income ${formatCents(median)} is ${exact ? '' : 'about '}${formatCents(shown)}${exact ? '' : ' (shown rounded half-up to the cent; the comparison is exact)'}; annual income ${formatCents(annual)} is ${below ? 'below' : 'not below'} it.`,
    };
  }
  if (share !== TABLE_LIMIT_SHARE_BASIS_POINTS || limit.thirtyPercentLimit === null) {
    return {
      ok: false,
      error: {
        path: 'income.limit',
        message: `These rules use a limit of ${percent} of area median income, but the table and entered limits are ${TABLE_LIMIT_SHARE} limits: enter the area median income instead`,
      },
    };
  }
  const below = annual < limit.thirtyPercentLimit;
  return {
    ok: true,
    below,
    text: `Annual income ${formatCents(annual)} is ${below ? 'below' : annual === limit.thirtyPercentLimit ? 'equal to, so not below,' : 'above'} the ${percent} limit of ${formatCents(limit.thirtyPercentLimit)} for a household of ${limit.householdSize}${provenance(limit)}.`,
  };
}
