import { reason, type Reason } from '../../core/citation';
import { compareDates, type IsoDate } from '../../core/dates';
import { fail, ok, parseInput, type FieldError, type Outcome } from '../../core/outcome';
import type { RuleOptions } from '../../core/options';
import type { ParameterSet } from '../../core/parameters';
import { choosePriorityParameters } from '../../parameters/priority';
import { creditFor, newCreditFrom, type Credit } from './creditTimeframe';
import * as passages from './passages/sustainableCt';
import { cite, guarded, requireRules, ruleReader, type RuleReader } from './rules';
import { SustainableCtInput, type CtPart } from './sustainableCtSchema';

/** One part of the action: whether it was claimed, the credit it can earn, and its points (whole points). */
export type CtPartResult = { part: CtPart; label: string; claimed: boolean; credit: Credit | null; points: number; maximum: number };

/** The points a municipality may earn for the Sustainable CT homelessness action. */
export type SustainableCtResult = {
  municipality: string | null;
  certificationYear: number;
  /** Items completed on or after this date can earn new action credit. */
  newCreditFrom: IsoDate;
  parts: CtPartResult[];
  total: number;
  maximum: number;
  reasons: Reason[];
};

const id = (key: string): string => `priority.sustainableCt.${key}`;
const LABELS: Record<CtPart, string> = {
  liaison: 'Municipal liaison for homeless services',
  trainings: 'Trainings for the municipal liaison',
  taskForce: 'Municipal task force',
  resourceForum: 'Resource-sharing forum',
};

type Part = CtPartResult & { reasons: Reason[] };
type Shared = { rules: RuleReader; input: SustainableCtInput; from: IsoDate; errors: FieldError[] };

const unclaimed = (part: CtPart, maximum: number): Part => ({
  part,
  label: LABELS[part],
  claimed: false,
  credit: null,
  points: 0,
  maximum,
  reasons: [],
});

function datesInRange(dates: { path: string; date: IsoDate }[], input: SustainableCtInput, errors: FieldError[]): void {
  const yearEnd = `${input.certificationYear}-12-31`;
  for (const { path, date } of dates) {
    if (compareDates(date, input.asOf) > 0)
      errors.push({ path, message: `The date ${date} is after the date of the application (${input.asOf}): check both dates` });
    else if (compareDates(date, yearEnd) > 0)
      errors.push({ path, message: `The date ${date} is after the certification year ${input.certificationYear}: check the dates` });
  }
}

function liaisonPart({ rules, input, from, errors }: Shared): Part {
  const points = rules.number(id('liaison.points'));
  const liaison = input.liaison;
  if (!liaison) return unclaimed('liaison', points.value);
  const credit = creditFor(
    liaison,
    {
      from,
      recertifying: input.recertifyingInExpirationYear,
      rollingAllowed: rules.boolean(id('liaison.rollingCredit')),
      label: LABELS.liaison,
      path: 'liaison',
    },
    errors,
  );
  const missing = [
    liaison.contactPosted ? null : 'post the liaison’s name, title and contact information on the municipal website',
    liaison.meetsCanQuarterly ? null : 'have the liaison meet the CAN at least once a quarter',
  ].filter((m): m is string => m !== null);
  const earned = credit.credit !== 'none' && missing.length === 0 ? points.value : 0;
  const reasons = [
    credit.reason,
    reason(
      'ct-liaison',
      missing.length === 0
        ? `${LABELS.liaison}: designated, posted online and meeting the CAN every quarter: ${earned} of ${points.value} points.`
        : `${LABELS.liaison}: still to do: ${missing.join('; ')}. 0 of ${points.value} points.`,
      cite(points),
      passages.ctLiaisonPosted,
      passages.ctLiaisonCan,
    ),
  ];
  if (liaison.sustainabilityTeam === 'neither') {
    reasons.push(
      reason(
        'ct-liaison-team',
        'The liaison should either be a member of the Sustainability Team or meet it at least once a year; the submission asks you to describe that relationship.',
        passages.ctLiaisonTeam,
      ),
    );
  }
  return { part: 'liaison', label: LABELS.liaison, claimed: true, credit: credit.credit, points: earned, maximum: points.value, reasons };
}

function trainingsPart({ rules, input, from, errors }: Shared): Part {
  const minimum = rules.number(id('trainings.liaisonMinimum'));
  const liaisonPoints = rules.number(id('trainings.liaisonPoints'));
  const middleMinimum = rules.number(id('trainings.middleMinimum'));
  const middleMaximum = rules.number(id('trainings.middleMaximum'));
  const middlePoints = rules.number(id('trainings.middlePoints'));
  const topMoreThan = rules.number(id('trainings.topMoreThan'));
  const topPoints = rules.number(id('trainings.topPoints'));
  const rolling = rules.boolean(id('trainings.rollingCredit'));
  const trainings = input.trainings ?? [];
  if (trainings.length === 0) return unclaimed('trainings', topPoints.value);
  const counted = trainings.filter(
    (t, index) =>
      creditFor(
        { completed: t.date, previouslyCredited: t.previouslyCredited },
        {
          from,
          recertifying: input.recertifyingInExpirationYear,
          rollingAllowed: rolling,
          label: `Training "${t.name}"`,
          path: `trainings.${index}`,
        },
        errors,
      ).credit === 'new-action',
  );
  const excluded = trainings.length - counted.length;
  const key = (t: { name: string; date: string }) => `${t.name.trim().toLowerCase()}|${t.date}`;
  const distinct = new Set(counted.map(key));
  const liaison = counted.filter((t) => t.attendee === 'liaison');
  const liaisonCount = new Set(liaison.map(key)).size;
  const topics = new Set(liaison.map((t) => t.topic));
  const total = distinct.size;
  const reasons: Reason[] = [];
  if (excluded > 0) {
    reasons.push(
      reason(
        'ct-trainings-excluded',
        `${excluded} of ${trainings.length} training attendances cannot count: trainings earn new action credit only, and these were completed before ${from} or received credit before while the municipality recertifies in its year of expiration.`,
        cite(rolling),
        passages.ctRecertification,
      ),
    );
  }
  if (distinct.size < counted.length) {
    reasons.push(
      reason(
        'ct-trainings-shared',
        `Some trainings were attended by more than one person; the action counts trainings “in total”, so each is counted once: ${counted.length} attendances, ${total} trainings.`,
        passages.ctTrainingEvidence,
      ),
    );
  }
  const topicsMet = topics.has('race-equity') && topics.has('can-and-diversion');
  let earned = 0;
  let text: string;
  if (liaisonCount < minimum.value) {
    text = `The liaison attended ${liaisonCount} countable training${liaisonCount === 1 ? '' : 's'}, fewer than ${minimum.value}: no points, and other attendees’ trainings count only once the liaison has attended ${minimum.value}.`;
  } else if (!topicsMet) {
    text = `The liaison attended ${liaisonCount} trainings but not ${topics.has('race-equity') ? 'one on CAN function and shelter diversion' : topics.has('can-and-diversion') ? 'one on race equity and homelessness' : 'the required ones on race equity and homelessness and on CAN function and shelter diversion'}: no points.`;
  } else if (total > topMoreThan.value) {
    earned = topPoints.value;
    text = `${total} trainings in total, more than ${topMoreThan.value}: ${earned} points.`;
  } else if (total >= middleMinimum.value && total <= middleMaximum.value) {
    earned = middlePoints.value;
    text = `${total} trainings in total, between ${middleMinimum.value} and ${middleMaximum.value}: ${earned} points.`;
  } else {
    earned = liaisonPoints.value;
    text = `The liaison attended ${liaisonCount} trainings, including race equity and CAN function and shelter diversion: ${earned} points.`;
  }
  reasons.push(
    reason(
      'ct-trainings',
      `${LABELS.trainings}: ${text}`,
      cite(minimum),
      cite(middlePoints),
      cite(topPoints),
      passages.ctTrainingsTopics,
      passages.ctOthersCount,
    ),
  );
  reasons.push(
    reason(
      'ct-no-double-counting',
      'Trainings counted here may not earn points in any other Sustainable CT event or training action.',
      passages.ctNoDoubleCounting,
    ),
  );
  return {
    part: 'trainings',
    label: LABELS.trainings,
    claimed: true,
    credit: counted.length > 0 ? 'new-action' : 'none',
    points: earned,
    maximum: topPoints.value,
    reasons,
  };
}

function taskForcePart({ rules, input, from, errors }: Shared): Part {
  const points = rules.number(id('taskForce.points'));
  const lived = rules.number(id('taskForce.livedExperiencePoints'));
  const maximum = points.value + lived.value;
  const taskForce = input.taskForce;
  if (!taskForce) return unclaimed('taskForce', maximum);
  const credit = creditFor(
    taskForce,
    {
      from,
      recertifying: input.recertifyingInExpirationYear,
      rollingAllowed: rules.boolean(id('taskForce.rollingCredit')),
      label: LABELS.taskForce,
      path: 'taskForce',
    },
    errors,
  );
  const base = credit.credit !== 'none' && taskForce.withCan ? points.value : 0;
  const extra = base > 0 && taskForce.fundedLivedExperienceMembers ? lived.value : 0;
  const text = !taskForce.withCan
    ? `${LABELS.taskForce}: it must be developed in collaboration with the CAN: 0 of ${maximum} points.`
    : base === 0
      ? `${LABELS.taskForce}: no credit, so 0 of ${maximum} points.`
      : `${LABELS.taskForce}: ${base} points${taskForce.fundedLivedExperienceMembers ? ` + ${extra} for funded members with lived experience of homelessness = ${base + extra}` : ' (another ' + lived.value + ' with funded members who have lived experience of homelessness)'} of ${maximum} points.`;
  const reasons = [credit.reason, reason('ct-task-force', text, cite(points), cite(lived), passages.ctTaskForce)];
  if (taskForce.fundedLivedExperienceMembers && base === 0) {
    reasons.push(
      reason(
        'ct-lived-experience-without-task-force',
        `The ${lived.value} additional points for funded lived-experience members add to the task force’s points, so they cannot be earned without them.`,
        cite(lived),
      ),
    );
  }
  return { part: 'taskForce', label: LABELS.taskForce, claimed: true, credit: credit.credit, points: base + extra, maximum, reasons };
}

function resourceForumPart({ rules, input, from, errors }: Shared): Part {
  const points = rules.number(id('resourceForum.points'));
  const forum = input.resourceForum;
  if (!forum) return unclaimed('resourceForum', points.value);
  const credit = creditFor(
    forum,
    {
      from,
      recertifying: input.recertifyingInExpirationYear,
      rollingAllowed: rules.boolean(id('resourceForum.rollingCredit')),
      label: LABELS.resourceForum,
      path: 'resourceForum',
    },
    errors,
  );
  const missing = [
    forum.withCan ? null : 'create it in collaboration with the CAN',
    forum.municipalitySpecific ? null : 'include resources specific to the municipality',
  ].filter((m): m is string => m !== null);
  const earned = credit.credit !== 'none' && missing.length === 0 ? points.value : 0;
  return {
    part: 'resourceForum',
    label: LABELS.resourceForum,
    claimed: true,
    credit: credit.credit,
    points: earned,
    maximum: points.value,
    reasons: [
      credit.reason,
      reason(
        'ct-resource-forum',
        missing.length === 0
          ? `${LABELS.resourceForum}: ${earned} of ${points.value} points.`
          : `${LABELS.resourceForum}: still to do: ${missing.join('; ')}. 0 of ${points.value} points.`,
        cite(points),
        passages.ctForum,
      ),
    ],
  };
}

/** Works out a validated claim's points; the shared core of the public entry point. */
export function sustainableCtRules(rules: RuleReader, input: SustainableCtInput): Outcome<SustainableCtResult> {
  const errors: FieldError[] = [];
  datesInRange(
    [
      ...(input.liaison ? [{ path: 'liaison.completed', date: input.liaison.completed }] : []),
      ...(input.trainings ?? []).map((t, i) => ({ path: `trainings.${i}.date`, date: t.date })),
      ...(input.taskForce ? [{ path: 'taskForce.completed', date: input.taskForce.completed }] : []),
      ...(input.resourceForum ? [{ path: 'resourceForum.completed', date: input.resourceForum.completed }] : []),
    ],
    input,
    errors,
  );
  if (errors.length > 0) return fail(errors);
  const window = newCreditFrom(rules, input.certificationYear);
  const shared: Shared = { rules, input, from: window.from, errors };
  const parts = [liaisonPart(shared), trainingsPart(shared), taskForcePart(shared), resourceForumPart(shared)];
  if (errors.length > 0) return fail(errors);
  const total = parts.reduce((t, p) => t + p.points, 0);
  const maximum = parts.reduce((t, p) => t + p.maximum, 0);
  const claimed = parts.filter((p) => p.claimed);
  const reasons = [
    window.reason,
    ...parts.flatMap((p) => p.reasons),
    reason(
      'ct-total',
      claimed.length === 0
        ? `No parts claimed: 0 of ${maximum} points.`
        : `Total: ${claimed.length > 1 ? `${claimed.map((p) => p.points).join(' + ')} = ` : ''}${total} of the ${maximum} points a municipality may earn for this action.`,
      window.reason.citations[0] ?? passages.ctRollingImpact,
    ),
  ];
  return ok({
    municipality: input.municipality ?? null,
    certificationYear: input.certificationYear,
    newCreditFrom: window.from,
    parts: parts.map(({ reasons: _reasons, ...p }) => p),
    total,
    maximum,
    reasons,
  });
}

/** Works out the points under an explicit parameter set (an island passes its own slim set, or a proposal's overlay). */
export function sustainableCtPointsUnder(input: unknown, set: ParameterSet): Outcome<SustainableCtResult> {
  const parsed = parseInput(SustainableCtInput, input);
  if (!parsed.ok) return parsed;
  const rules = ruleReader(set, parsed.value.asOf);
  const missing = requireRules(rules, id('liaison.points'), 'Sustainable CT points', 'the Sustainable CT homelessness action');
  return missing ?? guarded(() => sustainableCtRules(rules, parsed.value));
}

/** The Sustainable CT points a municipality may earn for the homelessness workforce action (default jurisdiction: connecticut). */
export const sustainableCtPoints = (input: unknown, options: RuleOptions = {}): Outcome<SustainableCtResult> =>
  sustainableCtPointsUnder(input, choosePriorityParameters({ jurisdiction: 'connecticut', ...options }));
