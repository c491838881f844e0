import { daysInMonth, type IsoDate } from '../core/dates';

/**
 * Day numbers by calendar arithmetic (H. Hinnant's days-from-civil), the same numbering as
 * core/dates.ts but without building a Date per call: a 200-stay timeline converts thousands of
 * nights, and this keeps a decision well under the 5 ms budget. dayNumbers.test.ts checks they agree.
 */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** [year, month, day] of a day number. */
export function civil(dayNumber: number): [number, number, number] {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [month <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, month, day];
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/** The day number of a date already validated as YYYY-MM-DD. */
export const dayOf = (date: IsoDate): number =>
  daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));

/** The YYYY-MM-DD date of a day number. */
export function isoOf(dayNumber: number): IsoDate {
  const [y, m, d] = civil(dayNumber);
  return `${String(y).padStart(4, '0')}-${two(m)}-${two(d)}`;
}

/** The calendar month of a day number as a month number (year × 12 + month − 1) and the day number of its last day. */
export function monthOf(dayNumber: number): { index: number; last: number } {
  const [y, m] = civil(dayNumber);
  return { index: y * 12 + m - 1, last: daysFromCivil(y, m, daysInMonth(y, m)) };
}

/** A month number as YYYY-MM. */
export const monthKey = (index: number): string => `${String(Math.floor(index / 12)).padStart(4, '0')}-${two((index % 12) + 1)}`;
