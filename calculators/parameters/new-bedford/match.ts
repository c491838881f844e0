import type { Parameter } from '../../core/parameters';

const costs = { doc: 'new-bedford-fy2019-local-competition', section: 'eligible-costs' } as const;
const threshold = { doc: 'new-bedford-fy2019-local-competition', section: 'threshold-criteria' } as const;
/** The City of New Bedford issued the FY2019 local competition RFP on July 30, 2019. */
const issued = '2019-07-30';

/** match parameters for new-bedford. Each value cites the passage that states it. */
export const parameters: Parameter[] = [
  {
    id: 'match.admin.newProjectCap',
    label: 'Administrative costs of a new project as a share of the full grant amount, at most',
    unit: 'basis_points',
    values: [
      {
        value: 700,
        effective: issued,
        citation: { ...costs, quote: 'The HUD-allowed administrative costs allowable for new grants are 7% of the full grant amount.' },
      },
    ],
  },
  {
    id: 'match.admin.renewalRate',
    label: 'Administrative costs a renewal must allocate, as a share of the full grant amount (the maximum)',
    unit: 'basis_points',
    values: [
      {
        value: 1000,
        effective: issued,
        citation: {
          ...costs,
          quote: 'All renewal subgrantees are required to allocate the maximum 10% of their full grant amount to administration.',
        },
      },
    ],
  },
  {
    id: 'match.admin.subrecipientShare',
    label: 'Share of the administrative costs the subgrantee may use (the rest is retained by the City as grantee)',
    unit: 'basis_points',
    values: [
      {
        value: 5000,
        effective: issued,
        citation: {
          ...costs,
          quote: 'The subgrantee may use up to 50% of the HUD-allowed administrative funds associated with the project',
        },
      },
    ],
  },
  {
    id: 'match.threshold.housingMinimum',
    label: 'Threshold: share of a housing project’s funding for leasing, rental assistance or operating costs, at least',
    unit: 'basis_points',
    values: [
      {
        value: 7000,
        effective: issued,
        citation: {
          ...threshold,
          quote:
            'proposed program budget requests no less than 70% of the total program funding for leasing, rental assistance, or operating costs',
        },
      },
    ],
  },
  {
    id: 'match.threshold.supportiveServicesMaximum',
    label: 'Threshold: share of a housing project’s funding for supportive services, at most',
    unit: 'basis_points',
    values: [
      {
        value: 3000,
        effective: issued,
        citation: {
          ...threshold,
          quote: 'No more than 30% of the total program funding may be used for ELIGIBLE supportive services costs.',
        },
      },
    ],
  },
  {
    id: 'match.supportiveServices.eligibleCosts',
    label: 'Supportive service costs a project may request (the only eligible ones)',
    unit: 'text',
    description: 'Hearth’s ids for the listed costs, separated by commas.',
    values: [
      {
        value:
          'moving-costs, case-management, food, housing-search-and-counseling, life-skills, outreach, transportation, utility-deposits, direct-provision',
        effective: issued,
        citation: {
          ...costs,
          quote:
            'Eligible supportive services costs: - Reasonable one-time moving costs - Case management - Food—meals or groceries for program participants - Housing search and counseling services - Life skills training - Outreach services - Transportation - Utility deposits (one-time fee, paid to utility companies) - Direct provision of services',
        },
      },
    ],
  },
];
