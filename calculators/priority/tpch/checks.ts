import type { FieldError } from '../../core/outcome';
import type { PriorityRules } from '../rules';
import type { TpchHousehold, TpchSettings } from './schema';

/** The household part of a TPCH input (without its list id). */
export type TpchHouseholdFacts = Omit<TpchHousehold, 'id'>;

/** The parameter that says how many lifetime years homeless count as a long history, for a kind of PSH bed. */
export const longHistoryParameter = (bedType: TpchSettings['bedType']): string =>
  bedType === 'other' ? 'priority.tpch.psh.other.longHistoryYears' : 'priority.tpch.psh.chronic.longHistoryYears';

/** Answers the chosen program needs that the schema cannot require on its own (PSH needs the bed and the CoC's determination). */
export function tpchSettingsProblems(settings: Pick<TpchSettings, 'program' | 'bedType' | 'chronicHouseholdsHoused'>): FieldError[] {
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

/** The household answers PSH needs that the schema cannot require on its own (paths relative to the household). */
function missingHouseholdAnswers(settings: Partial<TpchSettings>, household: Partial<TpchHouseholdFacts>): FieldError[] {
  if (settings.program !== 'psh') return [];
  const errors: FieldError[] = [];
  if (household.chronicallyHomeless === undefined) {
    errors.push({
      path: 'chronicallyHomeless',
      message: 'Answer whether the household is chronically homeless: PSH priority depends on it',
    });
  }
  if (household.lifetimeMonthsHomeless === undefined) {
    errors.push({
      path: 'lifetimeMonthsHomeless',
      message: 'Enter the months the household has been homeless over its lifetime: PSH priority depends on how long it has been homeless',
    });
  }
  if (settings.bedType === 'other' && household.hasDisability === undefined) {
    errors.push({
      path: 'hasDisability',
      message: 'Answer whether a household member has a disability: PSH beds not dedicated to chronic homelessness need it',
    });
  }
  return errors;
}

/**
 * Answers a program needs that are missing from input the schema refused, so a person sees every
 * missing answer at once rather than one round at a time (only absent answers are reported here).
 */
export function missingTpchAnswers(input: unknown): FieldError[] {
  if (typeof input !== 'object' || input === null) return [];
  const raw = input as Partial<TpchSettings> & Partial<TpchHouseholdFacts>;
  return [...tpchSettingsProblems(raw as TpchSettings), ...missingHouseholdAnswers(raw, raw)];
}

/**
 * Missing answers for PSH, and answers that contradict each other (paths relative to the household).
 * Chronic homelessness needs a qualifying disability and at least the minimum months homeless, so
 * "chronically homeless" with "no disability" or too few months is an error to correct, not a guess.
 */
export function tpchHouseholdProblems(rules: PriorityRules, settings: TpchSettings, household: TpchHouseholdFacts): FieldError[] {
  const errors: FieldError[] = [];
  errors.push(...missingHouseholdAnswers(settings, household));
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
