import * as z from 'zod/mini';
import { reason } from '../../core/citation';
import type { RuleOptions } from '../../core/options';
import { fail, ok, parseInput, type Outcome } from '../../core/outcome';
import { choosePriorityParameters } from '../../parameters/priority';
import { tpchPassages } from '../passages/tpch';
import { priorityRules, ruleGapErrors } from '../rules';
import { tpchSettingsProblems } from '../tpch/checks';
import { serviceNeedsLevel } from '../../chronic/spdat';
import { evaluateTpch, serviceNeedsReader } from '../tpch/evaluate';
import { tpchAvailability } from '../tpch/prioritize';
import { TpchHousehold, TpchListShape } from '../tpch/schema';
import { byGroup, evaluateAll, finish, type OrderHouseholdsResult, type Ordering } from './list';
import { householdList, methodField } from './fields';

/** Input for ordering a TPCH list: the program and bed for the whole list, and the households. */
export const TpchListInput = z.object({
  method: methodField('tpch', 'TPCH priorities for PSH, RRH or TH (Tucson/Pima)'),
  ...TpchListShape,
  households: householdList(TpchHousehold),
});
export type TpchListInput = z.infer<typeof TpchListInput>;

/** Orders a parsed TPCH list by level (PSH) or group (RRH, TH). */
export function tpchOrdering(data: TpchListInput, options: RuleOptions): Outcome<Ordering> {
  const { households, method: _m, ...settings } = data;
  const rules = priorityRules(choosePriorityParameters(options), data.asOf);
  const available = tpchAvailability(rules);
  if (!available.ok) return available;
  const settingsErrors = tpchSettingsProblems(settings);
  const serviceNeeds = serviceNeedsReader(options, serviceNeedsLevel);
  const evaluated = evaluateAll(households, ({ id: _id, ...household }) => {
    const outcome = evaluateTpch(rules, settings, household, serviceNeeds);
    if (!outcome.ok) return outcome;
    const { placement, values, reasons } = outcome.value;
    return ok({ keys: byGroup(placement), placement, values, reasons });
  });
  if (settingsErrors.length || !evaluated.ok) return fail([...settingsErrors, ...(evaluated.ok ? [] : evaluated.errors)]);
  const criterion = data.program === 'psh' ? 'priority level, level 1 first' : 'priority group, unsheltered households first';
  return ok({
    criteria: [criterion],
    entries: evaluated.value,
    reasons: [
      reason('tpch-order', `Ordered by ${criterion}. The standards set no order within a level.`, tpchPassages.tpchCaseConferencing),
    ],
    decides: 'case conferencing',
    tieCitation: tpchPassages.tpchCaseConferencing,
  });
}

/** Orders a list of households under TPCH's PSH levels or RRH/TH groups. */
export function orderTpchList(input: unknown, options: RuleOptions = {}): Outcome<OrderHouseholdsResult> {
  const parsed = parseInput(TpchListInput, input);
  if (!parsed.ok) {
    const raw = typeof input === 'object' && input !== null ? (input as Parameters<typeof tpchSettingsProblems>[0]) : null;
    return fail([...(raw ? tpchSettingsProblems(raw) : []), ...parsed.errors]);
  }
  try {
    return finish('tpch', parsed.value.asOf, tpchOrdering(parsed.value, options));
  } catch (error) {
    return fail(ruleGapErrors(error));
  }
}
