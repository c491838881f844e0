import * as z from 'zod/mini';
import { reason, type Reason } from '../core/citation';
import type { ChooseSet, RuleOptions } from '../core/options';
import { numberParameter, type ParameterSet, type Resolved } from '../core/parameters';
import { fail, ok, parseInput, type Outcome } from '../core/outcome';
import { isoDateField } from '../core/schemas';
import { chooseChronicParameters } from '../parameters/chronic';
import { earliestDate, inForce } from './chronicParameters';

export const SERVICE_NEEDS_LEVELS = ['severe', 'high', 'moderate', 'low'] as const;
export type ServiceNeedsLevel = (typeof SERVICE_NEEDS_LEVELS)[number];

/** A SPDAT score and which version of the tool produced it. */
export const ServiceNeedsInput = z.object({
  tool: z
    .enum(['vi-spdat', 'full-spdat'], { error: 'Choose the tool: VI-SPDAT or full SPDAT' })
    .check(z.describe('The SPDAT tool that produced the score')),
  population: z
    .enum(['individual', 'youth', 'family'], { error: 'Choose the version: individual, youth, or family' })
    .check(z.describe('The version of the tool: individuals, youth, or families')),
  score: z
    .number({ error: (issue) => (issue.input === undefined ? 'Enter the score' : 'Enter the score as a whole number') })
    .check(z.int('Enter the score as a whole number'), z.describe('The total score')),
  asOf: isoDateField('The date of the assessment (the table in force that day applies)'),
});
export type ServiceNeedsInput = z.infer<typeof ServiceNeedsInput>;

export type ServiceNeedsResult = {
  level: ServiceNeedsLevel;
  band: { lowest: number; highest: number };
  /** Every band of the tool and population's column, severe first: TPCH's score ranges, never the instrument's questions. */
  bands: { level: ServiceNeedsLevel; lowest: number; highest: number }[];
  reasons: Reason[];
};

const TOOL_WORDS = { 'vi-spdat': 'VI-SPDAT', 'full-spdat': 'full SPDAT' } as const;

/** The parameter column for a tool and population: the full SPDAT shares one column for individuals and youth. */
const column = ({ tool, population }: Pick<ServiceNeedsInput, 'tool' | 'population'>): string =>
  tool === 'vi-spdat'
    ? `serviceNeeds.viSpdat.${population}`
    : `serviceNeeds.fullSpdat.${population === 'family' ? 'family' : 'individualYouth'}`;

const idsFor = (key: string) => [...SERVICE_NEEDS_LEVELS.map((l) => `${key}.${l}Minimum`), `${key}.maximumScore`];

function bands(set: ParameterSet, key: string, asOf: string): { level: ServiceNeedsLevel; lowest: Resolved<number>; highest: number }[] {
  const top = numberParameter(set, `${key}.maximumScore`, asOf);
  let above = top.value + 1;
  return SERVICE_NEEDS_LEVELS.map((level) => {
    const lowest = numberParameter(set, `${key}.${level}Minimum`, asOf);
    const band = { level, lowest, highest: above - 1 };
    above = lowest.value;
    return band;
  });
}

/** The service-needs rule choosing its set with `choose` (TPCH's priority entry point binds the SPDAT table alone). */
export const serviceNeedsRule =
  (choose: ChooseSet) =>
  (input: unknown, options: RuleOptions = {}): Outcome<ServiceNeedsResult> => {
    const parsed = parseInput(ServiceNeedsInput, input);
    if (!parsed.ok) return parsed;
    const data = parsed.value;
    const set = choose(options);
    const key = column(data);
    const ids = idsFor(key);
    if (!inForce(set, ids, data.asOf)) {
      const earliest = earliestDate(set, ids);
      return fail([
        earliest
          ? { path: 'asOf', message: `The ${set.label} service-needs table in Hearth starts on ${earliest}; enter a date on or after it` }
          : { path: 'tool', message: `The ${set.label} standards set no service-needs levels for SPDAT scores (TPCH's standards do)` },
      ]);
    }
    const table = bands(set, key, data.asOf);
    const lowest = table.at(-1)?.lowest.value ?? 0;
    const highest = table[0]?.highest ?? 0;
    const tool = `${TOOL_WORDS[data.tool]} (${data.population})`;
    if (data.score < lowest || data.score > highest) {
      const sentence = tool.charAt(0).toUpperCase() + tool.slice(1);
      return fail([{ path: 'score', message: `${sentence} scores run from ${lowest} to ${highest}: check the score` }]);
    }
    const band = table.find((b) => data.score >= b.lowest.value) ?? table[table.length - 1];
    if (!band) throw new Error(`No service-needs bands for ${key}`);
    return ok({
      level: band.level,
      band: { lowest: band.lowest.value, highest: band.highest },
      bands: table.map((b) => ({ level: b.level, lowest: b.lowest.value, highest: b.highest })),
      reasons: [
        reason(
          `service-needs-${band.level}`,
          `A ${tool} score of ${data.score} is in the ${band.level} service needs band, ${band.lowest.value} to ${band.highest}.`,
          band.lowest.citation,
        ),
      ],
    });
  };

/**
 * TPCH's service-needs level (severe, high, moderate, low) for a VI-SPDAT or full SPDAT score, by
 * population. Only standards with a score table (TPCH) can answer; others report that they have none.
 */
export const serviceNeedsLevel = /* @__PURE__ */ serviceNeedsRule(chooseChronicParameters);

/** A service-needs rule, as `serviceNeedsLevel` (what TPCH's priority rules take). */
export type ServiceNeedsRule = typeof serviceNeedsLevel;
