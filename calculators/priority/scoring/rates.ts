import * as z from 'zod/mini';
import { divideRounded, formatCents, type Rounding } from '../../core/money';
import { ceilings, countField, decimalField } from './fields';

/**
 * A measured share, entered either as a percentage with at most two decimals (as an APR prints it)
 * or as a count out of a total (as a reviewer counts it). The exact value is kept; a scale that is
 * written in whole percentages rounds it only when a band must be found, and says how.
 */
export type Rate = { kind: 'percent'; basisPoints: number } | { kind: 'count'; count: number; outOf: number; money?: boolean };

/** Refinements run even when a field failed its own checks, so they look only at values that passed. */
export const isCount = (n: unknown): n is number => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;

/** Words that name a rate's count and total in messages and in reasons ("persons who exited", "persons"). */
export type RateWords = { label: string; count: string; outOf: string; maxPercent?: number };

/** The input shape of a rate: `percent`, or `count` with `outOf`. */
export const rateField = ({ label, count, outOf, maxPercent = 100 }: RateWords, description: string) =>
  z
    .object(
      {
        percent: z.optional(
          decimalField(`the ${label} percentage`, `The ${label} as a percentage (0 to ${maxPercent}, at most two decimals)`, {
            max: maxPercent,
          }),
        ),
        count: z.optional(countField(`the number of ${count}`, `How many ${count}`)),
        outOf: z.optional(countField(`the number of ${outOf}`, `Out of how many ${outOf}`, { min: 1 })),
      },
      { error: `Enter the ${label}, as a percentage or as a count out of a total` },
    )
    .check(
      z.superRefine((value, ctx) => {
        const hasCount = value.count !== undefined || value.outOf !== undefined;
        if (value.percent !== undefined && hasCount) {
          ctx.addIssue({
            code: 'custom',
            path: ['percent'],
            message: `Enter the ${label} as a percentage or as a count out of a total, not both`,
          });
        } else if (value.percent === undefined && !hasCount) {
          ctx.addIssue({ code: 'custom', path: ['percent'], message: `Enter the ${label}, as a percentage or as a count out of a total` });
        } else if (hasCount && value.count === undefined) {
          ctx.addIssue({ code: 'custom', path: ['count'], message: `Enter the number of ${count}` });
        } else if (hasCount && value.outOf === undefined) {
          ctx.addIssue({ code: 'custom', path: ['outOf'], message: `Enter the number of ${outOf}` });
        } else if (isCount(value.count) && isCount(value.outOf) && value.outOf >= 1 && value.count * 100 > value.outOf * maxPercent) {
          ctx.addIssue({
            code: 'custom',
            path: ['count'],
            message:
              maxPercent === 100
                ? `The number of ${count} (${value.count}) cannot be more than the number of ${outOf} (${value.outOf})`
                : `${value.count} ${count} out of ${value.outOf} ${outOf} is more than ${maxPercent}%: check the numbers`,
          });
        }
      }),
      z.describe(description),
    );
export type RateInput = { percent?: number | undefined; count?: number | undefined; outOf?: number | undefined };

/** The money form of a rate: an amount out of a total amount, in cents (funds returned out of the grant). */
export const moneyRateField = (label: string, amount: string, total: string, description: string) =>
  z
    .object(
      {
        percent: z.optional(
          decimalField(`the ${label} percentage`, `The ${label} as a percentage (0 to 100, at most two decimals)`, { max: 100 }),
        ),
        amount: z.optional(
          z
            .number({ error: `The ${amount} must be an amount in dollars and cents` })
            .check(
              z.int(`The ${amount} must be whole cents`),
              z.nonnegative(`The ${amount} cannot be negative`),
              z.lte(ceilings.money, `The ${amount} is implausibly large: check it`),
              z.describe(`The ${amount}, in cents`),
            ),
        ),
        total: z.optional(
          z
            .number({ error: `The ${total} must be an amount in dollars and cents` })
            .check(
              z.int(`The ${total} must be whole cents`),
              z.gt(0, `The ${total} must be more than $0.00`),
              z.lte(ceilings.money, `The ${total} is implausibly large: check it`),
              z.describe(`The ${total}, in cents`),
            ),
        ),
      },
      { error: `Enter the ${label}, as a percentage or as amounts` },
    )
    .check(
      z.superRefine((value, ctx) => {
        const hasAmounts = value.amount !== undefined || value.total !== undefined;
        if (value.percent !== undefined && hasAmounts) {
          ctx.addIssue({ code: 'custom', path: ['percent'], message: `Enter the ${label} as a percentage or as amounts, not both` });
        } else if (value.percent === undefined && !hasAmounts) {
          ctx.addIssue({ code: 'custom', path: ['percent'], message: `Enter the ${label}, as a percentage or as amounts` });
        } else if (hasAmounts && value.amount === undefined) {
          ctx.addIssue({ code: 'custom', path: ['amount'], message: `Enter the ${amount}` });
        } else if (hasAmounts && value.total === undefined) {
          ctx.addIssue({ code: 'custom', path: ['total'], message: `Enter the ${total}` });
        } else if (isCount(value.amount) && isCount(value.total) && value.amount > value.total) {
          ctx.addIssue({
            code: 'custom',
            path: ['amount'],
            message: `The ${amount} (${formatCents(value.amount)}) cannot be more than the ${total} (${formatCents(value.total)})`,
          });
        }
      }),
      z.describe(description),
    );
export type MoneyRateInput = { percent?: number | undefined; amount?: number | undefined; total?: number | undefined };

/** Reads a validated rate input. */
export function toRate(input: RateInput): Rate {
  if (input.percent !== undefined) return { kind: 'percent', basisPoints: Math.round(input.percent * 100) };
  return { kind: 'count', count: input.count ?? 0, outOf: input.outOf ?? 1 };
}

/** Reads a validated money-rate input. */
export function moneyRate(input: MoneyRateInput): Rate {
  if (input.percent !== undefined) return { kind: 'percent', basisPoints: Math.round(input.percent * 100) };
  return { kind: 'count', count: input.amount ?? 0, outOf: input.total ?? 1, money: true };
}

/** True when the rate is exactly zero (no omissions, nothing returned). */
export const isZero = (rate: Rate): boolean => (rate.kind === 'percent' ? rate.basisPoints === 0 : rate.count === 0);

/** The rate rounded to a whole percentage as named (87.5% half-up → 88%). */
export function wholePercent(rate: Rate, rounding: Rounding): number {
  return rate.kind === 'percent' ? divideRounded(rate.basisPoints, 100, rounding) : divideRounded(rate.count * 100, rate.outOf, rounding);
}

/** True when the rate is a whole percentage already, so rounding changes nothing. */
export const isWholePercent = (rate: Rate): boolean =>
  rate.kind === 'percent' ? rate.basisPoints % 100 === 0 : (rate.count * 100) % rate.outOf === 0;

/** Compares a rate with a share in basis points exactly: negative below, 0 equal, positive above. */
export function compareRate(rate: Rate, basisPoints: number): number {
  return rate.kind === 'percent' ? rate.basisPoints - basisPoints : rate.count * 10_000 - basisPoints * rate.outOf;
}

/** The percentage a rate shows, to two decimals, and whether that is exact ("87.5%", "about 45.45%"). */
export function percentText(rate: Rate): string {
  const hundredths = rate.kind === 'percent' ? rate.basisPoints : (rate.count * 10_000) / rate.outOf;
  const shown = Math.round(hundredths);
  const text = `${(shown / 100).toFixed(2).replace(/\.?0+$/, '')}%`;
  return shown === hundredths ? text : `about ${text}`;
}

/** The rate in words with its arithmetic: "14 of 16 = 87.5%", "$0.00 of $260,920.00 = 0%", "88%". */
export function describeRate(rate: Rate): string {
  if (rate.kind === 'percent') return percentText(rate);
  const part = rate.money ? formatCents(rate.count) : rate.count.toLocaleString('en-US');
  const whole = rate.money ? formatCents(rate.outOf) : rate.outOf.toLocaleString('en-US');
  return `${part} of ${whole} = ${percentText(rate)}`;
}
