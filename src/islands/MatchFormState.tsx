import { parseMoney } from '../../calculators/core/money';
import type { FieldError } from '../../calculators/core/outcome';
import { jurisdictionIds, type JurisdictionId } from '../../calculators/core/parameters';
import type {
  BudgetCategory,
  CocComponent,
  EsgRecipientType,
  MatchInput,
  SourceOrigin,
  SupportiveServiceCost,
} from '../../calculators/match/schemas';

/**
 * The match tool's form state: every answer as the text a person typed, so it survives a round trip
 * through the URL fragment, and the conversion to the rules module's input (money parsed to cents).
 */

export type LineState = {
  category: BudgetCategory;
  description: string;
  amount: string;
  serviceCost: SupportiveServiceCost | '';
  participantSupport: boolean;
};

export type SourceState = {
  name: string;
  kind: 'cash' | 'in-kind' | '';
  origin: SourceOrigin | '';
  amount: string;
  commitmentDate: string;
  offeredAs: 'match' | 'leverage';
  inKindType: 'third-party-services' | 'property-or-goods' | '';
  hasMou: boolean;
  service: string;
  profession: string;
  hourlyRate: string;
  hours: string;
  unconditional: boolean;
  statuteProhibitsMatch: boolean;
  previouslyUsedAsMatch: boolean;
  paidDirectlyToParticipants: boolean;
};

export type FormState = {
  jurisdiction: JurisdictionId;
  program: 'CoC' | 'ESG';
  asOf: string;
  projectName: string;
  projectStatus: 'new' | 'renewal' | '';
  component: CocComponent | '';
  lines: LineState[];
  indirectMethod: 'de-minimis' | 'negotiated' | '';
  negotiatedRate: string;
  esgGrant: string;
  recipientType: EsgRecipientType | '';
  stateTransfers: 'yes' | 'no' | '';
  sources: SourceState[];
};

/** A new, empty budget line. */
export const emptyLine = (): LineState => ({
  category: 'rental-assistance',
  description: '',
  amount: '',
  serviceCost: '',
  participantSupport: false,
});

/** A new, empty source committed on `date`. */
export const emptySource = (date: string): SourceState => ({
  name: '',
  kind: '',
  origin: '',
  amount: '',
  commitmentDate: date,
  offeredAs: 'match',
  inKindType: '',
  hasMou: false,
  service: '',
  profession: '',
  hourlyRate: '',
  hours: '',
  unconditional: false,
  statuteProhibitsMatch: false,
  previouslyUsedAsMatch: false,
  paidDirectlyToParticipants: false,
});

/** The form as it opens: a CoC request with one line, under the HUD baseline, on `today`. */
export const initialState = (today: string): FormState => ({
  jurisdiction: 'hud',
  program: 'CoC',
  asOf: today,
  projectName: '',
  projectStatus: '',
  component: '',
  lines: [emptyLine()],
  indirectMethod: '',
  negotiatedRate: '',
  esgGrant: '',
  recipientType: '',
  stateTransfers: '',
  sources: [],
});

const text = (cents: number | undefined): string => (cents === undefined ? '' : (cents / 100).toFixed(2));

/** The form state that shows a worked example's input. */
export function fromExample(input: MatchInput, jurisdiction: JurisdictionId): FormState {
  return {
    jurisdiction,
    program: input.program,
    asOf: input.asOf,
    projectName: input.projectName ?? '',
    projectStatus: input.projectStatus ?? '',
    component: input.component ?? '',
    lines: (input.budget ?? []).map((line) => ({
      category: line.category,
      description: line.description ?? '',
      amount: text(line.amount),
      serviceCost: line.serviceCost ?? '',
      participantSupport: line.participantSupport ?? false,
    })),
    indirectMethod: input.indirectRate?.method ?? '',
    negotiatedRate: input.indirectRate?.negotiatedRate === undefined ? '' : String(input.indirectRate.negotiatedRate / 100),
    esgGrant: text(input.esgGrant),
    recipientType: input.recipientType ?? '',
    stateTransfers: input.stateTransfersExemption === undefined ? '' : input.stateTransfersExemption ? 'yes' : 'no',
    sources: input.sources.map((s) => ({
      ...emptySource(s.commitmentDate),
      name: s.name,
      kind: s.kind,
      origin: s.origin,
      amount: text(s.amount),
      offeredAs: s.offeredAs,
      inKindType: s.inKindType ?? '',
      hasMou: s.mou !== undefined,
      service: s.mou?.service ?? '',
      profession: s.mou?.profession ?? '',
      hourlyRate: text(s.mou?.hourlyRate),
      hours: s.mou ? String(s.mou.hours) : '',
      unconditional: s.mou?.unconditional ?? false,
      statuteProhibitsMatch: s.statuteProhibitsMatch ?? false,
      previouslyUsedAsMatch: s.previouslyUsedAsMatch ?? false,
      paidDirectlyToParticipants: s.paidDirectlyToParticipants ?? false,
    })),
  };
}

type Problem = (path: string, message: string) => void;

function money(value: string, path: string, label: string, problem: Problem): number | undefined {
  if (value.trim() === '') return undefined;
  const parsed = parseMoney(value);
  if (parsed.ok) return parsed.cents;
  problem(path, `${label}: ${parsed.message}`);
  return undefined;
}

/** "25.5" (percent) → 2550 basis points; anything else is a problem named for the field. */
function percent(value: string, path: string, problem: Problem): number | undefined {
  if (value.trim() === '') return undefined;
  const m = /^\s*(\d{1,3})(?:\.(\d{1,2}))?\s*%?\s*$/.exec(value);
  if (!m) {
    problem(path, 'Negotiated rate: enter a percentage such as 25.5');
    return undefined;
  }
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

function wholeNumber(value: string, path: string, label: string, problem: Problem): number | undefined {
  if (value.trim() === '') return undefined;
  if (!/^\s*\d+\s*$/.test(value)) {
    problem(path, `${label}: enter a whole number, like 120`);
    return undefined;
  }
  return Number(value);
}

const defined = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as T;

/** Builds the rules module's input from the form; amounts the form cannot read are reported with the field's path. */
export function toInput(state: FormState): { input: unknown; problems: FieldError[] } {
  const problems: FieldError[] = [];
  const problem: Problem = (path, message) => problems.push({ path, message });
  const sources = state.sources.map((s, i) => {
    const label = `Source ${i + 1}${s.name.trim() ? ` (“${s.name.trim()}”)` : ''}`;
    const mou =
      s.kind === 'in-kind' && s.inKindType === 'third-party-services' && s.hasMou
        ? {
            service: s.service,
            profession: s.profession,
            hourlyRate: money(s.hourlyRate, `sources.${i}.mou.hourlyRate`, `${label}, hourly rate`, problem),
            hours: wholeNumber(s.hours, `sources.${i}.mou.hours`, `${label}, hours`, problem),
            unconditional: s.unconditional,
          }
        : undefined;
    return defined({
      name: s.name,
      kind: s.kind || undefined,
      origin: s.origin || undefined,
      amount: money(s.amount, `sources.${i}.amount`, `${label}, amount`, problem),
      commitmentDate: s.commitmentDate,
      offeredAs: s.offeredAs,
      inKindType: s.kind === 'in-kind' ? s.inKindType || undefined : undefined,
      mou,
      statuteProhibitsMatch: s.statuteProhibitsMatch || undefined,
      previouslyUsedAsMatch: s.previouslyUsedAsMatch || undefined,
      paidDirectlyToParticipants: s.paidDirectlyToParticipants || undefined,
    });
  });
  const common = { program: state.program, asOf: state.asOf, projectName: state.projectName.trim() || undefined, sources };
  if (state.program === 'ESG') {
    return {
      input: defined({
        ...common,
        esgGrant: money(state.esgGrant, 'esgGrant', 'ESG grant amount', problem),
        recipientType: state.recipientType || undefined,
        stateTransfersExemption: state.recipientType === 'state' && state.stateTransfers ? state.stateTransfers === 'yes' : undefined,
      }),
      problems,
    };
  }
  const budget = state.lines.map((line, i) => {
    const services = line.category === 'supportive-services';
    return defined({
      category: line.category,
      description: line.description.trim() || undefined,
      amount: money(line.amount, `budget.${i}.amount`, `Budget line ${i + 1}, amount`, problem),
      serviceCost: services ? line.serviceCost || undefined : undefined,
      participantSupport: services && line.participantSupport ? true : undefined,
    });
  });
  const hasIndirect = state.lines.some((line) => line.category === 'indirect');
  const indirectRate =
    hasIndirect && state.indirectMethod
      ? defined({
          method: state.indirectMethod,
          negotiatedRate:
            state.indirectMethod === 'negotiated' ? percent(state.negotiatedRate, 'indirectRate.negotiatedRate', problem) : undefined,
        })
      : undefined;
  return {
    input: defined({
      ...common,
      projectStatus: state.projectStatus || undefined,
      component: state.component || undefined,
      budget,
      indirectRate,
    }),
    problems,
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** True when `v` has every field the form's own `template` has, each of the same type. */
const shapedLike = (v: unknown, template: object): v is Record<string, unknown> =>
  isRecord(v) && Object.entries(template).every(([key, field]) => typeof v[key] === typeof field);

/** True when a value read from the fragment has the form's shape; the rules module still validates every answer. */
export function isFormState(value: unknown): value is FormState {
  if (!shapedLike(value, initialState(''))) return false;
  if (!(jurisdictionIds as readonly unknown[]).includes(value.jurisdiction) || (value.program !== 'CoC' && value.program !== 'ESG'))
    return false;
  const { lines, sources } = value;
  return (
    Array.isArray(lines) &&
    Array.isArray(sources) &&
    lines.every((l) => shapedLike(l, emptyLine())) &&
    sources.every((s) => shapedLike(s, emptySource('')))
  );
}

/** The form field that shows an error at `path` ("sources.0.mou.hours" → "match-sources-0-mou-hours"), walking up to one that exists. */
export function fieldFor(path: string, rendered: ReadonlySet<string>, fallback: string): string {
  const parts = path.split('.').filter(Boolean);
  for (let n = parts.length; n > 0; n -= 1) {
    const id = `match-${parts.slice(0, n).join('-')}`;
    if (rendered.has(id)) return id;
  }
  return fallback;
}
