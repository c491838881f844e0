import { TABLE_LIMIT_SHARE } from '../../calculators/eligibility/incomeLimits';
import type { QuestionWords } from './EligibilityQuestions';

/** The staff questions, about "the household", in the standards' terms. */
const words: QuestionWords = {
  j: { label: 'Whose written standards apply?' },
  date: {
    label: 'Date of the application (assessment date)',
    hint: 'Written YYYY-MM-DD. Days are counted from this date, and the rules in force on it apply.',
  },
  prog: { label: 'Program' },
  comp: { label: 'Component (leave as “Check every component” to see them all)' },
  bonus: {
    label: 'Is this a new permanent housing bonus project?',
    hint: 'Lowell (2016) and New Bedford (2019) set extra rules for bonus projects.',
  },
  ded: { label: 'Are the beds dedicated to chronically homeless households?' },
  hud3: {
    label: 'Has HUD approved this project to serve category 3 households?',
    hint: 'Needed only for a household that is category 3 and nothing else.',
  },
  vsp: { label: 'Is the project run by a victim service provider?', hint: 'Changes how category 4 is documented.' },
  night: { label: 'Where did the household sleep last night?' },
  idays: { label: 'Days the person stayed in the institution', hint: 'Count the days since going in.' },
  ibefore: { label: 'Where did the person stay right before entering?' },
  own: {
    label: 'Does the household have a home of its own it can safely stay in tonight?',
    hint: 'A place you rent, own, or have an agreement to live in, where you are safe.',
  },
  leave: {
    label: 'Does the household have to leave where it is staying?',
    hint: 'For example an eviction, a notice to leave, or being told to go.',
  },
  leaveOn: { label: 'Date the household must leave' },
  written: { label: 'Was the notice in writing?', hint: 'A court order, an eviction notice or a letter.' },
  doubled: { label: 'Is the household there because of economic hardship?' },
  ukind: { label: 'Kind of unit' },
  upeople: { label: 'People living in the unit, including the household' },
  urooms: {
    label: 'Rooms in the unit',
    hint: 'Count bedrooms, living and dining rooms and the kitchen. Do not count bathrooms, halls or open porches.',
  },
  flee: {
    label: 'Is the household fleeing or attempting to flee violence?',
    hint: 'Domestic violence, dating violence, sexual assault, stalking, or other danger from violence. If you are in danger now, call 911.',
  },
  other: { label: 'Does the household have another place it can live?' },
  lacks: { label: 'Does the household lack the resources and support networks to obtain other housing?' },
  refuse: { label: 'Is the household unwilling or unable to use emergency shelter?' },
  size: { label: 'People in the household' },
  kids: { label: 'Is the household a family with children or youth?' },
  age: {
    label: 'Age of the head of household (or of the young person on their own)',
    hint: 'If you are applying for your family, give the age of the head of the household.',
  },
  statute: { label: 'Is a child or youth homeless under another federal law?' },
  lease: { label: (days: number) => `Lease, ownership or occupancy agreement in permanent housing in the last ${days} days?` },
  moves: { label: (days: number) => `Moves in the last ${days} days` },
  emoves: { label: 'How many of those moves were for economic reasons?' },
  needs: { label: 'Special needs or barriers expected to keep the household unstable' },
  barriers: {
    label: 'Barriers to employment (number)',
    hint: 'No high school diploma or GED, illiteracy, low English proficiency, a history of incarceration or detention, an unstable work history.',
  },
  leaving: { label: 'Is someone leaving a publicly funded institution or system of care?' },
  plan: {
    label: 'Does the housing have traits the consolidated plan links to instability?',
    hint: 'Staff answer from the recipient’s approved consolidated plan. Leave blank if unknown.',
  },
  dis: { label: 'Does a household member have a disability that can be verified?' },
  chr: { label: 'Is the household chronically homeless?' },
  income: { label: 'Annual household income', hint: 'Before taxes, from all sources, expected over the next 12 months. Enter 0 if none.' },
  lkind: { label: 'Area income limit' },
  area: { label: 'Income-limits area' },
  fy: { label: 'Fiscal year of the limits (optional)', hint: 'Leave blank to use the limits in force on the assessment date.' },
  // HUD's income-limits table publishes the 30% (extremely low income) limit: the share is the table's, not a rule's.
  limit: { label: `${TABLE_LIMIT_SHARE} of area median income limit for this household size, a year` },
  median: { label: 'Area median family income (100%), a year' },
  verified: { label: 'Date homelessness was verified (optional)' },
  enrolled: { label: 'Planned enrollment date (optional)' },
};

export const staffWords = words;
