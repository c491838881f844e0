import * as z from 'zod/mini';
import { isCount } from './rates';
import { asOfField, choiceField, decimalField, labelField, moneyField } from './fields';

/** Where projects without a score (HMIS, coordinated entry) rank: Appendix B does not say, so the committee chooses. */
export const UNSCORED_PLACEMENTS = ['above-scored', 'below-scored'] as const;
export type UnscoredPlacement = (typeof UNSCORED_PLACEMENTS)[number];

/** Most projects one ranking takes: far above any CoC's list, low enough to stay fast in a browser. */
export const MAX_PROJECTS = 2000;

/** One project on the list: its name, type, request and score (null when it is not scored, like HMIS in 2019). */
export const RankedProjectInput = z.object({
  name: labelField('the project name', 'The project’s name; each name once'),
  type: z.optional(labelField('the project type', 'The component, e.g. PH-PSH, PH-RRH, HMIS, SSO', 40)),
  request: moneyField('the amount requested', 'The project’s annual request, in cents'),
  score: z.nullable(
    decimalField(
      'the score',
      'The project’s score, at most two decimals (the competition’s maximum is checked against its rules); null when the project is not scored',
      { max: 1000 },
    ),
  ),
});
export type RankedProjectInput = z.infer<typeof RankedProjectInput>;

/** Input for ranking projects and splitting them into Tier 1 and Tier 2 at the funding line. */
export const RankProjectsInput = z
  .object({
    asOf: asOfField,
    annualRenewalDemand: moneyField('the Annual Renewal Demand', 'The CoC’s Annual Renewal Demand (ARD) from HUD, in cents'),
    tier1Amount: z.optional(
      moneyField(
        'the Tier 1 amount',
        'HUD’s published Tier 1 amount, in cents, when it is known; otherwise Tier 1 is computed from the ARD',
      ),
    ),
    bonusAmount: moneyField('the bonus amount', 'The amount available for permanent housing bonus projects, in cents (0 if none)'),
    unscoredPlacement: z.optional(
      choiceField(
        'where projects without a score rank',
        UNSCORED_PLACEMENTS,
        '"above-scored" or "below-scored": where projects without a score (such as HMIS and coordinated entry) rank; needed only when one has no score',
        'above the scored projects, or below them',
      ),
    ),
    projects: z
      .array(RankedProjectInput)
      .check(
        z.minLength(1, 'Add at least one project'),
        z.maxLength(MAX_PROJECTS, `A ranking takes at most ${MAX_PROJECTS} projects`),
        z.describe('The projects to rank'),
      ),
  })
  .check(
    z.superRefine((input, ctx) => {
      const seen = new Map<string, number>();
      if (!Array.isArray(input.projects)) return;
      input.projects.forEach((project, index) => {
        if (typeof project?.name !== 'string') return;
        const key = project.name.trim().toLowerCase();
        const first = seen.get(key);
        if (first !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['projects', index, 'name'],
            message: `"${project.name}" is listed twice (also project ${first + 1}): give each project once`,
          });
        } else {
          seen.set(key, index);
        }
      });
      const unscored = input.projects.find((p) => p?.score === null && typeof p.name === 'string');
      if (unscored && input.unscoredPlacement === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['unscoredPlacement'],
          message: `"${unscored.name}" has no score and Appendix B does not say where unscored projects rank: choose above or below the scored projects`,
        });
      }
      if (isCount(input.tier1Amount) && isCount(input.annualRenewalDemand) && input.tier1Amount > input.annualRenewalDemand) {
        ctx.addIssue({ code: 'custom', path: ['tier1Amount'], message: 'The Tier 1 amount cannot be more than the Annual Renewal Demand' });
      }
    }),
    z.describe('Projects to rank by score and split into Tier 1 and Tier 2'),
  );
export type RankProjectsInput = z.infer<typeof RankProjectsInput>;
