import { defineExampleBook, type ExampleBook } from '../core/examples';
import { formatCents } from '../core/money';
import { calculateRrhTiers, type RrhTierInput, type RrhTierResult } from './tiers';

const rrh = { doc: 'tpch-written-standards', section: 'rapid-rehousing-programs' };

/** The tier examples without the rule that runs them: an entry point bound to one jurisdiction adds its own. */
export const rrhTierExampleContent: Omit<ExampleBook<RrhTierInput, RrhTierResult>, 'run'> = {
  calculator: 'rent',
  title: 'Rapid re-housing tiers',
  figures: (result) =>
    result.chosen
      ? [
          { label: 'Program pays', value: formatCents(result.chosen.programPays) },
          { label: 'Participant pays', value: formatCents(result.chosen.participantPays) },
        ]
      : [],
  examples: [
    {
      id: 'tpch-family-of-3-tier-2',
      title: 'Family of 3, $900 rent, Tier 2',
      rule: 'At Tier 2 the program pays 67% of contract rent and the household pays the rest.',
      jurisdiction: 'tucson-pima',
      input: { contractRent: 900_00, tier: 2, asOf: '2024-01-15' },
      // $900 × 67% = $603.00 from the program; $900 − $603 = $297.00 from the family.
      expected: { chosen: { tier: 2, programPays: 603_00, participantPays: 297_00 } },
      citations: [rrh],
    },
    {
      id: 'tpch-zero-income-tier-1',
      title: 'Zero income, $750 rent, Tier 1',
      rule: 'For those with zero income 100% rental assistance is allowed (Tier 1).',
      jurisdiction: 'tucson-pima',
      input: { contractRent: 750_00, tier: 1, asOf: '2024-01-15' },
      expected: { chosen: { tier: 1, programPays: 750_00, participantPays: 0 } },
      citations: [rrh],
    },
    {
      id: 'tpch-odd-cents-tier-3',
      title: '$1,001.01 rent, Tier 3 (rounding)',
      rule: 'At Tier 3 the program pays 33%; the program share rounds half-up to the cent.',
      jurisdiction: 'tucson-pima',
      input: { contractRent: 1_001_01, tier: 3, asOf: '2024-01-15' },
      // $1,001.01 × 33% = $330.3333 → $330.33; the family pays $670.68.
      expected: { chosen: { tier: 3, programPays: 330_33, participantPays: 670_68 } },
      citations: [rrh],
    },
  ],
};

/** Worked examples of the TPCH rapid re-housing tiers. */
export const rrhTierExamples = /* @__PURE__ */ defineExampleBook<RrhTierInput, RrhTierResult>({
  ...rrhTierExampleContent,
  run: calculateRrhTiers,
});
