import { reason, type Citation, type Reason } from '../../core/citation';
import { fail, ok, type FieldError, type Outcome } from '../../core/outcome';
import { noticePassages } from '../passages/notice';
import type { CriterionValue, Placement } from '../result';
import { cite, type PriorityRules } from '../rules';
import type { Cpd14012Person } from './schema';

type Person = Omit<Cpd14012Person, 'id'>;

const notice = (quote: string): Citation => ({ doc: 'lowell-2016-bonus-application', section: 'notice-cpd-14-012', quote });
const first = notice(
  'First Priority—Chronically Homeless Individuals and Families with the Longest History of Homelessness and with the Most Severe Service Needs.',
);
const second = notice('Second Priority—Chronically Homeless Individuals and Families with the Longest History of Homelessness.');

const partialOrder = reason(
  'inconsistency-lowell-cpd-14-012-partial-priority-order',
  'Inconsistency: the Lowell application requires the CPD-14-012 order of priority but excerpts only its First and Second Priority; the lower priorities are not in the published text, so Hearth does not place a person in them.',
  noticePassages.lowellOrderRequirement,
  second,
);

/** CPD-14-012's priorities as excerpted in the Lowell application, first to last. */
const excerptedOrder = [
  { group: 'first', label: 'First Priority: longest history and most severe service needs' },
  { group: 'second', label: 'Second Priority: longest history' },
] as const;

const interimDefinition = reason(
  'inconsistency-lowell-chronic-homeless-definition',
  'Note: the Lowell appendix defines chronic homelessness by the 2012 interim rule (four occasions with no minimum total), while these priorities need the occasions to total the minimum months; HUD amended the definition the same way in December 2015.',
  {
    doc: 'lowell-2016-bonus-application',
    section: 'definitions-of-key-terms',
    quote: 'continuously for at least one year or on at least four separate occasions in the last 3 years; and',
  },
  notice('where the cumulative total length of the four occasions equals at least 12 months'),
);

/** Answers that cannot all be true (paths relative to the person). */
function problems(rules: PriorityRules, person: Person): FieldError[] {
  const errors: FieldError[] = [];
  const lookBack = rules.number('priority.cpd14012.lookBackYears').value;
  const lookBackMonths = lookBack * 12;
  if (person.monthsInLookBack > lookBackMonths) {
    errors.push({
      path: 'monthsInLookBack',
      message: `The last ${lookBack} years hold only ${lookBackMonths} months, but you entered ${person.monthsInLookBack}: check the total`,
    });
  }
  if (person.occasionsInLookBack === 0 && (person.monthsInLookBack > 0 || person.continuousMonths > 0)) {
    errors.push({
      path: 'occasionsInLookBack',
      message: 'You entered time homeless but no occasions of homelessness in the look-back: count the current episode as one occasion',
    });
  }
  const currentInLookBack = Math.min(person.continuousMonths, lookBackMonths);
  if (person.monthsInLookBack < currentInLookBack) {
    errors.push({
      path: 'monthsInLookBack',
      message: `The current episode alone gives ${currentInLookBack} months in the last ${lookBack} years, more than the ${person.monthsInLookBack} months in total you entered: correct one of the two answers`,
    });
  }
  return errors;
}

/** One person's place in CPD-14-012's First and Second Priority (paths relative to the person). */
export function evaluateCpd14012(
  rules: PriorityRules,
  person: Person,
): Outcome<{ placement: Placement; values: CriterionValue[]; reasons: Reason[] }> {
  const errors = problems(rules, person);
  if (errors.length) return fail(errors);
  const continuous = rules.number('priority.cpd14012.continuousMonths');
  const occasions = rules.number('priority.cpd14012.minimumOccasions');
  const total = rules.number('priority.cpd14012.occasionsTotalMonths');
  const lookBack = rules.number('priority.cpd14012.lookBackYears');
  const byContinuous = person.continuousMonths >= continuous.value;
  const byOccasions = person.occasionsInLookBack >= occasions.value && person.monthsInLookBack >= total.value;
  const longest = byContinuous || byOccasions;
  const history = reason(
    longest ? 'cpd-14-012-longest-history' : 'cpd-14-012-not-longest-history',
    `Longest history: ${person.continuousMonths} months continuously (${byContinuous ? '≥' : '<'} ${continuous.value}), or ${person.occasionsInLookBack} occasions in the last ${lookBack.value} years (${person.occasionsInLookBack >= occasions.value ? '≥' : '<'} ${occasions.value}) totalling ${person.monthsInLookBack} months (${person.monthsInLookBack >= total.value ? '≥' : '<'} ${total.value}): ${longest ? 'met' : 'not met'}.`,
    cite(continuous),
    cite(total),
  );
  const values: CriterionValue[] = [
    { criterion: 'chronicity', label: 'Chronically homeless', value: person.chronicallyHomeless ? 'Yes' : 'No' },
    { criterion: 'longest-history', label: 'Longest history', value: longest ? 'Yes' : 'No' },
    { criterion: 'severe-service-needs', label: 'Severe service needs', value: person.severeServiceNeeds ? 'Yes' : 'No' },
  ];
  if (!person.chronicallyHomeless) {
    return ok({
      placement: { status: 'not-named', group: 'not-chronic', label: 'Not chronically homeless: not in the excerpted priorities' },
      values,
      reasons: [
        history,
        reason(
          'cpd-14-012-not-chronic',
          'The First and Second Priority are for chronically homeless individuals and heads of household.',
          first,
          second,
        ),
        partialOrder,
      ],
    });
  }
  if (!longest) {
    return ok({
      placement: {
        status: 'not-named',
        group: 'chronic-shorter-history',
        label: 'Chronically homeless without the longest history: not in the excerpted priorities',
      },
      values,
      reasons: [history, interimDefinition, partialOrder],
    });
  }
  const index = person.severeServiceNeeds ? 0 : 1;
  const group = excerptedOrder[index];
  if (!group) throw new Error('CPD-14-012 order is missing a priority');
  const placement: Placement = { status: 'placed', position: index + 1, group: group.group, label: group.label };
  return ok({
    placement,
    values: [...values, { criterion: 'group', label: 'Priority', value: placement.label }],
    reasons: [
      history,
      person.severeServiceNeeds
        ? reason(
            'cpd-14-012-first',
            'Chronically homeless with the longest history and identified as having severe service needs: First Priority.',
            first,
            noticePassages.cpd14012Severe,
          )
        : reason(
            'cpd-14-012-second',
            'Chronically homeless with the longest history, not identified as having severe service needs: Second Priority.',
            second,
            noticePassages.cpd14012NotSevere,
          ),
    ],
  });
}
