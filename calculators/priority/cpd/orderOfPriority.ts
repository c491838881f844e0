import type { Reason } from '../../core/citation';
import type { ChooseSet, RuleOptions } from '../../core/options';
import { fail, ok, parseInput, type Outcome } from '../../core/outcome';
import { choosePriorityParameters } from '../../parameters/priority';
import type { Placement } from '../result';
import { priorityRules, ruleGapErrors } from '../rules';
import { evaluateCpd14012 } from './cpd14012';
import { evaluateCpd1611 } from './cpd1611';
import { OrderOfPriorityInput } from './schema';

export type OrderNotice = OrderOfPriorityInput['notice'];

/** A person's place in a HUD order of priority. */
export type OrderOfPriorityResult = { notice: OrderNotice; placement: Placement; reasons: Reason[] };

/** The order-of-priority rule choosing its set with `choose` (./noticesOnly.ts binds the two notices' jurisdictions alone). */
export const orderOfPriorityRule =
  (choose: ChooseSet) =>
  (input: unknown, options: RuleOptions = {}): Outcome<OrderOfPriorityResult> => {
    const parsed = parseInput(OrderOfPriorityInput, input);
    if (!parsed.ok) return parsed;
    const data = parsed.value;
    try {
      switch (data.notice) {
        case 'cpd-16-11': {
          const { notice: _n, id: _i, asOf: _a, ...person } = data;
          const evaluation = evaluateCpd1611(person);
          return evaluation.ok
            ? ok({ notice: data.notice, placement: evaluation.value.placement, reasons: evaluation.value.reasons })
            : evaluation;
        }
        case 'cpd-14-012': {
          const { notice: _n, id: _i, asOf, ...person } = data;
          const evaluation = evaluateCpd14012(priorityRules(choose(options), asOf), person);
          return evaluation.ok
            ? ok({ notice: data.notice, placement: evaluation.value.placement, reasons: evaluation.value.reasons })
            : evaluation;
        }
        default: {
          const unknown: never = data;
          throw new TypeError(`Unknown notice ${JSON.stringify(unknown)}`);
        }
      }
    } catch (error) {
      return fail(ruleGapErrors(error));
    }
  };

/** Places one person in the HUD-VASH order with CPD-16-11 (TPCH) or in CPD-14-012's First and Second Priority (Lowell). */
export const orderOfPriority = /* @__PURE__ */ orderOfPriorityRule(choosePriorityParameters);
