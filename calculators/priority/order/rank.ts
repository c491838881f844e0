import type { Reason } from '../../core/citation';
import type { CriterionValue, Placement, RankedHousehold, UnrankedHousehold } from '../result';

/** One evaluated household before ranking: `keys` compare left to right, larger first; null keys mean the order does not rank it. */
export type Entry = {
  id: string;
  index: number;
  keys: number[] | null;
  placement: Placement | null;
  values: CriterionValue[];
  reasons: Reason[];
};

const compareKeys = (a: number[], b: number[]): number => {
  for (let i = 0; i < a.length; i += 1) {
    const difference = (b[i] ?? 0) - (a[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
};

/**
 * Sorts ranked entries (ties keep the order they were entered in) and gives tied households the same
 * rank (1, 2, 2, 4); the rest are returned unranked in input order.
 */
export function rankEntries(entries: Entry[]): { ordered: RankedHousehold[]; unranked: UnrankedHousehold[]; ties: string[][] } {
  const ranked = entries.filter((e): e is Entry & { keys: number[] } => e.keys !== null);
  ranked.sort((a, b) => compareKeys(a.keys, b.keys) || a.index - b.index);
  const ordered: RankedHousehold[] = [];
  const ties: string[][] = [];
  let start = 0;
  while (start < ranked.length) {
    let end = start + 1;
    const first = ranked[start] as Entry & { keys: number[] };
    while (end < ranked.length && compareKeys(first.keys, (ranked[end] as Entry & { keys: number[] }).keys) === 0) end += 1;
    const group = ranked.slice(start, end);
    const ids = group.map((e) => e.id);
    if (ids.length > 1) ties.push(ids);
    group.forEach((entry, offset) => {
      ordered.push({
        id: entry.id,
        position: start + offset + 1,
        rank: start + 1,
        tiedWith: ids.filter((id) => id !== entry.id),
        placement: entry.placement,
        values: entry.values,
        reasons: entry.reasons,
      });
    });
    start = end;
  }
  const unranked = entries.flatMap((e) => {
    if (e.keys !== null) return [];
    if (!e.placement) throw new Error(`Household ${e.id} is unranked without a placement saying why`);
    return [{ id: e.id, placement: e.placement, values: e.values, reasons: e.reasons }];
  });
  return { ordered, unranked, ties };
}
