import { MissingPriorityRule, type PriorityRules, type Used } from '../rules';

/** The ordering criteria Nashville's standards use; each sorts its households so the first is served first. */
export const CRITERIA = ['priority-score', 'vi-spdat', 'chronicity', 'length-of-time-homeless', 'date-of-identification'] as const;
export type Criterion = (typeof CRITERIA)[number];

/** What each criterion means, for reasons: how it orders households. */
export const CRITERION_TEXT: Record<Criterion, string> = {
  'priority-score': 'the higher priority score first',
  'vi-spdat': 'the higher VI-SPDAT score first',
  chronicity: 'chronically homeless households first',
  'length-of-time-homeless': 'the longer time homeless first',
  // The standards do not say which way the date breaks a tie; the earlier date (waiting longer) goes first.
  'date-of-identification': 'the earlier date of identification first (the household waiting longer)',
};

const isCriterion = (text: string): text is Criterion => (CRITERIA as readonly string[]).includes(text);

/** The criteria `prefix.1`, `prefix.2`, … in force, in order; an unknown criterion in a set is reported, never skipped. */
export function readCriteria(
  rules: PriorityRules,
  prefix: string,
  allowed: readonly Criterion[],
): { criterion: Criterion; used: Used<string> }[] {
  const found: { criterion: Criterion; used: Used<string> }[] = [];
  for (let n = 1; rules.has(`${prefix}.${n}`); n += 1) {
    const used = rules.text(`${prefix}.${n}`);
    if (!isCriterion(used.value) || !allowed.includes(used.value)) {
      throw new MissingPriorityRule(
        `${rules.set.label}: "${used.label}" names "${used.value}", which is not one of the criteria this list can use (${allowed.join(', ')}).`,
        'jurisdiction',
      );
    }
    found.push({ criterion: used.value, used });
  }
  if (!found.length) {
    throw new MissingPriorityRule(
      `${rules.set.label} has no ordering criteria for this list. They are in the Nashville-Davidson Standards of Care: choose Nashville-Davidson County CoC.`,
      'jurisdiction',
    );
  }
  return found;
}
