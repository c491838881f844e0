import * as z from 'zod/mini';
import { reason, type Reason } from '../core/citation';
import { divideRounded, formatBasisPoints } from '../core/money';
import type { RuleOptions } from '../core/options';
import { numberParameter } from '../core/parameters';
import { fail, ok, parseInput, type FieldError, type Outcome } from '../core/outcome';
import { isoDateField } from '../core/schemas';
import { chooseChronicProjectParameters } from '../parameters/chronic';
import { earliestDate, inForce } from './chronicParameters';
import { counted } from '../core/words';

/** One household's documentation packet, as the project's files show it. */
export const ProjectHousehold = z.object({
  label: z
    .string({ error: 'Enter a label for the household' })
    .check(
      z.trim(),
      z.minLength(1, 'Enter a label for the household, like a case number'),
      z.describe('A label for the household, like a case number (no names)'),
    ),
  disabilityVerified: z
    .boolean({ error: 'Answer whether the disability is verified' })
    .check(z.describe('Whether the packet holds verification of the disability')),
  thirdPartyMonths: z
    .number({ error: 'Enter the number of months backed by third-party evidence' })
    .check(
      z.int('Enter a whole number of months'),
      z.nonnegative('The number of months cannot be negative'),
      z.describe("Months of the household's time homeless backed by third-party evidence"),
    ),
  selfCertifiedAllTime: z
    .boolean({ error: 'Answer whether the household self-certified all of its time homeless' })
    .check(z.describe('Whether all of the time homeless rests on self-certification')),
});

/** A project's chronically homeless households, for TPCH's project-level documentation rule. */
export const ProjectRecordkeepingInput = z.object({
  asOf: isoDateField('The date of the check (the standards in force that day apply)'),
  households: z
    .array(ProjectHousehold, { error: 'Add the households as a list' })
    .check(z.minLength(1, 'Add at least one household'), z.describe("The project's households")),
});
export type ProjectRecordkeepingInput = z.infer<typeof ProjectRecordkeepingInput>;

/** One household's packet: complete or not, and what it still needs. */
export type ProjectHouseholdResult = {
  label: string;
  complete: boolean;
  /** Third-party months still needed for a complete packet (0 when enough are on file). */
  monthsShort: number;
  /** What the packet still needs, as a to-do list (empty when complete). */
  todo: string[];
};

export type ProjectRecordkeepingResult = {
  households: ProjectHouseholdResult[];
  /** The limits applied, as in force on `asOf`: third-party months for a complete packet, and the two shares in basis points. */
  limits: { minimumThirdPartyMonths: number; minimumCompleteShareBasisPoints: number; maximumAllSelfCertifiedShareBasisPoints: number };
  total: number;
  complete: number;
  /** complete ÷ total in basis points, rounded down (for display; the test itself is exact). */
  completeShareBasisPoints: number;
  meetsCompleteShare: boolean;
  /** How many more households need complete packets for the project to reach the share (0 when it does). */
  morePacketsNeeded: number;
  allSelfCertified: number;
  allSelfCertifiedShareBasisPoints: number;
  meetsSelfCertifiedCap: boolean;
  /** How many households self-certifying all of their time are over the cap (0 when within it). */
  selfCertifiedOverCap: number;
  meetsStandard: boolean;
  reasons: Reason[];
};

const IDS = [
  'chronic.packet.minimumThirdPartyMonths',
  'chronic.project.minimumCompletePacketShare',
  'chronic.project.maximumAllSelfCertifiedShare',
];

/** TPCH's project-level rule: enough households with complete packets, and not too many self-certifying all of their time. */
export function checkProjectRecordkeeping(input: unknown, options: RuleOptions = {}): Outcome<ProjectRecordkeepingResult> {
  const parsed = parseInput(ProjectRecordkeepingInput, input);
  if (!parsed.ok) return parsed;
  const { asOf, households } = parsed.value;
  const contradictions: FieldError[] = households.flatMap((h, i) => {
    const first = households.findIndex((other) => other.label === h.label);
    return [
      ...(first < i
        ? [
            {
              path: `households.${i}.label`,
              message: `Household ${i + 1} has the same label as household ${first + 1} (${h.label}): give each household its own label`,
            },
          ]
        : []),
      ...(h.selfCertifiedAllTime && h.thirdPartyMonths > 0
        ? [
            {
              path: `households.${i}.selfCertifiedAllTime`,
              message: `${h.label} has ${h.thirdPartyMonths} months of third-party evidence, so not all of its time is self-certified: change one of the answers`,
            },
          ]
        : []),
    ];
  });
  if (contradictions.length) return fail(contradictions);
  const set = chooseChronicProjectParameters(options);
  if (!inForce(set, IDS, asOf)) {
    const earliest = earliestDate(set, IDS);
    return fail([
      earliest
        ? {
            path: 'asOf',
            message: `The ${set.label} project documentation rule in Hearth starts on ${earliest}; enter a date on or after it`,
          }
        : { path: 'asOf', message: `The ${set.label} standards set no project-level documentation rule (TPCH's standards do)` },
    ]);
  }
  const months = numberParameter(set, 'chronic.packet.minimumThirdPartyMonths', asOf);
  const completeShare = numberParameter(set, 'chronic.project.minimumCompletePacketShare', asOf);
  const selfCap = numberParameter(set, 'chronic.project.maximumAllSelfCertifiedShare', asOf);
  const rows = households.map((h): ProjectHouseholdResult => {
    const monthsShort = Math.max(0, months.value - h.thirdPartyMonths);
    const todo = [
      ...(h.disabilityVerified ? [] : ['Verify the disability']),
      ...(monthsShort > 0
        ? [
            `Get third-party evidence for ${counted(monthsShort, 'more month', 'more months')} (${h.thirdPartyMonths} of ${months.value} on file)`,
          ]
        : []),
    ];
    return { label: h.label, complete: todo.length === 0, monthsShort, todo };
  });
  const total = rows.length;
  const complete = rows.filter((r) => r.complete).length;
  const allSelf = households.filter((h) => h.selfCertifiedAllTime).length;
  // Compared exactly in whole numbers: complete / total ≥ share ⇔ complete × 10,000 ≥ share × total.
  const meetsCompleteShare = complete * 10_000 >= completeShare.value * total;
  const meetsSelfCertifiedCap = allSelf * 10_000 <= selfCap.value * total;
  // The fewest complete packets that meet the share: ⌈share × total ÷ 10,000⌉; the most that may self-certify: ⌊cap × total ÷ 10,000⌋.
  const morePacketsNeeded = Math.max(0, divideRounded(completeShare.value * total, 10_000, 'up') - complete);
  const selfCertifiedOverCap = Math.max(0, allSelf - divideRounded(selfCap.value * total, 10_000, 'down'));
  const completeBp = divideRounded(complete * 10_000, total, 'down');
  const selfBp = divideRounded(allSelf * 10_000, total, 'down');
  return ok({
    households: rows,
    limits: {
      minimumThirdPartyMonths: months.value,
      minimumCompleteShareBasisPoints: completeShare.value,
      maximumAllSelfCertifiedShareBasisPoints: selfCap.value,
    },
    total,
    complete,
    completeShareBasisPoints: completeBp,
    meetsCompleteShare,
    morePacketsNeeded,
    allSelfCertified: allSelf,
    allSelfCertifiedShareBasisPoints: selfBp,
    meetsSelfCertifiedCap,
    selfCertifiedOverCap,
    meetsStandard: meetsCompleteShare && meetsSelfCertifiedCap,
    reasons: [
      reason(
        'project-packets',
        `A packet is complete with verified disability and at least ${months.value} months of third-party evidence: ${complete} of ${total} households = ${formatBasisPoints(completeBp)} (rounded down); at least ${formatBasisPoints(completeShare.value)} must be complete, so this is ${meetsCompleteShare ? 'met' : `not met: ${morePacketsNeeded} more ${morePacketsNeeded === 1 ? 'household needs a complete packet' : 'households need complete packets'}`}.`,
        months.citation,
        completeShare.citation,
      ),
      reason(
        'project-self-certified',
        `${allSelf} of ${total} households self-certify all of their time homeless = ${formatBasisPoints(selfBp)} (rounded down); at most ${formatBasisPoints(selfCap.value)} may, so this is ${meetsSelfCertifiedCap ? 'met' : `not met: ${selfCertifiedOverCap} over the limit`}.`,
        selfCap.citation,
      ),
    ],
  });
}
