import * as z from 'zod/mini';
import { reason, type Citation } from '../../core/citation';
import type { ChooseSet, RuleOptions } from '../../core/options';
import type { ParameterSet } from '../../core/parameters';
import { fail, ok, parseInput, type Outcome } from '../../core/outcome';
import { choosePriorityParameters } from '../../parameters/priority';
import { asOf } from '../fields';
import { CRITERION_TEXT, readCriteria, type Criterion } from '../nashville/criteria';
import { evaluateNashvillePsh, nashvillePshCpdReason, nashvillePshListReasons } from '../nashville/psh';
import { evaluateNashvilleRrh, nashvilleRrhAvailability } from '../nashville/rrhScore';
import { NashvillePshHousehold, NashvilleRrhHousehold } from '../nashville/schema';
import { nashvillePassages } from '../passages/nashville';
import { cite, priorityRules, ruleGapErrors, type Used } from '../rules';
import { householdList, methodField } from './fields';
import { evaluateAll, finish, type OrderHouseholdsResult, type Ordering } from './list';

export const NashvilleRrhListInput = z.object({
  method: methodField('nashville-rrh', 'Nashville RRH priority score, time homeless as tie-breaker'),
  asOf,
  households: householdList(NashvilleRrhHousehold),
});
export const NashvillePshListInput = z.object({
  method: methodField('nashville-psh', 'Nashville PSH: chronicity, VI-SPDAT, time homeless, date of identification'),
  asOf,
  households: householdList(NashvillePshHousehold),
});

/** Input for ordering a Nashville list: RRH by priority score, or PSH by chronicity and score. */
export const NashvilleListInput = z.discriminatedUnion('method', [NashvilleRrhListInput, NashvillePshListInput], {
  error: 'Choose the list: Nashville RRH or Nashville PSH',
});
export type NashvilleListInput = z.infer<typeof NashvilleListInput>;

const criteriaReason = (code: string, criteria: { criterion: Criterion; used: Used<string> }[], ...more: Citation[]) =>
  reason(
    code,
    `Ordered by ${criteria.map(({ criterion }, i) => `${i + 1}. ${CRITERION_TEXT[criterion]}`).join('; ')}.`,
    ...more,
    ...criteria.map(({ used }) => cite(used)),
  );

const careCoordination = { decides: 'care coordination (case conferencing)', tieCitation: nashvillePassages.nashvilleCareCoordination };

/** Orders a parsed Nashville RRH list by priority score, then length of time homeless. */
export function nashvilleRrhOrdering(data: z.infer<typeof NashvilleRrhListInput>, set: ParameterSet): Outcome<Ordering> {
  const rules = priorityRules(set, data.asOf);
  const available = nashvilleRrhAvailability(rules);
  if (!available.ok) return available;
  const criteria = readCriteria(rules, 'priority.nashville.rrh.criteria', ['priority-score', 'length-of-time-homeless']);
  const evaluated = evaluateAll(data.households, ({ id: _id, ...household }) => {
    const outcome = evaluateNashvilleRrh(rules, data.asOf, household);
    if (!outcome.ok) return outcome;
    const score = outcome.value;
    const keys = criteria.map(({ criterion }) => (criterion === 'priority-score' ? score.priorityScore : score.daysHomeless));
    return ok({ keys, placement: null, values: score.values, reasons: score.reasons });
  });
  if (!evaluated.ok) return evaluated;
  return ok({
    criteria: criteria.map(({ criterion }) => CRITERION_TEXT[criterion]),
    entries: evaluated.value,
    reasons: [
      criteriaReason('nashville-rrh-order', criteria, nashvillePassages.nashvilleRrhProtocol),
      reason(
        'nashville-no-screen-out',
        'Programs may not screen out households because of the prioritization protocol or perceived vulnerabilities.',
        nashvillePassages.nashvilleNoScreenOut,
      ),
    ],
    ...careCoordination,
  });
}

/** Orders a parsed Nashville PSH list by its criteria (chronicity, VI-SPDAT, time homeless, date of identification). */
export function nashvillePshOrdering(data: z.infer<typeof NashvillePshListInput>, set: ParameterSet): Outcome<Ordering> {
  const rules = priorityRules(set, data.asOf);
  const criteria = readCriteria(rules, 'priority.nashville.psh.criteria', [
    'chronicity',
    'vi-spdat',
    'length-of-time-homeless',
    'date-of-identification',
  ]);
  const evaluated = evaluateAll(data.households, ({ id: _id, ...household }) => {
    const outcome = evaluateNashvillePsh(data.asOf, household, criteria);
    if (!outcome.ok) return outcome;
    const keys = criteria.map(({ criterion }) => outcome.value.keys[criterion] ?? 0);
    return ok({ keys, placement: null, values: outcome.value.values, reasons: outcome.value.reasons });
  });
  if (!evaluated.ok) return evaluated;
  const vi = criteria.find((c) => c.criterion === 'vi-spdat');
  return ok({
    criteria: criteria.map(({ criterion }) => CRITERION_TEXT[criterion]),
    entries: evaluated.value,
    reasons: [
      criteriaReason('nashville-psh-order', criteria),
      ...(vi ? nashvillePshListReasons({ vi: vi.used }) : []),
      nashvillePshCpdReason(nashvillePassages.nashvillePshCpd1611),
    ],
    ...careCoordination,
  });
}

/** The Nashville list orderer choosing its set with `choose` (./nashvilleOnly.ts binds Nashville-Davidson's alone). */
export const nashvilleListOrderer =
  (choose: ChooseSet) =>
  (input: unknown, options: RuleOptions = {}): Outcome<OrderHouseholdsResult> => {
    const parsed = parseInput(NashvilleListInput, input);
    if (!parsed.ok) return parsed;
    const data = parsed.value;
    try {
      const set = choose(options);
      return finish(
        data.method,
        data.asOf,
        data.method === 'nashville-rrh' ? nashvilleRrhOrdering(data, set) : nashvillePshOrdering(data, set),
      );
    } catch (error) {
      return fail(ruleGapErrors(error));
    }
  };

/** Orders a list of households under Nashville's RRH priority score or its PSH criteria. */
export const orderNashvilleList = /* @__PURE__ */ nashvilleListOrderer(choosePriorityParameters);
