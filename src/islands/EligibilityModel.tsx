import { isIsoDate } from '../../calculators/core/dates';
import { parseMoney } from '../../calculators/core/money';
import type { FieldError } from '../../calculators/core/outcome';
import { valueAt, type ParameterSet } from '../../calculators/core/parameters';
import { housingPlaces, unitPlaces } from '../../calculators/eligibility/vocabulary';

/**
 * The eligibility form's answers as text (what fields hold and the URL fragment keeps), which
 * questions apply given the other answers, and the conversion to the rules module's input. No
 * user-visible strings live here: each island file keeps its own.
 */

export const answerKeys = [
  'j',
  'date',
  'prog',
  'comp',
  'bonus',
  'ded',
  'hud3',
  'vsp',
  'night',
  'idays',
  'ibefore',
  'own',
  'leave',
  'leaveOn',
  'written',
  'doubled',
  'ukind',
  'upeople',
  'urooms',
  'flee',
  'other',
  'lacks',
  'refuse',
  'size',
  'kids',
  'age',
  'statute',
  'lease',
  'moves',
  'emoves',
  'needs',
  'barriers',
  'leaving',
  'plan',
  'dis',
  'chr',
  'income',
  'lkind',
  'area',
  'fy',
  'limit',
  'median',
  'verified',
  'enrolled',
] as const;
export type AnswerKey = (typeof answerKeys)[number];
export type Answers = Record<AnswerKey, string>;

export const emptyAnswers = Object.fromEntries(answerKeys.map((k) => [k, ''])) as Answers;

/** The DOM id of a question's field. */
export const fieldId = (key: AnswerKey): string => `elig-${key}`;

/** Which answer a rules-module error path belongs to (the first matching prefix wins). */
const pathKeys: [string, AnswerKey][] = [
  ['assessmentDate', 'date'],
  ['program', 'prog'],
  ['component', 'comp'],
  ['project.bonus', 'bonus'],
  ['project.chronicDedicated', 'ded'],
  ['project.hudApprovedCategory3', 'hud3'],
  ['project.victimServiceProvider', 'vsp'],
  ['household.size', 'size'],
  ['household.headAge', 'age'],
  ['household.childrenOrYouth', 'kids'],
  ['household.disability', 'dis'],
  ['household.chronicallyHomeless', 'chr'],
  ['household', 'size'],
  ['lastNight', 'night'],
  ['institution.placeBefore', 'ibefore'],
  ['institution', 'idays'],
  ['ownHomeTonight', 'own'],
  ['mustLeaveOn', 'leaveOn'],
  ['mustLeave', 'leave'],
  ['writtenNotice', 'written'],
  ['otherResidence', 'other'],
  ['lacksResources', 'lacks'],
  ['fleeingViolence', 'flee'],
  ['recentMoves', 'moves'],
  ['recentEconomicMoves', 'emoves'],
  ['doubledUpForEconomicHardship', 'doubled'],
  ['unit.people', 'upeople'],
  ['unit.rooms', 'urooms'],
  ['unit', 'ukind'],
  ['leavingInstitutionOrCare', 'leaving'],
  ['consolidatedPlanRisk', 'plan'],
  ['otherFederalStatute', 'statute'],
  ['permanentHousingRecently', 'lease'],
  ['specialNeeds', 'needs'],
  ['barriersToEmployment', 'barriers'],
  ['unwillingOrUnableToUseShelter', 'refuse'],
  ['income.annual', 'income'],
  ['income.limit.area', 'area'],
  ['income.limit.fiscalYear', 'fy'],
  ['income.limit.thirtyPercentLimit', 'limit'],
  ['income.limit.areaMedianIncome', 'median'],
  ['income.limit', 'lkind'],
  ['income', 'income'],
  ['verification.enrollmentOn', 'enrolled'],
  ['verification', 'verified'],
  ['parameters', 'j'],
];

/** The answer an error path points at; unknown paths go to the jurisdiction question. */
export function keyForPath(path: string): AnswerKey {
  return pathKeys.find(([prefix]) => path === prefix || path.startsWith(`${prefix}.`))?.[1] ?? 'j';
}

/** A number parameter in force on `date` (or its latest value while the date is not yet a date), for question wording and skip logic. */
export function numberInForce(set: ParameterSet, id: string, date: string): number | undefined {
  const parameter = set.parameters[id];
  if (!parameter) return undefined;
  const value = isIsoDate(date) ? valueAt(parameter, date)?.value : parameter.values.at(-1)?.value;
  return typeof value === 'number' ? value : undefined;
}

/** The age below which a young person on their own is a youth for category 3 (0 when the set has none: then only families are asked). */
export const youthAge = (set: ParameterSet, date: string): number => numberInForce(set, 'eligibility.category3.youthAgeBelow', date) ?? 0;

/** Days in the category 3 look-back, for question wording. */
export const lookbackDays = (set: ParameterSet, date: string): number =>
  numberInForce(set, 'eligibility.category3.lookbackDays', date) ?? 0;

export type Mode = 'applicant' | 'staff';

const staffOnly: AnswerKey[] = [
  'prog',
  'comp',
  'bonus',
  'ded',
  'hud3',
  'vsp',
  'plan',
  'chr',
  'lkind',
  'area',
  'fy',
  'limit',
  'median',
  'verified',
  'enrolled',
  'date',
];

/** Whether a question applies, given the other answers: the same skip logic the rules module expects. */
export function applies(key: AnswerKey, a: Answers, mode: Mode, youthAgeBelow: number): boolean {
  if (mode === 'applicant' && staffOnly.includes(key)) return false;
  const housed = (housingPlaces as readonly string[]).includes(a.night);
  switch (key) {
    case 'idays':
    case 'ibefore':
      return a.night === 'institution';
    case 'leave':
      return housed;
    case 'leaveOn':
    case 'written':
      return housed && a.leave === 'yes';
    case 'doubled':
      return a.night === 'with-others';
    case 'ukind':
    case 'upeople':
      return (unitPlaces as readonly string[]).includes(a.night);
    case 'urooms':
      return (unitPlaces as readonly string[]).includes(a.night) && a.ukind === 'larger';
    case 'refuse':
      return a.night === 'unsheltered';
    case 'kids':
      return a.size !== '1';
    case 'statute':
      return a.kids === 'yes' || (/^\d+$/.test(a.age) && Number(a.age) < youthAgeBelow);
    case 'lease':
    case 'needs':
    case 'barriers':
      return applies('statute', a, mode, youthAgeBelow) && a.statute !== '' && a.statute !== 'none';
    case 'emoves':
      return a.moves !== '0';
    case 'bonus':
      return a.prog === 'CoC' && (a.comp === 'rapid-rehousing' || a.comp === 'permanent-supportive-housing');
    case 'ded':
    case 'chr':
      return a.comp === 'permanent-supportive-housing';
    case 'hud3':
      return a.prog === 'CoC';
    case 'area':
    case 'fy':
      return a.lkind === 'table';
    case 'limit':
      return a.lkind === 'entered';
    case 'median':
      return a.lkind === 'median';
    case 'verified':
    case 'enrolled':
      return a.comp === 'rapid-rehousing';
    default:
      return true;
  }
}

const yesNo = (value: string): boolean | undefined => (value === 'yes' ? true : value === 'no' ? false : undefined);
/** A whole number from text; anything else is passed on as typed so the rules module names the problem. */
const whole = (value: string): number | string | undefined =>
  value.trim() === '' ? undefined : /^-?\d+$/.test(value.trim()) ? Number(value.trim()) : value;
const text = (value: string): string | undefined => (value === '' ? undefined : value);

/** Drops undefined fields so the object matches what a person answered. */
const defined = <T extends Record<string, unknown>>(object: T): Partial<T> =>
  Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as Partial<T>;

/**
 * Builds the rules-module input from the answers that apply. Money that does not parse is reported
 * here (path and message), since the rules module takes cents.
 */
export function toInput(a: Answers, mode: Mode, youthAgeBelow: number): { input: Record<string, unknown>; moneyErrors: FieldError[] } {
  const on = (key: AnswerKey) => applies(key, a, mode, youthAgeBelow);
  const moneyErrors: FieldError[] = [];
  const cents = (key: AnswerKey, path: string): number | undefined => {
    if (!on(key) || a[key].trim() === '') return undefined;
    const parsed = parseMoney(a[key]);
    if (parsed.ok) return parsed.cents;
    moneyErrors.push({ path, message: parsed.message });
    return undefined;
  };
  const limit =
    a.lkind === 'table'
      ? defined({ kind: 'table', area: text(a.area), fiscalYear: on('fy') ? whole(a.fy) : undefined })
      : a.lkind === 'entered'
        ? defined({ kind: 'entered', thirtyPercentLimit: cents('limit', 'income.limit.thirtyPercentLimit') })
        : a.lkind === 'median'
          ? defined({ kind: 'median', areaMedianIncome: cents('median', 'income.limit.areaMedianIncome') })
          : undefined;
  const project = defined({
    bonus: on('bonus') ? yesNo(a.bonus) : undefined,
    chronicDedicated: on('ded') ? yesNo(a.ded) : undefined,
    hudApprovedCategory3: on('hud3') ? yesNo(a.hud3) : undefined,
    victimServiceProvider: on('vsp') ? yesNo(a.vsp) : undefined,
  });
  const input = defined({
    assessmentDate: text(a.date),
    program: on('prog') ? text(a.prog) : undefined,
    component: on('comp') ? text(a.comp) : undefined,
    project: Object.keys(project).length ? project : undefined,
    household: defined({
      size: whole(a.size),
      headAge: whole(a.age),
      childrenOrYouth: a.size === '1' ? false : yesNo(a.kids),
      disability: yesNo(a.dis),
      chronicallyHomeless: on('chr') ? yesNo(a.chr) : undefined,
    }),
    lastNight: text(a.night),
    institution: on('idays') ? defined({ daysStayed: whole(a.idays), placeBefore: text(a.ibefore) }) : undefined,
    ownHomeTonight: yesNo(a.own),
    mustLeave: on('leave') ? yesNo(a.leave) : undefined,
    mustLeaveOn: on('leaveOn') ? text(a.leaveOn) : undefined,
    writtenNotice: on('written') ? yesNo(a.written) : undefined,
    otherResidence: yesNo(a.other),
    lacksResources: yesNo(a.lacks),
    fleeingViolence: yesNo(a.flee),
    recentMoves: whole(a.moves),
    recentEconomicMoves: a.moves === '0' ? 0 : whole(a.emoves),
    doubledUpForEconomicHardship: on('doubled') ? yesNo(a.doubled) : undefined,
    unit: on('ukind')
      ? defined({ kind: text(a.ukind), people: whole(a.upeople), rooms: on('urooms') ? whole(a.urooms) : undefined })
      : undefined,
    leavingInstitutionOrCare: yesNo(a.leaving),
    consolidatedPlanRisk: on('plan') ? yesNo(a.plan) : undefined,
    otherFederalStatute: on('statute') ? text(a.statute) : undefined,
    permanentHousingRecently: on('lease') ? yesNo(a.lease) : undefined,
    specialNeeds: on('needs') && a.needs !== '' ? a.needs.split(',').filter((n) => n !== '' && n !== 'none') : undefined,
    barriersToEmployment: on('barriers') ? whole(a.barriers) : undefined,
    unwillingOrUnableToUseShelter: on('refuse') ? yesNo(a.refuse) : undefined,
    income: defined({ annual: cents('income', 'income.annual'), limit }),
    verification:
      on('verified') && (a.verified !== '' || a.enrolled !== '')
        ? defined({ verifiedOn: text(a.verified), enrollmentOn: text(a.enrolled) })
        : undefined,
  });
  return { input, moneyErrors };
}
