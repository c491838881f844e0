import * as z from 'zod/mini';
import { isIsoDate } from '../core/dates';

// The schema of content/data/income-limits/*.json, kept apart so islands that only look limits up do not bundle it.

/** One row: an area's 30% limit for one fiscal year and household size. */
export const IncomeLimitRow = z.object({
  area: z.string().check(z.minLength(1), z.describe('Area id, e.g. "nashville-davidson"')),
  areaName: z.string().check(z.minLength(1), z.describe('The HUD area name')),
  fiscalYear: z.number().check(z.int(), z.gte(2000), z.lte(2100), z.describe('HUD fiscal year of the limits')),
  householdSize: z.number().check(z.int(), z.gte(1), z.lte(8), z.describe('People in the household, 1 to 8')),
  thirtyPercentLimit: z.number().check(z.int(), z.positive(), z.describe('The 30% of area median income limit, in cents a year')),
  source: z.string().check(z.minLength(1), z.describe('Where the figure comes from')),
  effective: z.string().check(
    z.refine((s) => isIsoDate(s), 'must be a date written YYYY-MM-DD'),
    z.describe('The date the limit takes effect'),
  ),
  sample: z.boolean().check(z.describe('True for made-up sample figures that a CoC must replace with HUD published limits')),
});

/** A table file: a title, a note saying whether the figures are samples, and the rows. */
export const IncomeLimitTable = z.object({
  title: z.string().check(z.minLength(1)),
  note: z.string().check(z.minLength(1), z.describe('What the table is and whether its figures are samples')),
  rows: z.array(IncomeLimitRow).check(z.minLength(1)),
});
/** A parsed income-limits table. */
export type IncomeLimitTable = z.infer<typeof IncomeLimitTable>;
