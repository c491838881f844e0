import type { Citation, Reason } from '../../../calculators/core/citation';

/** The page of a cited section, or of the revision that proposes a value (same rules as src/utils/url.ts, which islands cannot import). */
export function citationHref(citation: Citation): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return citation.revision ? `${base}/revisions/${citation.revision}/` : `${base}/standards/${citation.doc}/${citation.section}/`;
}

/** How a citation reads in a list: the quote if there is one, else the section id. */
const citationLabel = (citation: Citation): string => (citation.quote ? `“${citation.quote}”` : citation.section.replace(/-/g, ' '));

/** The reasons behind an answer, each with links to the passages it rests on. */
export function Reasons({ reasons, heading = 'Why' }: { reasons: Reason[]; heading?: string }) {
  if (!reasons.length) return null;
  return (
    <section aria-label={heading}>
      <h3>{heading}</h3>
      <ol class="reasons">
        {reasons.map((reason) => (
          <li data-reason={reason.code}>
            {reason.text}
            {reason.citations.length > 0 && (
              <span class="cite">
                {' '}
                Source:{' '}
                {reason.citations.map((citation, index) => (
                  <>
                    {index > 0 && '; '}
                    <a href={citationHref(citation)}>{citationLabel(citation)}</a>
                  </>
                ))}
              </span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
