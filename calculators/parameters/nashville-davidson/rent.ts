import type { Parameter } from '../../core/parameters';

const rrh = { doc: 'nashville-davidson-standards-of-care', section: 'rapid-re-housing-standards' } as const;
const adopted = '2021-06-29';

/** The RRH budget question's numbers. */
const budget: Parameter[] = [
  {
    id: 'rent.rrh.budgetMethod',
    label: 'RRH assistance is set from a documented monthly budget of all income sources and expenses',
    unit: 'text',
    description: '"monthly-budget" when the standards set RRH assistance from a monthly budget.',
    values: [
      {
        value: 'monthly-budget',
        effective: adopted,
        citation: {
          ...rrh,
          quote: 'Monthly budget discussions are required to be documented that include a list of all income sources and all expenses.',
        },
      },
    ],
  },
  {
    id: 'rent.rrh.zeroIncomeFullRent',
    label: 'RRH may pay the whole contract rent for a participant with no income',
    unit: 'boolean',
    values: [
      {
        value: true,
        effective: adopted,
        citation: {
          ...rrh,
          quote:
            'If a participant has no income, the RRH funds may subsidize the entire contracted rent amount on behalf of the participant.',
        },
      },
    ],
  },
  {
    id: 'rent.rrh.moveInCostShare',
    label: 'Share of initial move-in costs RRH pays',
    unit: 'basis_points',
    values: [
      {
        value: 10_000,
        effective: adopted,
        citation: { ...rrh, quote: 'RRH Programs should pay 100% of the initial move-in costs for the participant' },
      },
    ],
  },
];

/** Limits on RRH assistance. */
const limits: Parameter[] = [
  {
    id: 'rent.rrh.maxAssistanceMonths',
    label: 'RRH rental assistance: most months',
    unit: 'months',
    values: [
      {
        value: 24,
        effective: adopted,
        citation: { ...rrh, quote: 'The project may provide tenant-based rental assistance to a participant for up to 24 months.' },
      },
    ],
  },
];

/** What counts toward the utility allowance and how an allowance above the rent is paid. */
const utilities: Parameter[] = [
  {
    id: 'rent.utilityAllowance.excludedServices',
    label: 'Services that never count toward the utility allowance',
    unit: 'text',
    description: 'Comma-separated: any of telephone, internet, cable.',
    values: [
      {
        value: 'telephone,internet,cable',
        effective: adopted,
        citation: { ...rrh, quote: 'Telephone, internet, cable/satellite for television are excluded as a covered utility.' },
      },
    ],
  },
  {
    id: 'rent.utilityReimbursement.policy',
    label: 'How a utility allowance above the tenant’s rent is paid',
    unit: 'text',
    description: '"utility-company-or-rent-calculation": paid directly to the utility company or built into the rent calculation.',
    values: [
      {
        value: 'utility-company-or-rent-calculation',
        effective: adopted,
        citation: { ...rrh, quote: 'to be paid out as a utility reimbursement in the following ways' },
      },
    ],
  },
];

/** rent parameters for nashville-davidson. Each value cites the passage that states it. */
export const parameters: Parameter[] = [...budget, ...limits, ...utilities];

/** The income-based rent question's numbers (parameters/rentQuestions.ts). */
export const incomeBasedRules: Parameter[] = utilities;
/** The limits question's numbers (parameters/rentQuestions.ts). */
export const limitRules: Parameter[] = [...limits, ...utilities];
