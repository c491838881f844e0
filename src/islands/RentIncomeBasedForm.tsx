import type { FieldError } from '../../calculators/core/outcome';
import type { JurisdictionId } from '../../calculators/core/parameters';
import type { RentInput } from '../../calculators/rent/schemas/rentInput';
import type { PayFrequency, Relationship } from '../../calculators/rent/schemas/household';
import type { UtilityAllowanceSchedule } from '../../calculators/rent/schemas/utilityAllowance';
import { moneyText, Problems } from './RentParts';
import { noUtilities, utilityInput, utilityStateFrom, type UtilityState } from './RentUtilities';

/**
 * The income-based rent form as the text a person typed (so it survives the URL fragment), and its
 * conversion to the rules module's input with money parsed to cents.
 */

type IncomeBased = Extract<RentInput, { mode: 'income-based' }>;

export type SourceState = { label: string; kind: 'earned' | 'unearned'; amount: string; frequency: PayFrequency; hours: string };
export type MemberState = { name: string; relationship: Relationship; age: string; dependent: boolean; sources: SourceState[] };

export type IncomeBasedState = {
  jurisdiction: JurisdictionId;
  asOf: string;
  component: IncomeBased['component'];
  charge: IncomeBased['charge'];
  members: MemberState[];
  elderly: boolean;
  medical: string;
  careExpenses: string;
  careEarnings: string;
  childCare: string;
  welfare: string;
  utility: UtilityState;
  contractRent: string;
};

/** A new income source. */
export const emptySource = (): SourceState => ({ label: '', kind: 'earned', amount: '', frequency: 'monthly', hours: '' });

/** A new household member; the first one is the head. */
export const emptyMember = (head: boolean): MemberState => ({
  name: '',
  relationship: head ? 'head' : 'other',
  age: '',
  dependent: false,
  sources: head ? [emptySource()] : [],
});

/** The form as it opens. */
export const initialState = (today: string): IncomeBasedState => ({
  jurisdiction: 'hud',
  asOf: today,
  component: 'permanent-supportive-housing',
  charge: 'rental-assistance-rent',
  members: [emptyMember(true)],
  elderly: false,
  medical: '',
  careExpenses: '',
  careEarnings: '',
  childCare: '',
  welfare: '',
  utility: noUtilities(),
  contractRent: '',
});

/** The form showing a worked example's input. */
export function fromExample(input: IncomeBased, jurisdiction: JurisdictionId, today: string): IncomeBasedState {
  return {
    ...initialState(today),
    jurisdiction,
    asOf: input.asOf,
    component: input.component,
    charge: input.charge,
    members: input.members.map((m) => ({
      name: m.name,
      relationship: m.relationship,
      age: String(m.age),
      dependent: m.dependent,
      sources: m.incomeSources.map((s) => ({
        label: s.label,
        kind: s.kind,
        amount: moneyText(s.amount),
        frequency: s.frequency,
        hours: s.hoursPerWeek === undefined ? '' : String(s.hoursPerWeek),
      })),
    })),
    elderly: input.elderlyOrDisabledFamily,
    medical: moneyText(input.medicalExpenses),
    careExpenses: moneyText(input.attendantCare?.expenses),
    careEarnings: moneyText(input.attendantCare?.earningsEnabled),
    childCare: moneyText(input.childCareExpenses),
    welfare: moneyText(input.welfareRent),
    utility: utilityStateFrom(input.utilityAllowance),
    contractRent: moneyText(input.contractRent),
  };
}

/** The field names problems are reported under. */
export type FieldLabels = Record<
  'age' | 'amount' | 'hours' | 'medical' | 'careExpenses' | 'careEarnings' | 'childCare' | 'welfare' | 'contractRent',
  string
>;

/** Hours a week, decimals allowed ("37.5"), or undefined with a problem. */
function decimal(p: Problems, text: string, path: string, label: string): number | undefined {
  if (/^\s*\d+(\.\d+)?\s*$/.test(text)) return Number(text);
  p.add(path, `${label}: enter a number, like 37.5`);
  return undefined;
}

/** Turns the form into the rules module's input; problems carry the same paths the rules module uses. */
export function toInput(
  state: IncomeBasedState,
  schedule: UtilityAllowanceSchedule | null,
  labels: FieldLabels,
): { input: IncomeBased; problems: FieldError[] } {
  const p = new Problems();
  const members = state.members.map((m, i) => ({
    name: m.name.trim() || `Member ${i + 1}`,
    relationship: m.relationship,
    age: p.whole(m.age, `members.${i}.age`, labels.age) ?? 0,
    dependent: m.dependent,
    incomeSources: m.sources.map((s, j) => ({
      label: s.label.trim() || `Income ${j + 1}`,
      kind: s.kind,
      amount: p.money(s.amount, `members.${i}.incomeSources.${j}.amount`, labels.amount, true) ?? 0,
      frequency: s.frequency,
      ...(s.frequency === 'hourly'
        ? { hoursPerWeek: decimal(p, s.hours, `members.${i}.incomeSources.${j}.hoursPerWeek`, labels.hours) ?? 0 }
        : {}),
    })),
  }));
  const careExpenses = p.money(state.careExpenses, 'attendantCare.expenses', labels.careExpenses);
  const careEarnings = p.money(state.careEarnings, 'attendantCare.earningsEnabled', labels.careEarnings);
  const hasExpenses = state.careExpenses.trim() !== '';
  if (hasExpenses !== (state.careEarnings.trim() !== '')) {
    p.add(
      hasExpenses ? 'attendantCare.earningsEnabled' : 'attendantCare.expenses',
      `${hasExpenses ? labels.careEarnings : labels.careExpenses}: enter both attendant-care amounts, or neither`,
    );
  }
  const utilityAllowance = utilityInput(state.utility, schedule, p);
  const input: IncomeBased = {
    mode: 'income-based',
    asOf: state.asOf,
    component: state.component,
    charge: state.charge,
    members,
    elderlyOrDisabledFamily: state.elderly,
    medicalExpenses: p.money(state.medical, 'medicalExpenses', labels.medical),
    attendantCare:
      careExpenses !== undefined && careEarnings !== undefined ? { expenses: careExpenses, earningsEnabled: careEarnings } : undefined,
    childCareExpenses: p.money(state.childCare, 'childCareExpenses', labels.childCare),
    welfareRent: p.money(state.welfare, 'welfareRent', labels.welfare),
    utilityAllowance,
    contractRent: p.money(state.contractRent, 'contractRent', labels.contractRent),
  };
  return { input, problems: p.errors };
}

/** A light shape check for state read back from the URL fragment. */
export const isIncomeBasedState = (value: unknown): value is IncomeBasedState =>
  typeof value === 'object' &&
  value !== null &&
  Array.isArray((value as IncomeBasedState).members) &&
  typeof (value as IncomeBasedState).asOf === 'string' &&
  typeof (value as IncomeBasedState).utility === 'object';
