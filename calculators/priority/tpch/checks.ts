import type { FieldError } from '../../core/outcome';
import type { PriorityRules } from '../rules';
import type { TpchHousehold, TpchSettings } from './schema';

/** The household part of a TPCH input (without its list id). */
export type TpchHouseholdFacts = Omit<TpchHousehold, 'id'>;

/** The parameter that says how many lifetime years homeless count as a long history, for a kind of PSH bed. */
export const longHistoryParameter = (bedType: TpchSettings['bedType']): string =>
  bedType === 'other' ? 'priority.tpch.psh.other.longHistoryYears' : 'priority.tpch.psh.chronic.longHistoryYears';

/** Answers the chosen program needs that the schema cannot require on its own (PSH needs the bed and the CoC's determination). */
export function tpchSettingsProblems(settings: TpchSettings): FieldError[] {
  if (settings.program !== 'psh') return [];
  const errors: FieldError[] = [];
  if (settings.bedType === undefined) {
    errors.push({ path: 'bedType', message: 'Choose the kind of PSH bed: dedicated or prioritized for chronic homelessness, or other' });
  }
  if (settings.chronicHouseholdsHoused === undefined) {
    errors.push({
      path: 'chronicHouseholdsHoused',
      message:
        'Answer whether the CoC has determined that it has housed the chronically homeless households in its area: PSH priority depends on it',
    });
  }
  return errors;
}

/**
 * Missing answers for PSH, and answers that contradict each other (paths relative to the household).
 * Chronic homelessness needs a qualifying disability and at least the minimum months homeless, so
 * "chronically homeless" with "no disability" or too few months is an error to correct, not a guess.
 */
export function tpchHouseholdProblems(rules: PriorityRules, settings: TpchSettings, household: TpchHouseholdFacts): FieldError[] {
  const errors: FieldError[] = [];
  if (settings.program === 'psh') {
    if (household.chronicallyHomeless === undefined) {
      errors.push({
        path: 'chronicallyHomeless',
        message: 'Answer whether the household is chronically homeless: PSH priority depends on it',
      });
    }
    if (household.lifetimeMonthsHomeless === undefined) {
      const years = rules.number(longHistoryParameter(settings.bedType)).value;
      errors.push({
        path: 'lifetimeMonthsHomeless',
        message: `Enter the months the household has been homeless over its lifetime: PSH priority depends on whether it is ${years} years or more`,
      });
    }
    if (settings.bedType === 'other' && household.hasDisability === undefined) {
      errors.push({
        path: 'hasDisability',
        message: 'Answer whether a household member has a disability: PSH beds not dedicated to chronic homelessness need it',
      });
    }
  }
  if (household.chronicallyHomeless === true && household.hasDisability === false) {
    errors.push({
      path: 'hasDisability',
      message:
        'You said the household is chronically homeless and that no one in it has a disability: chronic homelessness needs a qualifying disability. Correct one of the two answers',
    });
  }
  if (household.chronicallyHomeless === true && household.lifetimeMonthsHomeless !== undefined) {
    const minimum = rules.number('priority.tpch.chronicMinimumMonths').value;
    if (household.lifetimeMonthsHomeless < minimum) {
      errors.push({
        path: 'lifetimeMonthsHomeless',
        message: `You said the household is chronically homeless, which takes at least ${minimum} months of homelessness, but entered ${household.lifetimeMonthsHomeless} months homeless over its lifetime. Correct one of the two answers`,
      });
    }
  }
  return errors;
}
