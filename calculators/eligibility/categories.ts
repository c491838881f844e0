import { reason, type Reason } from '../core/citation';
import { daysBetween } from '../core/dates';
import { isYouthOrFamily } from './answers';
import { definitions } from './definitions';
import { cite, type EligibilityParameters } from './ruleParameters';
import type { EligibilityInput } from './schema';
import { housingPlaces, placeNames, shelterPlaces, unshelteredPlaces, type HomelessCategory } from './vocabulary';
import { counted } from '../core/words';

/** Which paragraph of category 1 the household meets: (i) unsheltered, (ii) shelter, (iii) leaving an institution. */
export type Category1Paragraph = '(i)' | '(ii)' | '(iii)';

/** The categories met, with the paragraph of category 1 and a reason for each category. */
export type CategoryFindings = {
  /** Categories whose criteria the answers meet. */
  criteriaMet: HomelessCategory[];
  /** Categories that apply: category 3 only when no other category does, as its definition says. */
  categories: HomelessCategory[];
  category1Paragraph: Category1Paragraph | null;
  reasons: Reason[];
};

const tick = (ok: boolean) => (ok ? 'yes' : 'no');

function category1(input: EligibilityInput, p: EligibilityParameters): { paragraph: Category1Paragraph | null; reason: Reason } {
  const place = placeNames[input.lastNight];
  if (unshelteredPlaces.includes(input.lastNight)) {
    return {
      paragraph: '(i)',
      reason: reason(
        'category-1-unsheltered',
        `Spent last night in ${place}: category 1, paragraph (i), literally homeless and unsheltered.`,
        definitions.category1Unsheltered,
      ),
    };
  }
  if (shelterPlaces.includes(input.lastNight)) {
    return {
      paragraph: '(ii)',
      reason: reason(
        'category-1-shelter',
        `Spent last night in ${place}: category 1, paragraph (ii), literally homeless in a shelter.`,
        definitions.category1Shelter,
      ),
    };
  }
  if (input.lastNight === 'institution' && input.institution) {
    const { daysStayed, placeBefore } = input.institution;
    const max = p.institutionMaxDays.value;
    const shortEnough = daysStayed <= max;
    const cameFromStreetOrShelter = p.institutionPriorPlaces.value.includes(placeBefore);
    const text = `Leaving an institution after ${counted(daysStayed, 'day')} (${daysStayed} ${shortEnough ? '≤' : '>'} ${max} days: ${tick(shortEnough)}), having stayed in ${placeNames[placeBefore]} right before entering (${tick(cameFromStreetOrShelter)}).`;
    const met = shortEnough && cameFromStreetOrShelter;
    return {
      paragraph: met ? '(iii)' : null,
      reason: reason(
        met ? 'category-1-institution' : 'category-1-institution-not-met',
        `${text} ${met ? 'Category 1, paragraph (iii).' : 'Category 1 (iii) needs both, so it is not met.'}`,
        cite(p.institutionMaxDays),
        cite(p.institutionPriorPlaces),
      ),
    };
  }
  return {
    paragraph: null,
    reason: reason(
      'category-1-not-met',
      `Spent last night in ${place}, which is not a category 1 place (street, shelter, or an institution stay of ${p.institutionMaxDays.value} days or less).`,
      definitions.category1Unsheltered,
      definitions.category1Shelter,
      cite(p.institutionMaxDays),
    ),
  };
}

function category2(input: EligibilityInput, p: EligibilityParameters): { met: boolean; reason: Reason } {
  const limit = p.category2Days.value;
  if (!housingPlaces.includes(input.lastNight)) {
    return {
      met: false,
      reason: reason(
        'category-2-not-housed',
        `Category 2 is for a household about to lose the home it lives in; this household spent last night in ${placeNames[input.lastNight]}.`,
        cite(p.category2Days),
      ),
    };
  }
  if (input.mustLeave !== true || input.mustLeaveOn === undefined) {
    return {
      met: false,
      reason: reason(
        'category-2-not-leaving',
        'The household does not have to leave where it is staying, so category 2 (imminent risk) is not met.',
        cite(p.category2Days),
      ),
    };
  }
  const days = daysBetween(input.assessmentDate, input.mustLeaveOn);
  const soon = days <= limit;
  const met = soon && !input.otherResidence && input.lacksResources;
  return {
    met,
    reason: reason(
      met ? 'category-2-met' : 'category-2-not-met',
      `Has to leave on ${input.mustLeaveOn}, ${counted(days, 'day')} after the assessment date ${input.assessmentDate} (${days} ${soon ? '≤' : '>'} ${limit} days: ${tick(soon)}); no other place to live: ${tick(!input.otherResidence)}; lacks resources and support: ${tick(input.lacksResources)}. ${met ? 'Category 2, imminent risk of homelessness.' : 'Category 2 needs all three, so it is not met.'}`,
      cite(p.category2Days),
      definitions.category2,
    ),
  };
}

function category3(input: EligibilityInput, p: EligibilityParameters): { met: boolean; reason: Reason } {
  const age = p.youthAgeBelow.value;
  if (!isYouthOrFamily(input, age)) {
    return {
      met: false,
      reason: reason(
        'category-3-not-youth-or-family',
        `Category 3 is for unaccompanied youth under ${age} or families with children or youth; the head of household is ${input.household.headAge} with no children or youth.`,
        cite(p.youthAgeBelow),
      ),
    };
  }
  if (input.otherFederalStatute === undefined || input.otherFederalStatute === 'none') {
    return {
      met: false,
      reason: reason(
        'category-3-no-statute',
        'No child or youth in the household is homeless under another federal law, so category 3 is not met.',
        cite(p.youthAgeBelow),
      ),
    };
  }
  const noLease = input.permanentHousingRecently === false;
  const moves = input.recentMoves;
  const enoughMoves = moves >= p.category3MinimumMoves.value;
  const barriers = input.barriersToEmployment ?? 0;
  const needs = input.specialNeeds ?? [];
  const enoughBarriers = barriers >= p.category3MinimumBarriers.value;
  const expectedToContinue = needs.length > 0 || enoughBarriers;
  const met = noLease && enoughMoves && expectedToContinue;
  return {
    met,
    reason: reason(
      met ? 'category-3-met' : 'category-3-not-met',
      `Homeless under another federal law: yes; no lease, ownership or occupancy agreement in the last ${p.category3LookbackDays.value} days: ${tick(noLease)}; ${counted(moves, 'move')} (${moves} ${enoughMoves ? '≥' : '<'} ${p.category3MinimumMoves.value}: ${tick(enoughMoves)}); special needs or barriers: ${counted(needs.length, 'special need')} and ${counted(barriers, 'barrier')} to employment (${expectedToContinue ? 'expected to continue' : `needs a special need or ${p.category3MinimumBarriers.value} or more barriers`}). ${met ? 'The category 3 criteria are met.' : 'Category 3 needs all of these, so it is not met.'}`,
      cite(p.category3LookbackDays),
      cite(p.category3MinimumMoves),
      cite(p.category3MinimumBarriers),
      definitions.category3SpecialNeeds,
    ),
  };
}

function category4(input: EligibilityInput): { met: boolean; reason: Reason } {
  if (!input.fleeingViolence)
    return {
      met: false,
      reason: reason('category-4-not-fleeing', 'The household is not fleeing violence, so category 4 is not met.', definitions.category4),
    };
  const met = !input.otherResidence && input.lacksResources;
  return {
    met,
    reason: reason(
      met ? 'category-4-met' : 'category-4-not-met',
      `Fleeing or trying to flee violence: yes; no other place to live: ${tick(!input.otherResidence)}; lacks resources and support: ${tick(input.lacksResources)}. ${met ? 'Category 4, fleeing violence.' : 'Category 4 needs all three, so it is not met.'}`,
      definitions.category4,
    ),
  };
}

/** Decides which of the four HUD homeless categories the answers meet, with a reason for each. */
export function findCategories(input: EligibilityInput, p: EligibilityParameters): CategoryFindings {
  const c1 = category1(input, p);
  const c2 = category2(input, p);
  const c3 = category3(input, p);
  const c4 = category4(input);
  const criteriaMet = ([1, 2, 3, 4] as const).filter((c) =>
    c === 1 ? c1.paragraph !== null : c === 2 ? c2.met : c === 3 ? c3.met : c4.met,
  );
  const others = criteriaMet.filter((c) => c !== 3);
  const categories = c3.met && others.length > 0 ? others : criteriaMet;
  const reasons = [c1.reason, c2.reason, c3.reason, c4.reason];
  if (c3.met && others.length > 0) {
    reasons.push(
      reason(
        'category-3-yields',
        `Category 3 covers only households that do not otherwise qualify as homeless; this household meets category ${others.join(' and ')}, so that applies instead.`,
        definitions.category3NotOtherwise,
      ),
    );
  }
  return { criteriaMet, categories, category1Paragraph: c1.paragraph, reasons };
}
