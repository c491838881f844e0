import { reason } from '../core/citation';
import { formatBasisPoints } from '../core/money';
import type { FieldError } from '../core/outcome';
import {
  byCategory,
  bonusRules,
  chronicCheck,
  verificationWindow,
  type Check,
  type ComponentContext,
  type ComponentEligibility,
  type ComponentStatus,
} from './componentChecks';
import { cite } from './ruleParameters';
import { componentNames, programNames, unshelteredPlaces, type Component, type Program } from './vocabulary';

export type { ComponentContext, ComponentEligibility, ComponentStatus } from './componentChecks';
export { matchCategories } from './componentChecks';

function componentChecks(ctx: ComponentContext, program: Program, component: Component): Check[] {
  const { p, input } = ctx;
  const key = `${program}:${component}` as const;
  const unsheltered = unshelteredPlaces.includes(input.lastNight);
  switch (key) {
    case 'ESG:street-outreach': {
      const refused = input.unwillingOrUnableToUseShelter === true;
      const met = !p.esgOutreachUnshelteredAndRefused.value || (unsheltered && refused);
      return [
        byCategory(ctx, p.categories[key], program, component),
        {
          met,
          reasons: [
            reason(
              met ? 'outreach-unsheltered' : 'outreach-not-unsheltered',
              `ESG street outreach serves people living unsheltered who are unwilling or unable to use emergency shelter: unsheltered ${unsheltered ? 'yes' : 'no'}, unwilling or unable to use shelter ${refused ? 'yes' : 'no'}.`,
              cite(p.esgOutreachUnshelteredAndRefused),
            ),
          ],
          needs: [],
          conditions: [],
        },
      ];
    }
    case 'CoC:street-outreach': {
      const met = !p.cocOutreachUnshelteredOnly.value || unsheltered;
      return [
        byCategory(ctx, p.categories[key], program, component),
        {
          met,
          reasons: [
            reason(
              met ? 'outreach-unsheltered' : 'outreach-not-unsheltered',
              `Street outreach serves people living unsheltered: unsheltered ${unsheltered ? 'yes' : 'no'}.`,
              cite(p.cocOutreachUnshelteredOnly),
            ),
          ],
          needs: [],
          conditions: [],
        },
      ];
    }
    case 'ESG:emergency-shelter': {
      const noBarriers = p.shelterNoBarriers?.value
        ? [
            reason(
              'shelter-no-barriers',
              'No identification, legal residency, income or employment is required to get emergency shelter.',
              cite(p.shelterNoBarriers),
            ),
          ]
        : [];
      const category = byCategory(ctx, p.categories[key], program, component);
      return [{ ...category, reasons: [...category.reasons, ...noBarriers] }];
    }
    case 'CoC:transitional-housing':
      return [byCategory(ctx, p.categories[key], program, component)];
    case 'ESG:rapid-rehousing': {
      const annual = reason(
        'esg-rrh-annual-income',
        `To stay in ESG rapid re-housing, income at the annual re-evaluation must be at or below ${formatBasisPoints(p.esgRrhAnnualIncomeShare.value)} of area median income.`,
        cite(p.esgRrhAnnualIncomeShare),
      );
      const window = verificationWindow(ctx, program);
      return [byCategory(ctx, p.categories[key], program, component), { ...window, conditions: [...window.conditions, annual] }];
    }
    case 'CoC:rapid-rehousing': {
      const bonus = bonusRules(ctx, component);
      return [byCategory(ctx, bonus.rules ?? p.categories[key], program, component), ...bonus.checks, verificationWindow(ctx, program)];
    }
    case 'CoC:permanent-supportive-housing': {
      const checks = [byCategory(ctx, p.categories[key], program, component)];
      if (p.pshRequiresDisability.value) {
        const disabled = input.household.disability;
        checks.push({
          met: disabled,
          reasons: [
            reason(
              disabled ? 'psh-disability' : 'psh-no-disability',
              `Permanent supportive housing needs a household member with a disability: ${disabled ? 'yes' : 'no'}.`,
              cite(p.pshRequiresDisability),
            ),
          ],
          needs: [],
          conditions: [],
        });
      }
      if (ctx.project.chronicDedicated === true && p.pshDedicatedRequiresChronic.value) {
        checks.push(
          chronicCheck(
            ctx,
            p.pshDedicatedRequiresChronic,
            'Beds dedicated to chronic homelessness serve only chronically homeless households.',
          ),
        );
      }
      return [...checks, ...bonusRules(ctx, component).checks];
    }
    case 'ESG:homelessness-prevention': {
      const category = byCategory(ctx, p.categories[key], program, component);
      const viaAtRisk = p.preventionAtRiskServed.value && ctx.atRisk.atRisk;
      const who: Check = {
        met: category.met === true || viaAtRisk,
        reasons: [
          ...category.reasons,
          reason(
            viaAtRisk ? 'prevention-at-risk' : 'prevention-not-at-risk',
            `At risk of homelessness: ${ctx.atRisk.atRisk ? 'yes' : 'no'}.`,
            cite(p.preventionAtRiskServed),
          ),
        ],
        needs: category.needs,
        conditions: [],
      };
      const income: Check = {
        met: ctx.preventionIncome.below,
        reasons: [
          reason(
            ctx.preventionIncome.below ? 'prevention-income-below' : 'prevention-income-not-below',
            `Homelessness prevention needs income below the limit: ${ctx.preventionIncome.text}`,
            cite(p.preventionIncomeShare),
          ),
        ],
        needs: [],
        conditions: [
          reason(
            'prevention-reevaluate',
            `Re-evaluate eligibility at least every ${p.preventionReevaluationMonths.value} months.`,
            cite(p.preventionReevaluationMonths),
          ),
        ],
      };
      return [who, income];
    }
    case 'ESG:transitional-housing':
    case 'ESG:permanent-supportive-housing':
    case 'CoC:emergency-shelter':
    case 'CoC:homelessness-prevention':
      return [
        {
          met: false,
          reasons: [reason('component-not-funded', `${programNames[program]} does not fund ${componentNames[component]} here.`)],
          needs: [],
          conditions: [],
        },
      ];
  }
}

/** Decides eligibility for one program component; `needs` lists project answers the chosen component still requires. */
export function checkComponent(
  ctx: ComponentContext,
  program: Program,
  component: Component,
): { result: ComponentEligibility; needs: FieldError[] } {
  const checks = componentChecks(ctx, program, component);
  const failed = checks.some((c) => c.met === false);
  const status: ComponentStatus = failed ? 'not-eligible' : checks.some((c) => c.met === 'depends') ? 'depends' : 'eligible';
  return {
    result: {
      program,
      component,
      status,
      eligible: status === 'eligible',
      reasons: checks.flatMap((c) => c.reasons),
      conditions: status === 'not-eligible' ? [] : checks.flatMap((c) => c.conditions),
    },
    needs: checks.flatMap((c) => c.needs),
  };
}
