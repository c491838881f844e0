import * as z from 'zod/mini';
import type { Cents } from '../../core/money';
import { ceilings, countCeilings } from '../plausibility';
import { asOfField, labelField, moneyField } from './fields';

const line = (what: string, example: string, max: Cents, when: string) =>
  z.object({
    label: labelField(`what the ${what} is`, `What the ${what} is, e.g. ${example}`),
    amount: moneyField(`the ${what} amount`, `The ${what} ${when}, in cents`, max),
  });

const list = <S extends z.ZodMiniType>(schema: S, what: string, description: string) =>
  z.array(schema).check(z.maxLength(countCeilings.lines, `List at most ${countCeilings.lines} ${what}`), z.describe(description));

/** Nashville RRH: the documented monthly budget, listing every income source and every expense other than rent. */
export const NashvilleBudgetInput = z.object({
  mode: z.literal('nashville-budget'),
  asOf: asOfField,
  contractRent: moneyField('the monthly contract rent', 'Monthly contract rent for the unit, in cents', ceilings.monthlyRent),
  incomeSources: list(
    line('income', '"Wages" or "SSI"', ceilings.monthlyAmount, 'each month'),
    'income sources',
    'Every income source of the household, as a monthly amount (an empty list means no income)',
  ),
  expenses: list(
    line('expense', '"Food" or "Child care"', ceilings.monthlyAmount, 'each month'),
    'expenses',
    'Every monthly expense other than the rent of this unit',
  ),
  moveInCosts: z.optional(
    list(
      line('move-in cost', '"Security deposit"', ceilings.oneTimeAmount, 'once'),
      'move-in costs',
      'One-time costs of moving in: deposits, application fees, first month’s rent',
    ),
  ),
});
export type NashvilleBudgetInput = z.infer<typeof NashvilleBudgetInput>;
