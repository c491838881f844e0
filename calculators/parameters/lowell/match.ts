import type { Parameter } from '../../core/parameters';

const requirements = { doc: 'lowell-2016-bonus-application', section: 'project-requirement-and-priorities' } as const;
const application = { doc: 'lowell-2016-bonus-application', section: 'application' } as const;
const budget = { doc: 'lowell-2016-bonus-application', section: 'budget-detail' } as const;
/** The CoC Advisory Board set the 2016 bonus priorities at its June 24, 2016 meeting. */
const adopted = '2016-06-24';

/** match parameters for lowell. Each value cites the passage that states it. */
export const parameters: Parameter[] = [
  {
    id: 'match.leverage.minimumRate',
    label: 'Leverage: written commitments as a share of the total request to HUD, at least',
    unit: 'basis_points',
    values: [
      {
        value: 20_000,
        effective: adopted,
        citation: {
          ...requirements,
          quote: 'Written commitments of cash and/or in-kind value of leveraged commitments are at least 200% of the total request to HUD.',
        },
      },
    ],
  },
  {
    id: 'match.admin.newProjectCap',
    label: 'Administrative costs of a new project as a share of the request, at most',
    unit: 'basis_points',
    values: [{ value: 700, effective: adopted, citation: { ...application, quote: 'Administrative costs (Up to 7%)' } }],
  },
  {
    id: 'match.admin.subrecipientShare',
    label: 'Share of the administrative costs the project applicant keeps (the rest goes to the collaborative applicant)',
    unit: 'basis_points',
    values: [
      {
        value: 5000,
        effective: adopted,
        citation: { ...application, quote: 'Admin shared 50%/50% with City of Lowell as Collaborative Applicant' },
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
          'assessment-of-service-needs, moving-costs, case-management, employment, food, housing-search-and-counseling, legal, life-skills, outreach, transportation, utility-deposits',
        effective: adopted,
        citation: {
          ...budget,
          quote:
            'Eligible Costs are limited in the CoC to the following: assessment of service needs, assistance with moving costs, case management, employment services, food, housing/search and counseling services, legal services, life skills, outreach services, transportation, and utility deposits',
        },
      },
    ],
  },
  {
    id: 'match.commitments.byApplicationDate',
    label: 'Match and leverage count only with a written commitment dated on or before the application date',
    unit: 'boolean',
    values: [
      {
        value: true,
        effective: adopted,
        citation: {
          ...budget,
          quote: 'HUD requires that commitment letters for leveraged resources be dated on or before the application due date.',
        },
      },
    ],
  },
];
