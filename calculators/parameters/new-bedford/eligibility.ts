import type { Parameter } from '../../core/parameters';

const populations = { doc: 'new-bedford-fy2019-local-competition', section: 'eligible-populations' } as const;
// The FY2019 local competition RFP was released on July 30, 2019.
const released = '2019-07-30';

/** eligibility parameters for new-bedford. Each value cites the passage that states it. */
export const parameters: Parameter[] = [
  {
    id: 'eligibility.coc.bonus.permanentSupportiveHousing.requiresChronic',
    label: 'Bonus PSH: every household served must be chronically homeless',
    unit: 'boolean',
    values: [
      {
        value: true,
        effective: released,
        citation: {
          ...populations,
          quote:
            'All PSH projects must dedicate 100% of the units to chronically homeless individuals and/or chronically homeless families as defined by HUD.',
        },
      },
    ],
  },
  {
    id: 'eligibility.coc.bonus.rapidRehousing.categories',
    label: 'Bonus RRH: categories served (category 1 from emergency shelter or unsheltered, or category 4)',
    unit: 'text',
    values: [
      {
        value: '1,4',
        effective: released,
        citation: {
          ...populations,
          quote:
            'All projects must serve 100% literally homeless families and/or single adults coming from emergency shelters and/or unsheltered locations or meeting the criteria of paragraph (4) of the HUD definition of homeless',
        },
      },
    ],
  },
  {
    id: 'eligibility.coc.bonus.transitionalHousingResidents',
    label: 'Bonus projects: people now in transitional housing (excluded, or excluded-unless-category-4)',
    unit: 'text',
    values: [
      {
        value: 'excluded-unless-category-4',
        effective: released,
        citation: {
          ...populations,
          quote:
            'Persons in transitional housing are not eligible for either project type, even if they met the criteria described above prior to entering the Transitional Housing (TH) Program, unless they meet the criteria of category (4) definition of homelessness at 24 CFR 578.3',
        },
      },
    ],
  },
];
