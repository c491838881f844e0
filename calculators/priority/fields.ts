import * as z from 'zod/mini';
import { isIsoDate } from '../core/dates';

const capitalised = (label: string): string => label.charAt(0).toUpperCase() + label.slice(1);

/** A yes/no answer; the message names the question. */
export const yesNo = (question: string, description: string) =>
  z.boolean({ error: `Answer yes or no: ${question}` }).check(z.describe(description));

/** A whole number between `min` and `max`; messages name the field. `max` catches typing slips, it is not a rule. */
export const wholeNumber = (label: string, description: string, { min = 0, max }: { min?: number; max: number }) =>
  z
    .number({ error: (issue) => (issue.input === undefined ? `Enter ${label}` : `${capitalised(label)} must be a whole number`) })
    .check(
      z.int(`${capitalised(label)} must be a whole number`),
      z.gte(min, `${capitalised(label)} cannot be less than ${min}`),
      z.lte(max, `${capitalised(label)} cannot be more than ${max}: check it`),
      z.describe(description),
    );

/** A calendar date written YYYY-MM-DD; the message names the field. */
export const date = (label: string, description: string) =>
  z.string({ error: `Enter ${label}` }).check(
    z.refine((s) => isIsoDate(s), `Enter ${label} as a real date written YYYY-MM-DD, like 2024-03-31`),
    z.describe(description),
  );

/** One of a fixed set of answers; the message says what to choose from. */
export const choice = <const T extends readonly [string, ...string[]]>(options: T, message: string, description: string) =>
  z.enum(options, { error: message }).check(z.describe(description));

/** The date the order is worked out for: parameters in force that day apply and time homeless is counted up to it. */
export const asOf = date(
  'the date the priority is worked out for',
  'The date the priority is worked out for, YYYY-MM-DD: the standards in force that day apply and time homeless is counted up to it',
);

/** A household's label on a list: an HMIS or By-Name-List id, never a name. */
export const householdId = z
  .string({ error: 'Enter an id for the household' })
  .check(
    z.trim(),
    z.minLength(1, 'Enter an id for the household, like its HMIS client id'),
    z.maxLength(40, 'The household id must be 40 characters or fewer'),
    z.describe('A short id for the household, like its HMIS or By-Name-List id (not a name)'),
  );

// Plausibility ceilings that catch typing slips (an extra digit); they are not rules from the standards.
export const ceilings = { assessmentScore: 100, age: 120, lifetimeMonths: 1200, households: 2000 } as const;
