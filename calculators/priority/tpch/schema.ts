import * as z from 'zod/mini';
import { asOf, ceilings, choice, householdId, wholeNumber, yesNo } from '../fields';

export const TPCH_PROGRAMS = ['psh', 'rrh', 'th'] as const;
export type TpchProgram = (typeof TPCH_PROGRAMS)[number];
export const PSH_BED_TYPES = ['chronic-dedicated', 'other'] as const;
export type PshBedType = (typeof PSH_BED_TYPES)[number];
export const SLEEPING_SITUATIONS = ['unsheltered', 'sheltered'] as const;
export type SleepingSituation = (typeof SLEEPING_SITUATIONS)[number];
export const SPDAT_TOOLS = ['vi-spdat', 'full-spdat'] as const;
export const SPDAT_POPULATIONS = ['individual', 'youth', 'family'] as const;

/** What a TPCH order needs to know about one household. */
const householdShape = {
  spdatTool: choice(
    SPDAT_TOOLS,
    'Choose the SPDAT tool that produced the score: VI-SPDAT or full SPDAT',
    'The SPDAT tool that produced the score',
  ),
  spdatPopulation: choice(
    SPDAT_POPULATIONS,
    'Choose the version of the SPDAT: individual, youth or family',
    'The version of the SPDAT used: for individuals, youth or families',
  ),
  spdatScore: wholeNumber('the SPDAT score', 'The total SPDAT score from the assessment', { max: ceilings.assessmentScore }),
  sleepingSituation: choice(
    SLEEPING_SITUATIONS,
    'Choose where the household is staying: unsheltered or sheltered',
    'Unsheltered: living in a place not meant for human habitation. Sheltered: an emergency shelter, transitional housing, a place meant for habitation, or facing imminent homelessness',
  ),
  chronicallyHomeless: z.optional(
    yesNo(
      'is the household chronically homeless?',
      'Whether the person or head of household meets the definition of chronic homelessness (needed for PSH)',
    ),
  ),
  hasDisability: z.optional(
    yesNo(
      'does a household member have a disability?',
      'Whether a member of the household has a qualifying disability (needed for PSH beds not dedicated to chronic homelessness)',
    ),
  ),
  lifetimeMonthsHomeless: z.optional(
    wholeNumber(
      'the months homeless over the household’s lifetime',
      'Cumulative months the household has been homeless over the course of its life (needed for PSH)',
      {
        max: ceilings.lifetimeMonths,
      },
    ),
  ),
};

/** The list-wide choices of a TPCH order: the program, the kind of PSH bed and the CoC's determination. */
const settingsShape = {
  asOf,
  program: choice(
    TPCH_PROGRAMS,
    'Choose the program: PSH, RRH or TH',
    'The program the household is being prioritized for: permanent supportive housing, rapid rehousing or transitional housing',
  ),
  bedType: z.optional(
    choice(
      PSH_BED_TYPES,
      'Choose the kind of PSH bed: dedicated or prioritized for chronic homelessness, or other',
      'For PSH: whether the bed is dedicated or prioritized for chronically homeless households, or not',
    ),
  ),
  chronicHouseholdsHoused: z.optional(
    yesNo(
      'has the CoC determined it has housed its chronically homeless households?',
      'For PSH: whether the community has determined that it has housed the families and individuals who meet the definition of chronic homelessness in its area',
    ),
  ),
};

/** One household on a TPCH list. */
export const TpchHousehold = z.object({ id: householdId, ...householdShape });
export type TpchHousehold = z.infer<typeof TpchHousehold>;

/** Input for one household's TPCH priority: the program, the bed and the household's SPDAT score, shelter and history. */
export const TpchPriorityInput = z.object({ id: z.optional(householdId), ...settingsShape, ...householdShape });
export type TpchPriorityInput = z.infer<typeof TpchPriorityInput>;

/** The list-wide part of a TPCH input. */
export type TpchSettings = Pick<TpchPriorityInput, 'asOf' | 'program' | 'bedType' | 'chronicHouseholdsHoused'>;

/** Input for ordering a TPCH list. */
export const TpchListShape = { ...settingsShape };
