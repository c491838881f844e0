import * as z from 'zod/mini';
import { isIsoDate } from '../../core/dates';
import { formatCents, type Cents } from '../../core/money';

const capitalised = (label: string): string => label.charAt(0).toUpperCase() + label.slice(1);

/** Plausibility ceilings that catch typing slips (an extra zero); they are not rules. */
export const ceilings = {
  /** More people, beds or records than any one CoC project plausibly reports. */
  count: 1_000_000,
  /** A CoC grant or annual renewal demand above $1 billion is a typing slip. */
  money: 1_000_000_000_00,
  /** Days or months of a length-of-stay measure. */
  duration: 100_000,
} as const;

/** A whole number of something, with messages that name it. */
export const countField = (label: string, description: string, { min = 0, max = ceilings.count }: { min?: number; max?: number } = {}) =>
  z
    .number({ error: (issue) => (issue.input === undefined ? `Enter ${label}` : `${capitalised(label)} must be a whole number`) })
    .check(
      z.int(`${capitalised(label)} must be a whole number`),
      z.gte(min, `${capitalised(label)} cannot be less than ${min}`),
      z.lte(max, `${capitalised(label)} cannot be more than ${max.toLocaleString('en-US')}`),
      z.describe(description),
    );

/** A number with at most two decimal places (a percentage, days, months or points), with messages that name it. */
export const decimalField = (label: string, description: string, { min = 0, max }: { min?: number; max: number }) =>
  z.number({ error: (issue) => (issue.input === undefined ? `Enter ${label}` : `${capitalised(label)} must be a number`) }).check(
    z.gte(min, `${capitalised(label)} cannot be less than ${min}`),
    z.lte(max, `${capitalised(label)} cannot be more than ${max}`),
    z.refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, `${capitalised(label)} may have at most two decimal places`),
    z.describe(description),
  );

/** Whole cents for one named amount. */
export const moneyField = (label: string, description: string, max: Cents = ceilings.money) =>
  z
    .number({
      error: (issue) =>
        issue.input === undefined ? `Enter ${label}` : `${capitalised(label)} must be an amount in dollars and cents, like 1,250.00`,
    })
    .check(
      z.int(`${capitalised(label)} has more than two decimal places: enter dollars and cents, like 1,250.00`),
      z.nonnegative(`${capitalised(label)} cannot be negative`),
      z.lte(max, `${capitalised(label)} of more than ${formatCents(max, { wholeDollars: true })} is implausible: check the amount`),
      z.describe(description),
    );

/** A yes/no answer, with a message that names the question. */
export const yesNoField = (question: string, description: string) =>
  z.boolean({ error: `Answer yes or no: ${question}` }).check(z.describe(description));

/** One of a fixed set of answers, with a message that lists them. */
export const choiceField = <const T extends readonly [string, ...string[]]>(
  label: string,
  options: T,
  description: string,
  spoken?: string,
) => z.enum(options, { error: `Choose ${label}: ${spoken ?? options.join(', ')}` }).check(z.describe(description));

/** A short piece of text such as a project name. */
export const labelField = (label: string, description: string, max = 120) =>
  z
    .string({ error: `Enter ${label}` })
    .check(
      z.trim(),
      z.minLength(1, `Enter ${label}`),
      z.maxLength(max, `${capitalised(label)} must be ${max} characters or fewer`),
      z.describe(description),
    );

/** A calendar date written YYYY-MM-DD, with a message that names it. */
export const dateField = (label: string, description: string) =>
  z.string({ error: `Enter ${label}` }).check(
    z.refine((s) => isIsoDate(s), `Enter ${label} as a real date written YYYY-MM-DD, like 2024-03-31`),
    z.describe(description),
  );

/** The date a score is for; the parameters in force that day apply. */
export const asOfField = dateField(
  'the date the score is for',
  'The date the score is for, YYYY-MM-DD: the parameters in force that day apply',
);
