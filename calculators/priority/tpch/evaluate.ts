import { reason, type Reason } from '../../core/citation';
import type { RuleOptions } from '../../core/options';
import { fail, ok, type FieldError, type Outcome } from '../../core/outcome';
import type { ServiceNeedsLevel, ServiceNeedsResult, ServiceNeedsRule } from '../../chronic/spdat';
import { tpchPassages } from '../passages/tpch';
import type { CriterionValue, Placement } from '../result';
import { cite, type PriorityRules } from '../rules';
import { longHistoryParameter, tpchHouseholdProblems, type TpchHouseholdFacts } from './checks';
import { chronicLadder, climb, otherLadder, type Rung } from './ladders';
import type { TpchSettings } from './schema';
import { inconsistencies } from './notes';

/** TPCH's two PSH level lists. */
export type TpchLevels = 'chronic' | 'other';

/** What the TPCH rules found for one household. */
export type TpchEvaluation = {
  placement: Placement;
  serviceNeeds: { level: ServiceNeedsLevel; lowest: number; highest: number };
  /** Whether the lifetime months homeless reach the long-history threshold (PSH only). */
  longHistory: boolean | null;
  /** Which PSH level list applies: the chronic homelessness levels or the other-beds levels (null for RRH and TH). */
  levels: TpchLevels | null;
  values: CriterionValue[];
  reasons: Reason[];
};

const SPDAT_PATHS: Record<string, string> = { tool: 'spdatTool', population: 'spdatPopulation', score: 'spdatScore', asOf: 'asOf' };

/** Options for the SPDAT table: a priority-only set has no table, so the jurisdiction's adopted table is used. */
function spdatOptions(options: RuleOptions): RuleOptions {
  const set = options.parameters;
  if (!set || Object.keys(set.parameters).some((id) => id.startsWith('serviceNeeds.'))) return options;
  return { jurisdiction: set.id };
}

type SpdatQuestion = { tool: string; population: string; score: number; asOf: string };

/** The chronic calculator's service-needs rule under these options, remembering answers (a list repeats the same scores). */
export function serviceNeedsReader(
  options: RuleOptions,
  serviceNeedsLevel: ServiceNeedsRule,
): (question: SpdatQuestion) => Outcome<ServiceNeedsResult> {
  const resolved = spdatOptions(options);
  const answers = new Map<string, Outcome<ServiceNeedsResult>>();
  return (question) => {
    const key = `${question.tool}|${question.population}|${question.score}|${question.asOf}`;
    const known = answers.get(key);
    if (known) return known;
    const answer = serviceNeedsLevel(question, resolved);
    answers.set(key, answer);
    return answer;
  };
}

const LEVEL_WORDS: Record<ServiceNeedsLevel, string> = { severe: 'Severe', high: 'High', moderate: 'Moderate', low: 'Low' };

const placed = (position: number, group: string, label: string): Placement => ({ status: 'placed', position, group, label });
const notServed = (group: string, label: string): Placement => ({ status: 'not-served', group, label });
const notNamed = (group: string, label: string): Placement => ({ status: 'not-named', group, label });

type Facts = { level: ServiceNeedsLevel; unsheltered: boolean };

/** RRH and TH: moderate needs are offered, unsheltered first; low needs are not served; severe and high are not named. */
function shortTermPlacement(rules: PriorityRules, program: 'rrh' | 'th', facts: Facts): { placement: Placement; reasons: Reason[] } {
  const name = program === 'rrh' ? 'rapid rehousing' : 'transitional housing';
  const offersModerate = rules.boolean(`priority.tpch.${program}.offersModerate`);
  const servesLow = rules.boolean(`priority.tpch.${program}.servesLow`);
  const unshelteredFirst = rules.boolean(`priority.tpch.${program}.unshelteredFirst`);
  if (facts.level === 'moderate' && offersModerate.value) {
    if (!unshelteredFirst.value) {
      return {
        placement: placed(1, 'moderate', 'Moderate service needs'),
        reasons: [reason(`tpch-${program}-moderate`, `Households with moderate service needs are offered ${name}.`, cite(offersModerate))],
      };
    }
    const placement = facts.unsheltered
      ? placed(1, 'moderate-unsheltered', 'Moderate service needs, unsheltered')
      : placed(2, 'moderate-sheltered', 'Moderate service needs, sheltered');
    return {
      placement,
      reasons: [
        reason(
          `tpch-${program}-moderate-${facts.unsheltered ? 'unsheltered' : 'sheltered'}`,
          facts.unsheltered
            ? `Households with moderate service needs are offered ${name}, with priority to unsheltered households: this household is unsheltered, so it is in group 1.`
            : `Households with moderate service needs are offered ${name}, with priority to unsheltered households: this household is sheltered, so it is in group 2, after unsheltered households.`,
          cite(offersModerate),
          cite(unshelteredFirst),
        ),
      ],
    };
  }
  if (facts.level === 'low' && !servesLow.value) {
    return {
      placement: notServed('low', 'Low service needs: not served'),
      reasons: [
        reason(
          `tpch-${program}-low-not-served`,
          `Households with low service needs are not served with these ${name} beds.`,
          cite(servesLow),
        ),
      ],
    };
  }
  return {
    placement: notNamed(facts.level, `${LEVEL_WORDS[facts.level]} service needs: not named in the ${name} priorities`),
    reasons: [
      reason(
        `tpch-${program}-not-named`,
        `TPCH's ${name} priorities name households with moderate service needs (offered) and low service needs (not served). They do not place a household with ${facts.level} service needs, whom TPCH prioritizes for permanent supportive housing: coordinated entry and case conferencing decide.`,
        cite(offersModerate),
        cite(servesLow),
        program === 'rrh' ? tpchPassages.tpchRrhSpdat : tpchPassages.tpchThSpdat,
      ),
    ],
  };
}

type PshFacts = Facts & { chronic: boolean; disability: boolean | undefined; lifetimeMonths: number };

function longHistoryReason(rules: PriorityRules, parameter: string, months: number): { long: boolean; reason: Reason } {
  const years = rules.number(parameter);
  const threshold = years.value * 12;
  const long = months >= threshold;
  return {
    long,
    reason: reason(
      long ? 'tpch-psh-long-history' : 'tpch-psh-short-history',
      long
        ? `${months} months homeless over its lifetime ≥ ${years.value} years × 12 = ${threshold} months: the household has ${years.value}+ years homeless.`
        : `${months} months homeless over its lifetime < ${years.value} years × 12 = ${threshold} months: the household has less than ${years.value} years homeless.`,
      cite(years),
    ),
  };
}

function ladderPlacement(
  ladder: readonly Rung[],
  name: string,
  level: ServiceNeedsLevel,
  facts: { longHistory: boolean; unsheltered: boolean; disability: boolean },
) {
  const found = climb(ladder, { serviceNeeds: level, ...facts });
  if (!found) {
    return {
      placement: notServed('moderate-or-low', `${LEVEL_WORDS[level]} service needs: not served in these beds`),
      reasons: [
        reason(
          'tpch-psh-moderate-low-not-served',
          `Households with moderate and low service needs are not currently served with these beds.`,
          tpchPassages.tpchPshModerateLowNotServed,
        ),
      ],
    };
  }
  return {
    placement: placed(found.position, found.rung.group, found.rung.label),
    reasons: [
      reason(
        `tpch-psh-level-${found.position}`,
        `Level ${found.position} of the order for ${name}: ${found.rung.label}.`,
        found.rung.citation,
      ),
    ],
  };
}

/** PSH: the ladder for the bed and the CoC's determination, after the disability and chronic-only gates. */
function pshPlacement(
  rules: PriorityRules,
  settings: TpchSettings,
  facts: PshFacts,
): { placement: Placement; reasons: Reason[]; longHistory: boolean; levels: TpchLevels } {
  const bedType = settings.bedType ?? 'chronic-dedicated';
  const housed = settings.chronicHouseholdsHoused === true;
  const useOther = bedType === 'other' && housed;
  const history = longHistoryReason(
    rules,
    useOther ? longHistoryParameter('other') : longHistoryParameter('chronic-dedicated'),
    facts.lifetimeMonths,
  );
  const reasons: Reason[] = [history.reason];
  const done = (result: { placement: Placement; reasons: Reason[] }, ...more: Reason[]) => ({
    placement: result.placement,
    reasons: [...reasons, ...result.reasons, ...more],
    longHistory: history.long,
    levels: useOther ? ('other' as const) : ('chronic' as const),
  });
  if (facts.disability === false) {
    return done({
      placement: notServed('no-disability', 'No household member with a disability: not served by PSH'),
      reasons: [
        reason(
          'tpch-psh-no-disability',
          'Permanent supportive housing assists homeless persons with a disability; no one in this household has one.',
          tpchPassages.tpchPshDisability,
        ),
      ],
    });
  }
  const unsheltered = facts.unsheltered;
  if (bedType === 'chronic-dedicated') {
    const chronicOnly = rules.boolean('priority.tpch.psh.chronicOnly');
    if (!facts.chronic) {
      return done(
        housed
          ? {
              placement: notNamed(
                'not-chronic',
                'Not chronically homeless: the standards do not say how these beds are filled once chronic homelessness is housed',
              ),
              reasons: [
                reason(
                  'tpch-psh-chronic-beds-after-housed',
                  'Only chronically homeless households are served in beds dedicated or prioritized for chronic homelessness until everyone chronically homeless has been offered housing. You said the CoC has determined that; the standards do not say how these beds are prioritized after that.',
                  cite(chronicOnly),
                ),
              ],
            }
          : {
              placement: notServed('not-chronic', 'Not chronically homeless: not served in CH-dedicated beds'),
              reasons: [
                reason(
                  'tpch-psh-chronic-only',
                  'Only chronically homeless households are served in beds dedicated or prioritized for chronic homelessness.',
                  cite(chronicOnly),
                ),
              ],
            },
      );
    }
    return done(
      ladderPlacement(chronicLadder, 'beds dedicated or prioritized for chronic homelessness', facts.level, {
        longHistory: history.long,
        unsheltered,
        disability: true,
      }),
    );
  }
  if (!housed) {
    const follow = reason(
      'tpch-psh-other-beds-follow-chronic-levels',
      'These beds follow the levels for chronic homelessness until the CoC has determined that it has housed the chronically homeless households in its area.',
      tpchPassages.tpchOtherBedsFollowChronicLevels,
    );
    if (!facts.chronic) {
      return done({
        placement: notNamed('not-chronic', 'Not chronically homeless: not placed until chronic homelessness is housed'),
        reasons: [
          follow,
          reason(
            'tpch-psh-other-beds-not-chronic',
            'Those levels place only chronically homeless households, so the standards do not place this household in these beds yet.',
            tpchPassages.tpchOtherBedsFollowChronicLevels,
          ),
        ],
      });
    }
    return done(
      ladderPlacement(chronicLadder, 'PSH beds (following the chronic homelessness levels)', facts.level, {
        longHistory: history.long,
        unsheltered,
        disability: true,
      }),
      follow,
    );
  }
  return done(
    ladderPlacement(otherLadder, 'PSH beds not dedicated or prioritized for chronic homelessness', facts.level, {
      longHistory: history.long,
      unsheltered,
      disability: true,
    }),
    inconsistencies.nonDedicatedHighVsSevere,
    inconsistencies.nonDedicatedDisability,
  );
}

const values = (
  level: ServiceNeedsLevel,
  score: string,
  unsheltered: boolean,
  months: number | undefined,
  placement: Placement,
): CriterionValue[] => [
  { criterion: 'service-needs', label: 'Service needs', value: `${LEVEL_WORDS[level]} (${score})` },
  { criterion: 'sleeping-situation', label: 'Staying', value: unsheltered ? 'Unsheltered' : 'Sheltered' },
  ...(months === undefined ? [] : [{ criterion: 'lifetime-months-homeless', label: 'Months homeless (lifetime)', value: String(months) }]),
  {
    criterion: 'level',
    label: 'Priority',
    value: placement.status === 'placed' ? `${placement.position}: ${placement.label}` : placement.label,
  },
];

/** Applies TPCH's priorities to one household; error paths are relative to the household (except `asOf`). */
export function evaluateTpch(
  rules: PriorityRules,
  settings: TpchSettings,
  household: TpchHouseholdFacts,
  readServiceNeeds: ReturnType<typeof serviceNeedsReader>,
): Outcome<TpchEvaluation> {
  const problems = tpchHouseholdProblems(rules, settings, household);
  const needs = readServiceNeeds({
    tool: household.spdatTool,
    population: household.spdatPopulation,
    score: household.spdatScore,
    asOf: settings.asOf,
  });
  const errors: FieldError[] = [...problems, ...(needs.ok ? [] : needs.errors.map((e) => ({ ...e, path: SPDAT_PATHS[e.path] ?? e.path })))];
  if (!needs.ok || errors.length) return fail(errors);
  const level = needs.value.level;
  const unsheltered = household.sleepingSituation === 'unsheltered';
  const shelter = reason(
    unsheltered ? 'tpch-unsheltered' : 'tpch-sheltered',
    unsheltered ? 'The household is unsheltered: living in a place not meant for human habitation.' : 'The household is sheltered.',
    unsheltered ? tpchPassages.tpchUnsheltered : tpchPassages.tpchSheltered,
  );
  const base = [...needs.value.reasons, shelter];
  const score = `${household.spdatTool === 'vi-spdat' ? 'VI-SPDAT' : 'full SPDAT'} ${household.spdatPopulation} ${household.spdatScore}`;
  const serviceNeeds = { level, lowest: needs.value.band.lowest, highest: needs.value.band.highest };
  const program = settings.program;
  switch (program) {
    case 'rrh':
    case 'th': {
      const result = shortTermPlacement(rules, program, { level, unsheltered });
      return ok({
        placement: result.placement,
        serviceNeeds,
        longHistory: null,
        levels: null,
        values: values(level, score, unsheltered, undefined, result.placement),
        reasons: [...base, ...result.reasons],
      });
    }
    case 'psh': {
      const result = pshPlacement(rules, settings, {
        level,
        unsheltered,
        chronic: household.chronicallyHomeless === true,
        disability: household.hasDisability,
        lifetimeMonths: household.lifetimeMonthsHomeless ?? 0,
      });
      return ok({
        placement: result.placement,
        serviceNeeds,
        longHistory: result.longHistory,
        levels: result.levels,
        values: values(level, score, unsheltered, household.lifetimeMonthsHomeless, result.placement),
        reasons: [...base, ...result.reasons, ...(level === 'severe' || level === 'high' ? [inconsistencies.highSeverityDefinition] : [])],
      });
    }
    default: {
      const unknown: never = program;
      throw new TypeError(`Unknown TPCH program ${String(unknown)}`);
    }
  }
}
