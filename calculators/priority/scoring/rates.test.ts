import { expect, test } from 'vitest';
import fc from 'fast-check';
import * as z from 'zod/mini';
import { parseInput } from '../../core/outcome';
import { compareRate, describeRate, isWholePercent, moneyRateField, rateField, toRate, wholePercent } from './rates';

const Exits = z.object({ exits: rateField({ label: 'exits', count: 'persons who exited', outOf: 'persons' }, 'Exits') });
const Returned = z.object({ fiscal: moneyRateField('share returned', 'amount returned', 'grant amount', 'Returned') });

test('a rate is a percentage or a count out of a total, never both or neither', () => {
  expect(parseInput(Exits, { exits: { percent: 88 } }).ok).toBe(true);
  expect(parseInput(Exits, { exits: { count: 14, outOf: 16 } }).ok).toBe(true);
  expect(parseInput(Exits, { exits: { percent: 88, count: 14, outOf: 16 } })).toEqual({
    ok: false,
    errors: [{ path: 'exits.percent', message: 'Enter the exits as a percentage or as a count out of a total, not both' }],
  });
  expect(parseInput(Exits, { exits: {} })).toEqual({
    ok: false,
    errors: [{ path: 'exits.percent', message: 'Enter the exits, as a percentage or as a count out of a total' }],
  });
  expect(parseInput(Exits, { exits: { count: 14 } })).toEqual({
    ok: false,
    errors: [{ path: 'exits.outOf', message: 'Enter the number of persons' }],
  });
});

test('each bad part of a rate gets a message that names it', () => {
  expect(parseInput(Exits, { exits: { count: 17, outOf: 16 } })).toEqual({
    ok: false,
    errors: [{ path: 'exits.count', message: 'The number of persons who exited (17) cannot be more than the number of persons (16)' }],
  });
  expect(parseInput(Exits, { exits: { count: 1, outOf: 0 } })).toEqual({
    ok: false,
    errors: [{ path: 'exits.outOf', message: 'The number of persons cannot be less than 1' }],
  });
  expect(parseInput(Exits, { exits: { percent: 87.555 } })).toMatchObject({
    errors: [{ path: 'exits.percent', message: 'The exits percentage may have at most two decimal places' }],
  });
  expect(parseInput(Exits, { exits: { percent: 101 } })).toMatchObject({
    errors: [{ path: 'exits.percent', message: 'The exits percentage cannot be more than 100' }],
  });
  expect(parseInput(Exits, { exits: { percent: 'lots' } })).toMatchObject({
    errors: [{ path: 'exits.percent', message: 'The exits percentage must be a number' }],
  });
  expect(parseInput(Exits, { exits: { count: 2.5, outOf: 4 } })).toMatchObject({
    errors: [{ path: 'exits.count', message: 'The number of persons who exited must be a whole number' }],
  });
});

test('funds returned cannot be more than the grant', () => {
  expect(parseInput(Returned, { fiscal: { amount: 101, total: 100 } })).toEqual({
    ok: false,
    errors: [{ path: 'fiscal.amount', message: 'The amount returned ($1.01) cannot be more than the grant amount ($1.00)' }],
  });
});

test('rates read as they are written: 14 of 16 = 87.5%, 5 of 11 = about 45.45%', () => {
  expect(describeRate(toRate({ count: 14, outOf: 16 }))).toBe('14 of 16 = 87.5%');
  expect(describeRate(toRate({ count: 5, outOf: 11 }))).toBe('5 of 11 = about 45.45%');
  expect(describeRate(toRate({ percent: 87 }))).toBe('87%');
  expect(describeRate({ kind: 'count', count: 0, outOf: 260_920_00, money: true })).toBe('$0.00 of $260,920.00 = 0%');
});

// 14 / 16 = 87.5% → half-up 88, down 87, up 88; 1 / 11 = 9.09% → 9 / 9 / 10.
test('whole percentages round as named', () => {
  expect(['half-up', 'down', 'up'].map((r) => wholePercent(toRate({ count: 14, outOf: 16 }), r as 'half-up'))).toEqual([88, 87, 88]);
  expect(['half-up', 'down', 'up'].map((r) => wholePercent(toRate({ count: 1, outOf: 11 }), r as 'half-up'))).toEqual([9, 9, 10]);
  expect(isWholePercent(toRate({ count: 1, outOf: 4 }))).toBe(true);
  expect(isWholePercent(toRate({ count: 1, outOf: 3 }))).toBe(false);
});

test('comparing a count with a share is exact: 4 of 5 is exactly 80%, 79 of 99 is below it', () => {
  expect(compareRate(toRate({ count: 4, outOf: 5 }), 8000)).toBe(0);
  expect(compareRate(toRate({ count: 79, outOf: 99 }), 8000)).toBeLessThan(0);
  expect(compareRate(toRate({ percent: 80.01 }), 8000)).toBeGreaterThan(0);
});

test('the sign of a comparison matches exact arithmetic, and rounding moves a rate by at most half a percent', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 100_000 }), fc.nat(), fc.integer({ min: 0, max: 10_000 }), (outOf, raw, target) => {
      const count = raw % (outOf + 1);
      const rate = toRate({ count, outOf });
      expect(Math.sign(compareRate(rate, target))).toBe(Math.sign(count * 10_000 - target * outOf));
      expect(Math.abs(wholePercent(rate, 'half-up') - (count * 100) / outOf)).toBeLessThanOrEqual(0.5);
    }),
  );
});
