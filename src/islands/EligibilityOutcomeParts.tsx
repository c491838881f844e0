import type { ComponentChildren } from 'preact';
import type { EligibilityResult } from '../../calculators/eligibility/decide';
import type { DocumentationEntry } from '../../calculators/eligibility/documentation';
import type { NextStep } from '../../calculators/eligibility/nextSteps';
import { citationHref } from './shared/Reasons';
import { Stamp } from './shared/Stamp';

/** Words both outcome views share. */
const strings = {
  nextHeading: 'What to do next',
  source: 'Source:',
  chronicTool: 'Open the chronic homelessness tool',
  effective: (dates: string) => `Parameters in effect from: ${dates}.`,
  print: 'Print for the case file',
  copyLink: 'Copy a link to this result',
  copied: 'Link copied. It holds the answers, so share it only on purpose.',
} as const;

const levelWords = { 'third-party': 'Third-party', 'intake-worker': 'Intake worker', 'self-certification': 'Self-certification' };

const componentPlainWords = {
  'street-outreach': 'Street outreach (help for people living outside)',
  'emergency-shelter': 'Emergency shelter',
  'transitional-housing': 'Transitional housing (a place to stay for up to two years, with support)',
  'rapid-rehousing': 'Rapid re-housing (help to move into a home quickly)',
  'permanent-supportive-housing': 'Permanent supportive housing (for households with a disability)',
  'homelessness-prevention': 'Homelessness prevention (help to keep your home or move to a new one)',
};

/** A component's plain name, with or without its explanation in brackets. */
export const componentPlain = (component: keyof typeof componentPlainWords, brief = false): string =>
  brief ? (componentPlainWords[component].split(' (')[0] ?? component) : componentPlainWords[component];

/** The next steps, safety first, with links to the chronic tool and to sources. */
export function NextSteps({ steps, chronicHref }: { steps: NextStep[]; chronicHref: string }) {
  return (
    <>
      <h3>{strings.nextHeading}</h3>
      <ul>
        {steps.map((step) => (
          <li data-step={step.code}>
            {step.text}
            {step.tool === 'chronic' && (
              <>
                {' '}
                <a href={chronicHref}>{strings.chronicTool}</a>
              </>
            )}
            {step.citations.map((citation) => (
              <>
                {' '}
                <a href={citationHref(citation)}>{strings.source}</a>
              </>
            ))}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The documentation list: every option by level for staff; for applicants each kind of proof in one line, the preferred first. */
export function Checklist({ entries, full }: { entries: DocumentationEntry[]; full: boolean }) {
  return (
    <>
      {entries.map((entry) => (
        <section>
          <h4>{entry.title}</h4>
          <ul>
            {entry.requirements.map((requirement) =>
              full ? (
                <li>
                  {requirement.need}
                  <ol>
                    {requirement.options.map((option) => (
                      <li>
                        <strong>{levelWords[option.level]}:</strong> {option.text}
                      </li>
                    ))}
                  </ol>
                </li>
              ) : (
                <li>{requirement.options.map((option) => option.text).join('; or ')}</li>
              ),
            )}
          </ul>
          {full && entry.note && <p>{entry.note}</p>}
          {full && <Sources citations={entry.citations} />}
        </section>
      ))}
    </>
  );
}

/** "Source:" followed by the quoted passages, each linking to its section. */
export function Sources({ citations }: { citations: { doc: string; section: string; quote?: string }[] }) {
  return (
    <p class="cite">
      {strings.source}{' '}
      {citations.map((citation, index) => (
        <>
          {index > 0 && '; '}
          <a href={citationHref(citation)}>“{citation.quote ?? citation.section}”</a>
        </>
      ))}
    </p>
  );
}

/** The case-file stamp, the effective dates of the parameters used, and the print and copy-link buttons. */
export function CaseFileFooter({
  result,
  jurisdictionLabel,
  revision,
  copied,
  onCopy,
}: {
  result: EligibilityResult;
  jurisdictionLabel: string;
  revision?: string | undefined;
  copied: boolean;
  onCopy: () => void;
}) {
  const effective = [...new Set(result.parametersUsed.map((p) => p.effective))].sort().join(', ');
  return (
    <>
      <Stamp jurisdiction={jurisdictionLabel} parameterSet={result.parameterSet.label} asOf={result.assessmentDate} revision={revision} />
      <p class="stamp">{strings.effective(effective)}</p>
      <div class="button-row">
        <button type="button" class="button button--secondary" onClick={() => window.print()}>
          {strings.print}
        </button>
        <button type="button" class="button button--secondary" onClick={onCopy}>
          {strings.copyLink}
        </button>
      </div>
      {copied && <p role="status">{strings.copied}</p>}
    </>
  );
}

/** The outcome's region, focusable so the page can move focus to it when it appears. */
export const OutcomeRegion = ({ labelledBy, children }: { labelledBy: string; children: ComponentChildren }) => (
  <section class="result" aria-labelledby={labelledBy} tabIndex={-1} id="elig-outcome-section">
    {children}
  </section>
);
