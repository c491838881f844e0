import { bench, describe } from 'vitest';
import { rankProjects } from './ranking';
import { scoreNewBedfordRenewal } from './renewal';
import { familyPreservationProgram } from './examples/fpp';

/** 500 projects with deterministic requests and scores (ties included, a few unscored), so runs compare. */
const projects = Array.from({ length: 500 }, (_, i) => ({
  name: `Project ${String(i + 1).padStart(3, '0')}`,
  type: i % 7 === 0 ? 'PH-RRH' : 'PH-PSH',
  request: 50_000_00 + ((i * 7919) % 500_000) * 100,
  score: i % 50 === 0 ? null : ((i * 37) % 10_000) / 100,
}));
const input = {
  asOf: '2019-08-15',
  annualRenewalDemand: 60_000_000_00,
  bonusAmount: 1_000_000_00,
  unscoredPlacement: 'above-scored',
  projects,
};

describe('ranking 500 projects stays smooth', () => {
  bench('rankProjects: validate, rank and split 500 projects at the Tier 1 line', () => {
    const outcome = rankProjects(input);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors.slice(0, 3)));
  });
  bench('scoreNewBedfordRenewal × 500: score 500 renewals', () => {
    for (let i = 0; i < 500; i += 1) {
      const outcome = scoreNewBedfordRenewal({ ...familyPreservationProgram, bedUtilization: { count: i % 101, outOf: 100 } });
      if (!outcome.ok) throw new Error('renewal failed');
    }
  });
});
