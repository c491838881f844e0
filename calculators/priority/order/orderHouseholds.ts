import type { RuleOptions } from '../../core/options';
import { fail, parseInput, type Outcome } from '../../core/outcome';
import { choosePriorityParameters } from '../../parameters/priority';
import { ruleGapErrors } from '../rules';
import { cpd14012Ordering, cpd1611Ordering } from './cpdList';
import { finish, type OrderHouseholdsResult, type Ordering } from './list';
import { nashvillePshOrdering, nashvilleRrhOrdering } from './nashvilleList';
import { OrderHouseholdsInput } from './schema';
import { tpchOrdering } from './tpchList';
import { tpchSettingsProblems } from '../tpch/checks';

export type { OrderHouseholdsResult } from './list';

function ordering(data: OrderHouseholdsInput, options: RuleOptions): Outcome<Ordering> {
  switch (data.method) {
    case 'tpch':
      return tpchOrdering(data, options);
    case 'nashville-rrh':
      return nashvilleRrhOrdering(data, choosePriorityParameters(options));
    case 'nashville-psh':
      return nashvillePshOrdering(data, choosePriorityParameters(options));
    case 'cpd-16-11':
      return cpd1611Ordering(data);
    case 'cpd-14-012':
      return cpd14012Ordering(data, options);
    default: {
      const unknown: never = data;
      throw new TypeError(`Unknown order ${JSON.stringify(unknown)}`);
    }
  }
}

/**
 * Orders a list of households (up to 2,000) under TPCH's, Nashville's or a HUD notice's order of
 * priority, with reasons and remaining ties. Islands import the per-method orderers instead
 * (`orderTpchList`, `orderNashvilleList`, `orderCpdList`) so a page ships only its own rules.
 */
export function orderHouseholds(input: unknown, options: RuleOptions = {}): Outcome<OrderHouseholdsResult> {
  const parsed = parseInput(OrderHouseholdsInput, input);
  if (!parsed.ok) {
    const raw =
      typeof input === 'object' && input !== null ? (input as { method?: unknown } & Parameters<typeof tpchSettingsProblems>[0]) : null;
    return fail([...(raw?.method === 'tpch' ? tpchSettingsProblems(raw) : []), ...parsed.errors]);
  }
  const data = parsed.value;
  try {
    return finish(data.method, data.asOf, ordering(data, options));
  } catch (error) {
    return fail(ruleGapErrors(error));
  }
}
