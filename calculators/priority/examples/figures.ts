import type { Placement } from '../result';

/** A placement in a few words, for revision-impact tables. */
export function placementFigure(placement: Placement): string {
  switch (placement.status) {
    case 'placed':
      return `${placement.position}: ${placement.label}`;
    case 'not-served':
    case 'not-named':
      return placement.label;
    default: {
      const unknown: never = placement;
      throw new TypeError(`Unknown placement ${JSON.stringify(unknown)}`);
    }
  }
}
