import type { Parameter, QuotedCitation, Unit } from '../../core/parameters';

const rrh = { doc: 'nashville-davidson-standards-of-care', section: 'rapid-re-housing-standards' } as const;
const psh = { doc: 'nashville-davidson-standards-of-care', section: 'permanent-supportive-housing-standards' } as const;
const adopted = '2021-06-29';

const cited = (id: string, label: string, unit: Unit, value: number | string, citation: QuotedCitation): Parameter => ({
  id,
  label,
  unit,
  values: [{ value, effective: adopted, citation }],
});

/**
 * The parameters of Nashville-Davidson's priority orders, without its performance standards. Each value
 * cites the passage that states it. Ordering criteria are data (`…criteria.N` names the Nth criterion) so a
 * revision can reorder or drop one.
 */
export const orderParameters: Parameter[] = [
  cited('priority.nashville.rrh.unshelteredPoints', 'RRH priority score: points added for unsheltered homelessness', 'count', 1, {
    ...rrh,
    quote: '1 point added for unsheltered homelessness',
  }),
  cited('priority.nashville.rrh.olderAdultPoints', 'RRH priority score: points added for age 55 or over', 'count', 1, {
    ...rrh,
    quote: '1 point added for age 55+',
  }),
  cited(
    'priority.nashville.rrh.olderAdultMinimumAge',
    'RRH priority score: the age from which the older-adult point is added',
    'years',
    55,
    {
      ...rrh,
      quote: '1 point added for age 55+',
    },
  ),
  cited(
    'priority.nashville.rrh.covidRiskPoints',
    'RRH priority score: points added for a CDC-identified COVID-19 risk condition',
    'count',
    1,
    {
      ...rrh,
      quote:
        "1 point added for CDC identified underlying medical conditions which increase a person's risk for severe illness due to COVID-19",
    },
  ),
  cited('priority.nashville.rrh.criteria.1', 'RRH order: first-level criterion', 'text', 'priority-score', {
    ...rrh,
    quote: 'Score of the VISPDAT assessment, or DV-CE assessment',
  }),
  cited('priority.nashville.rrh.criteria.2', 'RRH order: second-level criterion (tie-breaker)', 'text', 'length-of-time-homeless', {
    ...rrh,
    quote: 'Length of time experiencing homelessness',
  }),
  cited('priority.nashville.psh.criteria.1', 'PSH order: first criterion', 'text', 'chronicity', {
    ...psh,
    quote: 'Homeless Chronicity status',
  }),
  cited('priority.nashville.psh.criteria.2', 'PSH order: second criterion', 'text', 'vi-spdat', {
    ...psh,
    quote:
      'Score of the VI-SPDAT, with consideration taken from care coordination meetings if a score is not representative of the person and their situation.',
  }),
  cited('priority.nashville.psh.criteria.3', 'PSH order: third criterion', 'text', 'length-of-time-homeless', {
    ...psh,
    quote: 'Length of time homeless',
  }),
  cited('priority.nashville.psh.criteria.4', 'PSH order: fourth criterion (only to break a tie)', 'text', 'date-of-identification', {
    ...psh,
    quote: 'Date of identification, only to be used if there are two households tied for the resource.',
  }),
];
