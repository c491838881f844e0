import type { IsoDate } from '../core/dates';
import { dayOf } from './dayNumbers';
import type { FieldError } from '../core/outcome';
import type { ChronicInput, ChronicStay, StayType } from './schemas';
import type { NightStay } from './timeline';

// core/dates reads years 0-99 as 1900-1999 (Date.UTC), so earlier dates are refused rather than misread;
// ISO strings of four-digit years compare correctly as text, which keeps this check free of that bug.
const EARLIEST = '1900-01-01';

const TYPE_WORDS: Record<StayType, string> = {
  street: 'street or other place not meant for habitation',
  emergency_shelter: 'emergency shelter',
  safe_haven: 'safe haven',
  institution: 'institution',
  transitional_housing: 'transitional housing',
  housed_other: 'housed or other',
};

/** How a stay is named in messages: its number as the form shows it, its type and dates. */
export const describeStay = (stay: ChronicStay, index: number): string =>
  `Stay ${index + 1} (${TYPE_WORDS[stay.type]}, ${stay.start} to ${stay.end ?? 'the assessment date'})`;

const needsEvidence = (type: StayType): boolean => type !== 'housed_other' && type !== 'transitional_housing';

// After dateErrors every date is a real YYYY-MM-DD from 1900 on, so dates compare correctly as text.
const compareDates = (a: IsoDate, b: IsoDate): number => (a < b ? -1 : a > b ? 1 : 0);

function dateErrors(input: ChronicInput): FieldError[] {
  const errors: FieldError[] = [];
  const early = (path: string, date: IsoDate | undefined) => {
    if (date !== undefined && date < EARLIEST) errors.push({ path, message: `Enter a date from ${EARLIEST} on` });
  };
  early('assessmentDate', input.assessmentDate);
  early('projectEntryDate', input.projectEntryDate);
  early('disability.secondarySourceDate', input.disability.secondarySourceDate);
  input.stays.forEach((stay, i) => {
    early(`stays.${i}.start`, stay.start);
    early(`stays.${i}.end`, stay.end);
  });
  return errors;
}

function stayErrors(input: ChronicInput): FieldError[] {
  const errors: FieldError[] = [];
  const a = input.assessmentDate;
  input.stays.forEach((stay, i) => {
    const name = describeStay(stay, i);
    if (compareDates(stay.start, a) > 0) {
      errors.push({
        path: `stays.${i}.start`,
        message: `${name} starts after the assessment date ${a}: enter only stays up to the assessment`,
      });
    }
    if (stay.end !== undefined && compareDates(stay.end, a) > 0) {
      errors.push({
        path: `stays.${i}.end`,
        message: `${name} ends after the assessment date ${a}: end it on ${a} at the latest, or leave the end out if it is still going on`,
      });
    }
    if (stay.end !== undefined && compareDates(stay.end, stay.start) < 0) {
      errors.push({
        path: `stays.${i}.end`,
        message: `The last night of ${name} is before its first night: swap the dates or correct one of them`,
      });
    }
    if (stay.evidence === undefined && needsEvidence(stay.type)) {
      errors.push({
        path: `stays.${i}.evidence`,
        message: `Choose the evidence for ${name}: third-party, intake worker observation, or self-certification (only breaks may go without)`,
      });
    }
  });
  return errors;
}

function overlapErrors(input: ChronicInput): FieldError[] {
  const errors: FieldError[] = [];
  const a = input.assessmentDate;
  // An ongoing stay runs through the assessment date, so any later-starting stay overlaps it.
  const order = input.stays
    .map((stay, index) => ({ stay, index, end: stay.end ?? a }))
    .filter(({ stay, end }) => compareDates(end, stay.start) >= 0)
    .sort((x, y) => compareDates(x.stay.start, y.stay.start) || x.index - y.index);
  let reach = order[0];
  for (const next of order.slice(1)) {
    if (reach && compareDates(next.stay.start, reach.end) <= 0) {
      const message =
        next.stay.start === reach.end
          ? `${describeStay(next.stay, next.index)} starts on ${next.stay.start}, the last night of ${describeStay(reach.stay, reach.index)}. Each date is one night in one place: start this stay the day after, or end the other a day earlier`
          : `${describeStay(next.stay, next.index)} overlaps ${describeStay(reach.stay, reach.index)}: a person sleeps in one place each night, so change the dates so the stays do not overlap`;
      errors.push({ path: `stays.${next.index}.start`, message });
    }
    if (!reach || compareDates(next.end, reach.end) > 0) reach = next;
  }
  return errors;
}

function householdErrors(input: ChronicInput): FieldError[] {
  const { role, adultPresent } = input.household;
  const { hasDisability, childWithDisability, verification, secondarySourceDate } = input.disability;
  const errors: FieldError[] = [];
  if ((role === 'adult_head' || role === 'other_adult') && !adultPresent) {
    errors.push({
      path: 'household.adultPresent',
      message:
        'The person is an adult, so an adult is in the household: answer yes, or change the role to minor head of household or child',
    });
  }
  if (role === 'minor_head' && adultPresent) {
    errors.push({
      path: 'household.role',
      message:
        'A minor is head of household only when no adult is in the family: choose adult head of household, or answer no to whether an adult is present',
    });
  }
  if (verification !== 'none' && !hasDisability && childWithDisability !== true) {
    errors.push({
      path: 'disability.verification',
      message: 'You answered that no one has a qualifying disability but recorded disability evidence: change one of the two answers',
    });
  }
  if (verification === 'secondary_source' && secondarySourceDate === undefined) {
    errors.push({
      path: 'disability.secondarySourceDate',
      message: 'Enter the date of the secondary source: the time allowed for third-party verification counts from it',
    });
  }
  if (verification !== 'secondary_source' && secondarySourceDate !== undefined) {
    errors.push({
      path: 'disability.secondarySourceDate',
      message:
        'A secondary source date only applies when the disability is verified by a secondary source: remove the date or change how it is verified',
    });
  }
  return errors;
}

/** Every contradiction and impossible date in a parsed input, each on its field. */
export function validateChronicInput(input: ChronicInput): FieldError[] {
  const early = dateErrors(input);
  if (early.length) return early;
  const errors = [...stayErrors(input), ...householdErrors(input)];
  // Overlaps are only meaningful once every stay's own dates make sense.
  return errors.length ? errors : overlapErrors(input);
}

/** The stays as nights, sorted by first night; an ongoing stay runs to the night before the assessment. */
export function toNightStays(input: ChronicInput): NightStay[] {
  const lastNight = dayOf(input.assessmentDate) - 1;
  return input.stays
    .map((stay, index) => ({
      index,
      first: dayOf(stay.start),
      last: stay.end === undefined ? lastNight : dayOf(stay.end),
      type: stay.type,
      evidence: stay.evidence ?? null,
    }))
    .sort((x, y) => x.first - y.first || x.index - y.index);
}
