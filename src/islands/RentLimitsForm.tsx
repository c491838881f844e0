import type { FieldError } from '../../calculators/core/outcome';
import type { JurisdictionId } from '../../calculators/core/parameters';
import type { FmrTable } from '../../calculators/rent/schemas/fmr';
import type { FeeKind, LimitsInput } from '../../calculators/rent/schemas/limits';
import type { UtilityAllowanceSchedule } from '../../calculators/rent/schemas/utilityAllowance';
import { moneyText, Problems } from './RentParts';
import { noUtilities, utilityInput, utilityStateFrom, type UtilityState } from './RentUtilities';

/** The limits form as typed text (so it survives the URL fragment), and its conversion to the rules module's input. */

export type FeeState = { label: string; kind: FeeKind; amount: string };
export type FmrChoice = 'entered' | 'table' | 'none';

export type LimitsState = {
  jurisdiction: JurisdictionId;
  asOf: string;
  program: LimitsInput['program'];
  component: LimitsInput['component'];
  assistance: LimitsInput['assistance'];
  contractRent: string;
  fees: FeeState[];
  utility: UtilityState;
  fmrChoice: FmrChoice;
  fmr: string;
  areaCode: string;
  fmrBedrooms: string;
  reasonableRent: string;
  approved: '' | 'yes' | 'no';
  deposit: string;
  lastMonth: string;
  arrearsMonths: string;
  arrearsPaidBefore: boolean;
  monthsAlready: string;
  monthsRequested: string;
  utilityMonthsAlready: string;
  utilityMonthsRequested: string;
  otherAssistance: boolean;
};

/** The field names problems are reported under. */
export type LimitsLabels = Record<
  | 'contractRent'
  | 'feeAmount'
  | 'fmr'
  | 'fmrBedrooms'
  | 'reasonableRent'
  | 'deposit'
  | 'lastMonth'
  | 'arrearsMonths'
  | 'monthsAlready'
  | 'monthsRequested'
  | 'utilityMonthsAlready'
  | 'utilityMonthsRequested',
  string
>;

/** A new fee line. */
export const emptyFee = (): FeeState => ({ label: '', kind: 'required', amount: '' });

/** The form as it opens: ESG rapid re-housing under the federal baseline. */
export const initialLimits = (today: string): LimitsState => ({
  jurisdiction: 'hud',
  asOf: today,
  program: 'esg',
  component: 'rapid-rehousing',
  assistance: 'rental-assistance',
  contractRent: '',
  fees: [],
  utility: noUtilities(),
  fmrChoice: 'entered',
  fmr: '',
  areaCode: '',
  fmrBedrooms: '',
  reasonableRent: '',
  approved: '',
  deposit: '',
  lastMonth: '',
  arrearsMonths: '',
  arrearsPaidBefore: false,
  monthsAlready: '0',
  monthsRequested: '0',
  utilityMonthsAlready: '',
  utilityMonthsRequested: '',
  otherAssistance: false,
});

const count = (n: number | undefined): string => (n === undefined ? '' : String(n));

/** The form showing a worked example's input. */
export function limitsFromExample(input: LimitsInput, jurisdiction: JurisdictionId, today: string): LimitsState {
  const fmr = input.fmr;
  return {
    ...initialLimits(today),
    jurisdiction,
    asOf: input.asOf,
    program: input.program,
    component: input.component,
    assistance: input.assistance,
    contractRent: moneyText(input.contractRent),
    fees: (input.fees ?? []).map((f) => ({ label: f.label, kind: f.kind, amount: moneyText(f.amount) })),
    utility: utilityStateFrom(input.utilityAllowance),
    fmrChoice: fmr ? fmr.source : 'none',
    fmr: fmr?.source === 'entered' ? moneyText(fmr.amount) : '',
    areaCode: fmr?.source === 'table' ? fmr.areaCode : '',
    fmrBedrooms: fmr?.source === 'table' ? String(fmr.bedrooms) : '',
    reasonableRent: moneyText(input.reasonableRent),
    approved: input.fmrExceptionApproved === undefined ? '' : input.fmrExceptionApproved ? 'yes' : 'no',
    deposit: moneyText(input.securityDeposit),
    lastMonth: moneyText(input.lastMonthRent),
    arrearsMonths: count(input.arrears?.months),
    arrearsPaidBefore: input.arrears?.paidBefore ?? false,
    monthsAlready: String(input.monthsAlreadyAssisted),
    monthsRequested: String(input.monthsRequested),
    utilityMonthsAlready: count(input.utilityAssistance?.monthsAlready),
    utilityMonthsRequested: count(input.utilityAssistance?.monthsRequested),
    otherAssistance: input.otherPublicRentalAssistance,
  };
}

/** Turns the form into the rules module's input; problems carry the same paths the rules module uses. */
export function limitsInput(
  state: LimitsState,
  schedule: UtilityAllowanceSchedule | null,
  table: FmrTable | null,
  labels: LimitsLabels,
): { input: LimitsInput; problems: FieldError[] } {
  const p = new Problems();
  const fmr = ((): LimitsInput['fmr'] => {
    switch (state.fmrChoice) {
      case 'none':
        return undefined;
      case 'entered':
        return state.fmr.trim() === '' ? undefined : { source: 'entered', amount: p.money(state.fmr, 'fmr.amount', labels.fmr) ?? 0 };
      case 'table':
        return table
          ? {
              source: 'table',
              table,
              areaCode: state.areaCode,
              bedrooms: p.whole(state.fmrBedrooms, 'fmr.bedrooms', labels.fmrBedrooms) ?? 0,
            }
          : undefined;
    }
  })();
  const arrearsMonths = p.whole(state.arrearsMonths, 'arrears.months', labels.arrearsMonths, false);
  const utilityAlready = p.whole(state.utilityMonthsAlready, 'utilityAssistance.monthsAlready', labels.utilityMonthsAlready, false);
  const utilityRequested = p.whole(state.utilityMonthsRequested, 'utilityAssistance.monthsRequested', labels.utilityMonthsRequested, false);
  if ((state.utilityMonthsAlready.trim() === '') !== (state.utilityMonthsRequested.trim() === '')) {
    const missing = state.utilityMonthsAlready.trim() === '' ? 'monthsAlready' : 'monthsRequested';
    p.add(
      `utilityAssistance.${missing}`,
      `${missing === 'monthsAlready' ? labels.utilityMonthsAlready : labels.utilityMonthsRequested}: enter both utility assistance numbers (0 if none), or neither`,
    );
  }
  const input: LimitsInput = {
    mode: 'limits',
    asOf: state.asOf,
    program: state.program,
    component: state.component,
    assistance: state.assistance,
    contractRent: p.money(state.contractRent, 'contractRent', labels.contractRent, true) ?? 0,
    fees: state.fees.map((f, i) => ({
      label: f.label.trim() || `Fee ${i + 1}`,
      kind: f.kind,
      amount: p.money(f.amount, `fees.${i}.amount`, labels.feeAmount, true) ?? 0,
    })),
    utilityAllowance: utilityInput(state.utility, schedule, p),
    fmr,
    reasonableRent: p.money(state.reasonableRent, 'reasonableRent', labels.reasonableRent),
    fmrExceptionApproved: state.approved === '' ? undefined : state.approved === 'yes',
    securityDeposit: p.money(state.deposit, 'securityDeposit', labels.deposit),
    lastMonthRent: p.money(state.lastMonth, 'lastMonthRent', labels.lastMonth),
    arrears: arrearsMonths === undefined ? undefined : { months: arrearsMonths, paidBefore: state.arrearsPaidBefore },
    monthsAlreadyAssisted: p.whole(state.monthsAlready, 'monthsAlreadyAssisted', labels.monthsAlready) ?? 0,
    monthsRequested: p.whole(state.monthsRequested, 'monthsRequested', labels.monthsRequested) ?? 0,
    utilityAssistance:
      utilityAlready === undefined || utilityRequested === undefined
        ? undefined
        : { monthsAlready: utilityAlready, monthsRequested: utilityRequested },
    otherPublicRentalAssistance: state.otherAssistance,
  };
  return { input, problems: p.errors };
}

/** A light shape check for state read back from the URL fragment. */
export const isLimitsState = (value: unknown): value is LimitsState =>
  typeof value === 'object' &&
  value !== null &&
  Array.isArray((value as LimitsState).fees) &&
  typeof (value as LimitsState).program === 'string' &&
  typeof (value as LimitsState).utility === 'object';
