import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { addDays, addMonths, daysBetween, fromDayNumber, isIsoDate, monthsSpanned, toDayNumber } from './dates';

describe('isIsoDate accepts only real calendar dates written YYYY-MM-DD', () => {
  test.each(['2024-02-29', '2000-02-29', '2023-12-31', '1999-01-01'])('%s is a date', (d) => expect(isIsoDate(d)).toBe(true));
  test.each(['2023-02-29', '1900-02-29', '2024-13-01', '2024-04-31', '2024-1-01', '01/02/2024', '2024-01-01T00:00', ''])('%j is not', (d) =>
    expect(isIsoDate(d)).toBe(false),
  );
});

test('days between dates counts calendar days, across leap days', () => {
  expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
  expect(daysBetween('2023-01-01', '2024-01-01')).toBe(365);
  expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  expect(daysBetween('2024-03-10', '2024-03-01')).toBe(-9);
});

test('adding days and months', () => {
  expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
  expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
  expect(addMonths('2024-11-15', 3)).toBe('2025-02-15');
  expect(addMonths('2024-03-15', -36)).toBe('2021-03-15');
});

test('a letter covering May 4 to June 20 spans 2 calendar months (HUD FAQ 2760)', () => {
  expect(monthsSpanned('2019-05-04', '2019-06-20')).toEqual(['2019-05', '2019-06']);
  expect(monthsSpanned('2019-12-31', '2020-01-01')).toEqual(['2019-12', '2020-01']);
  expect(monthsSpanned('2019-05-04', '2019-05-04')).toEqual(['2019-05']);
});

test('day numbers round-trip and adding n days moves the difference by n', () => {
  const day = fc.integer({ min: -100_000, max: 100_000 });
  fc.assert(
    fc.property(day, fc.integer({ min: -5000, max: 5000 }), (n, offset) => {
      const date = fromDayNumber(n);
      expect(isIsoDate(date)).toBe(true);
      expect(toDayNumber(date)).toBe(n);
      expect(daysBetween(date, addDays(date, offset))).toBe(offset);
    }),
  );
});

test('an invalid date is refused with a message, never turned into NaN', () => {
  expect(() => toDayNumber('2023-02-30')).toThrow('Not a calendar date written YYYY-MM-DD: "2023-02-30"');
});

test('years before 100 are real years, not 1900s (Date.UTC would read 0050 as 1950)', () => {
  // 1,900 years × 365 + 460 leap days (years 50–1949) = 693,960.
  expect(daysBetween('0050-01-01', '1950-01-01')).toBe(693_960);
  expect(toDayNumber('1970-01-01')).toBe(0);
  expect(fromDayNumber(toDayNumber('0050-03-01'))).toBe('0050-03-01');
});
