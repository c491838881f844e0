import * as z from 'zod/mini';
import { reason, type Reason } from '../core/citation';
import { centsField, isoDateField } from '../core/schemas';
import { formatBasisPoints, formatCents, percentOf, type Cents } from '../core/money';
import { numberParameter, type ParameterSet } from '../core/parameters';
import { parseInput, ok, type Outcome } from '../core/outcome';
import type { RuleOptions } from '../core/options';
import { chooseParameterSet } from '../parameters';

export const TIER_NUMBERS = [1, 2, 3, 4] as const;
export type TierNumber = (typeof TIER_NUMBERS)[number];

export const RrhTierInput = z.object({
  contractRent: centsField('Monthly contract rent for the unit, in cents', { max: 50_000_00 }),
  tier: z.optional(
    z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { error: 'Choose a tier from 1 to 4' }).check(z.describe('The tier staff chose, 1 to 4')),
  ),
  asOf: isoDateField('The date the calculation is for (the parameters in force that day apply)'),
});
export type RrhTierInput = z.infer<typeof RrhTierInput>;

export type TierSplit = { tier: TierNumber; programShareBasisPoints: number; programPays: Cents; participantPays: Cents };
export type RrhTierResult = { contractRent: Cents; tiers: TierSplit[]; chosen: TierSplit | null; reasons: Reason[] };

/** The program and participant shares of contract rent at one tier; the program share rounds half-up to the cent. */
export function splitAtTier(set: ParameterSet, contractRent: Cents, tier: TierNumber, asOf: string): TierSplit & { reason: Reason } {
  const share = numberParameter(set, `rent.rrh.tier${tier}.programShare`, asOf);
  const programPays = percentOf(contractRent, share.value, 'half-up');
  const participantPays = contractRent - programPays;
  return {
    tier,
    programShareBasisPoints: share.value,
    programPays,
    participantPays,
    reason: reason(
      `rrh-tier-${tier}`,
      `Tier ${tier}: the program pays ${formatBasisPoints(share.value)} of ${formatCents(contractRent)} = ${formatCents(programPays)} (rounded to the nearest cent); the participant pays ${formatCents(contractRent)} − ${formatCents(programPays)} = ${formatCents(participantPays)}.`,
      share.citation,
    ),
  };
}

/** Splits contract rent under every RRH tier of the jurisdiction, and under the chosen tier if one is given. */
export function calculateRrhTiers(input: unknown, options: RuleOptions = {}): Outcome<RrhTierResult> {
  const parsed = parseInput(RrhTierInput, input);
  if (!parsed.ok) return parsed;
  const { contractRent, tier, asOf } = parsed.value;
  const set = chooseParameterSet(options);
  const splits = TIER_NUMBERS.map((n) => splitAtTier(set, contractRent, n, asOf));
  const chosen = tier ? (splits.find((s) => s.tier === tier) ?? null) : null;
  const strip = ({ reason: _reason, ...split }: TierSplit & { reason: Reason }): TierSplit => split;
  return ok({
    contractRent,
    tiers: splits.map(strip),
    chosen: chosen ? strip(chosen) : null,
    reasons: chosen ? [chosen.reason] : splits.map((s) => s.reason),
  });
}
