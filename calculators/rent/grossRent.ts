import { reason, type Reason } from '../core/citation';
import { formatCents, sumCents, type Cents } from '../core/money';
import * as passages from './passages';
import type { LeaseFee } from './schemas/limits';

export type GrossRent = {
  /** Contract rent + required occupancy fees: what the owner charges for the unit. */
  rentCharged: Cents;
  /** Rent charged + the utility allowance when the tenant pays utilities. */
  grossRent: Cents;
  countedFees: LeaseFee[];
  excludedFees: LeaseFee[];
  reasons: Reason[];
};

/** The rent the payment may count: monthly rent, required occupancy fees (never pet or late fees) and the utility allowance. */
export function grossRent(contractRent: Cents, fees: LeaseFee[], utilityAllowance: Cents | null): GrossRent {
  const countedFees = fees.filter((f) => f.kind === 'required');
  const excludedFees = fees.filter((f) => f.kind !== 'required');
  const rentCharged = contractRent + sumCents(countedFees.map((f) => f.amount));
  const gross = rentCharged + (utilityAllowance ?? 0);
  const terms = [
    `${formatCents(contractRent)} contract rent`,
    ...countedFees.map((f) => `${formatCents(f.amount)} ${f.label}`),
    ...(utilityAllowance === null ? [] : [`${formatCents(utilityAllowance)} utility allowance`]),
  ];
  const reasons: Reason[] = [
    reason(
      'gross-rent',
      terms.length === 1
        ? `Gross rent: ${formatCents(gross)} (no required fees or tenant-paid utilities).`
        : `Gross rent: ${terms.join(' + ')} = ${formatCents(gross)}.`,
      passages.grossRent,
    ),
  ];
  if (excludedFees.length) {
    reasons.push(
      reason(
        'gross-rent-excluded-fees',
        `Not counted: ${excludedFees.map((f) => `${f.label} (${f.kind} fee, ${formatCents(f.amount)})`).join(', ')}; pet and late fees are never part of the rent paid.`,
        passages.grossRent,
      ),
    );
  }
  return { rentCharged, grossRent: gross, countedFees, excludedFees, reasons };
}
