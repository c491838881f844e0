import type { Citation, Reason } from '../core/citation';
import type { IsoDate } from '../core/dates';
import type { CountingMethod } from './chronicParameters';
import type { DisabilityVerification, StayType } from './schemas';

/** Which part of the definition makes the person chronically homeless. */
export type ChronicBasis = 'continuous' | 'four_occasions' | 'institution';

/** Where the person slept the night before the assessment. */
export type CurrentSituation = 'street_shelter_safe_haven' | 'institution' | 'transitional_housing' | 'housed_other' | 'no_stay';

/** A stay as results refer to it: `index` is its position in the input (0-based). */
export type StayRef = { index: number; type: StayType; start: IsoDate; end: IsoDate | null };

/** A period of nights, first and last night included. */
export type Period = { first: IsoDate; last: IsoDate; nights: number };

/** A separate occasion of homelessness. */
export type OccasionSummary = Period & {
  /** Nights of the occasion counted as homeless time (stays shorter than a break are not counted). */
  countedNights: number;
  /** Counted nights inside the look-back period. */
  nightsInLookBack: number;
  /** Calendar months of the occasion counted the HUD way inside the look-back period. */
  monthsInLookBack: string[];
  /** The occasion began before the look-back period and continues into it. */
  straddlesLookBackStart: boolean;
  /** Every stay of the occasion has third-party or intake-worker evidence. */
  documented: boolean;
  stays: StayRef[];
};

/** An institution stay and whether it counts as homeless time. */
export type InstitutionSummary = Period & { afterHomelessness: boolean; counted: boolean; ongoing: boolean };

/** One thing still to get for the file. */
export type TodoItem = { code: string; text: string; dueDate: IsoDate | null; stays: StayRef[]; citations: Citation[] };

/** Whether the evidence on file meets the recordkeeping standard, and what is missing. */
export type ChronicRecordkeeping = {
  /** The path the evidence was checked against (null when the timeline meets no path). */
  path: 'continuous' | 'four_occasions' | null;
  /** Continuous path: the months checked (the most recent months of the episode, as many as the continuous path needs) and which are backed by third-party or intake records (empty on other paths). */
  months: { month: string; documented: boolean }[];
  thirdPartyMonths: number;
  selfCertifiedMonths: number;
  maximumSelfCertifiedMonths: number;
  /** Occasions path: occasions backed by third-party or intake records (zero on other paths). */
  thirdPartyOccasions: number;
  selfCertifiedOccasions: number;
  minimumThirdPartyOccasions: number;
  meetsStandard: boolean;
  disabilityVerification: DisabilityVerification;
  /** Months of homeless time with third-party or intake records, over the look-back and the current episode. */
  thirdPartyMonthsOfTimeHomeless: number;
  /** TPCH: disability verified and enough third-party months (null where the standards set no packet rule). */
  packetComplete: boolean | null;
  todo: TodoItem[];
};

/** The answer to "is this person (or family) chronically homeless?" with its trail. */
export type ChronicResult = {
  chronic: boolean;
  basis: ChronicBasis | null;
  /** The path the timeline itself meets, before disability and household role are considered. */
  timelineBasis: ChronicBasis | null;
  /** Which way time was counted: HUD calendar months or TPCH nights. */
  countingMethod: CountingMethod;
  currentSituation: CurrentSituation;
  /** The date the paths were measured at: the assessment, or the day the person entered the institution. */
  evaluatedAsOf: IsoDate;
  lookBack: { first: IsoDate; last: IsoDate };
  occasions: OccasionSummary[];
  /** Calendar months homeless in the look-back, counted the HUD way (reported under either method). */
  monthsHomeless: number;
  /** Nights homeless in the look-back (reported under either method). */
  nightsHomeless: number;
  continuous: { since: IsoDate | null; months: number; nights: number };
  breaks: Period[];
  shortStays: Period[];
  institutionStays: InstitutionSummary[];
  /** Nights with no stay recorded, treated as not homeless. */
  gaps: Period[];
  recordkeeping: ChronicRecordkeeping;
  reasons: Reason[];
};
