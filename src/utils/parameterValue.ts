import { formatBasisPoints, formatCents } from '../../calculators/core/money';
import type { Unit } from '../../calculators/core/parameters';

/**
 * How a parameter value reads to a person: 6700 basis points → "67%", 90000 cents → "$900.00". Used on
 * the server only (revision pages, and the labelled changes the calculators' revision banner shows).
 */
export function formatParameterValue(unit: Unit, value: number | boolean | string): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return value;
  switch (unit) {
    case 'basis_points':
      return formatBasisPoints(value);
    case 'cents':
      return formatCents(value);
    case 'days':
    case 'nights':
    case 'months':
    case 'years':
      return `${value} ${value === 1 ? unit.slice(0, -1) : unit}`;
    case 'count':
    case 'ratio':
    case 'boolean':
    case 'text':
      return String(value);
  }
}
