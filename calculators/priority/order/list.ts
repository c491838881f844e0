import { reason, type Citation, type Reason } from '../../core/citation';
import type { IsoDate } from '../../core/dates';
import { fail, ok, type FieldError, type Outcome } from '../../core/outcome';
import type { Placement, RankedHousehold, UnrankedHousehold } from '../result';
import { rankEntries, type Entry } from './rank';

export const ORDER_METHODS = ['tpch', 'nashville-rrh', 'nashville-psh', 'cpd-16-11', 'cpd-14-012'] as const;
export type OrderMethod = (typeof ORDER_METHODS)[number];

/** A list of households in priority order, with the households the order does not rank and why. */
export type OrderHouseholdsResult = {
  method: OrderMethod;
  asOf: IsoDate;
  /** How the list is ordered, criterion by criterion, in words. */
  criteria: string[];
  ordered: RankedHousehold[];
  /** Households the standards say these beds do not serve. */
  notServed: UnrankedHousehold[];
  /** Households the published order does not place. */
  notNamed: UnrankedHousehold[];
  /** Groups of ids still tied after every criterion. */
  ties: string[][];
  reasons: Reason[];
};

/** What a method's orderer hands back before ranking: every household evaluated, and how ties are settled. */
export type Ordering = { criteria: string[]; entries: Entry[]; reasons: Reason[]; decides: string; tieCitation: Citation };

const LIST_LEVEL_PATHS = new Set(['asOf', 'program', 'bedType', 'chronicHouseholdsHoused', 'jurisdiction']);
const at =
  (index: number) =>
  (error: FieldError): FieldError =>
    LIST_LEVEL_PATHS.has(error.path) ? error : { ...error, path: `households.${index}.${error.path}` };

function duplicateIds(households: { id: string }[]): FieldError[] {
  const first = new Map<string, number>();
  return households.flatMap((household, index) => {
    const earlier = first.get(household.id);
    if (earlier === undefined) {
      first.set(household.id, index);
      return [];
    }
    return [
      {
        path: `households.${index}.id`,
        message: `Household ${index + 1} has the same id as household ${earlier + 1} ("${household.id}"): give each household its own id`,
      },
    ];
  });
}

const dedupe = (errors: FieldError[]): FieldError[] => {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.path}\u0000${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/** Evaluates every household, collecting every household's problems (at its place in the list) before failing. */
export function evaluateAll<H extends { id: string }>(
  households: H[],
  evaluate: (household: H) => Outcome<Omit<Entry, 'id' | 'index'>>,
): Outcome<Entry[]> {
  const errors: FieldError[] = duplicateIds(households);
  const entries: Entry[] = [];
  households.forEach((household, index) => {
    const outcome = evaluate(household);
    if (outcome.ok) entries.push({ id: household.id, index, ...outcome.value });
    else errors.push(...outcome.errors.map(at(index)));
  });
  return errors.length ? fail(dedupe(errors)) : ok(entries);
}

/** Keys for orders made of groups: the group's position, first group first; unplaced households are not ranked. */
export const byGroup = (placement: Placement): number[] | null => (placement.status === 'placed' ? [-placement.position] : null);

function tiesReason(ties: string[][], decides: string, citation: Citation): Reason[] {
  if (!ties.length) return [];
  const listed = ties.map((ids) => ids.join(', ')).join('; ');
  return [
    reason(
      'ties-remain',
      `Still tied after every criterion: ${listed}. The standards leave the choice between them to ${decides}; they are listed in the order they were entered.`,
      citation,
    ),
  ];
}

/** Ranks an ordering and splits the unranked households into not served and not named. */
export function finish(method: OrderMethod, asOf: IsoDate, ordering: Outcome<Ordering>): Outcome<OrderHouseholdsResult> {
  if (!ordering.ok) return ordering;
  const { ordered, unranked, ties } = rankEntries(ordering.value.entries);
  return ok({
    method,
    asOf,
    criteria: ordering.value.criteria,
    ordered,
    notServed: unranked.filter((h) => h.placement.status === 'not-served'),
    notNamed: unranked.filter((h) => h.placement.status !== 'not-served'),
    ties,
    reasons: [...ordering.value.reasons, ...tiesReason(ties, ordering.value.decides, ordering.value.tieCitation)],
  });
}

/** A list of households, at least one and at most `max`. */
export const LIST_LIMIT = 2000;
