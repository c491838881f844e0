import * as z from 'zod/mini';
import { formatCents } from '../../core/money';
import { ceilings, countCeilings } from '../plausibility';
import { choiceField, countField, labelField, moneyField, yesNoField } from './fields';

import { incomeKinds, payFrequencies, relationships } from '../vocabulary';

export { incomeKinds, payFrequencies, relationships, type IncomeKind, type PayFrequency, type Relationship } from '../vocabulary';

/** Hours a week with at most two decimal places (37.5 is fine, 37.555 is not). */
const hoursPerWeek = z.number({ error: 'Hours a week must be a number, like 37.5' }).check(
  z.gt(0, 'Hours a week must be more than 0'),
  z.lte(168, 'Hours a week cannot be more than 168 (every hour of the week)'),
  z.refine((h) => Math.abs(h * 100 - Math.round(h * 100)) < 1e-9, 'Hours a week may have at most two decimal places, like 37.5'),
  z.describe('For hourly pay: hours worked in a usual week'),
);

/** One income source of one household member, as paid. */
export const IncomeSource = z
  .object({
    label: labelField('what the income is', 'What the income is, e.g. "Wages from Kroger" or "SSI"'),
    kind: choiceField(
      'whether the income is earned or unearned',
      incomeKinds,
      'earned: pay from work; unearned: benefits, support, pensions and other income',
    ),
    amount: moneyField(
      'the amount of each payment',
      'The amount of each payment, in cents (for hourly pay: the hourly rate)',
      ceilings.incomePerPayment,
    ),
    frequency: choiceField('how often it is paid', payFrequencies, 'How often the amount is paid; it is annualised from this'),
    hoursPerWeek: z.optional(hoursPerWeek),
  })
  .check(
    z.superRefine((source, ctx) => {
      if (source.frequency === 'hourly' && source.hoursPerWeek === undefined) {
        ctx.addIssue({ code: 'custom', path: ['hoursPerWeek'], message: 'Enter the hours worked in a usual week for hourly pay' });
      }
      if (source.frequency !== 'hourly' && source.hoursPerWeek !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['hoursPerWeek'],
          message: 'Hours a week apply only to hourly pay: remove them or choose hourly',
        });
      }
      if (source.frequency === 'hourly' && source.amount > ceilings.hourlyPay) {
        ctx.addIssue({
          code: 'custom',
          path: ['amount'],
          message: `An hourly rate above ${formatCents(ceilings.hourlyPay, { wholeDollars: true })} is implausible: check the amount`,
        });
      }
    }),
  );
export type IncomeSource = z.infer<typeof IncomeSource>;

/** One member of the household and the income they receive. */
export const HouseholdMember = z
  .object({
    name: labelField('a name or initials for the member', 'A name or initials, used only to label the arithmetic', 60),
    relationship: choiceField('the member’s place in the household', relationships, 'head, spouse-or-co-head, or other member'),
    age: countField('the member’s age', 'Age in years on the date of the calculation', { max: countCeilings.age }),
    dependent: yesNoField(
      'is this member a dependent?',
      'A dependent is a member other than the head, spouse or co-head who is under 18, a person with disabilities, or a full-time student',
    ),
    incomeSources: z
      .array(IncomeSource)
      .check(
        z.maxLength(countCeilings.sources, `List at most ${countCeilings.sources} income sources for one member`),
        z.describe('Income the member receives'),
      ),
  })
  .check(
    z.superRefine((member, ctx) => {
      if (member.dependent && member.relationship !== 'other') {
        ctx.addIssue({
          code: 'custom',
          path: ['dependent'],
          message: 'The head, spouse or co-head cannot be a dependent: correct one of the two answers',
        });
      }
    }),
  );
export type HouseholdMember = z.infer<typeof HouseholdMember>;

/** Every member of the household; exactly one is the head. */
export const Household = z.array(HouseholdMember).check(
  z.minLength(1, 'Add at least one household member (the head of household)'),
  z.maxLength(countCeilings.members, `A household of more than ${countCeilings.members} members is implausible: check the list`),
  z.superRefine((members, ctx) => {
    const heads = members.filter((m) => m.relationship === 'head').length;
    if (heads === 0) ctx.addIssue({ code: 'custom', path: [], message: 'Mark one member as the head of household' });
    if (heads > 1) ctx.addIssue({ code: 'custom', path: [], message: `${heads} members are marked as head of household: mark only one` });
  }),
  z.describe('Everyone in the household, with their income'),
);
