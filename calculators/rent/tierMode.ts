import { ok, type Outcome } from '../core/outcome';
import type { ModeAnswer } from './result';
import type { RuleReader } from './ruleReader';
import { tierAvailability, tierRules, type RrhTierInput } from './tiers';

/** The TPCH tiers as a rent answer: the figures follow the chosen tier, or the suggested one. */
export function rrhTierMode(rules: RuleReader, input: RrhTierInput): Outcome<ModeAnswer> {
  const available = tierAvailability(rules);
  if (!available.ok) return available;
  const { reasons, ...detail } = tierRules(rules, input);
  const shown = detail.chosen ?? detail.suggested;
  return ok({
    mode: 'rrh-tier',
    figures: {
      contractRent: input.contractRent,
      tier: shown?.tier ?? null,
      programPays: shown?.programPays ?? null,
      participantPays: shown?.participantPays ?? null,
    },
    detail,
    reasons,
  });
}
