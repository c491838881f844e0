import type { RankProjectsInput } from '../../calculators/priority/scoring/rankingSchema';
import type { Values } from './ScoringRanking';

const dollars = (cents: number) => (cents / 100).toFixed(2);

/** A worked example's answers as the island's fields, for the example links on the tool page (kept out of the island's bundle). */
export const fromExample = (input: RankProjectsInput): Values => ({
  asOf: input.asOf,
  ard: dollars(input.annualRenewalDemand),
  tier1: input.tier1Amount === undefined ? '' : dollars(input.tier1Amount),
  bonus: dollars(input.bonusAmount),
  unscored: input.unscoredPlacement === 'below-scored' ? 'below' : input.unscoredPlacement === 'above-scored' ? 'above' : '',
  projects: input.projects
    .map((p) => [p.name, p.type ?? '', dollars(p.request), p.score === null ? 'N/A' : String(p.score)].join(' | '))
    .join('\n'),
});
