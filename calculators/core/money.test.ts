import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { divideRounded, formatBasisPoints, formatCents, parseMoney, percentOf } from './money';

describe('parseMoney', () => {
  test.each([
    ['$1,234.56', 123456],
    ['1234.56', 123456],
    ['1234.5', 123450],
    ['1234', 123400],
    ['$0.07', 7],
    ['  900.00 ', 90000],
    ['-$25.00', -2500],
  ])('reads %s as %i cents', (text, cents) => {
    expect(parseMoney(text)).toEqual({ ok: true, cents });
  });

  test.each([
    ['', 'Enter an amount, like 1,250.00'],
    ['12.345', 'Use at most two decimal places (cents)'],
    ['1,23.00', 'Enter an amount in dollars and cents, like 1,250.00'],
    ['twelve', 'Enter an amount in dollars and cents, like 1,250.00'],
    ['1e5', 'Enter an amount in dollars and cents, like 1,250.00'],
    ['$$5', 'Enter an amount in dollars and cents, like 1,250.00'],
    ['--5', 'Enter an amount in dollars and cents, like 1,250.00'],
  ])('rejects %j with a message', (text, message) => {
    expect(parseMoney(text)).toEqual({ ok: false, message });
  });

  test('formatting then parsing gives back the same cents', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000_00 }), (cents) => {
        expect(parseMoney(formatCents(cents))).toEqual({ ok: true, cents });
      }),
    );
  });
});

describe('formatCents', () => {
  test('writes dollars with thousands separators and two decimals', () => {
    expect(formatCents(6325450)).toBe('$63,254.50');
    expect(formatCents(-2500)).toBe('−$25.00');
    expect(formatCents(2500000, { wholeDollars: true })).toBe('$25,000');
    expect(formatCents(2500050, { wholeDollars: true })).toBe('$25,000.50');
  });
});

describe('percentOf rounds as named', () => {
  // $253,018 × 25% = $63,254.50 exactly: no rounding needed.
  test('25% of $253,018 is $63,254.50', () => expect(percentOf(25301800, 2500, 'half-up')).toBe(6325450));
  // $1,001.01 × 33% = $330.3333 → half-up $330.33, up $330.34, down $330.33.
  test('33% of $1,001.01 under each rounding', () => {
    expect(percentOf(100101, 3300, 'half-up')).toBe(33033);
    expect(percentOf(100101, 3300, 'up')).toBe(33034);
    expect(percentOf(100101, 3300, 'down')).toBe(33033);
  });
  // $0.50 × 25% = 12.5 cents: half-up 13, down 12.
  test('exactly half a cent rounds up under half-up and down under down', () => {
    expect(percentOf(50, 2500, 'half-up')).toBe(13);
    expect(percentOf(50, 2500, 'down')).toBe(12);
  });
  test('always returns whole cents within a cent of the exact share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_00 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.constantFrom('half-up', 'down', 'up' as const),
        (cents, bp, rounding) => {
          const share = percentOf(cents, bp, rounding);
          expect(Number.isInteger(share)).toBe(true);
          expect(Math.abs(share - (cents * bp) / 10_000)).toBeLessThan(1);
        },
      ),
    );
  });
  test('refuses a zero denominator rather than returning NaN', () => {
    expect(() => divideRounded(1, 0, 'down')).toThrow(RangeError);
  });
});

test('basis points read as percentages', () => {
  expect([2500, 6700, 1250, 0, 10000, 333].map(formatBasisPoints)).toEqual(['25%', '67%', '12.5%', '0%', '100%', '3.33%']);
});
