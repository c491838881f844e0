import { daysBetween } from '../core/dates';
import type { FieldError } from '../core/outcome';
import { answerMissing } from './questions';
import type { EligibilityInput } from './schema';
import {
  fundedComponents,
  housingPlaces,
  placeNames,
  shelterPlaces,
  unitPlaces,
  unshelteredPlaces,
  componentNames,
  programNames,
} from './vocabulary';
import { counted } from '../core/words';

/** True for a family with children or youth, or a young person on their own (the category 3 and at-risk (2)/(3) groups). */
export const isYouthOrFamily = (input: EligibilityInput, youthAgeBelow: number): boolean =>
  input.household.childrenOrYouth || input.household.headAge < youthAgeBelow;

/**
 * Answers a path needs but that are missing. The schema cannot say these: whether an answer is needed
 * depends on other answers (an institution stay only when last night was in an institution).
 */
export function missingAnswers(input: EligibilityInput, youthAgeBelow: number): FieldError[] {
  const errors: FieldError[] = [];
  if (input.lastNight === 'institution' && !input.institution)
    errors.push(answerMissing('institution.daysStayed'), answerMissing('institution.placeBefore'));
  if (housingPlaces.includes(input.lastNight)) {
    if (input.mustLeave === undefined) errors.push(answerMissing('mustLeave'));
    if (input.mustLeave === true) {
      if (input.mustLeaveOn === undefined) errors.push(answerMissing('mustLeaveOn'));
      if (input.writtenNotice === undefined) errors.push(answerMissing('writtenNotice'));
    }
  }
  if (input.lastNight === 'with-others' && input.doubledUpForEconomicHardship === undefined)
    errors.push(answerMissing('doubledUpForEconomicHardship'));
  if (unitPlaces.includes(input.lastNight)) {
    if (!input.unit) errors.push(answerMissing('unit.kind'));
    else if (input.unit.kind === 'larger' && input.unit.rooms === undefined) errors.push(answerMissing('unit.rooms'));
  }
  if (unshelteredPlaces.includes(input.lastNight) && input.unwillingOrUnableToUseShelter === undefined)
    errors.push(answerMissing('unwillingOrUnableToUseShelter'));
  if (isYouthOrFamily(input, youthAgeBelow)) {
    if (input.otherFederalStatute === undefined) errors.push(answerMissing('otherFederalStatute'));
    else if (input.otherFederalStatute !== 'none') {
      if (input.permanentHousingRecently === undefined) errors.push(answerMissing('permanentHousingRecently'));
      if (input.specialNeeds === undefined) errors.push(answerMissing('specialNeeds'));
      if (input.barriersToEmployment === undefined) errors.push(answerMissing('barriersToEmployment'));
    }
  }
  if ((input.program === undefined) !== (input.component === undefined)) {
    errors.push(input.program === undefined ? answerMissing('program') : answerMissing('component'));
  }
  return errors;
}

const homelessPlace = (input: EligibilityInput) => unshelteredPlaces.includes(input.lastNight) || shelterPlaces.includes(input.lastNight);

/** Answers that cannot all be true. Each is explained and left for the person to settle, never resolved by the checker. */
export function contradictions(input: EligibilityInput): FieldError[] {
  const errors: FieldError[] = [];
  const place = placeNames[input.lastNight];
  if (homelessPlace(input) && input.ownHomeTonight) {
    errors.push({
      path: 'ownHomeTonight',
      message: `These answers disagree: the household spent last night in ${place}, yet it has a home of its own it can safely stay in tonight. Check where it spent last night, or whether it can really go back to that home.`,
    });
  }
  if (input.lastNight !== 'own-home' && input.ownHomeTonight && !input.otherResidence) {
    errors.push({
      path: 'otherResidence',
      message:
        'These answers disagree: the household has a home of its own it can safely stay in tonight, yet no other place it can live. If it can stay in its own home, that home is another place to live.',
    });
  }
  if ((input.lastNight === 'own-home' || input.ownHomeTonight) && input.permanentHousingRecently === false) {
    errors.push({
      path: 'permanentHousingRecently',
      message:
        'These answers disagree: the household has a home of its own (rented, owned or with an occupancy agreement), yet had no lease, ownership or occupancy agreement in permanent housing in the last 60 days.',
    });
  }
  if (input.fleeingViolence && input.ownHomeTonight && input.lastNight === 'own-home') {
    errors.push({
      path: 'fleeingViolence',
      message:
        'These answers disagree: the household is fleeing violence, yet can safely stay tonight in its own home, where it spent last night. If it is not safe there, answer no to having a home it can safely stay in.',
    });
  }
  if (input.recentEconomicMoves > input.recentMoves) {
    errors.push({
      path: 'recentEconomicMoves',
      message: `These answers disagree: ${counted(input.recentEconomicMoves, 'move')} for money reasons, but only ${counted(input.recentMoves, 'move')} in all. Moves for money reasons are part of all moves.`,
    });
  }
  if (input.household.size === 1 && input.household.childrenOrYouth) {
    errors.push({
      path: 'household.childrenOrYouth',
      message:
        'These answers disagree: a household of 1 person cannot also include children or youth. Count everyone in the household, or answer no.',
    });
  }
  if (input.unit && input.unit.people < input.household.size && unitPlaces.includes(input.lastNight)) {
    errors.push({
      path: 'unit.people',
      message: `These answers disagree: the unit has ${counted(input.unit.people, 'person', 'people')} living in it, but the household alone has ${input.household.size}. Count everyone who lives there, including the household.`,
    });
  }
  if (input.doubledUpForEconomicHardship === true && input.lastNight !== 'with-others') {
    errors.push({
      path: 'doubledUpForEconomicHardship',
      message: `These answers disagree: the household lives in someone else's home because of money problems, yet spent last night in ${place}. Check where it spent last night.`,
    });
  }
  if (input.institution && input.lastNight !== 'institution') {
    errors.push({
      path: 'institution.daysStayed',
      message: `These answers disagree: there are details of an institution stay, yet the household spent last night in ${place}. Say the household spent last night in an institution, or remove the institution stay.`,
    });
  }
  if (input.mustLeaveOn !== undefined && daysBetween(input.assessmentDate, input.mustLeaveOn) < 0) {
    errors.push({
      path: 'mustLeaveOn',
      message: `The date the household has to leave (${input.mustLeaveOn}) is before the assessment date (${input.assessmentDate}). If it has already left, answer where it spent last night instead.`,
    });
  }
  if (input.verification && daysBetween(input.verification.verifiedOn, input.verification.enrollmentOn) < 0) {
    errors.push({
      path: 'verification.verifiedOn',
      message: `Homelessness must be verified before enrollment: the verification date ${input.verification.verifiedOn} is after the enrollment date ${input.verification.enrollmentOn}.`,
    });
  }
  if (input.program && input.component && !fundedComponents[input.program].includes(input.component)) {
    errors.push({
      path: 'component',
      message: `${programNames[input.program]} does not fund ${componentNames[input.component]} here. ${input.program} funds ${fundedComponents[input.program].map((c) => componentNames[c]).join(', ')}.`,
    });
  }
  return errors;
}
