import { expect, test } from 'vitest';
import { fromDayNumber, toDayNumber } from '../core/dates';
import { dayOf, isoOf, monthKey, monthOf } from './dayNumbers';

test('calendar arithmetic agrees with core/dates for every day from 1900 to 2100', () => {
  const mismatches: string[] = [];
  for (let n = toDayNumber('1900-01-01'); n <= toDayNumber('2100-12-31'); n += 1) {
    const iso = fromDayNumber(n);
    if (isoOf(n) !== iso || dayOf(iso) !== n) mismatches.push(iso);
  }
  expect(mismatches).toEqual([]);
});

test('a month ends on its last day, 29 February in a leap year', () => {
  const leap = monthOf(dayOf('2024-02-10'));
  expect([monthKey(leap.index), leap.last]).toEqual(['2024-02', dayOf('2024-02-29')]);
  const century = monthOf(dayOf('2100-02-10'));
  expect([monthKey(century.index), century.last]).toEqual(['2100-02', dayOf('2100-02-28')]);
  expect(monthKey(monthOf(dayOf('1999-12-31')).index)).toBe('1999-12');
});
