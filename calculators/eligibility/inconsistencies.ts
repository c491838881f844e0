import type { Citation } from '../core/citation';
import type { JurisdictionId } from '../core/parameters';
import type { EligibilityInput } from './schema';
import type { Component, HomelessCategory, Program } from './vocabulary';

/**
 * Places where a document contradicts itself on a rule this checker applies. The id matches a file in
 * content/inconsistencies/ where one exists; each passage's quote is checked by inconsistencies.test.ts.
 */
export type InconsistencyNote = { id: string; title: string; text: string; citations: Citation[] };

/** The decision a note may bear on. */
export type Situation = {
  jurisdiction: JurisdictionId;
  program: Program;
  component: Component;
  categories: readonly HomelessCategory[];
  input: EligibilityInput;
  /** True when income equals the limit exactly, where "below" and "not exceed" disagree. */
  incomeAtLimit: boolean;
  youthAgeBelow: number;
};

/** When a note bears on a decision, beyond its jurisdiction, program and component. */
export type InconsistencyTrigger =
  'category-1-transitional-or-paid-hotel' | 'category-2' | 'category-3' | 'income-at-limit' | 'bonus-household-of-several' | 'bonus-youth';

/** A note as plain data (a page can hand the list to an island instead of bundling it); a null program or component means any. */
export type InconsistencyRule = InconsistencyNote & {
  jurisdiction: JurisdictionId;
  program: Program | null;
  component: Component | null;
  trigger: InconsistencyTrigger;
};

const triggers: Record<InconsistencyTrigger, (s: Situation) => boolean> = {
  'category-1-transitional-or-paid-hotel': (s) =>
    s.categories.includes(1) && (s.input.lastNight === 'transitional-housing' || s.input.lastNight === 'hotel-paid-by-program'),
  'category-2': (s) => s.categories.includes(2),
  'category-3': (s) => s.categories.includes(3),
  'income-at-limit': (s) => s.incomeAtLimit,
  'bonus-household-of-several': (s) => s.input.project?.bonus === true && s.input.household.size > 1,
  'bonus-youth': (s) => s.input.project?.bonus === true && s.input.household.headAge < s.youthAgeBelow,
};

/** The notes that bear on one decision. */
export function inconsistenciesFor(rules: readonly InconsistencyRule[], situation: Situation): InconsistencyNote[] {
  return rules
    .filter(
      (r) =>
        r.jurisdiction === situation.jurisdiction &&
        (r.program === null || r.program === situation.program) &&
        (r.component === null || r.component === situation.component) &&
        triggers[r.trigger](situation),
    )
    .map(({ id, title, text, citations }) => ({ id, title, text, citations }));
}
