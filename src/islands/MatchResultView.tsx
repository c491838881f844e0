import { formatCents } from '../../calculators/core/money';
import type { MatchResult } from '../../calculators/match/result';
import { citationHref, Reasons } from './shared/Reasons';
import { budgetCategoryWords } from './MatchFields';
import type { BudgetCategory } from '../../calculators/match/schemas';

const strings = {
  heading: 'Match and budget result',
  project: 'Project:',
  totalsCaption: 'Required match and the match that counts',
  item: 'Item',
  amount: 'Amount',
  totalRequest: 'Total request',
  leasing: 'Leasing (left out of the match base)',
  matchBase: 'Match base',
  esgGrant: 'ESG grant',
  unmatched: 'Part of the grant that needs no match',
  required: 'Required match',
  cash: 'Cash that counts',
  inKind: 'In-kind that counts',
  eligible: 'Match that counts',
  shortfall: 'Shortfall',
  surplus: 'Surplus',
  met: 'Requirement met',
  budgetCaption: 'The request by budget line',
  sourcesCaption: 'Sources and whether they count',
  source: 'Source',
  value: 'Value',
  status: 'Counts?',
  countsAsMatch: 'Counts as match',
  leverageOnly: 'Leverage only',
  cannotCount: 'Cannot count',
  checksHeading: 'Checks',
  checkMet: 'Met',
  checkNotMet: 'Not met',
  checkInfo: 'For information',
  source_: 'Source:',
  rejectedHeading: 'Sources that cannot count',
  why: 'How this was worked out',
} as const;

/** The result: totals, the budget and sources tables, the checks with their citations, and every reason. */
export function MatchResultView({ result, projectName }: { result: MatchResult; projectName: string }) {
  const shownAbove = new Set([...result.checks.map((c) => c.reason), ...result.rejectedSources.flatMap((s) => s.reasons)]);
  const rows: [string, number][] = result.request
    ? [
        [strings.totalRequest, result.request.total],
        [strings.leasing, result.request.byCategory.leasing],
        [strings.matchBase, result.request.matchBase],
      ]
    : result.esg
      ? [
          [strings.esgGrant, result.esg.grant],
          [strings.unmatched, result.esg.unmatchedPortion],
        ]
      : [];
  const balance: [string, number] =
    result.shortfall > 0 ? [strings.shortfall, result.shortfall] : [result.surplus > 0 ? strings.surplus : strings.met, result.surplus];
  const moneyRows: [string, number][] = [
    ...rows,
    [strings.required, result.requiredMatch],
    [strings.cash, result.eligibleCash],
    [strings.inKind, result.eligibleInKind],
    [strings.eligible, result.eligibleMatch],
    balance,
  ];
  return (
    <section class="result match-result" aria-labelledby="match-result-heading" aria-live="polite">
      <h2 id="match-result-heading">{strings.heading}</h2>
      {projectName.trim() && (
        <p>
          {strings.project} {projectName.trim()}
        </p>
      )}
      <table class="result-table" tabIndex={0}>
        <caption>{strings.totalsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.item}</th>
            <th scope="col">{strings.amount}</th>
          </tr>
        </thead>
        <tbody>
          {moneyRows.map(([label, cents]) => (
            <tr>
              <th scope="row">{label}</th>
              <td>{formatCents(cents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.request && (
        <table class="result-table" tabIndex={0}>
          <caption>{strings.budgetCaption}</caption>
          <tbody>
            {(Object.entries(result.request.byCategory) as [BudgetCategory, number][])
              .filter(([, cents]) => cents > 0)
              .map(([category, cents]) => (
                <tr>
                  <th scope="row">{budgetCategoryWords[category]}</th>
                  <td>{formatCents(cents)}</td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
      {result.sources.length > 0 && (
        <table class="result-table" tabIndex={0}>
          <caption>{strings.sourcesCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.source}</th>
              <th scope="col">{strings.status}</th>
              <th scope="col">{strings.value}</th>
            </tr>
          </thead>
          <tbody>
            {result.sources.map((s) => (
              <tr>
                <th scope="row">{s.name}</th>
                <td>{!s.counts ? strings.cannotCount : s.offeredAs === 'match' ? strings.countsAsMatch : strings.leverageOnly}</td>
                <td>{formatCents(s.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {result.checks.length > 0 && (
        <section aria-labelledby="match-checks-heading">
          <h3 id="match-checks-heading">{strings.checksHeading}</h3>
          <ul class="reasons">
            {result.checks.map((check) => (
              <li data-check={check.code} data-met={String(check.met)}>
                <strong>
                  {check.title}: {check.met === null ? strings.checkInfo : check.met ? strings.checkMet : strings.checkNotMet}.
                </strong>{' '}
                {check.reason.text}
                {check.reason.citations.length > 0 && (
                  <span class="cite">
                    {' '}
                    {strings.source_}{' '}
                    {check.reason.citations.map((citation, index) => (
                      <>
                        {index > 0 && '; '}
                        <a href={citationHref(citation)}>{citation.quote ? `“${citation.quote}”` : citation.section}</a>
                      </>
                    ))}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <Reasons reasons={result.rejectedSources.flatMap((s) => s.reasons)} heading={strings.rejectedHeading} />
      <Reasons reasons={result.reasons.filter((r) => !shownAbove.has(r))} heading={strings.why} />
    </section>
  );
}
