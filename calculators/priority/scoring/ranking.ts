import { reason, type Reason } from '../../core/citation';
import { divideRounded, formatBasisPoints, formatCents, percentOf, type Cents } from '../../core/money';
import { fail, ok, parseInput, type FieldError, type Outcome } from '../../core/outcome';
import type { RuleOptions } from '../../core/options';
import type { ParameterSet } from '../../core/parameters';
import { choosePriorityParameters } from '../../parameters/priority';
import * as passages from './passages/ranking';
import { formatPoints, pointsFromNumber, wholePoints, type Points } from './points';
import { RankProjectsInput, type RankedProjectInput, type UnscoredPlacement } from './rankingSchema';
import { cite, guarded, MissingRuleData, requireRules, ruleReader, type RuleReader } from './rules';

/** Where a project's request falls: all in Tier 1, split across the line, all in Tier 2, or past what Tier 2 holds. */
export type TierPlacement = 'tier-1' | 'straddles' | 'tier-2' | 'beyond-tier-2';

/** One ranked project with the parts of its request in each tier. */
export type RankedProject = {
  rank: number;
  name: string;
  type: string | null;
  score: Points | null;
  request: Cents;
  tier1: Cents;
  tier2: Cents;
  /** The part of the request past the amount available in Tier 2. */
  beyondTier2: Cents;
  placement: TierPlacement;
  /** Other projects with the same score: Appendix B names no tie-breaker. */
  tiedWith: string[];
};

/** A ranked list split at the funding line. */
export type RankingResult = {
  projects: RankedProject[];
  tier1Line: Cents;
  tier2Available: Cents;
  tier1Requested: Cents;
  tier2Requested: Cents;
  beyondTier2: Cents;
  ties: { score: Points; names: string[]; acrossTierLine: boolean }[];
  reasons: Reason[];
};

const id = (key: string): string => `priority.scoring.ranking.${key}`;

/** Tier 1: HUD's published amount when entered, else the ARD share rounded as the parameter names. */
function tier1Line(rules: RuleReader, input: RankProjectsInput): { line: Cents; reason: Reason } {
  const share = rules.number(id('tier1Share'));
  const exact = percentOf(input.annualRenewalDemand, share.value, 'half-up');
  const rounding = rules.text(id('tier1Rounding'));
  let computed: Cents;
  let how: string;
  switch (rounding.value) {
    case 'whole-dollar-half-up':
      computed = divideRounded(exact, 100, 'half-up') * 100;
      how = computed === exact ? '' : `, rounded half-up to the whole dollar = ${formatCents(computed)}`;
      break;
    case 'cent-half-up':
      computed = exact;
      how = '';
      break;
    default:
      throw new MissingRuleData(
        `The rule "${rounding.id}" must be whole-dollar-half-up or cent-half-up; it is "${rounding.value}".`,
        'jurisdiction',
      );
  }
  const arithmetic = `${formatBasisPoints(share.value)} × ${formatCents(input.annualRenewalDemand)} ARD = ${formatCents(exact)}${how}`;
  if (input.tier1Amount !== undefined) {
    return {
      line: input.tier1Amount,
      reason: reason(
        'ranking-tier1-entered',
        `Tier 1 = ${formatCents(input.tier1Amount)}, HUD’s amount as entered (from the ARD it would be ${arithmetic}).`,
        passages.finalAllocations,
        cite(share),
      ),
    };
  }
  return {
    line: computed,
    reason: reason(
      'ranking-tier1',
      `Tier 1 = ${arithmetic}. The 2019 ranking notes add 100% of first-year renewals to Tier 1, which the RFP does not mention: if a project is renewing for the first time, enter HUD’s Tier 1 amount.`,
      cite(share),
      cite(rounding),
      passages.firstYearRenewals,
    ),
  };
}

type Entry = { project: RankedProjectInput; index: number; score: Points | null };

/** Scored projects highest first (ties keep the order given), with unscored ones above or below as chosen. */
function order(entries: Entry[], placement: UnscoredPlacement | undefined): Entry[] {
  const scored = entries.filter((e) => e.score !== null).sort((a, b) => (b.score ?? 0) - (a.score ?? 0) || a.index - b.index);
  const unscored = entries.filter((e) => e.score === null);
  return placement === 'below-scored' ? [...scored, ...unscored] : [...unscored, ...scored];
}

const names = (list: string[]): string =>
  list.length <= 2 ? list.join(' and ') : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;

/** Ranks validated projects and splits them at the Tier 1 line; the shared core of the public entry point. */
export function rankingRules(rules: RuleReader, input: RankProjectsInput): Outcome<RankingResult> {
  const maxima = ['priority.scoring.renewal.maximum', 'priority.scoring.newProject.maximum']
    .filter((m) => rules.has(m))
    .map((m) => rules.number(m).value);
  const maximum = Math.max(...maxima);
  const errors: FieldError[] = [];
  const entries: Entry[] = input.projects.map((project, index) => {
    const score = project.score === null ? null : pointsFromNumber(project.score);
    if (score !== null && score > wholePoints(maximum))
      errors.push({ path: `projects.${index}.score`, message: `${project.name}: a score cannot be more than ${maximum} points` });
    return { project, index, score };
  });
  if (errors.length > 0) return fail(errors);

  const tier1 = tier1Line(rules, input);
  const tier2Available = input.annualRenewalDemand - tier1.line + input.bonusAmount;
  const ranked = order(entries, input.unscoredPlacement);
  const byScore = new Map<Points, string[]>();
  for (const e of ranked) if (e.score !== null) byScore.set(e.score, [...(byScore.get(e.score) ?? []), e.project.name]);

  let cumulative = 0;
  const projects: RankedProject[] = ranked.map((e, i) => {
    const request = e.project.request;
    const inTier1 = Math.min(request, Math.max(0, tier1.line - cumulative));
    const tier2Room = Math.max(0, tier1.line + tier2Available - Math.max(cumulative, tier1.line));
    const inTier2 = Math.min(request - inTier1, tier2Room);
    const beyond = request - inTier1 - inTier2;
    cumulative += request;
    const placement: TierPlacement = beyond > 0 ? 'beyond-tier-2' : inTier1 === request ? 'tier-1' : inTier1 > 0 ? 'straddles' : 'tier-2';
    return {
      rank: i + 1,
      name: e.project.name,
      type: e.project.type ?? null,
      score: e.score,
      request,
      tier1: inTier1,
      tier2: inTier2,
      beyondTier2: beyond,
      placement,
      tiedWith: e.score === null ? [] : (byScore.get(e.score) ?? []).filter((n) => n !== e.project.name),
    };
  });

  const sum = (pick: (p: RankedProject) => Cents): Cents => projects.reduce((t, p) => t + pick(p), 0);
  const tier1Requested = sum((p) => p.tier1);
  const tier2Requested = sum((p) => p.tier2);
  const beyondTier2 = sum((p) => p.beyondTier2);
  const reasons: Reason[] = [
    reason('ranking-by-score', `${projects.length} projects ranked by score, highest first.`, passages.rankByScore),
  ];
  const unscored = ranked.filter((e) => e.score === null).map((e) => e.project.name);
  if (unscored.length > 0) {
    reasons.push(
      reason(
        'ranking-unscored',
        `${names(unscored)} ${unscored.length === 1 ? 'has' : 'have'} no score. Appendix B does not say where unscored projects rank; you placed them ${input.unscoredPlacement === 'below-scored' ? 'below' : 'above'} the scored projects (the 2019 ranking put HMIS and coordinated entry first, with "N/A" points).`,
        passages.unscoredRanked,
      ),
    );
  }
  reasons.push(tier1.reason);
  reasons.push(
    reason(
      'ranking-tier2',
      `Tier 2 = ARD − Tier 1 + bonus = ${formatCents(input.annualRenewalDemand)} − ${formatCents(tier1.line)} + ${formatCents(input.bonusAmount)} = ${formatCents(tier2Available)}.`,
      passages.tier2,
    ),
  );
  const straddling = projects.find((p) => p.placement === 'straddles' || (p.tier1 > 0 && p.tier1 < p.request));
  if (straddling) {
    const before = tier1.line - straddling.tier1;
    reasons.push(
      reason(
        'ranking-straddles',
        `${straddling.name} (rank ${straddling.rank}) crosses the Tier 1 line: the projects ranked above it request ${formatCents(before)}, so ${formatCents(tier1.line)} − ${formatCents(before)} = ${formatCents(straddling.tier1)} of its ${formatCents(straddling.request)} is in Tier 1 and ${formatCents(straddling.tier2)} in Tier 2, as the 2019 ranking split PORTICO.`,
        passages.straddle,
      ),
    );
  }
  reasons.push(
    reason(
      'ranking-totals',
      `Requested in Tier 1: ${formatCents(tier1Requested)} of ${formatCents(tier1.line)}; in Tier 2: ${formatCents(tier2Requested)} of ${formatCents(tier2Available)}.`,
      passages.tier2,
    ),
  );
  if (beyondTier2 > 0) {
    const past = projects.filter((p) => p.beyondTier2 > 0);
    reasons.push(
      reason(
        'ranking-beyond-tier2',
        `${names(past.map((p) => p.name))} ${past.length === 1 ? 'requests' : 'request'} ${formatCents(beyondTier2)} more than Tier 2 holds: ${formatCents(sum((p) => p.request))} requested in all, against ${formatCents(tier1.line)} + ${formatCents(tier2Available)} = ${formatCents(tier1.line + tier2Available)} available.`,
        passages.tier2,
      ),
    );
  }
  const ties = [...byScore.entries()]
    .filter(([, list]) => list.length > 1)
    .map(([score, list]) => {
      const tied = projects.filter((p) => list.includes(p.name));
      const tiers = new Set(tied.map((p) => p.placement));
      return { score, names: list, acrossTierLine: tiers.size > 1 };
    });
  for (const tie of ties) {
    reasons.push(
      reason(
        'ranking-tie',
        `${names(tie.names)} are tied at ${formatPoints(tie.score)} points. Appendix B names no tie-breaker, so they keep the order you listed them in and the committee must decide their order${tie.acrossTierLine ? '; the tie falls across the Tier 1 line, so the order changes which tier they are in' : ''}.`,
        passages.rankByScore,
      ),
    );
  }
  return ok({ projects, tier1Line: tier1.line, tier2Available, tier1Requested, tier2Requested, beyondTier2, ties, reasons });
}

/** Ranks projects under an explicit parameter set (an island passes its own slim set, or a proposal's overlay). */
export function rankProjectsUnder(input: unknown, set: ParameterSet): Outcome<RankingResult> {
  const parsed = parseInput(RankProjectsInput, input);
  if (!parsed.ok) return parsed;
  const rules = ruleReader(set, parsed.value.asOf);
  const missing = requireRules(rules, id('tier1Share'), 'Tier 1 and Tier 2 ranking rules', 'the New Bedford FY2019 local competition');
  return missing ?? guarded(() => rankingRules(rules, parsed.value));
}

/** Ranks projects by score and splits them into Tier 1 and Tier 2 at the funding line (default jurisdiction: new-bedford). */
export const rankProjects = (input: unknown, options: RuleOptions = {}): Outcome<RankingResult> =>
  rankProjectsUnder(input, choosePriorityParameters({ jurisdiction: 'new-bedford', ...options }));
