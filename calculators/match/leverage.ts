import { reason } from '../core/citation';
import { formatBasisPoints, formatCents, percentOf, sumCents, type BasisPoints, type Cents } from '../core/money';
import { describeShare, type BudgetCheck } from './checks';
import { citationsFor } from './passages';
import type { RuleReader } from './rules';
import type { SourceOutcome } from './sources';

/** The leverage requirement (Lowell 2016): written commitments of at least a share of the total request. */
export type LeverageCheck = {
  minimumBasisPoints: BasisPoints;
  /** The least whole-cent amount at or above the minimum share of the request. */
  requiredLeverage: Cents;
  /** Counted match plus counted leverage-only commitments. */
  committed: Cents;
  met: boolean;
};

/** Checks leverage where the jurisdiction sets a minimum; null elsewhere. */
export function checkLeverage(
  rules: RuleReader,
  total: Cents,
  sources: readonly SourceOutcome[],
): { leverage: LeverageCheck; check: BudgetCheck } | null {
  if (!rules.has('match.leverage.minimumRate')) return null;
  const minimum = rules.number('match.leverage.minimumRate');
  // Rounded up to the cent: a whole-cent total meets the minimum share exactly when it reaches this amount.
  const requiredLeverage = percentOf(total, minimum.value, 'up');
  const counted = sources.filter((s) => s.counts);
  const fromMatch = sumCents(counted.filter((s) => s.offeredAs === 'match').map((s) => s.value));
  const leverageOnly = sumCents(counted.filter((s) => s.offeredAs === 'leverage').map((s) => s.value));
  const committed = fromMatch + leverageOnly;
  const met = committed >= requiredLeverage;
  const gap = met ? '' : `, ${formatCents(requiredLeverage - committed)} short`;
  return {
    leverage: { minimumBasisPoints: minimum.value, requiredLeverage, committed, met },
    check: {
      code: 'leverage',
      title: 'Leverage',
      met,
      reason: reason(
        met ? 'leverage-met' : 'leverage-short',
        `Written commitments must be at least ${formatBasisPoints(minimum.value)} of the total request: ${formatBasisPoints(minimum.value)} × ${formatCents(total)} = ${formatCents(requiredLeverage)}. Committed: ${formatCents(fromMatch)} match + ${formatCents(leverageOnly)} leverage only = ${formatCents(committed)} (${describeShare(committed, total)} of the request)${gap}.`,
        minimum.citation,
        ...citationsFor('leverageFromMatch', rules.set.id),
      ),
    },
  };
}
