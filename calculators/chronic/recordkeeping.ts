import { addDays, type IsoDate } from '../core/dates';
import { reason, type Reason } from '../core/citation';
import { usesTpchStandards, type ChronicParameters } from './chronicParameters';
import type { CountedMonth } from './counting';
import { night, type Evaluation } from './evaluate';
import type { OccasionBlock } from './occasions';
import type { ChronicRecordkeeping, Period, StayRef, TodoItem } from './result';
import type { ChronicInput } from './schemas';
import * as sources from './sources';
import { text } from './text';
import type { NightStay, Segment } from './timeline';

const isDocumented = (stay: NightStay | null): boolean => stay?.evidence === 'third_party' || stay?.evidence === 'intake_observation';

/** A validated stay as results name it. */
export const stayRef = (stay: NightStay, input: ChronicInput): StayRef => ({
  index: stay.index,
  type: stay.type,
  start: night(stay.first),
  end: input.stays[stay.index]?.end ?? null,
});

const countedStays = (segments: readonly Segment[], from: number): NightStay[] => {
  const seen = new Map<number, NightStay>();
  for (const s of segments) if (s.counts && s.stay && s.last >= from) seen.set(s.stay.index, s.stay);
  return [...seen.values()];
};

/** An occasion is backed by records when every stay counted in it (inside the look-back) is. */
export const occasionDocumented = (o: OccasionBlock, from: number): boolean => countedStays(o.segments, from).every(isDocumented);

type Args = {
  e: Evaluation;
  p: ChronicParameters;
  input: ChronicInput;
  paths: { continuous: boolean; fourOccasions: boolean };
  /** The current institution stay, on the institution path: it must be documented too. */
  institution: { stays: NightStay[]; period: Period } | null;
};

function timeUnion(a: readonly CountedMonth[], b: readonly CountedMonth[]): number {
  const months = new Map<string, boolean>();
  for (const m of [...a, ...b]) months.set(m.month, (months.get(m.month) ?? false) || m.documented);
  return [...months.values()].filter(Boolean).length;
}

/** Checks the evidence for the path the timeline meets and lists what is missing, with deadlines where the standards set them. */
export function checkRecordkeeping({ e, p, input, paths, institution }: Args): { recordkeeping: ChronicRecordkeeping; reasons: Reason[] } {
  const months = e.continuousMonths.slice(-p.continuousMonths.value);
  const selfCertifiedMonths = months.filter((m) => !m.documented).length;
  const continuousMeets = selfCertifiedMonths <= p.maximumSelfCertifiedMonths.value;
  const occasions = e.occasionsInLookBack.map((o) => ({ o, documented: occasionDocumented(o, e.lookBackFirst) }));
  const thirdPartyOccasions = occasions.filter((x) => x.documented).length;
  const occasionsMeet = thirdPartyOccasions >= p.minimumThirdPartyOccasions.value;

  const path =
    paths.continuous && (continuousMeets || !(paths.fourOccasions && occasionsMeet))
      ? 'continuous'
      : paths.fourOccasions
        ? 'four_occasions'
        : null;
  const institutionDocumented = institution === null || institution.stays.every(isDocumented);
  const timeMeets = (path === 'continuous' ? continuousMeets : path === 'four_occasions' ? occasionsMeet : false) && institutionDocumented;

  const reasons: Reason[] = [];
  const todo: TodoItem[] = [];
  const ref = (stay: NightStay) => stayRef(stay, input);
  if (path === 'continuous') {
    reasons.push(
      reason(
        'evidence-continuous',
        text.recordContinuous(months.length, selfCertifiedMonths, p.maximumSelfCertifiedMonths.value),
        p.maximumSelfCertifiedMonths.citation,
      ),
    );
    if (!continuousMeets) {
      const bare = months.filter((m) => !m.documented).map((m) => m.month);
      const stays = countedStays(e.currentOccasion?.segments ?? [], 0).filter(
        (s) => !isDocumented(s) && bare.some((m) => night(s.first).slice(0, 7) <= m && m <= night(s.last).slice(0, 7)),
      );
      todo.push({
        code: 'evidence-months',
        text: text.todoMonths(selfCertifiedMonths - p.maximumSelfCertifiedMonths.value, bare),
        dueDate: null,
        stays: stays.map(ref),
        citations: [p.maximumSelfCertifiedMonths.citation, sources.thirdPartyForms],
      });
    }
  } else if (path === 'four_occasions') {
    reasons.push(
      reason(
        'evidence-occasions',
        text.recordOccasions(thirdPartyOccasions, occasions.length, p.minimumThirdPartyOccasions.value),
        p.minimumThirdPartyOccasions.citation,
      ),
    );
    if (!occasionsMeet) {
      const stays = occasions
        .filter((x) => !x.documented)
        .flatMap((x) => countedStays(x.o.segments, e.lookBackFirst).filter((s) => !isDocumented(s)));
      todo.push({
        code: 'evidence-occasions',
        text: text.todoOccasions(p.minimumThirdPartyOccasions.value - thirdPartyOccasions),
        dueDate: null,
        stays: stays.map(ref),
        citations: [p.minimumThirdPartyOccasions.citation, sources.thirdPartyForms],
      });
    }
  } else {
    reasons.push(reason('evidence-no-path', text.recordNoPath()));
  }
  if (!institutionDocumented && institution) {
    todo.push({
      code: 'evidence-institution',
      text: text.todoInstitution(institution.period),
      dueDate: null,
      stays: institution.stays.filter((x) => !isDocumented(x)).map(ref),
      citations: [sources.institutionsDocumented],
    });
  }
  // TPCH says the same in its own standards, so its caseworkers can cite them.
  const breakCitations = usesTpchStandards(p) ? [sources.tpchBreaksNoThirdParty] : [];
  reasons.push(
    reason('evidence-breaks', text.breaksSelfCertified(), sources.breaksSelfCertified, ...breakCitations, sources.evidenceOrder),
  );

  const { verification, secondarySourceDate } = input.disability;
  if (verification === 'none') {
    todo.push({
      code: 'disability-verification',
      text: text.todoDisabilityNone(),
      dueDate: null,
      stays: [],
      citations: [sources.disability],
    });
  } else if (verification === 'secondary_source') {
    const due = p.disabilityDeadlineDays && secondarySourceDate ? addDays(secondarySourceDate, p.disabilityDeadlineDays.value) : null;
    todo.push({
      code: 'disability-third-party',
      text: text.todoDisabilitySecondary(due),
      dueDate: due,
      stays: [],
      citations: p.disabilityDeadlineDays ? [p.disabilityDeadlineDays.citation] : [sources.evidenceOrder],
    });
  }

  const thirdPartyMonthsOfTimeHomeless = timeUnion(e.monthsInLookBack, e.continuousMonths);
  const packetComplete = p.packetMinimumThirdPartyMonths
    ? verification === 'third_party' && thirdPartyMonthsOfTimeHomeless >= p.packetMinimumThirdPartyMonths.value
    : null;
  if (p.packetMinimumThirdPartyMonths && packetComplete !== null) {
    reasons.push(
      reason(
        'tpch-packet',
        text.packet(packetComplete, thirdPartyMonthsOfTimeHomeless, p.packetMinimumThirdPartyMonths.value, verification === 'third_party'),
        p.packetMinimumThirdPartyMonths.citation,
      ),
    );
  }
  const meetsStandard = timeMeets && verification === 'third_party';
  if (!meetsStandard && p.writtenVerificationDays && input.projectEntryDate) {
    const due: IsoDate = addDays(input.projectEntryDate, p.writtenVerificationDays.value);
    todo.push({
      code: 'written-verification',
      text: text.todoWrittenVerification(due),
      dueDate: due,
      stays: [],
      citations: [p.writtenVerificationDays.citation],
    });
  }

  return {
    recordkeeping: {
      path,
      months: path === 'continuous' ? months : [],
      thirdPartyMonths: path === 'continuous' ? months.length - selfCertifiedMonths : 0,
      selfCertifiedMonths: path === 'continuous' ? selfCertifiedMonths : 0,
      maximumSelfCertifiedMonths: p.maximumSelfCertifiedMonths.value,
      thirdPartyOccasions: path === 'four_occasions' ? thirdPartyOccasions : 0,
      selfCertifiedOccasions: path === 'four_occasions' ? occasions.length - thirdPartyOccasions : 0,
      minimumThirdPartyOccasions: p.minimumThirdPartyOccasions.value,
      meetsStandard,
      disabilityVerification: verification,
      thirdPartyMonthsOfTimeHomeless,
      packetComplete,
      todo,
    },
    reasons,
  };
}
