import { formatBasisPoints, formatCents } from '../../calculators/core/money';
import type { EligibilityResult } from '../../calculators/eligibility/decide';
import { Reasons } from './shared/Reasons';
import { CaseFileFooter, Checklist, componentPlain, NextSteps, OutcomeRegion, Sources } from './EligibilityOutcomeParts';

const strings = {
  guidance: 'Guidance only: the project that takes the referral decides after verifying the documents.',
  decisionHeading: 'Decision',
  anyEligible: (n: number) => `May be eligible for ${n} of the program components`,
  noneEligible: 'Not eligible for any program component',
  summaryCaption: 'Categories, at-risk status and income',
  categories: 'HUD homeless categories',
  criteriaMet: 'Criteria met (before category 3 gives way)',
  paragraph: (p: string) => ` (category 1, paragraph ${p})`,
  none: 'None',
  atRisk: 'At risk of homelessness',
  yes: 'Yes',
  no: 'No',
  income: 'Income and limit',
  incomeValue: (annual: string, limit: string) => `${annual} a year; limit ${limit}`,
  sample: 'SAMPLE figure, not HUD’s published limit',
  limitFromMedian: (share: string, median: string) => `${share} of the area median ${median}`,
  componentsCaption: 'Every program component, decided for these answers',
  program: 'Program',
  component: 'Component',
  status: 'Status',
  conditionsHeading: 'Before enrollment',
  notesHeading: 'Inconsistencies in the standards',
  whyHeading: 'Why',
  checklistHeading: 'Documentation checklist',
  checklistIntro: 'What must be in the file, each kind of evidence in order of preference.',
} as const;

const statusWords = { eligible: 'Eligible', 'not-eligible': 'Not eligible', depends: 'Depends on the project' };

type Props = {
  result: EligibilityResult;
  jurisdictionLabel: string;
  revision?: string | undefined;
  chronicHref: string;
  copied: boolean;
  onCopy: () => void;
};

/** The staff outcome: the decision, categories, reasons with sources, inconsistencies and the documentation checklist. */
export function EligibilityStaffOutcome({ result, jurisdictionLabel, revision, chronicHref, copied, onCopy }: Props) {
  const chosen = result.chosen;
  const headline = chosen
    ? `${statusWords[chosen.status]}: ${chosen.program} ${componentPlain(chosen.component, true).toLowerCase()}`
    : result.eligible
      ? strings.anyEligible(result.components.filter((c) => c.eligible).length)
      : strings.noneEligible;
  const limit = result.income.limit;
  const limitText =
    limit.thirtyPercentLimit !== null
      ? formatCents(limit.thirtyPercentLimit)
      : strings.limitFromMedian(formatBasisPoints(result.income.atRiskShare), formatCents(limit.areaMedianIncome ?? 0));
  return (
    <OutcomeRegion labelledBy="elig-decision">
      <h2 id="elig-decision">{strings.decisionHeading}</h2>
      <p class={`note ${result.eligible ? 'note--ok' : 'note--warn'}`}>
        <strong>{headline}</strong>. {strings.guidance}
      </p>
      <table class="result-table" tabIndex={0}>
        <caption class="visually-hidden">{strings.summaryCaption}</caption>
        <tbody>
          <tr>
            <th scope="row">{strings.categories}</th>
            <td>
              {result.categories.length ? result.categories.join(', ') : strings.none}
              {result.category1Paragraph && strings.paragraph(result.category1Paragraph)}
            </td>
          </tr>
          {result.criteriaMet.join() !== result.categories.join() && (
            <tr>
              <th scope="row">{strings.criteriaMet}</th>
              <td>{result.criteriaMet.join(', ')}</td>
            </tr>
          )}
          <tr>
            <th scope="row">{strings.atRisk}</th>
            <td>{result.atRiskOfHomelessness ? `${strings.yes}: ${result.atRiskBases.join(', ')}` : strings.no}</td>
          </tr>
          <tr>
            <th scope="row">{strings.income}</th>
            <td>
              {strings.incomeValue(formatCents(result.income.annual), limitText)}
              {limit.sample && (
                <>
                  {' '}
                  <strong>({strings.sample})</strong>
                </>
              )}
            </td>
          </tr>
        </tbody>
      </table>
      {chosen && chosen.conditions.length > 0 && <Reasons reasons={chosen.conditions} heading={strings.conditionsHeading} />}
      {result.inconsistencies.length > 0 && (
        <section aria-labelledby="elig-notes">
          <h3 id="elig-notes">{strings.notesHeading}</h3>
          {result.inconsistencies.map((note) => (
            <div class="note note--warn">
              <p>
                <strong>{note.title}.</strong> {note.text}
              </p>
              <Sources citations={note.citations} />
            </div>
          ))}
        </section>
      )}
      <Reasons reasons={result.reasons} heading={strings.whyHeading} />
      <table class="result-table no-print" tabIndex={0}>
        <caption>{strings.componentsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.program}</th>
            <th scope="col">{strings.component}</th>
            <th scope="col">{strings.status}</th>
          </tr>
        </thead>
        <tbody>
          {result.components.map((c) => (
            <tr>
              <td>{c.program}</td>
              <td>{componentPlain(c.component, true)}</td>
              <td>{statusWords[c.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.documentation.length > 0 && (
        <section aria-labelledby="elig-checklist">
          <h3 id="elig-checklist">{strings.checklistHeading}</h3>
          <p>{strings.checklistIntro}</p>
          <Checklist entries={result.documentation} full />
        </section>
      )}
      <NextSteps steps={result.nextSteps} chronicHref={chronicHref} />
      <CaseFileFooter result={result} jurisdictionLabel={jurisdictionLabel} revision={revision} copied={copied} onCopy={onCopy} />
    </OutcomeRegion>
  );
}
