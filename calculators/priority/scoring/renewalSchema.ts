import * as z from 'zod/mini';
import { asOfField, choiceField, labelField } from './fields';
import { moneyRateField, rateField } from './rates';

/** The two published versions of the renewal scales: the RFP's Appendix B, and the evaluation worksheet used in the 2019 round. */
export const RENEWAL_SCALES = ['rfp', 'worksheet'] as const;
export type RenewalScales = (typeof RENEWAL_SCALES)[number];

/** Whether the chronic homelessness share is counted in persons (what the RFP measures) or beds (what its scale names). */
export const RENEWAL_CHRONIC_BASES = ['persons', 'beds'] as const;
export type RenewalChronicBasis = (typeof RENEWAL_CHRONIC_BASES)[number];

const people = (label: string, count: string, outOf: string, description: string) => rateField({ label, count, outOf }, description);

/** Input for a New Bedford FY2019 renewal score: each measure from the APR, HIC, HMIS and LOCCS, and the scales to use. */
export const NewBedfordRenewalInput = z
  .object({
    asOf: asOfField,
    projectName: z.optional(labelField('the project name', 'The project’s name, shown on the printed score')),
    scales: choiceField(
      'which scales to score with',
      RENEWAL_SCALES,
      '"rfp": the scales published in the RFP’s Appendix B (fiscal management tops out at 15 of its 20 points); "worksheet": the evaluation worksheet used to score the 2019 round (fiscal management on a 20-point scale, lowest exits band ≤55%)',
      'the RFP’s Appendix B, or the 2019 evaluation worksheet',
    ),
    exitsToPermanentHousing: people(
      'exits to permanent housing',
      'persons who stayed in or exited to permanent housing',
      'persons',
      'APR Q23a and b: persons who exited to (or, in permanent housing, stayed in) permanent housing, out of persons',
    ),
    earnedIncomeStayers: people(
      'earned income (stayers)',
      'stayers with new or increased earned income',
      'adult stayers',
      'APR Q19a1: adult stayers with new or increased earned income',
    ),
    otherIncomeStayers: people(
      'non-employment income (stayers)',
      'stayers with new or increased non-employment income',
      'adult stayers',
      'APR Q19a1: adult stayers with new or increased non-employment income',
    ),
    earnedIncomeLeavers: people(
      'earned income (leavers)',
      'leavers with new or increased earned income',
      'adult leavers',
      'APR Q19a1 (the worksheet: Q19a2): adult leavers with new or increased earned income',
    ),
    otherIncomeLeavers: people(
      'non-employment income (leavers)',
      'leavers with new or increased non-employment income',
      'adult leavers',
      'APR Q19a1 (the worksheet: Q19a2): adult leavers with new or increased non-employment income',
    ),
    bedUtilization: rateField(
      { label: 'bed utilization', count: 'beds filled', outOf: 'beds', maxPercent: 200 },
      'Beds filled out of beds: the RFP uses the 2019 HIC at the PIT count; the worksheet used APR Q2, quarterly over the operating year',
    ),
    chronicHomeless: z
      .object(
        {
          basis: choiceField(
            'whether to count chronic homelessness in persons or beds',
            RENEWAL_CHRONIC_BASES,
            '"persons": chronically homeless persons out of persons served (APR Q26b, what the RFP measures); "beds": beds dedicated to chronic homelessness out of beds (what the RFP’s scale names)',
            'persons, or beds',
          ),
          persons: z.optional(
            people(
              'chronically homeless persons share',
              'chronically homeless persons',
              'persons served',
              'APR Q26b: chronically homeless persons out of persons served',
            ),
          ),
          beds: z.optional(
            people(
              'chronic homeless beds share',
              'beds dedicated to chronic homelessness',
              'beds',
              'Beds dedicated to chronic homelessness out of the project’s beds',
            ),
          ),
        },
        { error: 'Tell us about chronic homelessness in the project' },
      )
      .check(
        z.superRefine((value, ctx) => {
          if (value.basis === 'persons' && !value.persons) {
            ctx.addIssue({
              code: 'custom',
              path: ['persons', 'percent'],
              message: 'You chose to count chronic homelessness in persons: enter the chronically homeless persons share',
            });
          }
          if (value.basis === 'beds' && !value.beds) {
            ctx.addIssue({
              code: 'custom',
              path: ['beds', 'percent'],
              message: 'You chose to count chronic homelessness in beds: enter the chronic homeless beds share',
            });
          }
        }),
        z.describe('APR Q26b persons, or dedicated beds, and which of the two the score uses'),
      ),
    dataQuality: rateField(
      { label: 'data quality omission rate', count: 'omitted or missing data elements', outOf: 'data elements' },
      'APR Q6a to d: the share of data elements omitted (missing, don’t know or refused); 0 means no omissions',
    ),
    fiscalManagement: moneyRateField(
      'share of funds returned',
      'amount returned (not drawn down)',
      'grant amount',
      'HUD LOCCS: the share of the grant returned, not drawn down, at the end of the grant term',
    ),
  })
  .check(z.describe('A New Bedford FY2019 renewal project’s measures for the local competition score'));
export type NewBedfordRenewalInput = z.infer<typeof NewBedfordRenewalInput>;

/** The renewal measures in the order Appendix B numbers them (data quality and fiscal management are 8 and 9). */
export const RENEWAL_MEASURES = [
  'exitsToPermanentHousing',
  'earnedIncomeStayers',
  'otherIncomeStayers',
  'earnedIncomeLeavers',
  'otherIncomeLeavers',
  'bedUtilization',
  'chronicHomeless',
  'dataQuality',
  'fiscalManagement',
] as const;
export type RenewalMeasure = (typeof RENEWAL_MEASURES)[number];

/** The measures scored on a banded scale (all but chronic homelessness, which is prorated). */
export type BandedMeasure = Exclude<RenewalMeasure, 'chronicHomeless'>;

/** Measures 1 to 7: the performance subtotal. */
export const PERFORMANCE_MEASURES: readonly RenewalMeasure[] = RENEWAL_MEASURES.slice(0, 7);
