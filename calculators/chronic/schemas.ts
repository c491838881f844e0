import * as z from 'zod/mini';
import { isoDateField } from '../core/schemas';

import { DISABILITY_VERIFICATION, EVIDENCE_LEVELS, HOUSEHOLD_ROLES, STAY_TYPES } from './vocabulary';

export { DISABILITY_VERIFICATION, EVIDENCE_LEVELS, HOUSEHOLD_ROLES, STAY_TYPES };
export type { DisabilityVerification, Evidence, HouseholdRole, StayType } from './vocabulary';

const requiredBoolean = (missing: string, description: string) =>
  z.boolean({ error: (issue) => (issue.input === undefined ? missing : 'Answer yes or no') }).check(z.describe(description));

/** One stay on the timeline; every date is one night in one place, the end date included. */
export const ChronicStay = z
  .object({
    start: isoDateField('The first night of the stay, written YYYY-MM-DD'),
    end: z.optional(
      isoDateField('The last night of the stay (included); leave it out when the stay is still going on at the assessment date'),
    ),
    type: z
      .enum(STAY_TYPES, {
        error:
          'Choose where the person stayed: street or other place not meant for habitation, emergency shelter, safe haven, institution, transitional housing, or housed/other',
      })
      .check(z.describe('Where the person slept during the stay')),
    evidence: z.optional(
      z
        .enum(EVIDENCE_LEVELS, { error: 'Choose the evidence for the stay: third-party, intake worker observation, or self-certification' })
        .check(
          z.describe(
            'The best evidence on file for the stay; needed for street, shelter, safe haven and institution stays, optional for breaks',
          ),
        ),
    ),
  })
  .check(z.describe('One stay: where the person slept from its first night to its last'));
export type ChronicStay = z.infer<typeof ChronicStay>;

/** The input to the chronic homelessness timeline verification. */
export const ChronicInput = z.object({
  assessmentDate: isoDateField('The date of the eligibility assessment; nights up to the night before it are counted'),
  household: z
    .object(
      {
        role: z
          .enum(HOUSEHOLD_ROLES, {
            error:
              'Choose the role of the person whose stays are entered: adult head of household, minor head of household, other adult, or child',
          })
          .check(z.describe('The role in the household of the person whose stays are entered')),
        adultPresent: requiredBoolean(
          'Answer whether an adult (18 or over) is in the household',
          'Whether any adult (18 or over) is in the household',
        ),
      },
      { error: 'Tell us about the household' },
    )
    .check(z.describe('The household and the role in it of the person whose stays are entered')),
  disability: z
    .object(
      {
        hasDisability: requiredBoolean(
          'Answer whether the person has a qualifying disability',
          'Whether the person whose stays are entered has a qualifying disability (substance use disorder, serious mental illness, developmental disability, PTSD, brain injury, or chronic physical illness or disability)',
        ),
        childWithDisability: z.optional(
          z
            .boolean({ error: 'Answer yes or no' })
            .check(z.describe('Whether a child in the household has a qualifying disability; leave it out when no child does')),
        ),
        verification: z
          .enum(DISABILITY_VERIFICATION, { error: 'Choose how the disability is verified: third-party, a secondary source, or not yet' })
          .check(z.describe('How the qualifying disability is verified so far')),
        secondarySourceDate: z.optional(
          isoDateField(
            'The date of the secondary source of disability evidence (an award letter, a parking placard, or an intake worker note of a visible disability)',
          ),
        ),
      },
      { error: 'Tell us about the disability' },
    )
    .check(z.describe('The qualifying disability and how it is verified')),
  stays: z
    .array(ChronicStay, { error: 'Add the stays as a list' })
    .check(
      z.minLength(1, 'Add at least one stay: where the person slept before the assessment'),
      z.maxLength(1000, 'Enter at most 1,000 stays'),
      z.describe('Where the person slept, one entry per stay'),
    ),
  projectEntryDate: z.optional(
    isoDateField('The date the household entered the project, when it has (starts the clock for written verification)'),
  ),
});
export type ChronicInput = z.infer<typeof ChronicInput>;
