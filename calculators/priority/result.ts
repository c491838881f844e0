import type { Reason } from '../core/citation';

/**
 * Where a household stands in an order of priority:
 * - `placed`: in a named priority group; `position` 1 is served first;
 * - `not-served`: the standards say households like this are not served by these beds;
 * - `not-named`: the order the standards publish does not place this household (the reasons say why).
 */
export type Placement =
  | { status: 'placed'; position: number; group: string; label: string }
  | { status: 'not-served'; group: string; label: string }
  | { status: 'not-named'; group: string; label: string };

export type PlacementStatus = Placement['status'];

/** One criterion's value for a household on an ordered list, as shown in the list's table. */
export type CriterionValue = { criterion: string; label: string; value: string };

/** A household on an ordered list. `rank` is shared by households still tied after every criterion. */
export type RankedHousehold = {
  id: string;
  /** 1 for the first household in the list order (ties keep the order they were entered in). */
  position: number;
  rank: number;
  tiedWith: string[];
  /** The priority group, for orders made of groups (TPCH levels, CPD priorities); null for orders by score. */
  placement: Placement | null;
  values: CriterionValue[];
  reasons: Reason[];
};

/** A household the order does not rank: not served by these beds, or not placed by the published order. */
export type UnrankedHousehold = { id: string; placement: Placement; values: CriterionValue[]; reasons: Reason[] };
