import type { Reason } from '../../core/citation';
import type { ChooseSet, RuleOptions } from '../../core/options';
import { fail, ok, parseInput, type FieldError, type Outcome } from '../../core/outcome';
import { serviceNeedsLevel, type ServiceNeedsLevel, type ServiceNeedsRule } from '../../chronic/spdat';
import { choosePriorityParameters } from '../../parameters/priority';
import type { Placement } from '../result';
import { priorityRules, ruleGapErrors, type PriorityRules } from '../rules';
import { missingTpchAnswers, tpchSettingsProblems } from './checks';
import { evaluateTpch, serviceNeedsReader, type TpchLevels } from './evaluate';
import { TpchPriorityInput, type PshBedType, type TpchProgram } from './schema';

/** A household's place in TPCH's priorities for one program and kind of bed. */
export type TpchPriorityResult = {
  program: TpchProgram;
  bedType: PshBedType | null;
  serviceNeeds: { level: ServiceNeedsLevel; lowest: number; highest: number };
  longHistory: boolean | null;
  /** Which PSH level list applies (null for RRH and TH). */
  levels: TpchLevels | null;
  placement: Placement;
  reasons: Reason[];
};

const FORM_ORDER = Object.keys(TpchPriorityInput.shape);
const inFormOrder = (errors: FieldError[]): FieldError[] =>
  errors
    .map((e, i) => ({ e, i, at: FORM_ORDER.indexOf(e.path.split('.')[0] ?? '') }))
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .map(({ e }) => e);

/** Errors unless the set holds TPCH's priority rules (only Tucson/Pima's does). */
export function tpchAvailability(rules: PriorityRules): Outcome<true> {
  if (rules.set.parameters['priority.tpch.psh.chronicOnly']) return ok(true);
  return fail([
    {
      path: 'jurisdiction',
      message: `${rules.set.label} has no TPCH priority order. It is in the TPCH written standards: choose Tucson/Pima County CoC.`,
    },
  ]);
}

/** TPCH's prioritizer choosing its sets with these (./tucsonPimaOnly.ts binds Tucson/Pima's alone). */
export const tpchPrioritizer =
  (choose: ChooseSet, serviceNeedsLevel: ServiceNeedsRule) =>
  (input: unknown, options: RuleOptions = {}): Outcome<TpchPriorityResult> => {
    const parsed = parseInput(TpchPriorityInput, input);
    if (!parsed.ok) return fail(inFormOrder([...parsed.errors, ...missingTpchAnswers(input)]));
    const { id: _id, asOf, program, bedType, chronicHouseholdsHoused, ...household } = parsed.value;
    const settings = { asOf, program, bedType, chronicHouseholdsHoused };
    const rules = priorityRules(choose(options), asOf);
    const available = tpchAvailability(rules);
    if (!available.ok) return available;
    const settingsErrors = tpchSettingsProblems(settings);
    try {
      const evaluation = evaluateTpch(rules, settings, household, serviceNeedsReader(options, serviceNeedsLevel));
      if (settingsErrors.length || !evaluation.ok) return fail([...settingsErrors, ...(evaluation.ok ? [] : evaluation.errors)]);
      const { placement, serviceNeeds, longHistory, levels, reasons } = evaluation.value;
      return ok({ program, bedType: program === 'psh' ? (bedType ?? null) : null, serviceNeeds, longHistory, levels, placement, reasons });
    } catch (error) {
      return fail(ruleGapErrors(error));
    }
  };

/** Places one household in TPCH's priorities for PSH (levels 1–8 by bed), RRH or TH, from its SPDAT score, shelter and history. */
export const prioritizeTpch = /* @__PURE__ */ tpchPrioritizer(choosePriorityParameters, serviceNeedsLevel);
