import * as z from 'zod/mini';
import { reason } from '../../core/citation';
import type { RuleOptions } from '../../core/options';
import { fail, ok, parseInput, type Outcome } from '../../core/outcome';
import { choosePriorityParameters } from '../../parameters/priority';
import { evaluateCpd14012 } from '../cpd/cpd14012';
import { evaluateCpd1611 } from '../cpd/cpd1611';
import { Cpd14012Person, Cpd1611Person } from '../cpd/schema';
import { asOf } from '../fields';
import { noticePassages } from '../passages/notice';
import { tpchPassages } from '../passages/tpch';
import { priorityRules, ruleGapErrors } from '../rules';
import { householdList, methodField } from './fields';
import { byGroup, evaluateAll, finish, type OrderHouseholdsResult, type Ordering } from './list';

export const Cpd1611ListInput = z.object({
  method: methodField('cpd-16-11', 'HUD-VASH with Notice CPD-16-11, as in the TPCH standards'),
  asOf,
  households: householdList(Cpd1611Person),
});
export const Cpd14012ListInput = z.object({
  method: methodField('cpd-14-012', 'Notice CPD-14-012 First and Second Priority, as in the Lowell application'),
  asOf,
  households: householdList(Cpd14012Person),
});

/** Input for ordering a list under a HUD notice: HUD-VASH with CPD-16-11, or CPD-14-012. */
export const CpdListInput = z.discriminatedUnion('method', [Cpd1611ListInput, Cpd14012ListInput], {
  error: 'Choose the order: HUD-VASH with CPD-16-11, or CPD-14-012',
});
export type CpdListInput = z.infer<typeof CpdListInput>;

/** Orders a parsed HUD-VASH list: chronically homeless Veterans, then CPD-16-11's priorities, then VA priority populations. */
export function cpd1611Ordering(data: z.infer<typeof Cpd1611ListInput>): Outcome<Ordering> {
  const evaluated = evaluateAll(data.households, ({ id: _id, ...person }) => {
    const outcome = evaluateCpd1611(person);
    return outcome.ok ? ok({ keys: byGroup(outcome.value.placement), ...outcome.value }) : outcome;
  });
  if (!evaluated.ok) return evaluated;
  return ok({
    criteria: [
      'HUD-VASH priority group: chronically homeless Veterans first, then CPD-16-11 First to Fourth Priority, then VA priority populations',
    ],
    entries: evaluated.value,
    reasons: [
      reason(
        'vash-order',
        'Chronically homeless Veterans come first; where there are none, CPD-16-11 sets the order. Within a group, admission follows the Veteran’s acuity per clinical judgment.',
        tpchPassages.vashChronicFirst,
        tpchPassages.vashNoChronicVeterans,
        tpchPassages.vashAcuity,
      ),
    ],
    decides: 'clinical judgment of acuity',
    tieCitation: tpchPassages.vashAcuity,
  });
}

/** Orders a parsed CPD-14-012 list: First Priority, then Second Priority. */
export function cpd14012Ordering(data: z.infer<typeof Cpd14012ListInput>, options: RuleOptions): Outcome<Ordering> {
  const rules = priorityRules(choosePriorityParameters(options), data.asOf);
  const evaluated = evaluateAll(data.households, ({ id: _id, ...person }) => {
    const outcome = evaluateCpd14012(rules, person);
    return outcome.ok ? ok({ keys: byGroup(outcome.value.placement), ...outcome.value }) : outcome;
  });
  if (!evaluated.ok) return evaluated;
  return ok({
    criteria: ['CPD-14-012 First Priority, then Second Priority'],
    entries: evaluated.value,
    reasons: [
      reason(
        'cpd-14-012-order',
        'First Priority before Second Priority; the excerpt sets no order within a priority.',
        noticePassages.lowellOrderRequirement,
      ),
    ],
    decides: 'the CoC',
    tieCitation: noticePassages.lowellOrderRequirement,
  });
}

/** Orders a list of people under the HUD-VASH order with CPD-16-11 or under CPD-14-012. */
export function orderCpdList(input: unknown, options: RuleOptions = {}): Outcome<OrderHouseholdsResult> {
  const parsed = parseInput(CpdListInput, input);
  if (!parsed.ok) return parsed;
  const data = parsed.value;
  try {
    return finish(data.method, data.asOf, data.method === 'cpd-16-11' ? cpd1611Ordering(data) : cpd14012Ordering(data, options));
  } catch (error) {
    return fail(ruleGapErrors(error));
  }
}
