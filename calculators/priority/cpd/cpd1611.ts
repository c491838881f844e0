import { reason, type Citation, type Reason } from '../../core/citation';
import { fail, ok, type FieldError, type Outcome } from '../../core/outcome';
import { tpchPassages } from '../passages/tpch';
import type { CriterionValue, Placement } from '../result';
import type { ComingFrom, Cpd1611Person } from './schema';

const vash = (quote: string): Citation => ({ doc: 'tpch-written-standards', section: 'prioritization-for-hud-vash-housing', quote });

type Person = Omit<Cpd1611Person, 'id'>;
type Group = { group: string; label: string; applies: (p: Person) => boolean; passage: Citation; context?: Citation[] };

const STREET_SHELTER: readonly ComingFrom[] = ['unsheltered', 'safe-haven', 'emergency-shelter'];

/** The HUD-VASH order in TPCH's standards, first to last: chronically homeless Veterans, then CPD-16-11's four priorities, then VA priority populations. */
export const vashOrder: readonly Group[] = [
  {
    group: 'chronic-veteran',
    label: 'Chronically homeless Veteran',
    applies: (p) => p.chronicallyHomeless,
    passage: tpchPassages.vashChronicFirst,
    context: [tpchPassages.vashAcuity],
  },
  {
    group: 'first',
    label: 'CPD-16-11 First Priority: disability, long periods of episodic homelessness and severe service needs',
    applies: (p) => p.hasDisability && p.longEpisodicHistory && p.severeServiceNeeds,
    passage: vash(
      'First Priority. Homeless persons with a disability with long periods of episodic homelessness and severe service needs.',
    ),
    context: [tpchPassages.vashNoChronicVeterans],
  },
  {
    group: 'second',
    label: 'CPD-16-11 Second Priority: disability and severe service needs',
    applies: (p) => p.hasDisability && p.severeServiceNeeds,
    passage: vash('Second Priority. Homeless persons with a disability with severe service needs.'),
  },
  {
    group: 'third',
    label:
      'CPD-16-11 Third Priority: disability, coming from the street, a safe haven or an emergency shelter, without severe service needs',
    applies: (p) => p.hasDisability && !p.severeServiceNeeds && STREET_SHELTER.includes(p.comingFrom),
    passage: vash(
      'Third Priority. Homeless persons with a disability coming from places not meant for human habitation, safe havens, or emergency shelters without severe service needs.',
    ),
  },
  {
    group: 'fourth',
    label: 'CPD-16-11 Fourth Priority: disability, coming from transitional housing',
    applies: (p) => p.hasDisability && p.comingFrom === 'transitional-housing',
    passage: vash('Fourth Priority. Homeless persons with a disability coming from transitional housing.'),
  },
  {
    group: 'va-priority',
    label: 'VA priority population: needs ongoing case management',
    applies: (p) => p.needsOngoingCaseManagement === true,
    passage: vash(
      'VA Priority Populations. Homeless Veterans who do not meet criteria for chronic homelessness or the priority groups above may be prioritized for VA-funded Permanent Supportive Housing (PSH) if they demonstrate a need for ongoing case management based on clinical assessment.',
    ),
  },
];

/** Answers that contradict the chronic homelessness definition (paths relative to the person). */
function problems(person: Person): FieldError[] {
  const errors: FieldError[] = [];
  if (person.chronicallyHomeless && !person.hasDisability) {
    errors.push({
      path: 'hasDisability',
      message:
        'You said the Veteran is chronically homeless and has no disability: chronic homelessness needs a qualifying disability. Correct one of the two answers',
    });
  }
  if (person.chronicallyHomeless && (person.comingFrom === 'transitional-housing' || person.comingFrom === 'other')) {
    errors.push({
      path: 'comingFrom',
      message:
        'You said the Veteran is chronically homeless and is coming from transitional housing or somewhere else: a chronically homeless person lives in a place not meant for human habitation, a safe haven or an emergency shelter (or is briefly in an institution). Correct one of the two answers',
    });
  }
  return errors;
}

/** One Veteran's group in the HUD-VASH order (paths relative to the person). */
export function evaluateCpd1611(person: Person): Outcome<{ placement: Placement; values: CriterionValue[]; reasons: Reason[] }> {
  const errors = problems(person);
  if (errors.length) return fail(errors);
  const index = vashOrder.findIndex((g) => g.applies(person));
  const found = vashOrder[index];
  const before = vashOrder.slice(0, index === -1 ? vashOrder.length - 1 : index);
  if (!found && person.needsOngoingCaseManagement === undefined) {
    return fail([
      {
        path: 'needsOngoingCaseManagement',
        message:
          'Answer whether a clinical assessment shows a need for ongoing case management: the Veteran is in none of the CPD-16-11 priority groups',
      },
    ]);
  }
  const skipped = before.length
    ? [reason('vash-groups-not-met', `Not in: ${before.map((g) => g.label).join('; ')}.`, ...before.map((g) => g.passage))]
    : [];
  if (!found) {
    const va = vashOrder[vashOrder.length - 1];
    return ok({
      placement: { status: 'not-named', group: 'none', label: 'In none of the HUD-VASH priority groups' },
      values: [{ criterion: 'group', label: 'Priority group', value: 'None' }],
      reasons: [
        ...skipped,
        reason(
          'vash-no-group',
          'The Veteran is in none of the priority groups and a clinical assessment shows no need for ongoing case management.',
          ...(va ? [va.passage] : []),
        ),
      ],
    });
  }
  const position = index + 1;
  return ok({
    placement: { status: 'placed', position, group: found.group, label: found.label },
    values: [{ criterion: 'group', label: 'Priority group', value: `${position}: ${found.label}` }],
    reasons: [
      ...skipped,
      reason(`vash-${found.group}`, `Group ${position} of the HUD-VASH order: ${found.label}.`, found.passage, ...(found.context ?? [])),
    ],
  });
}
