import { defineExampleBook } from '../../../core/examples';
import { formatCents } from '../../../core/money';
import { scoreNewBedfordNewProject, type NewBedfordNewProjectResult } from '../newProject';
import type { NewBedfordNewProjectInput } from '../newProjectSchema';
import { formatPoints } from '../points';

const appendixB = { doc: 'new-bedford-fy2019-local-competition', section: 'appendix-b-scoring-and-ranking' };
const appendixC = { doc: 'new-bedford-fy2019-local-competition', section: 'appendix-c-match' };

const strong: NewBedfordNewProjectInput = {
  asOf: '2019-08-09',
  projectName: 'Example PSH bonus project',
  experience: { administeredFederalFunds: true, servedServiceOrPopulation: true },
  housingFirstPoints: 15,
  chronicBeds: { dedicated: 12, total: 12 },
  mainstreamPoints: 5,
  lowBarrier: true,
  match: { request: 100_000_00, leasing: 0, committed: 25_000_00 },
  fiscal: { financialStability: true, promptExpenditure: true, noOutstandingFindings: true },
};

/** Worked examples of the New Bedford FY2019 new-project score. */
export const newProjectExamples = defineExampleBook<NewBedfordNewProjectInput, NewBedfordNewProjectResult>({
  calculator: 'priority',
  title: 'New Bedford new-project scoring',
  run: scoreNewBedfordNewProject,
  figures: (result) => [
    { label: 'Total', value: formatPoints(result.total) },
    { label: 'Required match', value: formatCents(result.requiredMatch) },
  ],
  examples: [
    {
      id: 'nb-new-full-marks',
      title: 'A project meeting every criterion scores 100',
      rule: 'Experience 20 + quality 40 (15 + 15 + 5 + 5) + match 20 + fiscal 20 = 100.',
      jurisdiction: 'new-bedford',
      input: strong,
      // 25% × $100,000 = $25,000 required, $25,000 committed.
      expected: { total: 100_00, quality: { points: 40_00 }, requiredMatch: 25_000_00 },
      citations: [appendixB],
    },
    {
      id: 'nb-new-match-excludes-leasing',
      title: 'Match on $100,000 with $50,000 leasing is $12,500',
      rule: 'Match is 25% of the request excluding leasing: ($100,000 − $50,000) × 25% = $12,500.',
      jurisdiction: 'new-bedford',
      input: { ...strong, match: { request: 100_000_00, leasing: 50_000_00, committed: 12_500_00 } },
      expected: { total: 100_00, requiredMatch: 12_500_00 },
      citations: [appendixC],
    },
    {
      id: 'nb-new-partial',
      title: 'A weaker project: 29.5 points',
      rule: 'Experience needs both kinds of experience; chronic points need 100% of beds dedicated; match points need the whole 25%; below the fiscal maximum the committee gives the points.',
      jurisdiction: 'new-bedford',
      input: {
        ...strong,
        experience: { administeredFederalFunds: true, servedServiceOrPopulation: false },
        housingFirstPoints: 10,
        chronicBeds: { dedicated: 9, total: 10 },
        mainstreamPoints: 2.5,
        match: { request: 100_000_00, leasing: 0, committed: 24_999_99 },
        fiscal: { financialStability: true, promptExpenditure: false, noOutstandingFindings: true, points: 12 },
      },
      // 0 + (10 + 0 + 2.5 + 5) + 0 + 12 = 29.5; $24,999.99 is $0.01 short of $25,000.
      expected: { total: 29_50, quality: { points: 17_50 } },
      citations: [appendixB],
    },
  ],
});
