import type { Parameter } from '../../core/parameters';

const requirements = { doc: 'lowell-2016-bonus-application', section: 'project-requirement-and-priorities' } as const;
// The 2016 local application for bonus projects was due on July 29, 2016.
const issued = '2016-07-29';

/** eligibility parameters for lowell. Each value cites the passage that states it. */
export const parameters: Parameter[] = [
  {
    id: 'eligibility.coc.bonus.permanentSupportiveHousing.requiresChronic',
    label: 'Bonus PSH: every household served must be chronically homeless',
    unit: 'boolean',
    values: [
      {
        value: true,
        effective: issued,
        citation: {
          ...requirements,
          quote: 'All projects must dedicate 100% of units to chronically homeless individuals and/or families',
        },
      },
    ],
  },
  {
    id: 'eligibility.coc.bonus.rapidRehousing.categories',
    label: 'Bonus RRH: categories served (category 1 from the streets or emergency shelter, or category 4)',
    unit: 'text',
    values: [
      {
        value: '1,4',
        effective: issued,
        citation: {
          ...requirements,
          quote:
            'All projects must serve 100% literally homeless families and/or single adults coming directly from emergency shelters and/or unsheltered locations OR category 4: fleeing violence or stalking.',
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
        value: 'excluded',
        effective: issued,
        citation: {
          ...requirements,
          quote:
            'Persons in transitional housing are not eligible for either project type, even if they met the criteria described above prior to entering the transitional housing program.',
        },
      },
    ],
  },
];
