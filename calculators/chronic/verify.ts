import { reason, type Reason } from '../core/citation';
import type { RuleOptions } from '../core/options';
import { fail, ok, parseInput, type Outcome } from '../core/outcome';
import { chooseChronicTimelineParameters } from '../parameters/chronic';
import { chronicParameters, usesTpchStandards, type ChronicParameters } from './chronicParameters';
import { evaluate, night, type Evaluation } from './evaluate';
import { checkHousehold } from './household';
import { checkPaths, type PathCheck } from './paths';
import { checkRecordkeeping } from './recordkeeping';
import type { ChronicBasis, ChronicResult, CurrentSituation } from './result';
import { ChronicInput } from './schemas';
import * as sources from './sources';
import { summarise, toPeriod } from './summarise';
import { text } from './text';
import type { NightKind, NightStay } from './timeline';
import { toNightStays, validateChronicInput } from './validate';

const SITUATION: Record<NightKind, CurrentSituation> = {
  homeless: 'street_shelter_safe_haven',
  institution: 'institution',
  transitional_housing: 'transitional_housing',
  housed_other: 'housed_other',
  no_stay: 'no_stay',
};

type Decision = {
  decisive: Evaluation;
  paths: PathCheck;
  timelineBasis: ChronicBasis | null;
  institution: { stays: NightStay[]; period: ReturnType<typeof toPeriod> } | null;
  reasons: Reason[];
};

const NO_PATHS: PathCheck = { continuous: false, fourOccasions: false, reasons: [] };

/** Paragraph (2): someone now in an institution keeps the status they had when they entered, if the stay is short enough. */
function institutionPath(stays: readonly NightStay[], atAssessment: Evaluation, p: ChronicParameters): Decision {
  const run = atAssessment.institutions.at(-1);
  if (!run) throw new Error('The night before the assessment is an institution night but no institution run was found');
  const period = toPeriod(run);
  const runStays = atAssessment.segments
    .filter((s) => s.kind === 'institution' && s.first >= run.first && s.stay)
    .map((s) => s.stay as NightStay);
  const limit = p.currentInstitutionFewerThanDays;
  if (run.nights >= limit.value) {
    return {
      decisive: atAssessment,
      paths: NO_PATHS,
      timelineBasis: null,
      institution: null,
      reasons: [
        reason(
          'institution-path',
          text.institutionPath(period.first, run.nights, limit.value, false),
          limit.citation,
          sources.institutionPath,
        ),
      ],
    };
  }
  const atEntry = evaluate(stays, period.first, p);
  if (atEntry.current !== 'homeless') {
    return {
      decisive: atEntry,
      paths: NO_PATHS,
      timelineBasis: null,
      institution: null,
      reasons: [
        reason(
          'institution-path',
          text.notLivingBeforeEntry(period.first, night(atEntry.lastNight)),
          sources.institutionPath,
          sources.livesInQualifyingPlace,
        ),
      ],
    };
  }
  const paths = checkPaths(atEntry, p);
  const met = paths.continuous || paths.fourOccasions;
  return {
    decisive: atEntry,
    paths,
    timelineBasis: met ? 'institution' : null,
    institution: { stays: runStays, period },
    reasons: [
      ...paths.reasons,
      reason('institution-path', text.institutionPath(period.first, run.nights, limit.value, met), limit.citation, sources.institutionPath),
    ],
  };
}

function decide(stays: readonly NightStay[], atAssessment: Evaluation, p: ChronicParameters): Decision {
  switch (atAssessment.current) {
    case 'homeless': {
      const paths = checkPaths(atAssessment, p);
      const timelineBasis = paths.continuous ? 'continuous' : paths.fourOccasions ? 'four_occasions' : null;
      return { decisive: atAssessment, paths, timelineBasis, institution: null, reasons: paths.reasons };
    }
    case 'institution':
      return institutionPath(stays, atAssessment, p);
    case 'transitional_housing':
    case 'housed_other':
    case 'no_stay':
      return { decisive: atAssessment, paths: NO_PATHS, timelineBasis: null, institution: null, reasons: [] };
  }
}

/**
 * Decides whether a person (or, through its head, a family) is chronically homeless on the
 * assessment date from a timeline of stays, and checks the evidence on file against the
 * recordkeeping standard. Time is counted the jurisdiction's way (HUD months or TPCH nights).
 */
export function verifyChronicStatus(input: unknown, options: RuleOptions = {}): Outcome<ChronicResult> {
  const parsed = parseInput(ChronicInput, input);
  if (!parsed.ok) return parsed;
  const data = parsed.value;
  const problems = validateChronicInput(data);
  if (problems.length) return fail(problems);
  const resolved = chronicParameters(chooseChronicTimelineParameters(options), data.assessmentDate, 'assessmentDate');
  if (!resolved.ok) return resolved;
  const p = resolved.value;

  const stays = toNightStays(data);
  const atAssessment = evaluate(stays, data.assessmentDate, p);
  const decision = decide(stays, atAssessment, p);
  const household = checkHousehold(data);
  const chronic = decision.timelineBasis !== null && household.decides && household.disabilityCounts;
  const basis = chronic ? decision.timelineBasis : null;
  const record = checkRecordkeeping({ e: decision.decisive, p, input: data, paths: decision.paths, institution: decision.institution });
  const pieces = summarise(decision.decisive, atAssessment, data);
  const gapNights = pieces.gaps.reduce((n, g) => n + g.nights, 0);
  const lastNight = night(atAssessment.lastNight);
  const situation = SITUATION[atAssessment.current];
  const livingCitations = usesTpchStandards(p)
    ? [sources.livesInQualifyingPlace, sources.tpchLiterallyHomeless]
    : [sources.livesInQualifyingPlace];

  const reasons: Reason[] = [
    reason('counting-method', text.countingMethod(p.countingMethod.value, p.breakNights.value), p.countingMethod.citation),
    ...(pieces.gaps.length ? [reason('gaps-not-homeless', text.gaps(pieces.gaps, gapNights), sources.livesInQualifyingPlace)] : []),
    reason(`current-${situation}`, text.current(situation, lastNight), ...livingCitations),
    ...atAssessment.institutions.map((r) =>
      reason(
        r.counted ? 'institution-counted' : 'institution-not-counted',
        text.institution(toPeriod(r), r.afterHomelessness, r.counted, p.institutionCountsIfFewerThanDays.value),
        p.institutionCountsIfFewerThanDays.citation,
        sources.institutionImmediatelyBefore,
      ),
    ),
    reason('breaks', text.breaks(pieces.breaks, pieces.shortStays, p.breakNights.value), p.breakNights.citation),
    ...decision.reasons,
    ...household.reasons,
    reason(chronic ? `chronic-${basis}` : 'not-chronic', text.conclusion(basis, p.currentInstitutionFewerThanDays.value), sources.family),
    ...record.reasons,
  ];

  const e = decision.decisive;
  return ok({
    chronic,
    basis,
    timelineBasis: decision.timelineBasis,
    countingMethod: p.countingMethod.value,
    currentSituation: situation,
    evaluatedAsOf: e.asOf,
    lookBack: { first: night(e.lookBackFirst), last: night(e.lastNight) },
    occasions: pieces.occasions,
    monthsHomeless: e.monthsInLookBack.length,
    nightsHomeless: e.nightsInLookBack,
    continuous: {
      since: e.currentOccasion ? night(e.currentOccasion.first) : null,
      months: e.continuousMonths.length,
      nights: e.continuousNights,
    },
    breaks: pieces.breaks,
    shortStays: pieces.shortStays,
    institutionStays: pieces.institutionStays,
    gaps: pieces.gaps,
    recordkeeping: record.recordkeeping,
    reasons,
  });
}
