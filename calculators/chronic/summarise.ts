import type { ChronicInput } from './schemas';
import { countMonths, countNights } from './counting';
import { night, type Evaluation } from './evaluate';
import type { OccasionBlock } from './occasions';
import { occasionDocumented, stayRef } from './recordkeeping';
import type { InstitutionSummary, OccasionSummary, Period } from './result';
import { nightsIn } from './timeline';

/** A run of nights as dates. */
export const toPeriod = (r: { first: number; last: number }): Period => ({
  first: night(r.first),
  last: night(r.last),
  nights: nightsIn(r),
});

function occasionSummary(o: OccasionBlock, e: Evaluation, input: ChronicInput): OccasionSummary {
  const stays = new Map<number, ReturnType<typeof stayRef>>();
  for (const s of o.segments) if (s.counts && s.stay) stays.set(s.stay.index, stayRef(s.stay, input));
  return {
    ...toPeriod(o),
    countedNights: o.countedNights,
    nightsInLookBack: countNights(o.segments, e.lookBackFirst, e.lastNight),
    monthsInLookBack: countMonths(o.segments, e.lookBackFirst, e.lastNight, e.excluded).map((m) => m.month),
    straddlesLookBackStart: o.first < e.lookBackFirst,
    documented: occasionDocumented(o, e.lookBackFirst),
    stays: [...stays.values()],
  };
}

/** The timeline's pieces as the result reports them: occasions in the look-back, breaks, short stays, institution stays and gaps. */
export function summarise(decisive: Evaluation, atAssessment: Evaluation, input: ChronicInput) {
  return {
    occasions: decisive.occasionsInLookBack.map((o) => occasionSummary(o, decisive, input)),
    breaks: atAssessment.between.filter((b) => b.isBreak).map(toPeriod),
    shortStays: atAssessment.between.filter((b) => !b.isBreak).map(toPeriod),
    institutionStays: atAssessment.institutions.map((r): InstitutionSummary => ({
      ...toPeriod(r),
      afterHomelessness: r.afterHomelessness,
      counted: r.counted,
      ongoing: r.ongoing,
    })),
    gaps: atAssessment.segments.filter((s) => s.kind === 'no_stay').map(toPeriod),
  };
}
