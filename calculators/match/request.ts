import type { FieldError } from '../core/outcome';
import { fail, ok, type Outcome } from '../core/outcome';
import { formatCents, sumCents, type Cents } from '../core/money';
import type { IsoDate } from '../core/dates';
import { ceilings } from './fields';
import type { BudgetLine, CocComponent, EsgRecipientType, IndirectRate, MatchInput, MatchSource } from './schemas';

/** A source after validation, with its value settled (the amount, or hours × rate under an MOU). */
export type SettledSource = MatchSource & { index: number; value: Cents };

type Common = { asOf: IsoDate; projectName?: string; sources: SettledSource[] };

/** A validated CoC request: every CoC answer present, no ESG answers. */
export type CocRequest = Common & {
  program: 'CoC';
  projectStatus: 'new' | 'renewal';
  component: CocComponent;
  budget: BudgetLine[];
  indirectRate?: IndirectRate;
};

/** A validated ESG grant: every ESG answer present, no CoC answers. */
export type EsgRequest = Common & {
  program: 'ESG';
  esgGrant: Cents;
  recipientType: EsgRecipientType;
  stateTransfersExemption?: boolean;
};

export type MatchRequest = CocRequest | EsgRequest;

const sourceLabel = (index: number, source: MatchSource): string => `Source ${index + 1} (“${source.name}”)`;

/** The value of a third party's services under an MOU: hours × hourly rate, exact in cents. */
export const mouValue = (mou: NonNullable<MatchSource['mou']>): Cents => mou.hours * mou.hourlyRate;

function settleSources(sources: MatchSource[], errors: FieldError[]): SettledSource[] {
  const seen = new Map<string, number>();
  return sources.map((source, index) => {
    const at = (field: string) => `sources.${index}.${field}`;
    const who = sourceLabel(index, source);
    const key = source.name.toLowerCase().replace(/\s+/g, ' ');
    const first = seen.get(key);
    if (first !== undefined) {
      errors.push({
        path: at('name'),
        message: `${who} is listed twice (sources ${first + 1} and ${index + 1}): list each source once, or name them apart`,
      });
    } else seen.set(key, index);
    if (source.kind === 'cash' && source.inKindType !== undefined) {
      errors.push({
        path: at('inKindType'),
        message: `${who} is cash, so it has no in-kind type: remove the in-kind type or choose in-kind`,
      });
    }
    if (source.kind === 'cash' && source.mou !== undefined) {
      errors.push({ path: at('mou'), message: `${who} is cash, but an MOU documents in-kind services: remove the MOU or choose in-kind` });
    }
    if (source.kind === 'in-kind' && source.inKindType === undefined) {
      errors.push({
        path: at('inKindType'),
        message: `${who}: choose whether the in-kind source is services from a third party, or property, equipment or goods`,
      });
    }
    if (source.inKindType === 'property-or-goods' && source.mou !== undefined) {
      errors.push({
        path: at('mou'),
        message: `${who} is property or goods, but an MOU documents a third party’s services: remove the MOU or choose third-party services`,
      });
    }
    const fromMou =
      source.kind === 'in-kind' && source.inKindType === 'third-party-services' && source.mou ? mouValue(source.mou) : undefined;
    if (fromMou !== undefined && source.mou && source.amount !== undefined && source.amount !== fromMou) {
      errors.push({
        path: at('amount'),
        message: `${who}: the amount ${formatCents(source.amount)} differs from the MOU’s value, ${source.mou.hours} hours × ${formatCents(source.mou.hourlyRate)} = ${formatCents(fromMou)}. Correct the amount, the hours or the rate, or leave the amount out`,
      });
    }
    if (fromMou === undefined && source.amount === undefined)
      errors.push({ path: at('amount'), message: `${who}: enter the amount of the source` });
    const value = fromMou ?? source.amount ?? 0;
    if (value === 0 && (fromMou !== undefined || source.amount !== undefined)) {
      errors.push({ path: at('amount'), message: `${who}: the amount is $0.00; enter the amount committed, or remove the source` });
    }
    return { ...source, index, value };
  });
}

const onlyFor = (program: string, field: string, label: string, other: string, plural = false): FieldError => ({
  path: field,
  message: `${label} ${plural ? 'are' : 'is'} for ${program} only: remove ${plural ? 'them' : 'it'}, or choose ${program} as the program instead of ${other}`,
});

function cocRequest(input: MatchInput, sources: SettledSource[], errors: FieldError[]): CocRequest | null {
  const { projectStatus, component, budget = [], indirectRate } = input;
  if (input.esgGrant !== undefined) errors.push(onlyFor('ESG', 'esgGrant', 'The ESG grant amount', 'CoC'));
  if (input.recipientType !== undefined) errors.push(onlyFor('ESG', 'recipientType', 'The kind of ESG recipient', 'CoC'));
  if (input.stateTransfersExemption !== undefined)
    errors.push(onlyFor('ESG', 'stateTransfersExemption', 'The State’s $100,000 exception', 'CoC'));
  if (projectStatus === undefined) errors.push({ path: 'projectStatus', message: 'Choose whether the project is new or a renewal' });
  if (component === undefined) errors.push({ path: 'component', message: 'Choose the project type' });
  if (budget.length === 0)
    errors.push({ path: 'budget', message: 'Add at least one budget line: the CoC match is a share of the request' });
  budget.forEach((line, index) => {
    const at = (field: string) => `budget.${index}.${field}`;
    const which = `Budget line ${index + 1}`;
    if (line.category === 'supportive-services' && line.serviceCost === undefined) {
      errors.push({ path: at('serviceCost'), message: `${which}: choose which supportive service cost this line pays for` });
    }
    if (line.category !== 'supportive-services' && line.serviceCost !== undefined) {
      errors.push({
        path: at('serviceCost'),
        message: `${which} is not a supportive services line, so it names no supportive service cost: remove it or change the category`,
      });
    }
    if (line.category !== 'supportive-services' && line.participantSupport === true) {
      errors.push({
        path: at('participantSupport'),
        message: `${which}: only supportive services lines are participant support costs here: untick it or change the category`,
      });
    }
  });
  const total = sumCents(budget.map((line) => line.amount));
  const overhead = sumCents(budget.filter((line) => line.category === 'admin' || line.category === 'indirect').map((line) => line.amount));
  const indirect = sumCents(budget.filter((line) => line.category === 'indirect').map((line) => line.amount));
  if (budget.length > 0 && total === 0) errors.push({ path: 'budget', message: 'The request totals $0.00: enter the amounts requested' });
  if (total > ceilings.request) {
    errors.push({
      path: 'budget',
      message: `The request totals ${formatCents(total)}, more than ${formatCents(ceilings.request, { wholeDollars: true })}: check the amounts`,
    });
  }
  if (total > 0 && overhead === total) {
    errors.push({
      path: 'budget',
      message: `Administrative and indirect costs make up the whole request (${formatCents(overhead)} of ${formatCents(total)}): they are a share of a request for program costs, so add the lines they support`,
    });
  }
  if (indirect > 0 && indirectRate === undefined) {
    errors.push({
      path: 'indirectRate.method',
      message: 'The budget has indirect costs: say whether they use the de minimis rate or a negotiated rate',
    });
  }
  if (indirectRate?.method === 'negotiated' && indirectRate.negotiatedRate === undefined) {
    errors.push({ path: 'indirectRate.negotiatedRate', message: 'Enter the negotiated indirect cost rate' });
  }
  if (indirectRate?.method === 'de-minimis' && indirectRate.negotiatedRate !== undefined) {
    errors.push({
      path: 'indirectRate.negotiatedRate',
      message: 'You chose the de minimis rate and also gave a negotiated rate: remove the negotiated rate, or choose the negotiated rate',
    });
  }
  if (projectStatus === undefined || component === undefined) return null;
  return {
    program: 'CoC',
    asOf: input.asOf,
    ...(input.projectName !== undefined ? { projectName: input.projectName } : {}),
    projectStatus,
    component,
    budget,
    ...(indirectRate !== undefined ? { indirectRate } : {}),
    sources,
  };
}

function esgRequest(input: MatchInput, sources: SettledSource[], errors: FieldError[]): EsgRequest | null {
  const { esgGrant, recipientType, stateTransfersExemption } = input;
  if (input.projectStatus !== undefined) errors.push(onlyFor('CoC', 'projectStatus', 'New or renewal', 'ESG'));
  if (input.component !== undefined) errors.push(onlyFor('CoC', 'component', 'The project type', 'ESG'));
  if (input.budget !== undefined && input.budget.length > 0) errors.push(onlyFor('CoC', 'budget', 'The budget lines', 'ESG', true));
  if (input.indirectRate !== undefined) errors.push(onlyFor('CoC', 'indirectRate.method', 'The indirect cost rate', 'ESG'));
  if (esgGrant === undefined) errors.push({ path: 'esgGrant', message: 'Enter the ESG grant amount' });
  if (esgGrant === 0) errors.push({ path: 'esgGrant', message: 'The ESG grant is $0.00: enter the fiscal year grant amount' });
  if (recipientType === undefined) errors.push({ path: 'recipientType', message: 'Choose the kind of ESG recipient' });
  if (recipientType === 'state' && stateTransfersExemption === undefined) {
    errors.push({
      path: 'stateTransfersExemption',
      message: 'Answer yes or no: does the State pass the $100,000 exception on to the subrecipients least able to match?',
    });
  }
  if (recipientType !== undefined && recipientType !== 'state' && stateTransfersExemption !== undefined) {
    errors.push({
      path: 'stateTransfersExemption',
      message: 'Only a State has the first-$100,000 exception: remove this answer, or choose State as the kind of recipient',
    });
  }
  if (esgGrant === undefined || recipientType === undefined) return null;
  return {
    program: 'ESG',
    asOf: input.asOf,
    ...(input.projectName !== undefined ? { projectName: input.projectName } : {}),
    esgGrant,
    recipientType,
    ...(stateTransfersExemption !== undefined ? { stateTransfersExemption } : {}),
    sources,
  };
}

/** Checks answers that depend on each other and reports every contradiction; on success, the settled request. */
export function settleRequest(input: MatchInput): Outcome<MatchRequest> {
  const errors: FieldError[] = [];
  const sources = settleSources(input.sources, errors);
  const request = input.program === 'CoC' ? cocRequest(input, sources, errors) : esgRequest(input, sources, errors);
  return errors.length > 0 || request === null ? fail(errors) : ok(request);
}
