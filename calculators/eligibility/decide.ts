import type { Reason } from '../core/citation';
import type { IsoDate } from '../core/dates';
import type { BasisPoints, Cents } from '../core/money';
import { fail, ok, parseInput, type FieldError, type Outcome } from '../core/outcome';
import type { JurisdictionId, ParameterSet } from '../core/parameters';
import { contradictions, missingAnswers } from './answers';
import { findAtRisk, type AtRiskBasis } from './atRisk';
import { findCategories, type Category1Paragraph } from './categories';
import { checkComponent, type ComponentContext, type ComponentEligibility } from './components';
import { documentationFor, type DocumentationEntry } from './documentation';
import { compareIncome, resolveIncomeLimit, type IncomeLimitUsed } from './income';
import type { EligibilityResources } from './resources';
import { inconsistenciesFor, type InconsistencyNote } from './inconsistencies';
import { nextStepsFor, type NextStep } from './nextSteps';
import { resolveEligibilityParameters, type EligibilityParameters, type Param } from './ruleParameters';
import { EligibilityInput } from './schema';
import { fundedComponents, programs, type HomelessCategory } from './vocabulary';

/** The result of an eligibility check (architecture.md's EligibilityResult, with more detail). */
export type EligibilityResult = {
  /** Eligible for the chosen component, or (with none chosen) for at least one component. */
  eligible: boolean;
  /** The chosen program component's decision, or null when every component was checked. */
  chosen: ComponentEligibility | null;
  /** Every program component the programs fund, each decided for these answers with no project details. */
  components: ComponentEligibility[];
  /** HUD homeless categories that apply (category 3 only when no other applies). */
  categories: HomelessCategory[];
  /** Categories whose criteria are met, before category 3 yields to the others. */
  criteriaMet: HomelessCategory[];
  category1Paragraph: Category1Paragraph | null;
  atRiskOfHomelessness: boolean;
  atRiskBases: AtRiskBasis[];
  income: {
    annual: Cents;
    limit: IncomeLimitUsed;
    /** The at-risk share of area median income applied (basis points), from the cited parameter. */
    atRiskShare: BasisPoints;
    belowAtRiskLimit: boolean;
    belowPreventionLimit: boolean;
  };
  documentation: DocumentationEntry[];
  reasons: Reason[];
  nextSteps: NextStep[];
  inconsistencies: InconsistencyNote[];
  assessmentDate: IsoDate;
  jurisdiction: JurisdictionId;
  parameterSet: { id: JurisdictionId; label: string; revision: string | null };
  /** Every parameter the decision read, with the value and the date it took effect (for the case-file stamp). */
  parametersUsed: { id: string; label: string; value: number | boolean | string; effective: IsoDate }[];
};

const dedupe = (errors: FieldError[]): FieldError[] => {
  const seen = new Set<string>();
  return errors.filter((e) => (seen.has(`${e.path}|${e.message}`) ? false : (seen.add(`${e.path}|${e.message}`), true)));
};

/** The value as the parameter set states it (category lists as their text, not parsed). */
const rawValue = (p: EligibilityParameters, param: Param<unknown>): number | boolean | string =>
  p.set.parameters[param.id]?.values.find((v) => v.effective === param.effective)?.value ?? String(param.value);

function parametersUsed(p: EligibilityParameters): EligibilityResult['parametersUsed'] {
  const params: Param<unknown>[] = [];
  const visit = (value: unknown): void => {
    if (value && typeof value === 'object' && 'citation' in value && 'effective' in value) params.push(value as Param<unknown>);
    else if (value && typeof value === 'object' && !('parameters' in value)) Object.values(value).forEach(visit);
  };
  Object.entries(p).forEach(([key, value]) => key !== 'set' && visit(value));
  return params
    .map((param) => ({ id: param.id, label: param.label, value: rawValue(p, param), effective: param.effective }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * Decides under one parameter set. Islands call this with the set their page passes in, so a page
 * does not bundle every calculator's parameters; everyone else calls `checkEligibility`.
 */
export function decideEligibility(input: unknown, set: ParameterSet, resources: EligibilityResources): Outcome<EligibilityResult> {
  const parsed = parseInput(EligibilityInput, input);
  if (!parsed.ok) return parsed;
  const answers = parsed.value;
  const resolved = resolveEligibilityParameters(set, answers.assessmentDate);
  if (!resolved.ok) return fail(resolved.errors);
  const p = resolved.value;

  const limit = resolveIncomeLimit(answers.income.limit, answers.household.size, answers.assessmentDate, resources.incomeLimits);
  const problems = [...missingAnswers(answers, p.youthAgeBelow.value), ...contradictions(answers), ...(limit.ok ? [] : limit.errors)];
  if (problems.length || !limit.ok) return fail(dedupe(problems));

  const atRiskIncome = compareIncome(answers.income.annual, limit.limit, p.atRiskIncomeShare.value);
  const preventionIncome = compareIncome(answers.income.annual, limit.limit, p.preventionIncomeShare.value);
  if (!atRiskIncome.ok || !preventionIncome.ok)
    return fail(dedupe([atRiskIncome, preventionIncome].flatMap((c) => (c.ok ? [] : [c.error]))));

  const categories = findCategories(answers, p);
  const atRisk = findAtRisk(answers, p, atRiskIncome, categories.categories);
  const base: Omit<ComponentContext, 'project' | 'chosen'> = { input: answers, p, categories, atRisk, preventionIncome };

  const components = programs.flatMap((program) =>
    fundedComponents[program].map((component) => checkComponent({ ...base, project: {}, chosen: false }, program, component).result),
  );
  let chosen: ComponentEligibility | null = null;
  if (answers.program && answers.component) {
    const decided = checkComponent({ ...base, project: answers.project ?? {}, chosen: true }, answers.program, answers.component);
    if (decided.needs.length) return fail(dedupe(decided.needs));
    chosen = decided.result;
  }

  const relevant = chosen ? [chosen] : components.filter((c) => c.status !== 'not-eligible');
  const has = (component: ComponentEligibility['component']) => relevant.some((c) => c.component === component);
  const pshChronicAsked =
    chosen?.component === 'permanent-supportive-housing' && (answers.project?.chronicDedicated === true || answers.project?.bonus === true);
  const documentation = documentationFor(
    p,
    {
      categories: categories.categories,
      category1Paragraph: categories.category1Paragraph,
      victimServiceProvider: answers.project?.victimServiceProvider,
      income: has('homelessness-prevention'),
      disability: has('permanent-supportive-housing'),
      chronic: pshChronicAsked,
    },
    resources.documentation,
  );
  const incomeAtLimit = limit.limit.thirtyPercentLimit !== null && answers.income.annual === limit.limit.thirtyPercentLimit;
  const inconsistencies = (chosen ? [chosen] : components).flatMap((c) =>
    inconsistenciesFor(resources.inconsistencies, {
      youthAgeBelow: p.youthAgeBelow.value,
      jurisdiction: set.id,
      program: c.program,
      component: c.component,
      categories: categories.categories,
      input: answers,
      incomeAtLimit,
    }),
  );
  const nextSteps = nextStepsFor({
    jurisdiction: set.id,
    fleeingViolence: answers.fleeingViolence,
    categories: categories.categories,
    atRisk: atRisk.atRisk,
    chosen,
    components,
    chronicUnknown:
      answers.household.chronicallyHomeless === undefined && answers.household.disability && has('permanent-supportive-housing'),
  });

  return ok({
    eligible: chosen ? chosen.eligible : components.some((c) => c.eligible),
    chosen,
    components,
    categories: categories.categories,
    criteriaMet: categories.criteriaMet,
    category1Paragraph: categories.category1Paragraph,
    atRiskOfHomelessness: atRisk.atRisk,
    atRiskBases: atRisk.bases,
    income: {
      annual: answers.income.annual,
      limit: limit.limit,
      atRiskShare: p.atRiskIncomeShare.value,
      belowAtRiskLimit: atRiskIncome.below,
      belowPreventionLimit: preventionIncome.below,
    },
    documentation,
    reasons: [...categories.reasons, ...atRisk.reasons, ...(chosen ? chosen.reasons : [])],
    nextSteps,
    inconsistencies: inconsistencies.filter((note, index) => inconsistencies.findIndex((n) => n.id === note.id) === index),
    assessmentDate: answers.assessmentDate,
    jurisdiction: set.id,
    parameterSet: { id: set.id, label: set.label, revision: set.revision ?? null },
    parametersUsed: parametersUsed(p),
  });
}
