import * as z from 'zod/mini';
import { ceilings, countCeilings } from '../plausibility';
import { countField, dateField, labelField, moneyField, yesNoField } from './fields';

/** HUD publishes FMRs for efficiency (0) to 4 bedrooms. */
export const FMR_BEDROOMS = 5;

/** One FMR area's monthly Fair Market Rents, efficiency to 4 bedrooms. */
export const FmrArea = z.object({
  code: labelField('the FMR area code', 'HUD’s area code, e.g. "METRO34980M34980"', 40),
  name: labelField('the FMR area name', 'HUD’s area name', 200),
  amounts: z
    .array(moneyField('the Fair Market Rent', 'Monthly FMR in cents', ceilings.monthlyRent))
    .check(
      z.length(FMR_BEDROOMS, `Give ${FMR_BEDROOMS} FMRs, for 0 to 4 bedrooms`),
      z.describe('Monthly FMR for 0, 1, 2, 3 and 4 bedrooms'),
    ),
});
export type FmrArea = z.infer<typeof FmrArea>;

/** HUD's FMRs for one fiscal year: where they came from, when they took effect, and the areas. */
export const FmrTable = z
  .object({
    id: labelField('a table id', 'A short id, e.g. "sample-fy2024"'),
    fiscalYear: countField('the fiscal year', 'The federal fiscal year the FMRs are for', { min: 1980, max: 2100 }),
    effective: dateField(
      'the date the FMRs took effect',
      'The date the FMRs took effect (usually October 1 before the fiscal year), YYYY-MM-DD',
    ),
    source: labelField('where the FMRs came from', 'Where the figures came from (a URL or file)', 400),
    sample: yesNoField('is this a sample table?', 'True for illustrative sample figures that are not HUD’s published FMRs'),
    areas: z.array(FmrArea).check(z.minLength(1, 'An FMR table needs at least one area'), z.describe('One entry per FMR area')),
  })
  .check(
    z.superRefine((table, ctx) => {
      const seen = new Set<string>();
      table.areas.forEach((area, index) => {
        if (seen.has(area.code))
          ctx.addIssue({ code: 'custom', path: ['areas', index, 'code'], message: `The FMR table lists area ${area.code} twice` });
        seen.add(area.code);
      });
    }),
    z.describe('HUD Fair Market Rents for one fiscal year (see content/data/fmr)'),
  );
export type FmrTable = z.infer<typeof FmrTable>;

/** The FMR for the unit: an amount entered, or looked up in an FMR table. */
export const FmrSource = z
  .discriminatedUnion(
    'source',
    [
      z.object({
        source: z.literal('entered').check(z.describe('The FMR is entered')),
        amount: moneyField(
          'the Fair Market Rent',
          'HUD’s monthly Fair Market Rent for the unit’s size and area, in cents',
          ceilings.monthlyRent,
        ),
      }),
      z.object({
        source: z.literal('table').check(z.describe('The FMR is looked up in a table')),
        table: FmrTable,
        areaCode: labelField('the FMR area code', 'HUD’s code for the area the unit is in', 40),
        bedrooms: countField('the number of bedrooms', 'Bedrooms in the unit (0 for an efficiency)', { max: countCeilings.bedrooms }),
      }),
    ],
    { error: 'Choose how the Fair Market Rent is given: entered as an amount, or from a table' },
  )
  .check(z.describe('HUD’s Fair Market Rent for the unit: an amount, or a table lookup'));
export type FmrSource = z.infer<typeof FmrSource>;
