import type { Parameter } from '../../core/parameters';

const cfr57873 = { doc: 'federal-regulations', section: '24-cfr-578-73-matching-requirements' } as const;

/** match parameters for the federal baseline. Each value cites the passage that states it. */
export const parameters: Parameter[] = [
  {
    id: 'match.coc.rate',
    label: 'CoC match as a share of the grant request, excluding leasing',
    unit: 'basis_points',
    values: [
      {
        value: 2500,
        effective: '2012-08-30',
        citation: {
          ...cfr57873,
          quote: 'must match all grant funds, except for leasing funds, with no less than 25 percent of funds or in-kind contributions',
        },
      },
    ],
  },
];
