import type { Parameter } from '../../core/parameters';

const rrh = { doc: 'tpch-written-standards', section: 'rapid-rehousing-programs' } as const;
const scope = { doc: 'pima-county-rrh-subaward-2023', section: 'exhibit-a-1-scope-of-work' } as const;
const adopted = '2023-03-28';
/** The amended subaward's term began on this date. */
const subawardTerm = '2023-05-01';

/** One tier's share (no side effects: a question that does not read the tiers leaves them out of its bundle). */
/* @__NO_SIDE_EFFECTS__ */
const tier = (n: 1 | 2 | 3 | 4, share: number, percent: string): Parameter => ({
  id: `rent.rrh.tier${n}.programShare`,
  label: `RRH Tier ${n}: share of contract rent the program pays`,
  unit: 'basis_points',
  values: [
    { value: share, effective: adopted, citation: { ...rrh, quote: `Tier ${n}: The program pays ${percent} of the contract rent` } },
  ],
});

/** The RRH tier question's numbers. */
const tiers: Parameter[] = [
  tier(1, 10_000, '100%'),
  tier(2, 6_700, '67%'),
  tier(3, 3_300, '33%'),
  tier(4, 0, '0%'),
  {
    id: 'rent.rrh.typicalMonthsToFullRent',
    label: 'Months of RRH assistance after which clients are generally expected to pay full rent',
    unit: 'months',
    values: [
      {
        value: 8,
        effective: adopted,
        citation: { ...rrh, quote: 'Clients are generally expected to assume 100% of their rent after 8 months of assistance' },
      },
    ],
  },
  {
    id: 'rent.rrh.zeroIncomeProgramShare',
    label: 'Share of rent RRH may pay for a household with zero income',
    unit: 'basis_points',
    values: [
      { value: 10_000, effective: adopted, citation: { ...rrh, quote: 'For those with zero income 100% rental assistance is allowed.' } },
    ],
  },
];

/** Limits on RRH assistance and the rent it may pay. */
const limits: Parameter[] = [
  {
    id: 'rent.rrh.maxAssistanceMonths',
    label: 'RRH rental assistance: most months in the look-back window',
    unit: 'months',
    values: [
      {
        value: 24,
        effective: adopted,
        citation: { ...rrh, quote: 'Rapid rehousing rental assistance is available for a maximum of 24 months within a three-year period' },
      },
    ],
  },
  {
    id: 'rent.utilityAllowance.capAtFmr',
    label: 'The utility allowance the program pays may not exceed the FMR',
    unit: 'boolean',
    values: [
      {
        value: true,
        effective: adopted,
        citation: {
          ...rrh,
          quote:
            "the agency administering the project grant will pay the utilities up to the amount of the participant's utility allowance, which shall not exceed FMR",
        },
      },
    ],
  },
  {
    id: 'rent.coc.rrh.rentLimit',
    label: 'CoC rapid re-housing rent limit',
    unit: 'text',
    description: '"fmr-and-reasonable-unless-approved": reasonable and at or below the FMR unless Pima County approves more.',
    values: [
      {
        value: 'fmr-and-reasonable-unless-approved',
        effective: subawardTerm,
        citation: {
          ...scope,
          quote:
            'Selected housing must comply with 24 CFR §578.51(4g) Rent Reasonableness and not exceed FMR unless approved by Pima County.',
        },
      },
    ],
  },
];

/** rent parameters for tucson-pima. Each value cites the passage that states it. */
export const parameters: Parameter[] = [...tiers, ...limits];

/** The income-based rent question's numbers (parameters/rentQuestions.ts): the baseline's alone. */
export const incomeBasedRules: Parameter[] = [];
/** The limits question's numbers (parameters/rentQuestions.ts). */
export const limitRules: Parameter[] = limits;
