import type { Reason } from '../core/citation';
import { divideRounded, formatBasisPoints, type BasisPoints, type Cents } from '../core/money';

export type CheckCode =
  | 'leverage'
  | 'admin'
  | 'threshold-housing'
  | 'threshold-supportive-services'
  | 'rental-assistance-with-operating'
  | 'supportive-service-costs'
  | 'indirect-rate';

/** One budget check with its outcome: `met` is null when there is nothing to meet and the check only informs. */
export type BudgetCheck = { code: CheckCode; title: string; met: boolean | null; reason: Reason };

/**
 * `part` as a share of `whole` in basis points, rounded half up to the hundredth of a percent (as the scoring
 * tools show rates), for showing "about N%" next to the exact amounts the checks decide on.
 */
export const shareOf = (part: Cents, whole: Cents): BasisPoints => (whole > 0 ? divideRounded(part * 10_000, whole, 'half-up') : 0);

/** "7%" or "about 16.67%" for a share shown beside exact amounts. */
export function describeShare(part: Cents, whole: Cents): string {
  const share = shareOf(part, whole);
  return part * 10_000 === share * whole ? formatBasisPoints(share) : `about ${formatBasisPoints(share)}`;
}
