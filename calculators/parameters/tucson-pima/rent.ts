import type { Parameter } from '../../core/parameters';

const rrh = { doc: 'tpch-written-standards', section: 'rapid-rehousing-programs' } as const;
const adopted = '2023-03-28';

const tier = (n: 1 | 2 | 3 | 4, share: number, percent: string): Parameter => ({
  id: `rent.rrh.tier${n}.programShare`,
  label: `RRH Tier ${n}: share of contract rent the program pays`,
  unit: 'basis_points',
  values: [{ value: share, effective: adopted, citation: { ...rrh, quote: `Tier ${n}: The program pays ${percent} of the contract rent` } }],
});

/** rent parameters for tucson-pima. Each value cites the passage that states it. */
export const parameters: Parameter[] = [
  tier(1, 10_000, '100%'),
  tier(2, 6_700, '67%'),
  tier(3, 3_300, '33%'),
  tier(4, 0, '0%'),
  {
    id: 'rent.rrh.typicalMonthsToFullRent',
    label: 'Months of RRH assistance after which clients are generally expected to pay full rent',
    unit: 'months',
    values: [{ value: 8, effective: adopted, citation: { ...rrh, quote: 'Clients are generally expected to assume 100% of their rent after 8 months of assistance' } }],
  },
];
