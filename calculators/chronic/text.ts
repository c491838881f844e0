import type { IsoDate } from '../core/dates';
import type { CountingMethod } from './chronicParameters';
import type { ChronicBasis, CurrentSituation, Period } from './result';

/**
 * Every sentence the chronic rules put into reasons and to-do items, in one place so they can be
 * reviewed and translated together. Numbers are passed in; none is written here.
 */
const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
const periods = (list: readonly Period[], max = 3): string => {
  const shown = list.slice(0, max).map((p) => `${p.first} to ${p.last} (${plural(p.nights, 'night')})`);
  return list.length > max ? `${shown.join('; ')}; and ${list.length - max} more` : shown.join('; ');
};
const verdict = (met: boolean) => (met ? 'met' : 'not met');

const countingMonths = (breakNights: number) =>
  `Time is counted in calendar months: a month with a night on the street, in a shelter or a safe haven (or a counted institution stay) counts in full, unless a recorded stay shows ${breakNights} or more consecutive nights not homeless in that month.`;
const countingNights = () =>
  'Time is counted in nights spent on the street, in an emergency shelter or a safe haven, or in a counted institution stay.';

// No entry refers to `text` itself: then the minifier can take the object apart and inline each sentence
// where it is used (docs/decisions/0017-hoistable-strings.md).
export const text = {
  plural,
  countingMonths,
  countingNights,
  countingMethod: (method: CountingMethod, breakNights: number) => (method === 'months' ? countingMonths(breakNights) : countingNights()),
  gaps: (gaps: readonly Period[], nights: number) =>
    `No stay is recorded for ${plural(nights, 'night')}: ${periods(gaps)}. Hearth treats those nights as not homeless; add the stays if the person was homeless then. They do not remove a month that has a documented homeless night.`,
  current: (situation: CurrentSituation, night: IsoDate) => {
    switch (situation) {
      case 'street_shelter_safe_haven':
        return `On ${night}, the night before the assessment, the person was on the street, in an emergency shelter or in a safe haven.`;
      case 'institution':
        return `On ${night}, the night before the assessment, the person was in an institution.`;
      case 'transitional_housing':
        return `On ${night}, the night before the assessment, the person was in transitional housing. People living in transitional housing are not chronically homeless: the definition requires living on the street, in an emergency shelter or in a safe haven.`;
      case 'housed_other':
        return `On ${night}, the night before the assessment, the person was housed or staying somewhere other than the street, a shelter or a safe haven, so they do not currently live where the definition requires.`;
      case 'no_stay':
        return `No stay is recorded for ${night}, the night before the assessment, so the person is not shown as living on the street, in a shelter or in a safe haven. Add the stay if they were.`;
    }
  },
  institution: (p: Period, afterHomelessness: boolean, counted: boolean, limit: number) =>
    counted
      ? `Institution stay ${p.first} to ${p.last}: ${plural(p.nights, 'night')}, fewer than ${limit} days, entered straight from the street, a shelter or a safe haven, so it counts as homeless time and is not a break.`
      : afterHomelessness
        ? `Institution stay ${p.first} to ${p.last}: ${plural(p.nights, 'night')}, not fewer than ${limit} days, so it is a break and does not count.`
        : `Institution stay ${p.first} to ${p.last}: ${plural(p.nights, 'night')}, not entered straight from the street, a shelter or a safe haven, so it does not count as homeless time.`,
  breaks: (breaks: readonly Period[], short: readonly Period[], breakNights: number) =>
    [
      breaks.length
        ? `${plural(breaks.length, 'break')} of ${breakNights} or more consecutive nights not homeless separate the occasions: ${periods(breaks)}.`
        : `No break of ${breakNights} or more consecutive nights separates the homeless time.`,
      short.length ? `Shorter stretches are not breaks and do not separate occasions: ${periods(short)}.` : '',
    ]
      .filter(Boolean)
      .join(' '),
  continuousMonths: (since: IsoDate | null, lastNight: IsoDate, months: number, required: number) =>
    since
      ? `Continuous path: the current episode runs from ${since} to ${lastNight}, ${plural(months, 'calendar month')} counted; ${months} ${months >= required ? '≥' : '<'} ${required} months required, so it is ${verdict(months >= required)}.`
      : `Continuous path: there is no current episode of homelessness up to ${lastNight}, so it is not met.`,
  continuousNights: (since: IsoDate | null, lastNight: IsoDate, nights: number, required: number) =>
    since
      ? `Continuous path: the current episode runs from ${since} to ${lastNight} without a break, ${lastNight} − ${since} + 1 = ${plural(nights, 'night')}; ${nights} ${nights >= required ? '≥' : '<'} ${required} nights required, so it is ${verdict(nights >= required)}.`
      : `Continuous path: there is no current episode of homelessness up to ${lastNight}, so it is not met.`,
  occasions: (
    count: number,
    required: number,
    total: number,
    totalRequired: number,
    unit: 'months' | 'nights',
    first: IsoDate,
    last: IsoDate,
  ) =>
    `Occasions path: between ${first} and ${last} there ${count === 1 ? 'is' : 'are'} ${plural(count, 'separate occasion')} (${count} ${count >= required ? '≥' : '<'} ${required} needed) adding up to ${total} ${unit} (${total} ${total >= totalRequired ? '≥' : '<'} ${totalRequired} needed); both must hold, so it is ${verdict(count >= required && total >= totalRequired)}.`,
  institutionPath: (entry: IsoDate, nights: number, limit: number, met: boolean) =>
    nights < limit
      ? `Institution path: the person entered the institution on ${entry} and has been there ${plural(nights, 'night')}, fewer than ${limit} days. Measured at entry, the timeline ${met ? 'met' : 'did not meet'} the definition before entering, so this path is ${verdict(met)}.`
      : `Institution path: the person entered the institution on ${entry} and has been there ${plural(nights, 'night')}, not fewer than ${limit} days, so the stay is a break and this path is not met.`,
  notLivingBeforeEntry: (entry: IsoDate, night: IsoDate) =>
    `Institution path: on ${night}, the night before entering the institution on ${entry}, the person was not on the street, in a shelter or in a safe haven, so they did not meet the definition before entering and this path is not met.`,
  disability: (has: boolean, childCounts: boolean, childHas: boolean) =>
    has
      ? 'The person has a qualifying disability.'
      : childHas && childCounts
        ? 'A child in the household has a qualifying disability and no adult is present, so the child’s disability counts for the family.'
        : childHas
          ? 'A child in the household has a qualifying disability, but an adult is present, so only the head of household’s own disability counts. The person has none recorded.'
          : 'No qualifying disability is recorded, and chronic homelessness requires one.',
  notHead: () =>
    'A family is chronically homeless through its head of household (the adult head, or a minor head when no adult is present). These stays belong to another household member, so they cannot make the family chronically homeless: enter the head of household’s stays.',
  head: (minor: boolean) =>
    minor
      ? 'The person is the minor head of a household with no adult, so the family is chronically homeless when this person meets the definition.'
      : 'The person is the adult head of household (an individual on their own is their own head), so the household is chronically homeless when this person meets the definition.',
  conclusion: (basis: ChronicBasis | null, institutionLimit: number) => {
    switch (basis) {
      case 'continuous':
        return 'Chronically homeless: continuously homeless for long enough.';
      case 'four_occasions':
        return 'Chronically homeless: enough separate occasions adding up to enough time in the look-back period.';
      case 'institution':
        return `Chronically homeless: in an institution for fewer than ${institutionLimit} days after meeting the definition.`;
      case null:
        return 'Not chronically homeless on this timeline.';
    }
  },
  recordContinuous: (checked: number, selfCertified: number, max: number) =>
    `Evidence, continuous path: of the ${plural(checked, 'month')} checked, ${selfCertified} ${selfCertified === 1 ? 'rests' : 'rest'} on self-certification only; at most ${max} may (${selfCertified} ${selfCertified <= max ? '≤' : '>'} ${max}), so the evidence ${selfCertified <= max ? 'meets' : 'does not meet'} the standard.`,
  recordOccasions: (documented: number, total: number, min: number) =>
    `Evidence, occasions path: ${documented} of ${plural(total, 'occasion')} ${documented === 1 ? 'is' : 'are'} backed by third-party or intake-worker records; at least ${min} must be (${documented} ${documented >= min ? '≥' : '<'} ${min}), so the evidence ${documented >= min ? 'meets' : 'does not meet'} the standard.`,
  recordNoPath: () => 'Evidence: the timeline meets no path yet, so there is nothing to check the evidence against.',
  breaksSelfCertified: () =>
    'Breaks (stays in housing or transitional housing) may rest on the person’s own written certification; stays on the street, in shelters, safe havens and institutions need third-party evidence first.',
  packet: (complete: boolean, months: number, required: number, disabilityThirdParty: boolean) =>
    `TPCH documentation packet: ${plural(months, 'month')} of time homeless backed by third-party or intake records (${months} ${months >= required ? '≥' : '<'} ${required} needed) and ${disabilityThirdParty ? 'third-party' : 'no third-party'} disability verification, so the packet is ${complete ? 'complete' : 'not complete'}.`,
  todoMonths: (need: number, months: readonly string[]) =>
    `Get third-party evidence (an HMIS record, a written referral, or an outreach or intake worker’s written observation) for ${plural(need, 'more month')} of ${months.join(', ')}, now self-certified.`,
  todoOccasions: (need: number) =>
    `Get third-party evidence (an HMIS record, a written referral, or an outreach or intake worker’s written observation) for ${plural(need, 'more occasion')}: the stays listed are self-certified.`,
  todoInstitution: (p: Period) => `Get the institution’s record of the stay ${p.first} to ${p.last} (length of stay, signed by its staff).`,
  todoDisabilityNone: () => 'Obtain verification of the qualifying disability (third-party first).',
  todoDisabilitySecondary: (due: IsoDate | null) =>
    due
      ? `Obtain direct third-party verification of the disability by ${due}.`
      : 'Obtain direct third-party verification of the disability to replace the secondary source.',
  todoWrittenVerification: (due: IsoDate) => `Obtain written verification of chronic homeless status by ${due}.`,
};
