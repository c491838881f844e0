import { reason } from '../core/citation';
import { formatBasisPoints, formatCents, percentOf, type BasisPoints, type Cents } from '../core/money';
import type { RequestTotals } from './budget';
import type { BudgetCheck } from './checks';
import { citationsFor, ownCitations } from './passages';
import type { RuleReader } from './rules';
import type { IndirectRate } from './schemas';

/** Indirect costs against the rate times modified total direct costs (2 CFR 200.414(f); MTDC per 2 CFR 200.1). */
export type IndirectCheck = {
  method: 'de-minimis' | 'negotiated';
  rateBasisPoints: BasisPoints;
  modifiedTotalDirectCosts: Cents;
  /** The largest whole-cent amount within rate × MTDC. */
  allowed: Cents;
  claimed: Cents;
  met: boolean;
};

function mtdcArithmetic(totals: RequestTotals): string {
  const excluded = [
    [totals.byCategory['rental-assistance'], 'rental assistance'],
    [totals.byCategory.leasing, 'leasing (rental costs)'],
    [totals.participantSupport, 'participant support'],
  ] as const;
  const parts = excluded.filter(([amount]) => amount > 0).map(([amount, label]) => ` − ${formatCents(amount)} ${label}`);
  return `${formatCents(totals.directCosts)} direct costs${parts.join('')} = ${formatCents(totals.modifiedTotalDirectCosts)}`;
}

/** Checks the indirect line where the budget has one; the rate is the de minimis rate in force on the date, or the negotiated rate given. */
export function checkIndirect(
  rules: RuleReader,
  totals: RequestTotals,
  rate: IndirectRate | undefined,
): { indirect: IndirectCheck; check: BudgetCheck } | null {
  const claimed = totals.byCategory.indirect;
  if (claimed === 0 || rate === undefined) return null;
  const deMinimis = rate.method === 'de-minimis' ? rules.number('match.indirect.deMinimisRate') : null;
  const rateBasisPoints = deMinimis ? deMinimis.value : (rate.negotiatedRate ?? 0);
  const mtdc = totals.modifiedTotalDirectCosts;
  const allowed = percentOf(mtdc, rateBasisPoints, 'down');
  const met = claimed <= allowed;
  const rateName = deMinimis
    ? `the ${formatBasisPoints(rateBasisPoints)} de minimis rate (in force on ${rules.asOf})`
    : `the negotiated rate of ${formatBasisPoints(rateBasisPoints)}`;
  const exact = mtdc * rateBasisPoints === allowed * 10_000;
  return {
    indirect: { method: rate.method, rateBasisPoints, modifiedTotalDirectCosts: mtdc, allowed, claimed, met },
    check: {
      code: 'indirect-rate',
      title: 'Indirect costs',
      met,
      reason: reason(
        met ? 'indirect-within-rate' : 'indirect-over-rate',
        `Modified total direct costs: ${mtdcArithmetic(totals)}. Under ${rateName}, indirect costs may be up to ${formatBasisPoints(rateBasisPoints)} × ${formatCents(mtdc)} = ${formatCents(allowed)}${exact ? '' : ' (rounded down to the cent)'}. The budget claims ${formatCents(claimed)}: ${met ? 'within the rate' : `${formatCents(claimed - allowed)} over`}.${deMinimis ? '' : ' A negotiated agreement names its own base; this applies the rate to modified total direct costs.'}`,
        ...(deMinimis
          ? [deMinimis.citation, ...ownCitations('deMinimisInBudget', rules.set.id)]
          : citationsFor('negotiatedRate', rules.set.id)),
        ...citationsFor('mtdcExclusions', rules.set.id),
      ),
    },
  };
}
