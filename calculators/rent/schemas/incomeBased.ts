import * as z from 'zod/mini';
import { ceilings } from '../plausibility';
import { asOfField, choiceField, moneyField, yesNoField } from './fields';
import { Household } from './household';
import { UtilityAllowanceSource } from './utilityAllowance';

import { incomeBasedCharges, incomeBasedComponents } from '../vocabulary';

/** Income-based tenant rent for CoC PSH and TH (24 CFR 578.77): the household, its deductions, and the unit. */
export const IncomeBasedRentInput = z.object({
  mode: z.literal('income-based'),
  asOf: asOfField,
  component: choiceField(
    'the program component',
    incomeBasedComponents,
    'permanent-supportive-housing or transitional-housing (rapid re-housing uses the CoC’s written standards: the tier or budget modes)',
  ),
  charge: choiceField(
    'what is being calculated',
    incomeBasedCharges,
    'rental-assistance-rent: the rent a participant receiving rental assistance must pay; occupancy-charge: the most a project may charge (charges are optional)',
  ),
  members: Household,
  elderlyOrDisabledFamily: yesNoField(
    'is this an elderly or disabled family?',
    'True when the head, spouse, co-head or sole member is 62 or older or is a person with disabilities',
  ),
  medicalExpenses: z.optional(
    moneyField(
      'yearly unreimbursed medical expenses',
      'Unreimbursed medical expenses expected in the next 12 months, in cents (deductible only for an elderly or disabled family)',
      ceilings.annualAmount,
    ),
  ),
  attendantCare: z.optional(
    z
      .object({
        expenses: moneyField(
          'yearly attendant-care expenses',
          'Unreimbursed attendant care and auxiliary apparatus expenses for a member with disabilities, per year, in cents',
          ceilings.annualAmount,
        ),
        earningsEnabled: moneyField(
          'the yearly earnings the care makes possible',
          'Earned income a year of members 18 or older who can work because of the care, in cents (the deduction cannot exceed it)',
          ceilings.annualAmount,
        ),
      })
      .check(z.describe('Attendant care and auxiliary apparatus for a member with disabilities, and the earnings it makes possible')),
  ),
  childCareExpenses: z.optional(
    moneyField(
      'yearly child care expenses',
      'Reasonable child care expenses a year that let a member work or study, in cents',
      ceilings.annualAmount,
    ),
  ),
  welfareRent: z.optional(
    moneyField(
      'the welfare rent',
      'The part of a monthly public-assistance payment the agency designates for housing, in cents',
      ceilings.monthlyAmount,
    ),
  ),
  utilityAllowance: z.optional(UtilityAllowanceSource),
  contractRent: z.optional(
    moneyField(
      'the monthly contract rent',
      'Monthly contract rent for the unit, in cents (to split rent between the participant and the program)',
      ceilings.monthlyRent,
    ),
  ),
});
export type IncomeBasedRentInput = z.infer<typeof IncomeBasedRentInput>;
