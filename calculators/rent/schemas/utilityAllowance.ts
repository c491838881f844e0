import * as z from 'zod/mini';
import { ceilings, countCeilings } from '../plausibility';
import { choiceField, countField, dateField, labelField, moneyField, yesNoField } from './fields';

import { fuelledUses, fuels, nonUtilityServices, scheduleUses } from '../vocabulary';

export { fuelledUses, fuels, nonUtilityServices, scheduleUses, type Fuel, type NonUtilityService, type ScheduleUse } from '../vocabulary';

/** The most bedrooms a schedule row lists (0 to 5). */
export const SCHEDULE_BEDROOMS = 6;

const amountCell = z.nullable(
  moneyField('the allowance', 'Monthly allowance in cents; null where the schedule lists none', ceilings.monthlyAmount),
);

/** One row of a schedule: a use (and fuel) with a monthly amount for 0 to 5 bedrooms. */
export const ScheduleRow = z
  .object({
    use: choiceField('a utility use', scheduleUses, 'What the allowance is for'),
    fuel: z.nullable(choiceField('a fuel', fuels, 'The fuel, for heating, cooking and water heating; null otherwise')),
    amounts: z
      .array(amountCell)
      .check(
        z.length(SCHEDULE_BEDROOMS, `Give ${SCHEDULE_BEDROOMS} amounts, for 0 to 5 bedrooms (null where none)`),
        z.describe('Monthly allowance for 0, 1, 2, 3, 4 and 5 bedrooms'),
      ),
  })
  .check(
    z.superRefine((row, ctx) => {
      const needsFuel = fuelledUses.includes(row.use);
      if (needsFuel && row.fuel === null)
        ctx.addIssue({ code: 'custom', path: ['fuel'], message: `Give the fuel for ${row.use}: gas, electric or oil` });
      if (!needsFuel && row.fuel !== null)
        ctx.addIssue({ code: 'custom', path: ['fuel'], message: `${row.use} has no fuel: leave the fuel empty` });
    }),
  );
export type ScheduleRow = z.infer<typeof ScheduleRow>;

/** A PHA's utility allowance schedule: who published it, when it took effect, and its rows. */
export const UtilityAllowanceSchedule = z
  .object({
    id: labelField('a schedule id', 'A short id for the schedule, e.g. "sample-nashville-2024"'),
    pha: labelField('the public housing authority', 'The PHA that published the schedule', 120),
    area: labelField('the area the schedule covers', 'Where the schedule applies', 120),
    unitType: labelField('the unit type', 'The unit type the schedule prices, e.g. "apartment / walk-up"', 120),
    effective: dateField('the date the schedule took effect', 'The date the schedule took effect, YYYY-MM-DD'),
    source: labelField('where the schedule came from', 'Where the figures came from (a URL or document)', 400),
    sample: yesNoField('is this a sample schedule?', 'True for illustrative sample figures that are not a PHA’s published schedule'),
    rows: z.array(ScheduleRow).check(z.minLength(1, 'A schedule needs at least one row'), z.describe('One row for each use and fuel')),
  })
  .check(
    z.superRefine((schedule, ctx) => {
      const seen = new Set<string>();
      schedule.rows.forEach((row, index) => {
        const key = `${row.use}:${row.fuel ?? ''}`;
        if (seen.has(key))
          ctx.addIssue({
            code: 'custom',
            path: ['rows', index],
            message: `The schedule lists ${row.use}${row.fuel ? ` (${row.fuel})` : ''} twice`,
          });
        seen.add(key);
      });
    }),
    z.describe('A PHA utility allowance schedule (see content/data/utility-allowances)'),
  );
export type UtilityAllowanceSchedule = z.infer<typeof UtilityAllowanceSchedule>;

/** One utility the tenant pays. */
export const TenantPaidUtility = z
  .object({
    use: choiceField(
      'a utility the tenant pays',
      [...scheduleUses, ...nonUtilityServices],
      'A utility or service the tenant pays separately',
    ),
    fuel: z.optional(choiceField('the fuel', fuels, 'For heating, cooking and water heating: gas, electric or oil')),
  })
  .check(
    z.superRefine((utility, ctx) => {
      const needsFuel = (fuelledUses as readonly string[]).includes(utility.use);
      if (needsFuel && !utility.fuel)
        ctx.addIssue({ code: 'custom', path: ['fuel'], message: `Choose the fuel for ${utility.use}: gas, electric or oil` });
      if (!needsFuel && utility.fuel)
        ctx.addIssue({ code: 'custom', path: ['fuel'], message: `${utility.use} has no fuel: remove the fuel` });
    }),
  );
export type TenantPaidUtility = z.infer<typeof TenantPaidUtility>;

const tenantPaidList = z.array(TenantPaidUtility).check(
  z.minLength(1, 'List at least one utility the tenant pays, or enter the allowance amount instead'),
  z.superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((u, index) => {
      if (seen.has(u.use))
        ctx.addIssue({ code: 'custom', path: [index, 'use'], message: `${u.use} is listed twice: list each utility once` });
      seen.add(u.use);
    });
  }),
  z.describe('The utilities the tenant pays separately'),
);

/** The utility allowance: an amount entered, or looked up on a PHA schedule for the utilities the tenant pays. */
export const UtilityAllowanceSource = z
  .discriminatedUnion(
    'source',
    [
      z.object({
        source: z.literal('entered').check(z.describe('The allowance amount is entered')),
        amount: moneyField(
          'the monthly utility allowance',
          'The PHA’s monthly utility allowance for the tenant-paid utilities, in cents',
          ceilings.monthlyAmount,
        ),
      }),
      z.object({
        source: z.literal('schedule').check(z.describe('The allowance is looked up on a schedule')),
        schedule: UtilityAllowanceSchedule,
        bedrooms: countField('the number of bedrooms', 'Bedrooms in the unit (0 for an efficiency)', { max: countCeilings.bedrooms }),
        tenantPays: tenantPaidList,
      }),
    ],
    { error: 'Choose how the utility allowance is given: entered as an amount, or from a schedule' },
  )
  .check(z.describe('The PHA utility allowance when the tenant pays utilities: an amount, or a schedule lookup'));
export type UtilityAllowanceSource = z.infer<typeof UtilityAllowanceSource>;
