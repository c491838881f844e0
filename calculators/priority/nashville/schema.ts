import * as z from 'zod/mini';
import { asOf, ceilings, choice, date, householdId, wholeNumber, yesNo } from '../fields';

export const NASHVILLE_ASSESSMENTS = ['vi-spdat', 'dv-ce'] as const;
export type NashvilleAssessment = (typeof NASHVILLE_ASSESSMENTS)[number];

const homelessSince = date(
  'the date this episode of homelessness began',
  'The date the household’s current episode of homelessness began, as recorded in HMIS; length of time homeless is counted from it',
);

/** What Nashville's RRH priority score needs to know about one household. */
const rrhShape = {
  assessment: choice(
    NASHVILLE_ASSESSMENTS,
    'Choose the assessment: VI-SPDAT or DV-CE',
    'The assessment that produced the score: the VI-SPDAT, or the DV-CE assessment for households fleeing violence',
  ),
  assessmentScore: wholeNumber('the assessment score', 'The total score of the VI-SPDAT or DV-CE assessment', {
    max: ceilings.assessmentScore,
  }),
  unsheltered: yesNo(
    'is the household unsheltered?',
    'Whether the household is experiencing unsheltered homelessness (a place not meant for human habitation)',
  ),
  age: wholeNumber('the age of the person assessed', 'The age in years of the person assessed, on the date the priority is worked out', {
    max: ceilings.age,
  }),
  covidRiskCondition: yesNo(
    'does the person have a CDC-identified COVID-19 risk condition?',
    'Whether the person has an underlying medical condition the CDC identified as increasing the risk of severe illness from COVID-19',
  ),
  homelessSince,
};

/** One household on a Nashville RRH list. */
export const NashvilleRrhHousehold = z.object({ id: householdId, ...rrhShape });
export type NashvilleRrhHousehold = z.infer<typeof NashvilleRrhHousehold>;

/** Input for one household's Nashville RRH priority score. */
export const NashvilleRrhScoreInput = z.object({ id: z.optional(householdId), asOf, ...rrhShape });
export type NashvilleRrhScoreInput = z.infer<typeof NashvilleRrhScoreInput>;

/** One household on a Nashville PSH list. */
export const NashvillePshHousehold = z.object({
  id: householdId,
  chronicallyHomeless: yesNo(
    'is the household chronically homeless?',
    'Whether the household meets the definition of chronic homelessness (its chronicity status)',
  ),
  viSpdatScore: wholeNumber('the VI-SPDAT score', 'The total VI-SPDAT score', { max: ceilings.assessmentScore }),
  homelessSince,
  identifiedOn: date(
    'the date the household was identified',
    'The date the household was identified (added to the By-Name List); used only to break a tie',
  ),
});
export type NashvillePshHousehold = z.infer<typeof NashvillePshHousehold>;
