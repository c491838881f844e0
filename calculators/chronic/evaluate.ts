import { addMonths, type IsoDate } from '../core/dates';
import { dayOf, isoOf } from './dayNumbers';
import type { ChronicParameters } from './chronicParameters';
import { countMonths, countNights, monthsWithRecordedBreak, type CountedMonth } from './counting';
import { toBlocks, toOccasions, type BetweenBlock, type OccasionBlock } from './occasions';
import { buildSegments, classifyInstitutions, type InstitutionRun, type NightKind, type NightStay, type Segment } from './timeline';

/** The timeline as it stood on one date: the assessment date, or the day the person entered an institution. */
export type Evaluation = {
  asOf: IsoDate;
  lastNight: number;
  lookBackFirst: number;
  /** What the night before `asOf` was: decides whether the person "lives" on the street, in a shelter or a safe haven. */
  current: NightKind;
  segments: Segment[];
  occasions: OccasionBlock[];
  between: BetweenBlock[];
  institutions: InstitutionRun[];
  /** Months left out of HUD's count because a recorded stay shows a break inside them. */
  excluded: ReadonlySet<number>;
  /** Occasions with a counted night inside the look-back period. */
  occasionsInLookBack: OccasionBlock[];
  currentOccasion: OccasionBlock | null;
  monthsInLookBack: CountedMonth[];
  nightsInLookBack: number;
  /** The current occasion's months (HUD counting) and its length in nights, first night to last. */
  continuousMonths: CountedMonth[];
  continuousNights: number;
};

/** Builds the timeline up to the night before `asOf` and measures it the ways the paths need. */
export function evaluate(stays: readonly NightStay[], asOf: IsoDate, params: ChronicParameters): Evaluation {
  const lastNight = dayOf(asOf) - 1;
  const lookBackFirst = dayOf(addMonths(asOf, -12 * params.lookBackYears.value));
  const from = Math.min(lookBackFirst, ...stays.map((s) => s.first));
  const segments = buildSegments(stays, from, lastNight);
  const institutions = classifyInstitutions(segments, params.institutionCountsIfFewerThanDays.value, lastNight);
  const { occasions, between } = toOccasions(toBlocks(segments), params.breakNights.value);
  const excluded = monthsWithRecordedBreak(segments, params.breakNights.value);
  const last = segments.at(-1);
  const current: NightKind = last && last.last === lastNight ? last.kind : 'no_stay';
  const tail = occasions.at(-1);
  const currentOccasion = tail && tail.last === lastNight ? tail : null;
  return {
    asOf,
    lastNight,
    lookBackFirst,
    current,
    segments,
    occasions,
    between,
    institutions,
    excluded,
    occasionsInLookBack: occasions.filter((o) => o.last >= lookBackFirst),
    currentOccasion,
    monthsInLookBack: countMonths(segments, lookBackFirst, lastNight, excluded),
    nightsInLookBack: countNights(segments, lookBackFirst, lastNight),
    continuousMonths: currentOccasion ? countMonths(currentOccasion.segments, currentOccasion.first, currentOccasion.last, excluded) : [],
    continuousNights: currentOccasion ? currentOccasion.last - currentOccasion.first + 1 : 0,
  };
}

/** The ISO date of a night. */
export const night = (dayNumber: number): IsoDate => isoOf(dayNumber);
