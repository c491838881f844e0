import type { Citation } from '../core/citation';

/** Passages cited by reasons that rest on the structure of a rule rather than on one number (each checked by passages.test.ts). */

export const rentIsHighestOf: Citation = {
  doc: 'federal-regulations',
  section: '24-cfr-578-77-calculating-occupancy-charges-and-rent',
  quote: 'they may not exceed the highest of',
};
export const welfareRent: Citation = {
  doc: 'federal-regulations',
  section: '24-cfr-578-77-calculating-occupancy-charges-and-rent',
  quote:
    "is specifically designated by the agency to meet the family's housing costs, the portion of the payments that is designated for housing costs",
};
export const occupancyChargeOptional: Citation = {
  doc: 'federal-regulations',
  section: '24-cfr-578-77-calculating-occupancy-charges-and-rent',
  quote:
    'Recipients and subrecipients are not required to impose occupancy charges on program participants as a condition of residing in the housing.',
};
export const rentalAssistanceRent: Citation = {
  doc: 'federal-regulations',
  section: '24-cfr-578-77-calculating-occupancy-charges-and-rent',
  quote: 'each program participant on whose behalf rental assistance payments are made must pay a contribution toward rent',
};
export const annualIncome: Citation = {
  doc: 'federal-regulations',
  section: '24-cfr-5-609-annual-income',
  quote: 'Annual income means all amounts, monetary or not, which',
};
export const annualization: Citation = {
  doc: 'federal-regulations',
  section: '24-cfr-5-609-annual-income',
  quote: 'the PHA may annualize the income anticipated for a shorter period',
};
export const adjustedIncome: Citation = {
  doc: 'federal-regulations',
  section: '24-cfr-5-611-adjusted-income',
  quote: 'after making the following deductions',
};
export const childCare: Citation = {
  doc: 'federal-regulations',
  section: '24-cfr-5-611-adjusted-income',
  quote: 'Any reasonable child care expenses necessary to enable a member of the family to be employed or to further his or her education.',
};
export const attendantCareCap: Citation = {
  doc: 'federal-regulations',
  section: '24-cfr-5-611-adjusted-income',
  quote: 'This deduction may not exceed the earned income received by family members who are 18 years of age or older',
};
export const grossRent: Citation = {
  doc: 'federal-regulations',
  section: '24-cfr-576-106-short-term-and-medium-term-rental-assistance',
  quote:
    'the rent shall equal the sum of the total monthly rent for the unit, any fees required for occupancy under the lease (other than late fees and pet fees)',
};
export const utilityAllowance: Citation = {
  doc: 'federal-regulations',
  section: '24-cfr-576-106-short-term-and-medium-term-rental-assistance',
  quote:
    'if the tenant pays separately for utilities, the monthly allowance for utilities (excluding telephone) established by the public housing authority for the area in which the housing is located',
};
export const otherSubsidies: Citation = {
  doc: 'federal-regulations',
  section: '24-cfr-576-106-short-term-and-medium-term-rental-assistance',
  quote:
    "Except for a one-time payment of rental arrears on the tenant's portion of the rental payment, rental assistance cannot be provided to a program participant who is receiving tenant-based rental assistance",
};
export const arrearsInsideCap: Citation = {
  doc: 'federal-regulations',
  section: '24-cfr-576-106-short-term-and-medium-term-rental-assistance',
  quote: 'The limit of up to 24 months of payments must include the arrears payments.',
};
export const rentReasonable: Citation = {
  doc: 'federal-regulations',
  section: '24-cfr-578-51-rental-assistance',
  quote: 'Reasonable rent must not exceed rents currently being charged by the same owner for comparable unassisted units.',
};
export const rrhNotBoundBy57877: Citation = {
  doc: 'federal-regulations',
  section: '24-cfr-578-77-calculating-occupancy-charges-and-rent',
  quote: "participants in rapid re-housing and homelessness prevention pay the amount the CoC's written standards set instead",
};
export const fmrDefinition: Citation = {
  doc: 'nashville-davidson-standards-of-care',
  section: 'glossary',
  quote: 'Is a gross rent estimate that includes the base rent',
};
export const permanentHousing: Citation = {
  doc: 'nashville-davidson-standards-of-care',
  section: 'hud-permanent-housing',
  quote: 'the permanent housing component is community-based housing without a designated length of stay',
};
export const rapidRehousingTemporary: Citation = {
  doc: 'nashville-davidson-standards-of-care',
  section: 'hud-permanent-housing',
  quote:
    'rapid re-housing (RRH) that provides temporary housing assistance to participants in a unit that the participant retains after the assistance ends',
};
export const transitionalHousingStay: Citation = {
  doc: 'nashville-davidson-standards-of-care',
  section: 'transitional-housing-standards',
  quote: "designed to facilitate the household's successful movement to permanent housing within 24 months",
};
export const tpchTiers: Citation = {
  doc: 'tpch-written-standards',
  section: 'rapid-rehousing-programs',
  quote: 'households shall pay the maximum amount of rent they can afford from the beginning',
};
export const tpchAnyTier: Citation = {
  doc: 'tpch-written-standards',
  section: 'rapid-rehousing-programs',
  quote: 'The program may select any % contract rent',
};
export const nashvilleBudget: Citation = {
  doc: 'nashville-davidson-standards-of-care',
  section: 'rapid-re-housing-standards',
  quote: 'A monthly budget is necessary to determine the potential amount of financial assistance and support needed.',
};
export const lowellBudget: Citation = {
  doc: 'lowell-2016-bonus-application',
  section: 'budget-detail',
  quote: 'multiply units times FMR times 12 (1 year grant) and enter totals',
};
