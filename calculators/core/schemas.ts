import * as z from 'zod/mini';
import { isIsoDate } from './dates';
import { jurisdictionIds } from './parameters';

/**
 * Whole cents, zero or more (more than zero with `positive`, for a limit or a base that a rule divides or
 * compares by), below a sanity ceiling that catches typing slips.
 */
export const centsField = (description: string, { max = 100_000_000_00, positive = false } = {}) =>
  z
    .number({ error: (issue) => (issue.input === undefined ? 'Enter an amount' : 'Enter an amount in dollars and cents') })
    .check(
      z.int('Amounts are whole cents'),
      positive ? z.positive('Enter an amount above $0.00') : z.nonnegative('The amount cannot be negative'),
      z.lte(max, 'That amount is implausibly large: check it'),
      z.describe(description),
    );

/** A calendar date written YYYY-MM-DD. */
export const isoDateField = (description: string) =>
  z.string({ error: 'Enter a date' }).check(
    z.refine((s) => isIsoDate(s), 'Enter a real date written YYYY-MM-DD, like 2024-03-31'),
    z.describe(description),
  );

/** A jurisdiction id. */
export const jurisdictionField = z
  .enum(jurisdictionIds, { error: 'Choose a jurisdiction' })
  .check(z.describe('Whose written standards apply'));
