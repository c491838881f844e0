/**
 * Money is integer cents end to end. Parsing is strict and formatting happens only at the edge.
 * Percentages are integer basis points (1% = 100 bp) so no float ever touches a dollar amount.
 */

export type Cents = number;
export type BasisPoints = number;

/** How a computed share of cents is rounded to a whole cent; every rule that rounds names one. */
export type Rounding = 'half-up' | 'down' | 'up';

const MONEY = /^-?\$?-?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?$/;

/** Parses "$1,234.56", "1234.5" or "1234" into cents; rejects more than two decimals, bad grouping and words. */
export function parseMoney(text: string): { ok: true; cents: Cents } | { ok: false; message: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'Enter an amount, like 1,250.00' };
  if (!MONEY.test(trimmed) || (trimmed.match(/-/g) ?? []).length > 1) {
    if (/\.\d{3,}$/.test(trimmed)) return { ok: false, message: 'Use at most two decimal places (cents)' };
    return { ok: false, message: 'Enter an amount in dollars and cents, like 1,250.00' };
  }
  const negative = trimmed.includes('-');
  const [whole, fraction = ''] = trimmed.replace(/[-$,]/g, '').split('.');
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) return { ok: false, message: 'That amount is too large' };
  return { ok: true, cents: negative ? -cents : cents };
}

/** Formats cents as "$1,234.56" (or "$1,234" with `wholeDollars` when the cents are zero). */
export function formatCents(cents: Cents, { wholeDollars = false } = {}): string {
  const sign = cents < 0 ? '−' : '';
  const abs = Math.abs(cents);
  const dollars = Math.floor(abs / 100).toLocaleString('en-US');
  const rest = abs % 100;
  if (wholeDollars && rest === 0) return `${sign}$${dollars}`;
  return `${sign}$${dollars}.${String(rest).padStart(2, '0')}`;
}

/** Divides two non-negative integers and rounds the quotient to an integer as named. */
export function divideRounded(numerator: number, denominator: number, rounding: Rounding): number {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0) {
    throw new RangeError(`divideRounded needs safe integers and a positive denominator (got ${numerator}/${denominator})`);
  }
  const negative = numerator < 0;
  const n = Math.abs(numerator);
  const q = Math.floor(n / denominator);
  const r = n - q * denominator;
  let result = q;
  if (rounding === 'up' && r > 0) result = q + 1;
  if (rounding === 'half-up' && r * 2 >= denominator) result = q + 1;
  return negative ? -result : result;
}

/** `basisPoints` of `cents` (e.g. 2500 bp = 25%), rounded to a whole cent as named. */
export function percentOf(cents: Cents, basisPoints: BasisPoints, rounding: Rounding): Cents {
  return divideRounded(cents * basisPoints, 10_000, rounding);
}

/** Formats basis points as a percentage: 2500 → "25%", 6700 → "67%", 1250 → "12.5%". */
export function formatBasisPoints(basisPoints: BasisPoints): string {
  const whole = Math.trunc(basisPoints / 100);
  const rest = Math.abs(basisPoints % 100);
  return rest === 0 ? `${whole}%` : `${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}%`;
}

/** Adds amounts of cents. */
export const sumCents = (amounts: readonly Cents[]): Cents => amounts.reduce((total, c) => total + c, 0);
