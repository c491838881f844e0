import { addDays, type IsoDate } from '../core/dates';
import type { JurisdictionId } from '../core/parameters';
import type { ChronicResult } from './result';
import type { ChronicInput, Evidence, StayType } from './schemas';
import { verifyChronicStatus } from './verify';

/** Test-only helpers: build timelines by nights counted back from the assessment date. */

type StayInput = ChronicInput['stays'][number];

/** A stay from `start` to `end` (both nights included); `evidence` null leaves it out. */
export const stay = (
  start: IsoDate,
  end: IsoDate | undefined,
  type: StayType = 'street',
  evidence: Evidence | null = 'third_party',
): StayInput => ({
  start,
  ...(end ? { end } : {}),
  type,
  ...(evidence ? { evidence } : {}),
});

/** An individual adult with a third-party-verified disability. */
export const individual = (assessmentDate: IsoDate, stays: StayInput[], extra: Partial<ChronicInput> = {}): ChronicInput => ({
  assessmentDate,
  household: { role: 'adult_head', adultPresent: true },
  disability: { hasDisability: true, verification: 'third_party' },
  stays,
  ...extra,
});

/**
 * Lays runs of nights end to end, the last run ending on the night before `assessment`.
 * Each run is [type, nights] or [type, nights, evidence]; 'gap' leaves nights with no stay.
 */
export function backFrom(assessment: IsoDate, runs: ([StayType | 'gap', number] | [StayType, number, Evidence])[]): StayInput[] {
  const stays: StayInput[] = [];
  let lastNight = addDays(assessment, -1);
  for (const run of [...runs].reverse()) {
    const [type, nights] = run;
    const first = addDays(lastNight, -(nights - 1));
    const evidence = run.length === 3 ? run[2] : type === 'housed_other' || type === 'transitional_housing' ? null : 'third_party';
    if (type !== 'gap') stays.unshift(stay(first, lastNight, type, evidence));
    lastNight = addDays(first, -1);
  }
  return stays;
}

/** Runs the verification and fails the test with the errors when the input is refused. */
export function verified(input: ChronicInput, jurisdiction: JurisdictionId = 'hud'): ChronicResult {
  const outcome = verifyChronicStatus(input, { jurisdiction });
  if (!outcome.ok) throw new Error(`Input refused: ${JSON.stringify(outcome.errors)}`);
  return outcome.value;
}

/** The errors for an input the rules should refuse. */
export function refused(input: unknown, jurisdiction: JurisdictionId = 'hud') {
  const outcome = verifyChronicStatus(input, { jurisdiction });
  if (outcome.ok) throw new Error('Expected the input to be refused');
  return outcome.errors;
}
