import { defineExampleBook } from '../core/examples';
import { serviceNeedsLevel, type ServiceNeedsInput, type ServiceNeedsResult } from './spdat';

const table = { doc: 'tpch-written-standards', section: 'key-terms' };

/** Worked examples of TPCH's service-needs levels from SPDAT scores (score ranges only: the instruments are © OrgCode). */
export const serviceNeedsExamples = defineExampleBook<ServiceNeedsInput, ServiceNeedsResult>({
  calculator: 'chronic',
  title: 'Service-needs level from a SPDAT score (TPCH)',
  run: serviceNeedsLevel,
  figures: (r) => [
    { label: 'Service needs', value: r.level },
    { label: 'Score band', value: `${r.band.lowest} to ${r.band.highest}` },
  ],
  examples: [
    {
      id: 'vi-spdat-individual-12-severe',
      title: 'VI-SPDAT for an individual, score 12',
      rule: 'Severe service needs start at 12 on the VI-SPDAT for individuals: 12 is the lowest severe score.',
      jurisdiction: 'tucson-pima',
      input: { tool: 'vi-spdat', population: 'individual', score: 12, asOf: '2024-06-01' },
      expected: { level: 'severe', band: { lowest: 12, highest: 17 } },
      citations: [table],
    },
    {
      id: 'vi-spdat-family-8-moderate',
      title: 'VI-SPDAT for a family, score 8',
      rule: 'The family VI-SPDAT has its own bands: 8 is moderate for a family (4 to 8) but would be high for an individual (8 to 11).',
      jurisdiction: 'tucson-pima',
      input: { tool: 'vi-spdat', population: 'family', score: 8, asOf: '2024-06-01' },
      expected: { level: 'moderate', band: { lowest: 4, highest: 8 } },
      citations: [table],
    },
    {
      id: 'full-spdat-youth-44-high',
      title: 'Full SPDAT for a youth, score 44',
      rule: 'The full SPDAT shares one column for individuals and youth: 44 is the top of the high band (35 to 44).',
      jurisdiction: 'tucson-pima',
      input: { tool: 'full-spdat', population: 'youth', score: 44, asOf: '2024-06-01' },
      expected: { level: 'high', band: { lowest: 35, highest: 44 } },
      citations: [table],
    },
  ],
});
