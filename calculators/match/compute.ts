import { reason, type Reason } from '../core/citation';
import { formatCents, sumCents } from '../core/money';
import { fail, ok, parseInput, type FieldError, type Outcome } from '../core/outcome';
import type { RuleOptions } from '../core/options';
import { chooseMatchParameters } from '../parameters/match';
import { checkAdmin } from './admin';
import { addUpRequest } from './budget';
import type { BudgetCheck } from './checks';
import { checkRentalAssistanceWithOperating, checkServiceCosts } from './costs';
import { checkIndirect } from './indirect';
import { checkLeverage } from './leverage';
import { citationsFor } from './passages';
import { settleRequest, type CocRequest, type EsgRequest } from './request';
import { cocRequiredMatch, esgRequiredMatch } from './required';
import type { MatchResult } from './result';
import { MissingRuleValue, ruleReader, type RuleReader } from './rules';
import { MatchInput } from './schemas';
import { judgeSources, type SourceOutcome } from './sources';
import { checkThreshold } from './threshold';

const nameOf = (input: unknown, index: number): string | undefined => {
  const sources = typeof input === 'object' && input !== null ? (input as { sources?: unknown }).sources : undefined;
  const item: unknown = Array.isArray(sources) ? sources[index] : undefined;
  const name = typeof item === 'object' && item !== null ? (item as { name?: unknown }).name : undefined;
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : undefined;
};

/** Names the list item a message is about ("Source 2 (“City”): …"), so a summary of errors reads on its own. */
function nameItems(errors: FieldError[], input: unknown): FieldError[] {
  return errors.map((error) => {
    const [list, index] = error.path.split('.');
    if ((list !== 'sources' && list !== 'budget') || index === undefined || !/^\d+$/.test(index)) return error;
    const position = Number(index);
    const name = list === 'sources' ? nameOf(input, position) : undefined;
    const item = list === 'sources' ? `Source ${position + 1}${name ? ` (“${name}”)` : ''}` : `Budget line ${position + 1}`;
    // Lower-case the message's first word after the prefix, unless it is an acronym such as MOU.
    const message = /^[A-Z][a-z]/.test(error.message) ? error.message.charAt(0).toLowerCase() + error.message.slice(1) : error.message;
    return { ...error, message: `${item}: ${message}` };
  });
}

type Totals = Pick<MatchResult, 'eligibleCash' | 'eligibleInKind' | 'eligibleMatch' | 'shortfall' | 'surplus'> & { reason: Reason };

function totalUp(rules: RuleReader, program: 'CoC' | 'ESG', requiredMatch: number, sources: readonly SourceOutcome[]): Totals {
  const matching = sources.filter((s) => s.counts && s.offeredAs === 'match');
  const eligibleCash = sumCents(matching.filter((s) => s.kind === 'cash').map((s) => s.value));
  const eligibleInKind = sumCents(matching.filter((s) => s.kind === 'in-kind').map((s) => s.value));
  const eligibleMatch = eligibleCash + eligibleInKind;
  const shortfall = Math.max(0, requiredMatch - eligibleMatch);
  const surplus = Math.max(0, eligibleMatch - requiredMatch);
  const verdict =
    shortfall > 0
      ? `a shortfall of ${formatCents(requiredMatch)} − ${formatCents(eligibleMatch)} = ${formatCents(shortfall)}`
      : surplus > 0
        ? `the requirement is met with a surplus of ${formatCents(eligibleMatch)} − ${formatCents(requiredMatch)} = ${formatCents(surplus)}`
        : 'the requirement is met exactly';
  return {
    eligibleCash,
    eligibleInKind,
    eligibleMatch,
    shortfall,
    surplus,
    reason: reason(
      shortfall > 0 ? 'match-shortfall' : 'match-met',
      `Match that counts: ${formatCents(eligibleCash)} cash + ${formatCents(eligibleInKind)} in-kind = ${formatCents(eligibleMatch)}, against ${formatCents(requiredMatch)} required: ${verdict}.`,
      ...citationsFor(program === 'CoC' ? 'cashOrInKind' : 'esgSources', rules.set.id),
    ),
  };
}

function base(rules: RuleReader, program: 'CoC' | 'ESG', sources: SourceOutcome[]) {
  const { set, asOf } = rules;
  return {
    program,
    jurisdiction: set.id,
    parameterSet: { label: set.label, ...(set.revision ? { revision: set.revision } : {}) },
    asOf,
    sources,
    rejectedSources: sources
      .filter((s) => !s.counts)
      .map(({ index, name, value, excludedBy, reasons }) => ({ index, name, value, excludedBy, reasons })),
  };
}

function cocResult(rules: RuleReader, request: CocRequest): MatchResult {
  const totals = addUpRequest(request.budget);
  const required = cocRequiredMatch(rules, totals);
  const sources = judgeSources(rules, 'CoC', request.sources);
  const matched = totalUp(rules, 'CoC', required.requiredMatch, sources);
  const leverage = checkLeverage(rules, totals.total, sources);
  const admin = checkAdmin(rules, request.projectStatus, totals.byCategory.admin, totals.total);
  const threshold = checkThreshold(rules, request.component, totals);
  const indirect = checkIndirect(rules, totals, request.indirectRate);
  const serviceCosts = checkServiceCosts(rules, request.budget);
  const checks: BudgetCheck[] = [
    ...(leverage ? [leverage.check] : []),
    ...(admin ? [admin.check] : []),
    ...(threshold ? threshold.checks : []),
    checkRentalAssistanceWithOperating(rules, totals),
    ...(serviceCosts ? [serviceCosts] : []),
    ...(indirect ? [indirect.check] : []),
  ];
  const { reason: totalsReason, ...money } = matched;
  return {
    ...base(rules, 'CoC', sources),
    request: totals,
    esg: null,
    requiredMatch: required.requiredMatch,
    ...money,
    leverage: leverage?.leverage ?? null,
    admin: admin?.admin ?? null,
    threshold: threshold?.threshold ?? null,
    indirect: indirect?.indirect ?? null,
    checks,
    parametersUsed: rules.used(),
    reasons: [required.reason, ...sources.flatMap((s) => s.reasons), totalsReason, ...checks.map((c) => c.reason)],
  };
}

function esgResult(rules: RuleReader, request: EsgRequest): MatchResult {
  const required = esgRequiredMatch(rules, request);
  const sources = judgeSources(rules, 'ESG', request.sources);
  const { reason: totalsReason, ...money } = totalUp(rules, 'ESG', required.requiredMatch, sources);
  return {
    ...base(rules, 'ESG', sources),
    request: null,
    esg: { grant: request.esgGrant, recipientType: request.recipientType, unmatchedPortion: request.esgGrant - required.requiredMatch },
    requiredMatch: required.requiredMatch,
    ...money,
    leverage: null,
    admin: null,
    threshold: null,
    indirect: null,
    checks: [],
    parametersUsed: rules.used(),
    reasons: [required.reason, ...sources.flatMap((s) => s.reasons), totalsReason],
  };
}

/** Works out required match, the match that counts, the shortfall or surplus, and the jurisdiction's budget checks. */
export function computeMatch(input: unknown, options: RuleOptions = {}): Outcome<MatchResult> {
  const parsed = parseInput(MatchInput, input);
  if (!parsed.ok) return fail(nameItems(parsed.errors, input));
  const settled = settleRequest(parsed.value);
  if (!settled.ok) return settled;
  const rules = ruleReader(chooseMatchParameters(options), settled.value.asOf);
  try {
    return ok(settled.value.program === 'CoC' ? cocResult(rules, settled.value) : esgResult(rules, settled.value));
  } catch (error) {
    if (error instanceof MissingRuleValue) return fail([{ path: 'asOf', message: error.message }]);
    throw error;
  }
}
