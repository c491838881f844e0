import { reason, type Reason } from '../core/citation';
import { daysBetween } from '../core/dates';
import { isYouthOrFamily } from './answers';
import { definitions } from './definitions';
import { cite, type EligibilityParameters } from './ruleParameters';
import type { EligibilityInput } from './schema';
import { unitPlaces, type HomelessCategory } from './vocabulary';
import { counted } from '../core/words';

/** The paragraph of the at-risk definition (24 CFR 576.2) a household meets. */
export type AtRiskBasis =
  '(1)(iii)(A)' | '(1)(iii)(B)' | '(1)(iii)(C)' | '(1)(iii)(D)' | '(1)(iii)(E)' | '(1)(iii)(F)' | '(1)(iii)(G)' | '(2)' | '(3)';

/** Whether the household is at risk of homelessness, under which paragraphs, and why. */
export type AtRiskFindings = { atRisk: boolean; bases: AtRiskBasis[]; reasons: Reason[] };

/** People per room above a ratio, compared exactly in thousandths so 1.5 is never a rounding question. */
export const exceedsPerRoom = (people: number, rooms: number, ratio: number): boolean => people * 1000 > rooms * Math.round(ratio * 1000);

const perRoom = (people: number, rooms: number): string => {
  const value = people / rooms;
  return Number.isInteger(value * 100) ? String(value) : `${value.toFixed(2)} (to two decimal places)`;
};

type Condition = { basis: AtRiskBasis; met: boolean; reason: Reason | null };

function conditions(input: EligibilityInput, p: EligibilityParameters): Condition[] {
  const found: Condition[] = [];
  const moves = input.recentEconomicMoves;
  const minMoves = p.atRiskEconomicMoves.value;
  const movedEnough = moves >= minMoves;
  found.push({
    basis: '(1)(iii)(A)',
    met: movedEnough,
    reason:
      moves > 0
        ? reason(
            movedEnough ? 'at-risk-economic-moves' : 'at-risk-economic-moves-not-met',
            `Moved ${counted(moves, 'time')} for economic reasons in the last ${p.atRiskEconomicMovesDays.value} days (${moves} ${movedEnough ? '≥' : '<'} ${minMoves}): condition (A) ${movedEnough ? 'met' : 'not met'}.`,
            cite(p.atRiskEconomicMoves),
          )
        : null,
  });
  const doubledUp = input.lastNight === 'with-others' && input.doubledUpForEconomicHardship === true;
  found.push({
    basis: '(1)(iii)(B)',
    met: doubledUp,
    reason: doubledUp
      ? reason(
          'at-risk-doubled-up',
          "Lives in someone else's home because of economic hardship: condition (B) met.",
          definitions.atRiskDoubledUp,
        )
      : null,
  });

  let notice: Condition = { basis: '(1)(iii)(C)', met: false, reason: null };
  if (input.mustLeave === true && input.mustLeaveOn !== undefined) {
    const days = daysBetween(input.assessmentDate, input.mustLeaveOn);
    const limit = p.atRiskNoticeDays.value;
    const soon = days <= limit;
    const written = input.writtenNotice === true;
    const met = soon && written;
    notice = {
      basis: '(1)(iii)(C)',
      met,
      reason: reason(
        met ? 'at-risk-written-notice' : 'at-risk-notice-not-met',
        `Notice to leave on ${input.mustLeaveOn}, ${counted(days, 'day')} after the assessment date (${days} ${soon ? '≤' : '>'} ${limit} days: ${soon ? 'yes' : 'no'}); in writing: ${written ? 'yes' : 'no'}. Condition (C) ${met ? 'met' : 'needs a written notice ending the right to stay within ' + limit + ' days, so it is not met'}.`,
        cite(p.atRiskNoticeDays),
      ),
    };
  }
  found.push(notice);
  const hotel = input.lastNight === 'hotel-self-paid';
  found.push({
    basis: '(1)(iii)(D)',
    met: hotel,
    reason: hotel
      ? reason('at-risk-hotel', 'Lives in a hotel or motel it pays for itself: condition (D) met.', definitions.atRiskHotel)
      : null,
  });

  let crowded: Condition = { basis: '(1)(iii)(E)', met: false, reason: null };
  if (input.unit && unitPlaces.includes(input.lastNight)) {
    const { kind, people, rooms } = input.unit;
    if (kind === 'sro-or-efficiency') {
      const max = p.atRiskSroMaxPersons.value;
      const met = people > max;
      crowded = {
        basis: '(1)(iii)(E)',
        met,
        reason: reason(
          met ? 'at-risk-overcrowded-sro' : 'at-risk-sro-not-overcrowded',
          `${counted(people, 'person', 'people')} in a single-room occupancy or efficiency unit (${people} ${met ? '>' : '≤'} ${max}): condition (E) ${met ? 'met' : 'not met; it needs more than ' + max}.`,
          cite(p.atRiskSroMaxPersons),
        ),
      };
    } else if (rooms !== undefined) {
      const ratio = p.atRiskPersonsPerRoom.value;
      const met = exceedsPerRoom(people, rooms, ratio);
      crowded = {
        basis: '(1)(iii)(E)',
        met,
        reason: reason(
          met ? 'at-risk-overcrowded-rooms' : 'at-risk-rooms-not-overcrowded',
          `${counted(people, 'person', 'people')} in ${counted(rooms, 'room')}: ${people} ÷ ${rooms} = ${perRoom(people, rooms)} people per room (${met ? 'more than' : 'not more than'} ${ratio}): condition (E) ${met ? 'met' : 'not met'}.`,
          cite(p.atRiskPersonsPerRoom),
        ),
      };
    }
  }
  found.push(crowded);
  const leaving = input.leavingInstitutionOrCare;
  found.push({
    basis: '(1)(iii)(F)',
    met: leaving,
    reason: leaving
      ? reason(
          'at-risk-leaving-care',
          'Leaving a publicly funded institution or system of care: condition (F) met.',
          definitions.atRiskInstitution,
        )
      : null,
  });
  const plan = input.consolidatedPlanRisk === true;
  found.push({
    basis: '(1)(iii)(G)',
    met: plan,
    reason: plan
      ? reason(
          'at-risk-consolidated-plan',
          "Lives in housing the recipient's consolidated plan links to instability: condition (G) met.",
          definitions.atRiskConsolidatedPlan,
        )
      : null,
  });
  return found;
}

/**
 * Decides whether the household is at risk of homelessness (24 CFR 576.2). `incomeBelow` is the
 * strict comparison with the at-risk income share; categories decide the "does not qualify as homeless" clauses.
 */
export function findAtRisk(
  input: EligibilityInput,
  p: EligibilityParameters,
  income: { below: boolean; text: string },
  categories: readonly HomelessCategory[],
): AtRiskFindings {
  const reasons: Reason[] = [];
  const found = conditions(input, p);
  const met = found.filter((c) => c.met);
  const paragraph1 = income.below && input.lacksResources && met.length > 0;
  reasons.push(
    reason(income.below ? 'at-risk-income-below' : 'at-risk-income-not-below', `At risk (1)(i): ${income.text}`, cite(p.atRiskIncomeShare)),
  );
  reasons.push(
    reason(
      input.lacksResources ? 'at-risk-lacks-resources' : 'at-risk-has-resources',
      `At risk (1)(ii): lacks the resources or support networks to avoid a shelter or the street: ${input.lacksResources ? 'yes' : 'no'}.`,
      definitions.atRiskResources,
    ),
  );
  for (const condition of found) if (condition.reason) reasons.push(condition.reason);
  const bases: AtRiskBasis[] = paragraph1 ? met.map((c) => c.basis) : [];
  reasons.push(
    reason(
      paragraph1 ? 'at-risk-paragraph-1' : 'at-risk-paragraph-1-not-met',
      paragraph1
        ? `At risk of homelessness under paragraph (1): income below the limit, no sufficient resources, and condition ${met.map((c) => c.basis.slice(-3)).join(', ')}.`
        : `Paragraph (1) of the at-risk definition needs income below the limit (${income.below ? 'yes' : 'no'}), no sufficient resources (${input.lacksResources ? 'yes' : 'no'}) and one listed condition (${met.length > 0 ? 'yes' : 'no'}), so it is not met.`,
      cite(p.atRiskIncomeShare),
    ),
  );
  const youthOrFamily = isYouthOrFamily(input, p.youthAgeBelow.value);
  const notHomeless = categories.length === 0;
  if (youthOrFamily && notHomeless && input.otherFederalStatute === 'other') {
    bases.push('(2)');
    reasons.push(
      reason(
        'at-risk-other-statute',
        'A child or youth who is homeless under another federal law but not under the HUD definition: at risk under paragraph (2).',
        definitions.atRiskOtherStatute,
      ),
    );
  }
  if (youthOrFamily && notHomeless && input.otherFederalStatute === 'education') {
    bases.push('(3)');
    reasons.push(
      reason(
        'at-risk-education',
        'A child or youth who is homeless under the McKinney-Vento education definition (with the parents or guardians living with them): at risk under paragraph (3).',
        definitions.atRiskEducation,
      ),
    );
  }
  return { atRisk: bases.length > 0, bases, reasons };
}
