import * as z from 'zod/mini';
import { ceilings, countCeilings } from '../plausibility';
import { asOfField, countField, labelField, moneyField } from './fields';
import { FmrTable, FMR_BEDROOMS } from './fmr';

/** One unit size on the application budget: how many units, and the FMR if it is not looked up. */
export const BudgetLine = z.object({
  bedrooms: countField('the unit size in bedrooms', 'Bedrooms (0 for an efficiency, up to 4)', { max: FMR_BEDROOMS - 1 }),
  units: countField('the number of units', 'How many units of this size', { max: countCeilings.units }),
  fmr: z.optional(
    moneyField(
      'the Fair Market Rent',
      'The FMR for this unit size, in cents; leave out to look it up in the FMR table',
      ceilings.monthlyRent,
    ),
  ),
});
export type BudgetLine = z.infer<typeof BudgetLine>;

/** The application's rental assistance budget line (Lowell 2016 form): units × FMR × 12 for each unit size. */
export const BudgetLineInput = z
  .object({
    mode: z.literal('budget-line'),
    asOf: asOfField,
    lines: z
      .array(BudgetLine)
      .check(
        z.minLength(1, 'Add at least one unit size'),
        z.maxLength(FMR_BEDROOMS, `List each unit size once (at most ${FMR_BEDROOMS})`),
        z.describe('One line per unit size'),
      ),
    fmrTable: z.optional(
      z
        .object({ table: FmrTable, areaCode: labelField('the FMR area code', 'HUD’s code for the project’s area', 40) })
        .check(z.describe('An FMR table to look each unit size up in')),
    ),
  })
  .check(
    z.superRefine((input, ctx) => {
      const seen = new Set<number>();
      input.lines.forEach((line, index) => {
        if (seen.has(line.bedrooms))
          ctx.addIssue({
            code: 'custom',
            path: ['lines', index, 'bedrooms'],
            message: `${line.bedrooms} bedrooms is listed twice: list each unit size once`,
          });
        seen.add(line.bedrooms);
        if (line.fmr !== undefined && input.fmrTable) {
          ctx.addIssue({
            code: 'custom',
            path: ['lines', index, 'fmr'],
            message: 'Enter the FMR or look it up in the FMR table, not both: remove this FMR or the table',
          });
        }
        if (line.fmr === undefined && !input.fmrTable) {
          ctx.addIssue({
            code: 'custom',
            path: ['lines', index, 'fmr'],
            message: 'Enter the FMR for this unit size, or choose an FMR table to look it up',
          });
        }
      });
    }),
  );
export type BudgetLineInput = z.infer<typeof BudgetLineInput>;
