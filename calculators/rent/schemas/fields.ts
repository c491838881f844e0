import * as z from 'zod/mini';
import { isIsoDate } from '../../core/dates';
import { formatCents, type Cents } from '../../core/money';

const capitalised = (label: string): string => label.charAt(0).toUpperCase() + label.slice(1);

/**
 * Whole cents for one named amount. Messages name the field so a person knows what to fix;
 * `max` is a plausibility ceiling that catches typing slips (an extra zero), not a rule.
 */
export const moneyField = (label: string, description: string, max: Cents) =>
  z
    .number({
      error: (issue) =>
        issue.input === undefined ? `Enter ${label}` : `${capitalised(label)} must be an amount in dollars and cents, like 1,250.00`,
    })
    .check(
      z.int(`${capitalised(label)} has more than two decimal places: enter dollars and cents, like 1,250.00`),
      z.nonnegative(`${capitalised(label)} cannot be negative`),
      z.lte(max, `${capitalised(label)} is implausibly large (more than ${formatCents(max, { wholeDollars: true })}): check the amount`),
      z.describe(description),
    );

/** A whole number of something (months, units, people) between `min` and `max`, with messages that name it. */
export const countField = (label: string, description: string, { min = 0, max }: { min?: number; max: number }) =>
  z
    .number({ error: (issue) => (issue.input === undefined ? `Enter ${label}` : `${capitalised(label)} must be a whole number`) })
    .check(
      z.int(`${capitalised(label)} must be a whole number`),
      z.gte(min, `${capitalised(label)} cannot be less than ${min}`),
      z.lte(max, `${capitalised(label)} cannot be more than ${max}`),
      z.describe(description),
    );

/** A yes/no answer, with a message that names the question. */
export const yesNoField = (label: string, description: string) =>
  z.boolean({ error: `Answer yes or no: ${label}` }).check(z.describe(description));

/** A short piece of text such as a name or a label for an amount. */
export const labelField = (label: string, description: string, max = 80) =>
  z
    .string({ error: `Enter ${label}` })
    .check(
      z.trim(),
      z.minLength(1, `Enter ${label}`),
      z.maxLength(max, `${capitalised(label)} must be ${max} characters or fewer`),
      z.describe(description),
    );

/** The date a calculation is for; parameters in force that day apply. */
export const asOfField = z.string({ error: 'Enter the date the calculation is for' }).check(
  z.refine((s) => isIsoDate(s), 'Enter the date the calculation is for as a real date written YYYY-MM-DD, like 2024-03-31'),
  z.describe('The date the calculation is for, YYYY-MM-DD: the parameters in force that day apply'),
);

/** A calendar date with a field-specific message. */
export const dateField = (label: string, description: string) =>
  z.string({ error: `Enter ${label}` }).check(
    z.refine((s) => isIsoDate(s), `Enter ${label} as a real date written YYYY-MM-DD, like 2024-03-31`),
    z.describe(description),
  );

/** One of a fixed set of answers, with a message that lists them. */
export const choiceField = <const T extends readonly [string, ...string[]]>(label: string, options: T, description: string) =>
  z.enum(options, { error: `Choose ${label}: ${options.join(', ')}` }).check(z.describe(description));
