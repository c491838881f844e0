import type { EligibilityInput } from '../../calculators/eligibility/schema';
import { emptyAnswers, type Answers } from './EligibilityModel';

/** The answers that reproduce an input (used to load a worked example into the form). */
export function fromInput(input: EligibilityInput, jurisdiction: string): Answers {
  const yn = (value: boolean | undefined) => (value === undefined ? '' : value ? 'yes' : 'no');
  const num = (value: number | undefined) => (value === undefined ? '' : String(value));
  const money = (cents: number | undefined) => (cents === undefined ? '' : (cents / 100).toFixed(2));
  const limit = input.income.limit;
  return {
    ...emptyAnswers,
    j: jurisdiction,
    date: input.assessmentDate,
    prog: input.program ?? '',
    comp: input.component ?? '',
    bonus: yn(input.project?.bonus),
    ded: yn(input.project?.chronicDedicated),
    hud3: yn(input.project?.hudApprovedCategory3),
    vsp: yn(input.project?.victimServiceProvider),
    night: input.lastNight,
    idays: num(input.institution?.daysStayed),
    ibefore: input.institution?.placeBefore ?? '',
    own: yn(input.ownHomeTonight),
    leave: yn(input.mustLeave),
    leaveOn: input.mustLeaveOn ?? '',
    written: yn(input.writtenNotice),
    doubled: yn(input.doubledUpForEconomicHardship),
    ukind: input.unit?.kind ?? '',
    upeople: num(input.unit?.people),
    urooms: num(input.unit?.rooms),
    flee: yn(input.fleeingViolence),
    other: yn(input.otherResidence),
    lacks: yn(input.lacksResources),
    refuse: yn(input.unwillingOrUnableToUseShelter),
    size: num(input.household.size),
    kids: yn(input.household.childrenOrYouth),
    age: num(input.household.headAge),
    statute: input.otherFederalStatute ?? '',
    lease: yn(input.permanentHousingRecently),
    moves: num(input.recentMoves),
    emoves: num(input.recentEconomicMoves),
    needs: input.specialNeeds ? (input.specialNeeds.length ? input.specialNeeds.join(',') : 'none') : '',
    barriers: num(input.barriersToEmployment),
    leaving: yn(input.leavingInstitutionOrCare),
    plan: yn(input.consolidatedPlanRisk),
    dis: yn(input.household.disability),
    chr: yn(input.household.chronicallyHomeless),
    income: money(input.income.annual),
    lkind: limit.kind,
    area: limit.kind === 'table' ? limit.area : '',
    fy: limit.kind === 'table' ? num(limit.fiscalYear) : '',
    limit: limit.kind === 'entered' ? money(limit.thirtyPercentLimit) : '',
    median: limit.kind === 'median' ? money(limit.areaMedianIncome) : '',
    verified: input.verification?.verifiedOn ?? '',
    enrolled: input.verification?.enrollmentOn ?? '',
  };
}
