import * as z from 'zod/mini';
import { isCount } from './rates';
import { asOfField, countField, decimalField, labelField, moneyField, yesNoField } from './fields';

const reviewerPoints = (label: string, description: string) => decimalField(label, description, { max: 100 });

/** Input for a New Bedford FY2019 new-project score: the committee's findings on each criterion of Appendix B. */
export const NewBedfordNewProjectInput = z
  .object({
    asOf: asOfField,
    projectName: z.optional(labelField('the project name', 'The project’s name, shown on the printed score')),
    experience: z.object(
      {
        administeredFederalFunds: yesNoField(
          'has the applicant shown extensive experience administering HUD or other federal funds?',
          'The applicant demonstrated extensive experience in administering HUD or other federal funds',
        ),
        servedServiceOrPopulation: yesNoField(
          'has the applicant shown extensive experience providing the proposed service or serving the proposed population?',
          'The applicant demonstrated extensive experience providing the proposed service and/or serving the proposed population',
        ),
      },
      { error: 'Answer the questions about agency experience and capacity' },
    ),
    housingFirstPoints: reviewerPoints(
      'the Housing First points',
      'The points the committee gives for how far the project follows a Housing First, low-barrier approach (up to the RFP’s maximum)',
    ),
    chronicBeds: z
      .object(
        {
          dedicated: countField(
            'the number of beds dedicated to chronic homelessness',
            'Beds dedicated to chronically homeless individuals and families',
          ),
          total: countField('the project’s total number of beds', 'All of the project’s beds', { min: 1 }),
        },
        { error: 'Enter the project’s beds and how many are dedicated to chronic homelessness' },
      )
      .check(
        z.superRefine((beds, ctx) => {
          if (isCount(beds.dedicated) && isCount(beds.total) && beds.dedicated > beds.total) {
            ctx.addIssue({
              code: 'custom',
              path: ['dedicated'],
              message: `The beds dedicated to chronic homelessness (${beds.dedicated}) cannot be more than the project’s beds (${beds.total})`,
            });
          }
        }),
        z.describe('The project’s beds and how many are dedicated to chronic homelessness'),
      ),
    mainstreamPoints: reviewerPoints(
      'the mainstream services points',
      'The points the committee gives for how fully the project leverages mainstream resources for supportive services (up to the RFP’s maximum)',
    ),
    lowBarrier: yesNoField(
      'has the project shown low barriers to admission and flexible participation policies?',
      'The project demonstrated low barriers to program admission and flexible participation policies designed to retain participants',
    ),
    match: z
      .object(
        {
          request: moneyField('the total grant request', 'The total assistance requested from HUD, including admin, in cents'),
          leasing: moneyField(
            'the leasing request',
            'The part of the request for leased units or structures, in cents (0 if none): match is not required on it',
          ),
          committed: moneyField('the match committed', 'Cash and in-kind match with written commitments, in cents'),
        },
        { error: 'Enter the grant request, its leasing part and the match committed' },
      )
      .check(
        z.superRefine((m, ctx) => {
          if (isCount(m.leasing) && isCount(m.request) && m.leasing > m.request) {
            ctx.addIssue({ code: 'custom', path: ['leasing'], message: 'The leasing request cannot be more than the total grant request' });
          }
        }),
        z.describe('The request and the match committed to it'),
      ),
    fiscal: z.object(
      {
        financialStability: yesNoField(
          'has the applicant shown a history of financial stability?',
          'The applicant demonstrated a history of financial stability',
        ),
        promptExpenditure: yesNoField(
          'has the applicant shown prompt expenditure of program funds?',
          'The applicant demonstrated prompt expenditure of program funds',
        ),
        noOutstandingFindings: yesNoField(
          'is the applicant free of outstanding audit or HUD monitoring findings?',
          'The applicant has no outstanding audit or HUD monitoring findings',
        ),
        points: z.optional(
          reviewerPoints(
            'the fiscal management points',
            'The points the committee gives when the applicant does not demonstrate all three: the RFP states only what earns the maximum',
          ),
        ),
      },
      { error: 'Answer the questions about fiscal management' },
    ),
  })
  .check(z.describe('A New Bedford FY2019 new project’s findings for the local competition score'));
export type NewBedfordNewProjectInput = z.infer<typeof NewBedfordNewProjectInput>;

/** The new-project criteria in the order of Appendix B's table. */
export const NEW_PROJECT_PARTS = ['experience', 'housingFirst', 'chronicHomeless', 'mainstream', 'lowBarrier', 'match', 'fiscal'] as const;
export type NewProjectPart = (typeof NEW_PROJECT_PARTS)[number];
