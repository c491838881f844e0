import * as z from 'zod/mini';
import { ceilings, countCeilings } from '../plausibility';
import { asOfField, choiceField, countField, labelField, moneyField, yesNoField } from './fields';
import { FmrSource } from './fmr';
import { UtilityAllowanceSource } from './utilityAllowance';

import { assistanceTypes, feeKinds, limitComponents, limitPrograms } from '../vocabulary';

export {
  assistanceTypes,
  feeKinds,
  limitComponents,
  limitPrograms,
  type AssistanceType,
  type FeeKind,
  type LimitComponent,
  type LimitProgram,
} from '../vocabulary';

const months = (label: string, description: string) => countField(label, description, { max: countCeilings.months });

/** A monthly fee under the lease: required occupancy fees count toward rent; pet and late fees never do. */
export const LeaseFee = z.object({
  label: labelField('what the fee is', 'What the fee is, e.g. "Parking" or "Pet rent"'),
  kind: choiceField('the kind of fee', feeKinds, 'required: needed to occupy the unit under the lease; pet or late: never counted'),
  amount: moneyField('the monthly fee', 'The fee each month, in cents', ceilings.monthlyAmount),
});
export type LeaseFee = z.infer<typeof LeaseFee>;

/** Assistance limits: rent limits (FMR and reasonableness), deposits, arrears and months of assistance. */
export const LimitsInput = z
  .object({
    mode: z.literal('limits'),
    asOf: asOfField,
    program: choiceField('the funding program', limitPrograms, 'esg or coc'),
    component: choiceField(
      'the program component',
      limitComponents,
      'rapid-rehousing, homelessness-prevention, permanent-supportive-housing or transitional-housing',
    ),
    assistance: choiceField('the kind of assistance', assistanceTypes, 'rental-assistance, or leasing (CoC only)'),
    contractRent: moneyField('the monthly contract rent', 'Monthly rent for the unit under the lease, in cents', ceilings.monthlyRent),
    fees: z.optional(
      z
        .array(LeaseFee)
        .check(z.maxLength(countCeilings.lines, `List at most ${countCeilings.lines} fees`), z.describe('Monthly fees under the lease')),
    ),
    utilityAllowance: z.optional(UtilityAllowanceSource),
    fmr: z.optional(FmrSource),
    reasonableRent: z.optional(
      moneyField(
        'the reasonable rent',
        'The most a comparable unassisted unit rents for (rent reasonableness), in cents, on the basis the program tests: gross rent for ESG, rent charged for CoC',
        ceilings.monthlyRent,
      ),
    ),
    fmrExceptionApproved: z.optional(
      yesNoField(
        'did the funder approve rent above the FMR?',
        'True when the funder approved rent above the FMR (only some standards allow this)',
      ),
    ),
    securityDeposit: z.optional(moneyField('the security deposit', 'The security deposit to be paid, in cents', ceilings.oneTimeAmount)),
    lastMonthRent: z.optional(
      moneyField("the last month's rent", "The last month's rent to be paid in advance, in cents", ceilings.monthlyRent),
    ),
    arrears: z.optional(
      z
        .object({
          months: months('the months of rent in arrears', 'Months of the tenant’s rent in arrears to be paid'),
          paidBefore: yesNoField(
            'were arrears paid for this participant before?',
            'True when this participant already received an arrears payment',
          ),
        })
        .check(z.describe('Rent arrears to be paid (ESG only)')),
    ),
    monthsAlreadyAssisted: months(
      'the months of rental assistance already received',
      'Months of rental assistance the participant already received in the look-back window (0 if none)',
    ),
    monthsRequested: months('the months of rental assistance requested', 'Months of rental assistance now requested (0 if none)'),
    utilityAssistance: z.optional(
      z
        .object({
          monthsAlready: months(
            'the months of utility assistance already received',
            'Months of utility assistance already received in the look-back window',
          ),
          monthsRequested: months('the months of utility assistance requested', 'Months of utility assistance now requested'),
        })
        .check(z.describe('Months of utility assistance, to check against the cap')),
    ),
    otherPublicRentalAssistance: yesNoField(
      'does the participant receive other public rental assistance?',
      'True when the participant receives tenant-based rental assistance, or lives in a unit with project-based rental or operating assistance, from other public sources',
    ),
  })
  .check(
    z.superRefine((input, ctx) => {
      if (input.program === 'esg' && input.assistance === 'leasing') {
        ctx.addIssue({
          code: 'custom',
          path: ['assistance'],
          message: 'ESG does not fund leasing: choose rental assistance, or choose the CoC program',
        });
      }
      if (input.program === 'esg' && (input.component === 'permanent-supportive-housing' || input.component === 'transitional-housing')) {
        ctx.addIssue({
          code: 'custom',
          path: ['component'],
          message:
            'ESG rental assistance is for rapid re-housing and homelessness prevention: choose one of those, or choose the CoC program',
        });
      }
      if (input.program === 'coc' && input.component === 'homelessness-prevention') {
        ctx.addIssue({
          code: 'custom',
          path: ['component'],
          message:
            'CoC funds pay for homelessness prevention only in HUD-designated high-performing communities: choose ESG for prevention',
        });
      }
      if (
        input.utilityAllowance?.source === 'schedule' &&
        input.fmr?.source === 'table' &&
        input.utilityAllowance.bedrooms !== input.fmr.bedrooms
      ) {
        ctx.addIssue({
          code: 'custom',
          path: ['fmr', 'bedrooms'],
          message: `The FMR is for ${input.fmr.bedrooms} bedrooms but the utility allowance is for ${input.utilityAllowance.bedrooms}: use the unit's bedroom count for both`,
        });
      }
    }),
  );
export type LimitsInput = z.infer<typeof LimitsInput>;
