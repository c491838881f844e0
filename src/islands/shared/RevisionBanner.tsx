import type { RevisionState } from './revision';

const strings = {
  title: 'Proposed revision, not adopted',
  intro: 'These results use the numbers of the proposed revision',
  fromDates: ' from the dates below; for earlier dates, the adopted ones',
  govern: 'The adopted standards still govern: use these results only to review the proposal.',
  changes: 'What the revision changes:',
  change: (label: string, adopted: string, proposed: string, effective: string) => `${label}: ${adopted} → ${proposed}, from ${effective}`,
  noChanges: 'This revision changes no number this calculator uses, so the results are the same as under the adopted standards.',
  useAdopted: 'Use the adopted rules instead',
  problemTitle: 'Proposed revision not applied',
} as const;

/**
 * The page address without the revision, so the same inputs run under the adopted rules. Answers keep
 * the revision in use (a worked-example link), so with answers the fragment says `revision=` (none).
 */
function adoptedHref(): string {
  const hash = new URLSearchParams(location.hash.slice(1));
  const search = new URLSearchParams(location.search);
  hash.delete('revision');
  search.delete('revision');
  const query = search.toString();
  const answers = hash.toString();
  return `${location.pathname}${query ? `?${query}` : ''}#${answers && `revision=&${answers}`}`;
}

/** The banner every island shows while it calculates under a proposed revision (or when a named revision cannot apply). */
export function RevisionBanner({ state }: { state: RevisionState }) {
  if (state.problem) {
    return (
      <div class="note note--warn revision-banner" role="status">
        <p>
          <strong>{strings.problemTitle}.</strong> {state.problem}
        </p>
      </div>
    );
  }
  const revision = state.revision;
  if (!revision) return null;
  return (
    <section class="revision-banner revision-banner--active" aria-labelledby="revision-banner-title">
      <h2 id="revision-banner-title">{strings.title}</h2>
      <p>
        {strings.intro} <a href={revision.url}>“{revision.title}”</a> ({revision.statusLabel})
        {revision.changes.length ? strings.fromDates : ''}. {strings.govern}
      </p>
      {revision.changes.length ? (
        <>
          <p>{strings.changes}</p>
          <ul>
            {revision.changes.map((c) => (
              <li>{strings.change(c.label, c.adopted, c.proposed, c.effective)}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{strings.noChanges}</p>
      )}
      <p class="no-print">
        <a href={adoptedHref()}>{strings.useAdopted}</a>
      </p>
    </section>
  );
}
