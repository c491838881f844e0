import type { Evidence, StayType } from './schemas';

/**
 * The night-by-night picture, kept as runs of nights (segments) so a long history costs no more
 * than its number of stays. Nights are day numbers (see core/dates.ts); `last` is included.
 */
export type NightKind = 'homeless' | 'institution' | 'transitional_housing' | 'housed_other' | 'no_stay';

/** A stay after validation: its nights as day numbers and where it came from in the input. */
export type NightStay = { index: number; first: number; last: number; type: StayType; evidence: Evidence | null };

/** A run of nights of one kind; `counts` says whether the nights count as homeless time. */
export type Segment = {
  first: number;
  last: number;
  kind: NightKind;
  counts: boolean;
  stay: NightStay | null;
};

/** A run of consecutive institution nights and how the definition treats it. */
export type InstitutionRun = {
  first: number;
  last: number;
  nights: number;
  afterHomelessness: boolean;
  counted: boolean;
  ongoing: boolean;
};

export const kindOf = (type: StayType): NightKind => {
  switch (type) {
    case 'street':
    case 'emergency_shelter':
    case 'safe_haven':
      return 'homeless';
    case 'institution':
      return 'institution';
    case 'transitional_housing':
      return 'transitional_housing';
    case 'housed_other':
      return 'housed_other';
  }
};

export const nightsIn = (s: { first: number; last: number }): number => s.last - s.first + 1;

/** Lays the stays (sorted, not overlapping) over `from`..`lastNight`, filling nights with no stay. */
export function buildSegments(stays: readonly NightStay[], from: number, lastNight: number): Segment[] {
  const segments: Segment[] = [];
  let cursor = from;
  for (const stay of stays) {
    const first = Math.max(stay.first, from);
    const last = Math.min(stay.last, lastNight);
    if (first > last) continue;
    if (first > cursor) segments.push({ first: cursor, last: first - 1, kind: 'no_stay', counts: false, stay: null });
    const kind = kindOf(stay.type);
    segments.push({ first, last, kind, counts: kind === 'homeless', stay });
    cursor = last + 1;
  }
  if (cursor <= lastNight) segments.push({ first: cursor, last: lastNight, kind: 'no_stay', counts: false, stay: null });
  return segments;
}

/**
 * Marks institution nights that count as homeless time: a run of institution stays shorter than the
 * limit, entered straight from the street, a shelter or a safe haven (24 CFR 578.3 "chronically
 * homeless" (1)(ii)). Returns the runs so the result can show each one and why.
 */
export function classifyInstitutions(segments: Segment[], countsIfFewerThanDays: number, lastNight: number): InstitutionRun[] {
  const runs: InstitutionRun[] = [];
  let i = 0;
  while (i < segments.length) {
    const start = segments[i];
    if (!start || start.kind !== 'institution') {
      i += 1;
      continue;
    }
    let j = i;
    while (segments[j + 1]?.kind === 'institution') j += 1;
    const end = segments[j] as Segment;
    const before = segments[i - 1];
    const afterHomelessness = before?.kind === 'homeless';
    const nights = end.last - start.first + 1;
    const counted = afterHomelessness && nights < countsIfFewerThanDays;
    for (let k = i; k <= j; k += 1) (segments[k] as Segment).counts = counted;
    runs.push({ first: start.first, last: end.last, nights, afterHomelessness, counted, ongoing: end.last === lastNight });
    i = j + 1;
  }
  return runs;
}
