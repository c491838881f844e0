import type { Parameter } from '../../core/parameters';

const rrh = { doc: 'nashville-davidson-standards-of-care', section: 'rapid-re-housing-standards' } as const;
const shelter = { doc: 'nashville-davidson-standards-of-care', section: 'emergency-shelter-standards' } as const;
const adopted = '2021-06-29';

/** eligibility parameters for nashville-davidson. Each value cites the passage that states it. */
export const parameters: Parameter[] = [
  {
    id: 'eligibility.coc.rapidRehousing.categories',
    label: 'CoC rapid re-housing: categories served',
    unit: 'text',
    description:
      'The RRH standards (the more specific section) admit categories 1 and 4 only; the eligibility overview would also admit category 2. The checker follows the RRH standards and shows the inconsistency.',
    values: [
      {
        value: '1,4',
        effective: adopted,
        citation: {
          ...rrh,
          quote:
            'Participants in a COC funded RRH program must be experiencing literal homelessness as defined by HUD Category 1 or be experiencing homelessness as defined in category 4 and referred through DV CE',
        },
      },
    ],
  },
  {
    id: 'eligibility.coc.rapidRehousing.verificationDays',
    label: 'CoC rapid re-housing: homelessness must be verified no more than this many days before enrollment',
    unit: 'days',
    values: [
      {
        value: 14,
        effective: adopted,
        citation: {
          ...rrh,
          quote: 'All experiences of homelessness for eligibility must be verified within the 14 days prior to enrollment.',
        },
      },
    ],
  },
  {
    id: 'eligibility.esg.rapidRehousing.verificationDays',
    label: 'ESG rapid re-housing: literal homelessness must be verified no more than this many days before enrollment',
    unit: 'days',
    values: [
      {
        value: 7,
        effective: adopted,
        citation: {
          ...rrh,
          quote:
            'For all ESG funded RRH programs, participants must be experiencing literal homelessness as defined by HUD Category 1 and that experience verified within the 7 days prior to enrollment.',
        },
      },
    ],
  },
  {
    id: 'eligibility.esg.emergencyShelter.noBarrierRequirements',
    label: 'Emergency shelter: no identification, residency, income or employment requirement',
    unit: 'boolean',
    values: [
      {
        value: true,
        effective: adopted,
        citation: {
          ...shelter,
          quote:
            'There can be no requirements related to identification, legal residency, income or employment in order to access and receive emergency shelter services',
        },
      },
    ],
  },
];
