import * as z from 'zod/mini';
import { reason, type Reason } from '../core/citation';
import { formatBasisPoints, formatCents, percentOf, type Cents } from '../core/money';
import { fail, ok, parseInput, type Outcome } from '../core/outcome';
import type { ChooseSet, RuleOptions } from '../core/options';
import { chooseRentParameters } from '../parameters/rent';
import { ceilings } from './plausibility';
import * as passages from './passages';
import { cite } from './reasons';
import { MissingRuleData, ruleReader, type RuleReader } from './ruleReader';
import { asOfField, moneyField, yesNoField } from './schemas/fields';

export const TIER_NUMBERS = [1, 2, 3, 4] as const;
export type TierNumber = (typeof TIER_NUMBERS)[number];

const tierShape = {
  contractRent: moneyField('the monthly contract rent', 'Monthly contract rent for the unit, in cents', ceilings.monthlyRent),
  tier: z.optional(
    z
      .union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { error: 'Choose a tier from 1 to 4' })
      .check(z.describe('The tier staff chose, 1 to 4 (staff may choose any tier)')),
  ),
  householdCanPay: z.optional(
    moneyField(
      'what the household can pay toward rent each month',
      'From the household’s monthly budget: the most it can pay toward rent each month, in cents. Used to suggest the tier that fits.',
      ceilings.monthlyRent,
    ),
  ),
  zeroIncome: z.optional(yesNoField('does the household have zero income?', 'True when the household has no income at all')),
  asOf: asOfField,
};

const zeroIncomeCannotPay = z.superRefine((input: { zeroIncome?: boolean | undefined; householdCanPay?: number | undefined }, ctx) => {
  if (input.zeroIncome && input.householdCanPay !== undefined && input.householdCanPay > 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['householdCanPay'],
      message: 'You said the household has zero income and can also pay something toward rent each month: correct one of the two answers',
    });
  }
});

/** Input for the TPCH rapid re-housing tiers: contract rent, optionally the tier staff chose and what the household can pay. */
export const RrhTierInput = z.object(tierShape).check(zeroIncomeCannotPay);
/** The same input as one mode of calculateRent. */
export const RrhTierModeInput = z.object({ mode: z.literal('rrh-tier'), ...tierShape }).check(zeroIncomeCannotPay);
export type RrhTierInput = z.infer<typeof RrhTierInput>;

export type TierSplit = { tier: TierNumber; programShareBasisPoints: number; programPays: Cents; participantPays: Cents };
export type RrhTierResult = {
  contractRent: Cents;
  tiers: TierSplit[];
  /** The tier staff chose, if any. */
  chosen: TierSplit | null;
  /** The tier that fits the household's budget: the one where it pays the most it can afford. */
  suggested: TierSplit | null;
  reasons: Reason[];
};

/** The program and participant shares of contract rent at one tier; the program share rounds half-up to the cent. */
export function splitAtTier(rules: RuleReader, contractRent: Cents, tier: TierNumber): TierSplit & { reason: Reason } {
  const share = rules.number(`rent.rrh.tier${tier}.programShare`);
  const programPays = percentOf(contractRent, share.value, 'half-up');
  const participantPays = contractRent - programPays;
  return {
    tier,
    programShareBasisPoints: share.value,
    programPays,
    participantPays,
    reason: reason(
      `rrh-tier-${tier}`,
      `Tier ${tier}: the program pays ${formatBasisPoints(share.value)} of ${formatCents(contractRent)} = ${formatCents(programPays)}${(contractRent * share.value) % 10_000 === 0 ? '' : ' (rounded half-up to the cent)'}; the participant pays ${formatCents(contractRent)} − ${formatCents(programPays)} = ${formatCents(participantPays)}.`,
      cite(share),
    ),
  };
}

const strip = ({ reason: _reason, ...split }: TierSplit & { reason: Reason }): TierSplit => split;

/** Errors when the set has no RRH tiers (they are TPCH's), so the caller can say which jurisdiction has them. */
export function tierAvailability(rules: RuleReader): Outcome<true> {
  if (TIER_NUMBERS.every((n) => rules.set.parameters[`rent.rrh.tier${n}.programShare`] !== undefined)) return ok(true);
  return fail([
    {
      path: 'mode',
      message: `${rules.set.label} has no rapid re-housing tiers. The tiers are in the TPCH written standards: choose Tucson/Pima County CoC.`,
    },
  ]);
}

/** The highest-numbered tier whose participant share fits what the household can pay (tier 1 always fits). */
function suggestTier(splits: (TierSplit & { reason: Reason })[], canPay: Cents): TierSplit & { reason: Reason } {
  const fitting = splits
    .filter((s) => s.participantPays <= canPay)
    .sort((a, b) => b.participantPays - a.participantPays || b.tier - a.tier);
  return fitting[0] ?? splits.reduce((least, s) => (s.participantPays < least.participantPays ? s : least));
}

/** Splits rent under every tier, and explains the chosen and suggested tiers; the shared core of both public entry points. */
export function tierRules(rules: RuleReader, input: RrhTierInput): RrhTierResult {
  const { contractRent, tier, householdCanPay, zeroIncome } = input;
  const splits = TIER_NUMBERS.map((n) => splitAtTier(rules, contractRent, n));
  const reasons: Reason[] = [];
  let suggested: (TierSplit & { reason: Reason }) | null = null;
  if (zeroIncome && rules.has('rent.rrh.zeroIncomeProgramShare')) {
    const zeroShare = rules.number('rent.rrh.zeroIncomeProgramShare');
    suggested = splits.find((s) => s.programShareBasisPoints === zeroShare.value) ?? null;
    reasons.push(
      reason(
        'rrh-tier-zero-income',
        suggested
          ? `With zero income the program may pay ${formatBasisPoints(zeroShare.value)} of the rent: Tier ${suggested.tier} fits.`
          : `With zero income the program may pay ${formatBasisPoints(zeroShare.value)} of the rent, which is not one of the tiers: staff choose the share.`,
        cite(zeroShare),
      ),
    );
  } else if (zeroIncome) {
    reasons.push(
      reason(
        'rrh-tier-zero-income-not-stated',
        `${rules.set.label} does not say what share of rent the program pays for a household with zero income: staff choose the tier.`,
      ),
    );
  } else if (householdCanPay !== undefined) {
    suggested = suggestTier(splits, householdCanPay);
    reasons.push(
      reason(
        'rrh-tier-suggested',
        `The household can pay ${formatCents(householdCanPay)} a month. Households pay the most they can afford from the start, so the suggested tier is the one with the largest household share within that amount: Tier ${suggested.tier}, where the household pays ${formatCents(suggested.participantPays)} (${formatCents(householdCanPay)} − ${formatCents(suggested.participantPays)} = ${formatCents(householdCanPay - suggested.participantPays)} left over).`,
        passages.tpchTiers,
      ),
    );
  }
  const chosen = tier ? (splits.find((s) => s.tier === tier) ?? null) : null;
  if (chosen && suggested && chosen.tier !== suggested.tier) {
    reasons.push(
      reason(
        'rrh-tier-staff-choice',
        `Staff chose Tier ${chosen.tier} rather than the suggested Tier ${suggested.tier}; the program may select any share of the contract rent.`,
        passages.tpchAnyTier,
      ),
    );
  }
  const shown = chosen ?? suggested;
  return {
    contractRent,
    tiers: splits.map(strip),
    chosen: chosen ? strip(chosen) : null,
    suggested: suggested ? strip(suggested) : null,
    reasons: [...(shown ? [shown.reason] : splits.map((s) => s.reason)), ...reasons],
  };
}

/** The tier calculator choosing its set with `choose` (./tucsonPimaOnly.ts binds Tucson/Pima's alone). */
export function rrhTierCalculator(choose: ChooseSet) {
  return (input: unknown, options: RuleOptions = {}): Outcome<RrhTierResult> => {
    const parsed = parseInput(RrhTierInput, input);
    if (!parsed.ok) return parsed;
    const rules = ruleReader(choose(options), parsed.value.asOf);
    const available = tierAvailability(rules);
    if (!available.ok) return available;
    try {
      return ok(tierRules(rules, parsed.value));
    } catch (error) {
      if (error instanceof MissingRuleData) return fail([{ path: error.path, message: error.message }]);
      throw error;
    }
  };
}

/** Splits contract rent under every RRH tier of the jurisdiction, and under the chosen or suggested tier. */
export const calculateRrhTiers = /* @__PURE__ */ rrhTierCalculator(chooseRentParameters);
