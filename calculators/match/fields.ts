import * as z from 'zod/mini';
import { isIsoDate } from '../core/dates';
import { formatCents, type Cents } from '../core/money';

/**
 * Plausibility ceilings: not rules from any standard, they catch typing slips (an extra zero) before a
 * rule runs, and they keep every product of cents and basis points a safe integer.
 */
export const ceilings = {
  /** One budget line, one source, one ESG grant. */
  amount: 100_000_000_00,
  /** The whole CoC request. */
  request: 100_000_000_00,
  hourlyRate: 10_000_00,
  hours: 100_000,
  lines: 50,
  sources: 50,
} as const;

const capitalised = (label: string): string => label.charAt(0).toUpperCase() + label.slice(1);

/** Whole cents for one named amount, with messages that name it. */
export const moneyField = (label: string, description: string, max: Cents = ceilings.amount) =>
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

/** A short text such as a name, trimmed, with messages that name it. */
export const textField = (label: string, description: string, max = 120) =>
  z
    .string({ error: `Enter ${label}` })
    .check(
      z.trim(),
      z.minLength(1, `Enter ${label}`),
      z.maxLength(max, `${capitalised(label)} must be ${max} characters or fewer`),
      z.describe(description),
    );

/** A yes/no answer with a message naming the question. */
export const yesNoField = (question: string, description: string) =>
  z.boolean({ error: `Answer yes or no: ${question}` }).check(z.describe(description));

/** A calendar date written YYYY-MM-DD, with messages that name it. */
export const dateField = (label: string, description: string) =>
  z.string({ error: `Enter ${label}` }).check(
    z.refine((s) => isIsoDate(s), `Enter ${label} as a real date written YYYY-MM-DD, like 2024-03-31`),
    z.describe(description),
  );

/** A choice from a fixed list, with a message naming the question. */
export const choiceField = <const T extends readonly [string, ...string[]]>(values: T, message: string, description: string) =>
  z.enum(values, { error: message }).check(z.describe(description));
