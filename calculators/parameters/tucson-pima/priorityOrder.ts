import type { Parameter, QuotedCitation, Unit } from '../../core/parameters';

const keyTerms = { doc: 'tpch-written-standards', section: 'key-terms' } as const;
const psh = { doc: 'tpch-written-standards', section: 'permanent-supportive-housing' } as const;
const rrh = { doc: 'tpch-written-standards', section: 'rapid-rehousing-programs' } as const;
const th = { doc: 'tpch-written-standards', section: 'transitional-housing' } as const;
const amended = '2023-03-28';

const cited = (id: string, label: string, unit: Unit, value: number | boolean, citation: QuotedCitation): Parameter => ({
  id,
  label,
  unit,
  values: [{ value, effective: amended, citation }],
});

/** The parameters of TPCH's priority order (tucson-pima), without its performance standards. Each value cites the passage that states it. */
export const orderParameters: Parameter[] = [
  cited('priority.tpch.chronicMinimumMonths', 'Months of homelessness a chronically homeless household has had at least', 'months', 12, {
    ...keyTerms,
    quote: 'Has at least 12 months of homelessness from one of the below avenues',
  }),
  cited('priority.tpch.psh.chronicOnly', 'CH-dedicated PSH beds serve only chronically homeless households', 'boolean', true, {
    ...psh,
    quote: 'Only persons experiencing chronic homelessness (CH) will be served in CH-dedicated or CH-prioritized beds',
  }),
  cited(
    'priority.tpch.psh.chronic.longHistoryYears',
    'CH-dedicated PSH: lifetime years homeless that count as a long history ("2+ years")',
    'years',
    2,
    {
      ...psh,
      quote:
        'TPCH recognizes those with severe service needs who have been homeless for two years or more over the course of their lives as prioritized for housing.',
    },
  ),
  cited(
    'priority.tpch.psh.other.longHistoryYears',
    'Other PSH beds: lifetime years homeless that count as a long history ("2 or more years")',
    'years',
    2,
    {
      ...psh,
      quote: 'have experienced at least 2 years of cumulative lifetime homelessness',
    },
  ),
  cited('priority.tpch.rrh.offersModerate', 'RRH is offered to households with moderate service needs', 'boolean', true, {
    ...rrh,
    quote: 'Households with moderate service needs will be offered rapid rehousing assistance',
  }),
  cited('priority.tpch.rrh.servesLow', 'RRH serves households with low service needs', 'boolean', false, {
    ...rrh,
    quote: 'Families and individuals with low service needs are not currently served with these beds.',
  }),
  cited('priority.tpch.rrh.unshelteredFirst', 'RRH gives priority to unsheltered households', 'boolean', true, {
    ...rrh,
    quote: 'with priority going to unsheltered households',
  }),
  cited('priority.tpch.th.offersModerate', 'TH is offered to households with moderate service needs', 'boolean', true, {
    ...th,
    quote: 'Households with moderate service needs will be offered assistance',
  }),
  cited('priority.tpch.th.servesLow', 'TH serves households with low service needs', 'boolean', false, {
    ...th,
    quote: 'Families and individuals with low service needs are not served with these CoC-funded beds.',
  }),
  cited('priority.tpch.th.unshelteredFirst', 'TH gives priority to unsheltered households', 'boolean', true, {
    ...th,
    quote: 'priority going to unsheltered households who are less likely to be able to secure a lease in their own name',
  }),
];
