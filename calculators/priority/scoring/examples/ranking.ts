import { defineExampleBook } from '../../../core/examples';
import { formatCents } from '../../../core/money';
import { rankProjects, type RankingResult } from '../ranking';
import type { RankProjectsInput } from '../rankingSchema';

const worksheet = { doc: 'new-bedford-fy2019-coc-application', section: 'consolidated-application' };
const funding = { doc: 'new-bedford-fy2019-local-competition', section: 'funding-availability' };

/** The FY2019 New Bedford projects as the published rank and order lists them (Portico's two lines are one $618,920 request). */
export const fy2019Projects: RankProjectsInput['projects'] = [
  { name: 'HMIS NEW BEDFORD', type: 'HMIS', request: 74_524_00, score: null },
  { name: 'THE CALL', type: 'SSO', request: 50_000_00, score: null },
  { name: 'FAMILY PRESERVATION PROG.', type: 'PH-PSH', request: 274_604_00, score: 87 },
  { name: 'STEP-UP', type: 'PH-PSH', request: 286_082_00, score: 75 },
  { name: 'WELCOME HOME', type: 'PH-PSH', request: 181_445_00, score: 73 },
  { name: 'TRANSITION TO STABILITY', type: 'PH-RRH', request: 159_109_00, score: 71 },
  { name: 'PRISM', type: 'PH-PSH', request: 114_233_00, score: 69 },
  { name: 'PORTICO', type: 'PH-PSH', request: 618_920_00, score: 58 },
];

const fy2019: RankProjectsInput = {
  asOf: '2019-08-15',
  annualRenewalDemand: 1_758_917_00,
  bonusAmount: 96_394_00,
  unscoredPlacement: 'above-scored',
  projects: fy2019Projects,
};

/** Worked examples of ranking projects into Tier 1 and Tier 2. */
export const rankingExamples = defineExampleBook<RankProjectsInput, RankingResult>({
  calculator: 'priority',
  title: 'New Bedford ranking into Tier 1 and Tier 2',
  run: rankProjects,
  figures: (result) => [
    { label: 'Tier 1 line', value: formatCents(result.tier1Line) },
    { label: 'Requested in Tier 2', value: formatCents(result.tier2Requested) },
  ],
  examples: [
    {
      id: 'nb-fy2019-rank-and-order',
      title: 'The FY2019 rank and order: Portico straddles the Tier 1 line',
      rule: 'Tier 1 = 94% of the ARD; projects fill it in rank order and the one that crosses the line is split between the tiers.',
      jurisdiction: 'new-bedford',
      input: fy2019,
      // 94% × $1,758,917 = $1,653,381.98 → $1,653,382; ranks 1–7 request $1,139,997, so Portico has $513,385 in Tier 1
      // and $618,920 − $513,385 = $105,535 in Tier 2; Tier 2 = $1,758,917 − $1,653,382 + $96,394 = $201,929.
      expected: {
        tier1Line: 1_653_382_00,
        tier2Available: 201_929_00,
        tier1Requested: 1_653_382_00,
        tier2Requested: 105_535_00,
        beyondTier2: 0,
      },
      citations: [worksheet, funding],
    },
    {
      id: 'nb-tie-across-the-line',
      title: 'Two projects tied at 58 across the Tier 1 line',
      rule: 'Appendix B names no tie-breaker: tied projects keep the order given and the result says the committee must decide.',
      jurisdiction: 'new-bedford',
      input: {
        ...fy2019,
        projects: [
          ...fy2019Projects.slice(0, 7),
          { name: 'PORTICO', type: 'PH-PSH', request: 513_385_00, score: 58 },
          { name: 'NEW RRH', type: 'PH-RRH', request: 105_535_00, score: 58 },
        ],
      },
      expected: {
        tier1Requested: 1_653_382_00,
        tier2Requested: 105_535_00,
        ties: [{ score: 58_00, names: ['PORTICO', 'NEW RRH'], acrossTierLine: true }],
      },
      citations: [{ doc: 'new-bedford-fy2019-local-competition', section: 'appendix-b-scoring-and-ranking' }],
    },
    {
      id: 'nb-hud-tier-1-entered',
      title: 'HUD’s published Tier 1 amount replaces the computed one',
      rule: 'When HUD’s final Tier 1 amount is known it sets the line; the RFP reserves adjustments to HUD’s final allocations.',
      jurisdiction: 'new-bedford',
      input: { ...fy2019, tier1Amount: 1_600_000_00 },
      // Portico: $1,600,000 − $1,139,997 = $460,003 in Tier 1; $158,917 in Tier 2 of $1,758,917 − $1,600,000 + $96,394 = $255,311.
      expected: { tier1Line: 1_600_000_00, tier2Available: 255_311_00, tier2Requested: 158_917_00 },
      citations: [funding],
    },
  ],
});
