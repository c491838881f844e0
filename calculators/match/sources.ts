import { reason, type Citation, type Reason } from '../core/citation';
import { compareDates } from '../core/dates';
import { formatCents, type Cents } from '../core/money';
import type { JurisdictionId } from '../core/parameters';
import { citationsFor, type PassageId } from './passages';
import type { SettledSource } from './request';
import type { RuleReader } from './rules';
import type { SourceOrigin } from './schemas';

type Program = 'CoC' | 'ESG';

/** A reason a source cannot count, for the "what counts as match" explainer and for each rejected source. */
export type ExclusionRule = {
  code: string;
  /** A short heading, e.g. "Continuum of Care program funds". */
  title: string;
  /** Why, in one sentence a reader can act on. */
  why: string;
  programs: readonly Program[];
  /** Whether the rule also keeps a leverage-only source from counting toward leverage. */
  bindsLeverage: boolean;
  passage: PassageId;
  applies: (source: SettledSource) => boolean;
};

/** What cannot count as match, each with the passage that says so (24 CFR 578.73, 576.201 and the local standards). */
export const exclusionRules: readonly ExclusionRule[] = [
  {
    code: 'coc-program-funds',
    title: 'Continuum of Care program funds',
    why: 'CoC program funds cannot match a CoC grant: match comes from other sources.',
    programs: ['CoC'],
    bindsLeverage: true,
    passage: 'cocProgramFunds',
    applies: (s) => s.origin === 'coc-program',
  },
  {
    code: 'esg-program-funds',
    title: 'ESG program funds',
    why: 'ESG funds cannot match an ESG grant: match may come from any Federal source other than the ESG program.',
    programs: ['ESG'],
    bindsLeverage: true,
    passage: 'esgProgramFunds',
    applies: (s) => s.origin === 'esg-program',
  },
  {
    code: 'statute-prohibits-match',
    title: 'Funds whose statute forbids their use as match',
    why: 'The law governing these funds prohibits using them as match.',
    programs: ['CoC'],
    bindsLeverage: false,
    passage: 'statuteProhibited',
    applies: (s) => s.statuteProhibitsMatch === true,
  },
  {
    code: 'esg-statute-prohibits-match',
    title: 'Funds whose statute forbids their use as match',
    why: 'The laws governing these funds prohibit using them to match ESG funds.',
    programs: ['ESG'],
    bindsLeverage: false,
    passage: 'esgStatuteProhibited',
    applies: (s) => s.statuteProhibitsMatch === true,
  },
  {
    code: 'tenant-rent-or-benefits',
    title: 'Tenant rent and participants’ benefits',
    why: 'Rent that participants pay and public benefits they receive do not come to the grantee, so they cannot be match.',
    programs: ['CoC'],
    bindsLeverage: false,
    passage: 'tenantRent',
    applies: (s) => s.origin === 'tenant-rent-or-benefits',
  },
  {
    code: 'program-income',
    title: 'Program income',
    why: 'Income the project itself generates (including rent paid to the agency) is program income, and program income cannot be match.',
    programs: ['CoC'],
    bindsLeverage: false,
    passage: 'programIncome',
    applies: (s) => s.origin === 'program-income',
  },
  {
    code: 'previously-used-as-match',
    title: 'Value already used as match for another grant',
    why: 'Funds or value that already matched another grant cannot be used again.',
    programs: ['CoC'],
    bindsLeverage: true,
    passage: 'previouslyUsed',
    applies: (s) => s.previouslyUsedAsMatch === true,
  },
  {
    code: 'paid-directly-to-participants',
    title: 'Benefits paid directly to participants',
    why: 'Match must come to and be disbursed by the grantee; benefits paid straight to participants never pass through the agency’s books.',
    programs: ['CoC'],
    bindsLeverage: false,
    passage: 'paidDirectly',
    applies: (s) => s.paidDirectlyToParticipants === true,
  },
  {
    code: 'services-without-mou',
    title: 'Third-party in-kind services without an MOU',
    why: 'In-kind services from a third party count only when an MOU documents them.',
    programs: ['CoC'],
    bindsLeverage: false,
    passage: 'servicesMou',
    applies: (s) => s.kind === 'in-kind' && s.inKindType === 'third-party-services' && s.mou === undefined,
  },
  {
    code: 'mou-not-unconditional',
    title: 'An MOU without an unconditional commitment',
    why: 'The MOU must commit the third party unconditionally (except for selection to receive a grant) to provide the services.',
    programs: ['CoC'],
    bindsLeverage: false,
    passage: 'mouTerms',
    applies: (s) => s.mou !== undefined && !s.mou.unconditional,
  },
];

/** What happened to one source: whether it counts, toward what, and why. */
export type SourceOutcome = {
  index: number;
  name: string;
  kind: 'cash' | 'in-kind';
  origin: SourceOrigin;
  offeredAs: 'match' | 'leverage';
  value: Cents;
  counts: boolean;
  /** Codes of the rules that keep it from counting (empty when it counts). */
  excludedBy: string[];
  reasons: Reason[];
};

const originLabels: Record<SourceOrigin, string> = {
  'coc-program': 'CoC program funds',
  'esg-program': 'ESG program funds',
  'other-federal': 'other federal source',
  state: 'state source',
  local: 'local source',
  private: 'private source',
  'tenant-rent-or-benefits': 'tenant rent or participant benefits',
  'program-income': 'program income',
};

function describeValue(source: SettledSource): string {
  if (source.mou && source.kind === 'in-kind' && source.inKindType === 'third-party-services') {
    return `${source.mou.hours} hours of ${source.mou.service} (${source.mou.profession}) × ${formatCents(source.mou.hourlyRate)} an hour = ${formatCents(source.value)}`;
  }
  return formatCents(source.value);
}

function countedCitations(source: SettledSource, program: Program, jurisdiction: JurisdictionId): Citation[] {
  if (source.offeredAs === 'leverage') return citationsFor('leverageFromMatch', jurisdiction);
  if (program === 'ESG') return citationsFor('esgSources', jurisdiction);
  if (source.kind === 'cash') return citationsFor(source.origin === 'other-federal' ? 'otherFederalFunds' : 'cashOrInKind', jurisdiction);
  return citationsFor(source.inKindType === 'third-party-services' ? 'mouTerms' : 'inKindValue', jurisdiction);
}

function countedReason(source: SettledSource, program: Program, jurisdiction: JurisdictionId): Reason {
  const kind =
    source.kind === 'cash'
      ? 'cash'
      : source.inKindType === 'third-party-services'
        ? 'in-kind services under an MOU'
        : 'in-kind property or goods';
  const toward = source.offeredAs === 'match' ? 'counts as match' : 'counts toward leverage only';
  return reason(
    source.offeredAs === 'match' ? 'source-counts' : 'source-leverage-only',
    `“${source.name}” (${kind}, ${originLabels[source.origin]}): ${describeValue(source)} ${toward}.`,
    ...countedCitations(source, program, jurisdiction),
  );
}

/** Decides whether each source counts, under the program's exclusions and the jurisdiction's commitment-date rule. */
export function judgeSources(rules: RuleReader, program: Program, sources: readonly SettledSource[]): SourceOutcome[] {
  const jurisdiction = rules.set.id;
  const byDate = rules.has('match.commitments.byApplicationDate') ? rules.boolean('match.commitments.byApplicationDate') : null;
  return sources.map((source) => {
    const reasons: Reason[] = [];
    const excludedBy: string[] = [];
    for (const rule of exclusionRules) {
      if (!rule.programs.includes(program) || (source.offeredAs === 'leverage' && !rule.bindsLeverage) || !rule.applies(source)) continue;
      excludedBy.push(rule.code);
      reasons.push(
        reason(
          `source-excluded-${rule.code}`,
          `“${source.name}” (${formatCents(source.value)}) cannot count. ${rule.why}`,
          ...citationsFor(rule.passage, jurisdiction),
        ),
      );
    }
    if (byDate?.value === true && compareDates(source.commitmentDate, rules.asOf) > 0) {
      excludedBy.push('commitment-after-application');
      reasons.push(
        reason(
          'source-excluded-commitment-after-application',
          `“${source.name}” (${formatCents(source.value)}) cannot count: its written commitment is dated ${source.commitmentDate}, after the application date ${rules.asOf}.`,
          byDate.citation,
        ),
      );
    }
    const counts = excludedBy.length === 0;
    return {
      index: source.index,
      name: source.name,
      kind: source.kind,
      origin: source.origin,
      offeredAs: source.offeredAs,
      value: source.value,
      counts,
      excludedBy,
      reasons: counts ? [countedReason(source, program, jurisdiction)] : reasons,
    };
  });
}
