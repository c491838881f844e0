import { reason, type Reason } from '../core/citation';
import { daysBetween } from '../core/dates';
import type { FieldError } from '../core/outcome';
import type { AtRiskFindings } from './atRisk';
import type { CategoryFindings } from './categories';
import { answerMissing } from './questions';
import { cite, type CategoryRule, type EligibilityParameters, type Param } from './ruleParameters';
import type { EligibilityInput } from './schema';
import { componentNames, type Component, type HomelessCategory, type Program } from './vocabulary';
import { counted } from '../core/words';

// The single checks a component decision is made of: categories, category 3 in CoC, verification windows, bonus rules, chronic status.

/** `depends` means the answer turns on something about the project not given (e.g. HUD approval for category 3). */
export type ComponentStatus = 'eligible' | 'not-eligible' | 'depends';

/** One program component's decision for the household, with its reasons and the steps before enrollment. */
export type ComponentEligibility = {
  program: Program;
  component: Component;
  status: ComponentStatus;
  eligible: boolean;
  reasons: Reason[];
  /** Steps the standards require before enrollment (e.g. verify homelessness within 14 days). */
  conditions: Reason[];
};

type Project = NonNullable<EligibilityInput['project']>;

/** Everything a component decision reads: the answers, the parameters and the category and at-risk findings. */
export type ComponentContext = {
  input: EligibilityInput;
  p: EligibilityParameters;
  categories: CategoryFindings;
  atRisk: AtRiskFindings;
  /** Income against the prevention limit (strict "below"). */
  preventionIncome: { below: boolean; text: string };
  /** The project's answers; empty when listing every component for an applicant. */
  project: Project;
  /** True for the component the user chose: a missing project answer is then a field error, not "depends". */
  chosen: boolean;
};

const listRules = (rules: readonly CategoryRule[]): string =>
  rules.map((r) => (r.withCategory ? `${r.category} (only with ${r.withCategory})` : String(r.category))).join(', ');

const listCategories = (categories: readonly HomelessCategory[]): string =>
  categories.length ? `categor${categories.length > 1 ? 'ies' : 'y'} ${categories.join(', ')}` : 'no homeless category';

/** Whether the household's categories satisfy a component's list, with the reason in words. */
export function matchCategories(
  rules: Param<CategoryRule[]>,
  categories: readonly HomelessCategory[],
  label: string,
): { met: boolean; reason: Reason } {
  const matched = rules.value.filter(
    (r) => categories.includes(r.category) && (r.withCategory === undefined || categories.includes(r.withCategory)),
  );
  const onlyWith = rules.value.filter(
    (r) => categories.includes(r.category) && r.withCategory !== undefined && !categories.includes(r.withCategory),
  );
  const met = matched.length > 0;
  const extra = onlyWith
    .map((r) => ` Category ${r.category} counts here only when the household also meets category ${r.withCategory}.`)
    .join('');
  return {
    met,
    reason: reason(
      met ? 'component-categories-met' : 'component-categories-not-met',
      `${label} serves categories ${listRules(rules.value)}; the household meets ${listCategories(categories)}: ${met ? 'eligible by category' : 'not eligible by category'}.${extra}`,
      cite(rules),
    ),
  };
}

/** One condition of a component: met, not met, or depending on a project answer not given. */
export type Check = { met: boolean | 'depends'; reasons: Reason[]; needs: FieldError[]; conditions: Reason[] };
/** A condition that is met, with its reasons and any steps before enrollment. */
export const pass = (reasons: Reason[] = [], conditions: Reason[] = []): Check => ({ met: true, reasons, needs: [], conditions });

/** The CoC rule for category 3: never (TPCH), or only in a project HUD approved. */
export function cocCategory3(ctx: ComponentContext): Check | null {
  const { categories } = ctx.categories;
  if (!(categories.length === 1 && categories[0] === 3)) return null;
  const rule = ctx.p.cocCategory3;
  if (rule.value === 'never') {
    return {
      met: false,
      reasons: [
        reason('coc-category-3-never', 'Category 3 households are not eligible for CoC projects under these standards.', cite(rule)),
      ],
      needs: [],
      conditions: [],
    };
  }
  const approved = ctx.project.hudApprovedCategory3;
  if (approved === undefined) {
    return {
      met: ctx.chosen ? false : 'depends',
      reasons: [
        reason(
          'coc-category-3-needs-approval',
          'A CoC project may serve a category 3 household only if HUD approved the project to serve category 3.',
          cite(rule),
        ),
      ],
      needs: ctx.chosen ? [answerMissing('project.hudApprovedCategory3')] : [],
      conditions: [],
    };
  }
  return {
    met: approved,
    reasons: [
      reason(
        approved ? 'coc-category-3-approved' : 'coc-category-3-not-approved',
        `HUD ${approved ? 'approved' : 'did not approve'} this project to serve category 3 households.`,
        cite(rule),
      ),
    ],
    needs: [],
    conditions: [],
  };
}

/** Whether the household's categories fit the component (and, in CoC, the category 3 rule). */
export function byCategory(ctx: ComponentContext, rules: Param<CategoryRule[]> | undefined, program: Program, component: Component): Check {
  if (!rules) return { met: false, reasons: [], needs: [], conditions: [] };
  const label = `${program} ${componentNames[component]}`;
  const match = matchCategories(rules, ctx.categories.categories, label);
  if (match.met || program !== 'CoC') return { met: match.met, reasons: [match.reason], needs: [], conditions: [] };
  const category3 = cocCategory3(ctx);
  return category3
    ? { ...category3, reasons: [match.reason, ...category3.reasons] }
    : { met: false, reasons: [match.reason], needs: [], conditions: [] };
}

/** The jurisdiction's window between verifying homelessness and enrollment, where it sets one. */
export function verificationWindow(ctx: ComponentContext, program: Program): Check {
  const window = ctx.p.verificationDays[program];
  if (!window) return pass();
  const limit = window.value;
  const { verification } = ctx.input;
  if (!verification) {
    return pass(
      [],
      [reason('verify-within-window', `Verify the household's homelessness no more than ${limit} days before enrollment.`, cite(window))],
    );
  }
  const days = daysBetween(verification.verifiedOn, verification.enrollmentOn);
  const within = days <= limit;
  const text = `Homelessness verified on ${verification.verifiedOn}, ${counted(days, 'day')} before enrollment on ${verification.enrollmentOn} (${days} ${within ? '≤' : '>'} ${limit} days)`;
  return within
    ? pass([reason('verified-within-window', `${text}: within the window.`, cite(window))])
    : {
        met: false,
        reasons: [
          reason('verification-too-old', `${text}: too old. Verify again no more than ${limit} days before enrollment.`, cite(window)),
        ],
        needs: [],
        conditions: [],
      };
}

/** The rules of the CoC's permanent housing bonus projects, where the jurisdiction sets them. */
export function bonusRules(ctx: ComponentContext, component: Component): { rules?: Param<CategoryRule[]>; checks: Check[] } {
  if (ctx.project.bonus !== true || (component !== 'rapid-rehousing' && component !== 'permanent-supportive-housing'))
    return { checks: [] };
  const { p, input } = ctx;
  const checks: Check[] = [];
  const th = p.bonusTransitionalHousing;
  if (th && input.lastNight === 'transitional-housing') {
    const exception = th.value === 'excluded-unless-category-4' && ctx.categories.categories.includes(4);
    checks.push({
      met: exception,
      reasons: [
        reason(
          exception ? 'bonus-transitional-housing-category-4' : 'bonus-transitional-housing-excluded',
          exception
            ? 'The household is in transitional housing, which bonus projects exclude, but it meets category 4, which these standards except.'
            : 'The household is in transitional housing now: people in transitional housing are not eligible for bonus projects.',
          cite(th),
        ),
      ],
      needs: [],
      conditions: [],
    });
  }
  if (component === 'permanent-supportive-housing' && p.bonusPshRequiresChronic?.value)
    checks.push(chronicCheck(ctx, p.bonusPshRequiresChronic, 'Bonus PSH serves only chronically homeless households.'));
  if (!p.bonusTransitionalHousing && !p.bonusPshRequiresChronic && !p.bonusRrhCategories) {
    checks.push(
      pass([
        reason(
          'bonus-no-rules',
          `The ${p.set.label} set has no bonus-project rules; the general ${componentNames[component]} rules apply.`,
        ),
      ]),
    );
  }
  return { rules: component === 'rapid-rehousing' ? p.bonusRrhCategories : undefined, checks };
}

/** Chronic status for beds that serve only chronically homeless households. */
export function chronicCheck(ctx: ComponentContext, param: Param<boolean>, why: string): Check {
  const chronic = ctx.input.household.chronicallyHomeless;
  if (chronic === undefined) {
    return {
      met: ctx.chosen ? false : 'depends',
      reasons: [reason('chronic-status-needed', `${why} Check chronic status with the chronic homelessness tool.`, cite(param))],
      needs: ctx.chosen ? [answerMissing('household.chronicallyHomeless')] : [],
      conditions: [],
    };
  }
  return {
    met: chronic,
    reasons: [
      reason(
        chronic ? 'chronic-status-met' : 'chronic-status-not-met',
        `${why} The household is ${chronic ? '' : 'not '}chronically homeless.`,
        cite(param),
      ),
    ],
    needs: [],
    conditions: [],
  };
}
