import type { Parameter } from '../../core/parameters';

const fed = (section: string) => ({ doc: 'federal-regulations', section }) as const;
const cfr57877 = fed('24-cfr-578-77-calculating-occupancy-charges-and-rent');
const cfr5609 = fed('24-cfr-5-609-annual-income');
const cfr5611 = fed('24-cfr-5-611-adjusted-income');
const hotma = fed('hotma-income-calculation-changes');
const cfr576106 = fed('24-cfr-576-106-short-term-and-medium-term-rental-assistance');
const cfr57851 = fed('24-cfr-578-51-rental-assistance');
// Seeds that quote a federal rule the federal-regulations excerpts do not (yet) carry.
const newBedfordCosts = { doc: 'new-bedford-fy2019-local-competition', section: 'eligible-costs' } as const;
const nashvilleRrh = { doc: 'nashville-davidson-standards-of-care', section: 'rapid-re-housing-standards' } as const;

/** The CoC interim rule (24 CFR part 578) took effect on this date. */
const cocRule = '2012-08-30';
/** The ESG interim rule (24 CFR part 576) took effect on this date. */
const esgRule = '2012-01-04';
/** HOTMA's revisions of 24 CFR 5.609 and 5.611 took effect on this date. */
const hotmaRule = '2024-01-01';

const income: Parameter[] = [
  {
    id: 'rent.income.periodMonths',
    label: 'Months in the period annual income covers',
    unit: 'months',
    values: [
      {
        value: 12,
        effective: cocRule,
        citation: {
          ...cfr5609,
          quote:
            'Are anticipated to be received from a source outside the family during the 12-month period following admission or annual reexamination effective date',
        },
      },
    ],
  },
  {
    id: 'rent.income.childEarningsExcludedUnderAge',
    label: 'Age below which a child’s earnings from employment are not counted as income',
    unit: 'years',
    values: [
      {
        value: 18,
        effective: cocRule,
        citation: { ...cfr5609, quote: 'Income from employment of children (including foster children) under the age of 18 years' },
      },
    ],
  },
  {
    id: 'rent.income.ruleSet',
    label: 'Income and deduction rules in force (before HOTMA or HOTMA)',
    unit: 'text',
    description: '"pre-hotma" or "hotma": which wording of 24 CFR 5.609 and 5.611 applies on the date.',
    values: [
      { value: 'pre-hotma', effective: cocRule, citation: { ...cfr5611, quote: 'Before HOTMA (in force until December 31, 2023)' } },
      {
        value: 'hotma',
        effective: hotmaRule,
        citation: { ...hotma, quote: 'Hearth applies the HOTMA rule set from January 1, 2024 in the federal baseline' },
      },
    ],
  },
];

const attendantCare: Parameter[] = [
  {
    id: 'rent.income.attendantCareEarnersMinAge',
    label: 'Age from which a member’s earnings cap the attendant-care deduction',
    unit: 'years',
    values: [
      {
        value: 18,
        effective: cocRule,
        citation: {
          ...cfr5611,
          quote: 'This deduction may not exceed the earned income received by family members who are 18 years of age or older',
        },
      },
    ],
  },
];

const preHotma: Parameter[] = [
  {
    id: 'rent.income.preHotma.dependentDeduction',
    label: 'Deduction for each dependent (before HOTMA)',
    unit: 'cents',
    values: [{ value: 480_00, effective: cocRule, citation: { ...cfr5611, quote: '$480 for each dependent;' } }],
  },
  {
    id: 'rent.income.preHotma.elderlyDisabledDeduction',
    label: 'Deduction for an elderly or disabled family (before HOTMA)',
    unit: 'cents',
    values: [{ value: 400_00, effective: cocRule, citation: { ...cfr5611, quote: '$400 for any elderly family or disabled family' } }],
  },
  {
    id: 'rent.income.preHotma.medicalThreshold',
    label: 'Share of annual income that medical and attendant-care expenses must exceed to be deducted (before HOTMA)',
    unit: 'basis_points',
    values: [
      { value: 300, effective: cocRule, citation: { ...cfr5611, quote: 'to the extent the sum exceeds three percent of annual income' } },
    ],
  },
];

const hotmaDeductions: Parameter[] = [
  {
    id: 'rent.income.hotma.dependentDeduction',
    label: 'Deduction for each dependent (HOTMA, adjusted yearly)',
    unit: 'cents',
    values: [
      {
        value: 480_00,
        effective: hotmaRule,
        citation: { ...cfr5611, quote: '$480 for each dependent, which amount will be adjusted by HUD annually' },
      },
      { value: 500_00, effective: '2026-01-01', citation: { ...hotma, quote: 'From January 1, 2026: $500 for each dependent' } },
    ],
  },
  {
    id: 'rent.income.hotma.elderlyDisabledDeduction',
    label: 'Deduction for an elderly or disabled family (HOTMA, adjusted yearly)',
    unit: 'cents',
    values: [
      {
        value: 525_00,
        effective: hotmaRule,
        citation: { ...cfr5611, quote: '$525 for any elderly family or disabled family, which amount will be adjusted by HUD annually' },
      },
      { value: 550_00, effective: '2026-01-01', citation: { ...hotma, quote: '$550 for any elderly family or disabled family' } },
    ],
  },
  {
    id: 'rent.income.hotma.medicalThreshold',
    label: 'Share of annual income that medical and attendant-care expenses must exceed to be deducted (HOTMA)',
    unit: 'basis_points',
    values: [
      { value: 1000, effective: hotmaRule, citation: { ...cfr5611, quote: 'to the extent the sum exceeds ten percent of annual income' } },
    ],
  },
];

const tenantRent: Parameter[] = [
  {
    id: 'rent.tenantRent.adjustedIncomeShare',
    label: 'Share of monthly adjusted income in the income-based rent (CoC PSH and TH)',
    unit: 'basis_points',
    values: [{ value: 3000, effective: cocRule, citation: { ...cfr57877, quote: "30 percent of the family's monthly adjusted income" } }],
  },
  {
    id: 'rent.tenantRent.grossIncomeShare',
    label: 'Share of monthly (gross) income in the income-based rent (CoC PSH and TH)',
    unit: 'basis_points',
    values: [{ value: 1000, effective: cocRule, citation: { ...cfr57877, quote: "10 percent of the family's monthly income" } }],
  },
];

const esgLimits: Parameter[] = [
  {
    id: 'rent.esg.maxAssistanceMonths',
    label: 'ESG rental assistance: most months in the look-back window',
    unit: 'months',
    values: [
      { value: 24, effective: esgRule, citation: { ...cfr576106, quote: 'up to 24 months of rental assistance during any 3-year period' } },
    ],
  },
  {
    id: 'rent.esg.assistanceWindowYears',
    label: 'ESG rental assistance: length of the look-back window',
    unit: 'years',
    values: [
      { value: 3, effective: esgRule, citation: { ...cfr576106, quote: 'up to 24 months of rental assistance during any 3-year period' } },
    ],
  },
  {
    id: 'rent.esg.shortTermMaxMonths',
    label: 'ESG short-term rental assistance: most months',
    unit: 'months',
    values: [
      {
        value: 3,
        effective: esgRule,
        citation: { ...cfr576106, quote: 'Short-term rental assistance is assistance for up to 3 months of rent.' },
      },
    ],
  },
  {
    id: 'rent.esg.mediumTermMaxMonths',
    label: 'ESG medium-term rental assistance: most months',
    unit: 'months',
    values: [
      {
        value: 24,
        effective: esgRule,
        citation: {
          ...cfr576106,
          quote: 'Medium-term rental assistance is assistance for more than 3 months but not more than 24 months of rent.',
        },
      },
    ],
  },
  {
    id: 'rent.esg.arrearsMaxMonths',
    label: 'ESG rental arrears: most months of rent in arrears paid',
    unit: 'months',
    values: [
      {
        value: 6,
        effective: esgRule,
        citation: {
          ...cfr576106,
          quote: 'a one-time payment for up to 6 months of rent in arrears, including any late fees on those arrears',
        },
      },
    ],
  },
  {
    id: 'rent.esg.arrearsOneTime',
    label: 'ESG rental arrears may be paid only once',
    unit: 'boolean',
    values: [
      { value: true, effective: esgRule, citation: { ...cfr576106, quote: 'Payment of rental arrears consists of a one-time payment' } },
    ],
  },
  {
    id: 'rent.esg.rentLimit',
    label: 'ESG rent limit',
    unit: 'text',
    description: '"fmr-and-reasonable": gross rent at or below the FMR and reasonable.',
    values: [
      {
        value: 'fmr-and-reasonable',
        effective: esgRule,
        citation: {
          ...cfr576106,
          quote:
            "Rental assistance cannot be provided unless the rent does not exceed the Fair Market Rent established by HUD, as provided under 24 CFR part 888, and complies with HUD's standard of rent reasonableness",
        },
      },
    ],
  },
];

/** What counts toward the utility allowance: read by every rent question that works out an allowance. */
const utilities: Parameter[] = [
  {
    id: 'rent.utilityAllowance.excludedServices',
    label: 'Services that never count toward the utility allowance',
    unit: 'text',
    description: 'Comma-separated: any of telephone, internet, cable.',
    values: [
      {
        value: 'telephone',
        effective: esgRule,
        citation: { ...cfr576106, quote: 'the monthly allowance for utilities (excluding telephone)' },
      },
    ],
  },
];

const cocLimits: Parameter[] = [
  {
    id: 'rent.coc.rentalAssistance.rentLimit',
    label: 'CoC rental assistance rent limit',
    unit: 'text',
    description: '"reasonable": the rent must be reasonable and may exceed the FMR.',
    values: [
      {
        value: 'reasonable',
        effective: cocRule,
        citation: { ...cfr57851, quote: 'HUD will only provide rental assistance for a unit if the rent is reasonable.' },
      },
    ],
  },
  {
    id: 'rent.coc.leasing.rentLimit',
    label: 'CoC leasing rent limit',
    unit: 'text',
    description: '"lower-of-fmr-and-reasonable": leasing pays at most the lower of the FMR and the reasonable rent.',
    values: [
      {
        value: 'lower-of-fmr-and-reasonable',
        effective: cocRule,
        citation: {
          ...newBedfordCosts,
          quote:
            'Rents paid must be reasonable in relation to comparable space or units, and may not be more than the owner charges others for comparable units. Rents for residential units cannot exceed the HUD Fair Market Rent (FMR).',
        },
      },
    ],
  },
];

const moveIn: Parameter[] = [
  {
    id: 'rent.securityDepositMaxMonths',
    label: 'Security deposit: most months of rent',
    unit: 'months',
    values: [
      {
        value: 2,
        effective: cocRule,
        citation: {
          ...newBedfordCosts,
          quote: 'Grant funds may be used for security deposits in an amount not to exceed two months of rent',
        },
      },
    ],
  },
  {
    id: 'rent.lastMonthRentMaxMonths',
    label: "Last month's rent: most months of rent",
    unit: 'months',
    values: [{ value: 1, effective: esgRule, citation: { ...nashvilleRrh, quote: "Last month's rent cannot exceed one month's rent" } }],
  },
  {
    id: 'rent.lastMonthRentCountsTowardLimit',
    label: "Last month's rent counts toward the months of rental assistance",
    unit: 'boolean',
    values: [
      {
        value: true,
        effective: esgRule,
        citation: { ...nashvilleRrh, quote: 'needs to be included in calculating the total rental assistance amount' },
      },
    ],
  },
  {
    id: 'rent.arrears.esgOnly',
    label: 'Rental arrears may be paid only with ESG funds',
    unit: 'boolean',
    values: [
      {
        value: true,
        effective: esgRule,
        citation: { ...nashvilleRrh, quote: 'Payment for rental arrears can only be paid for by ESG funds' },
      },
    ],
  },
  {
    id: 'rent.utilityAssistance.maxMonths',
    label: 'Utility assistance: most months in the look-back window',
    unit: 'months',
    values: [
      {
        value: 24,
        effective: esgRule,
        citation: {
          ...nashvilleRrh,
          quote: 'The participant cannot receive more than 24 months of utility assistance within a 3-year period.',
        },
      },
    ],
  },
  {
    id: 'rent.utilityAssistance.windowYears',
    label: 'Utility assistance: length of the look-back window',
    unit: 'years',
    values: [
      {
        value: 3,
        effective: esgRule,
        citation: {
          ...nashvilleRrh,
          quote: 'The participant cannot receive more than 24 months of utility assistance within a 3-year period.',
        },
      },
    ],
  },
];

/** The income-based rent question's numbers (parameters/rentQuestions.ts). */
export const incomeBasedRules: Parameter[] = [...income, ...attendantCare, ...preHotma, ...hotmaDeductions, ...tenantRent, ...utilities];
/** The limits question's numbers (parameters/rentQuestions.ts). */
export const limitRules: Parameter[] = [...esgLimits, ...utilities, ...cocLimits, ...moveIn];

/** rent parameters for the federal baseline. Each value cites the passage that states it. */
export const parameters: Parameter[] = [
  ...income,
  ...attendantCare,
  ...preHotma,
  ...hotmaDeductions,
  ...tenantRent,
  ...esgLimits,
  ...utilities,
  ...cocLimits,
  ...moveIn,
];
