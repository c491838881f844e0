import { reason, type Reason } from '../core/citation';
import { formatCents, type Cents } from '../core/money';
import { fail, ok, type Outcome } from '../core/outcome';
import * as passages from './passages';
import type { FmrSource, FmrTable } from './schemas/fmr';
import { bedroomWords } from './vocabulary';

export type FairMarketRent = {
  amount: Cents;
  area: { code: string; name: string } | null;
  fiscalYear: number | null;
  sample: boolean;
  reasons: Reason[];
};

/** Looks up an area's FMR for a bedroom count; a missing area or size is an error naming the missing data. */
export function lookupFmr(table: FmrTable, areaCode: string, bedrooms: number, path = 'fmr'): Outcome<FairMarketRent> {
  const label = `The FY${table.fiscalYear} FMR table${table.sample ? ' (sample figures, not HUD’s)' : ''}`;
  const area = table.areas.find((a) => a.code === areaCode);
  if (!area)
    return fail([{ path: `${path}.areaCode`, message: `${label} has no area "${areaCode}": choose an area it lists or enter the FMR` }]);
  const amount = area.amounts[bedrooms];
  if (amount === undefined) {
    return fail([
      {
        path: `${path}.bedrooms`,
        message: `${label} has no FMR for ${bedroomWords(bedrooms)} in ${area.name}; HUD lists efficiency to 4 bedrooms: enter the FMR`,
      },
    ]);
  }
  return ok({
    amount,
    area: { code: area.code, name: area.name },
    fiscalYear: table.fiscalYear,
    sample: table.sample,
    reasons: [
      reason('fmr-table', `${label}: ${area.name}, ${bedroomWords(bedrooms)}: ${formatCents(amount)} a month.`, passages.fmrDefinition),
    ],
  });
}

/** The FMR from either an entered amount or a table lookup. */
export function resolveFmr(source: FmrSource, path = 'fmr'): Outcome<FairMarketRent> {
  switch (source.source) {
    case 'entered':
      return ok({
        amount: source.amount,
        area: null,
        fiscalYear: null,
        sample: false,
        reasons: [reason('fmr-entered', `Fair Market Rent entered: ${formatCents(source.amount)} a month.`, passages.fmrDefinition)],
      });
    case 'table':
      return lookupFmr(source.table, source.areaCode, source.bedrooms, path);
  }
}
