import { monthKey, monthOf } from './dayNumbers';
import { nightsIn, type Segment } from './timeline';

/** A calendar month (`YYYY-MM`) counted as homeless time, and whether a third-party or intake record backs it. */
export type CountedMonth = { month: string; documented: boolean };

/** One calendar month's share of a run of nights; `month` is a month number (see dayNumbers.ts). */
type MonthSlice = { month: number; first: number; last: number };

/** The calendar months a run of nights touches, each with the nights of the run inside it. */
export function monthSlices(first: number, last: number): MonthSlice[] {
  const slices: MonthSlice[] = [];
  let cursor = first;
  while (cursor <= last) {
    const month = monthOf(cursor);
    const end = Math.min(month.last, last);
    slices.push({ month: month.index, first: cursor, last: end });
    cursor = end + 1;
  }
  return slices;
}

const documented = (segment: Segment): boolean =>
  segment.stay?.evidence === 'third_party' || segment.stay?.evidence === 'intake_observation';

/** A recorded stay (not a night with no stay) whose nights do not count as homeless time. */
const recordedNotHomeless = (segment: Segment): boolean => !segment.counts && segment.kind !== 'no_stay';

/**
 * Months that hold at least `breakNights` consecutive nights of a recorded stay not counted as homeless
 * time. Under HUD's month counting such a month is left out even if it also has a homeless night;
 * nights with no stay recorded are no evidence, so they never remove a month.
 */
export function monthsWithRecordedBreak(segments: readonly Segment[], breakNights: number): Set<number> {
  const excluded = new Set<number>();
  let runFirst: number | null = null;
  let runLast = 0;
  const close = () => {
    if (runFirst === null) return;
    for (const slice of monthSlices(runFirst, runLast)) if (nightsIn(slice) >= breakNights) excluded.add(slice.month);
    runFirst = null;
  };
  for (const segment of segments) {
    if (recordedNotHomeless(segment)) {
      if (runFirst === null) runFirst = segment.first;
      runLast = segment.last;
    } else {
      close();
    }
  }
  close();
  return excluded;
}

/**
 * HUD's month count over `from`..`to`: a calendar month counts when it holds a night counted as
 * homeless time in that range, unless it is in `excluded`. Months come back in calendar order.
 */
export function countMonths(segments: readonly Segment[], from: number, to: number, excluded: ReadonlySet<number>): CountedMonth[] {
  const months = new Map<number, boolean>();
  for (const segment of segments) {
    if (!segment.counts) continue;
    const first = Math.max(segment.first, from);
    const last = Math.min(segment.last, to);
    if (first > last) continue;
    for (const slice of monthSlices(first, last)) {
      if (excluded.has(slice.month)) continue;
      months.set(slice.month, (months.get(slice.month) ?? false) || documented(segment));
    }
  }
  return [...months.entries()]
    .sort(([a], [b]) => a - b)
    .map(([month, isDocumented]) => ({ month: monthKey(month), documented: isDocumented }));
}

/** Nights counted as homeless time over `from`..`to`. */
export function countNights(segments: readonly Segment[], from: number, to: number): number {
  let total = 0;
  for (const segment of segments) {
    if (!segment.counts) continue;
    const first = Math.max(segment.first, from);
    const last = Math.min(segment.last, to);
    if (first <= last) total += last - first + 1;
  }
  return total;
}
