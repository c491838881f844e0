import { useEffect, useMemo, useState } from 'preact/hooks';
import { overlayParameters, type ParameterChange, type ParameterSet } from '../../../calculators/core/parameters';

/**
 * Runs a calculator under a proposed revision: a tool page opened with `#revision=<id>` (or
 * `?revision=<id>`) overlays that revision's parameter changes on the island's adopted set. The
 * revisions' changes come from /revisions/parameter-changes.json, fetched only when a revision is named.
 */

/** What the site publishes about each revision for the calculators (built by src/pages/revisions/_revisions.ts). */
export type RevisionSummary = {
  id: string;
  title: string;
  status: string;
  statusLabel: string;
  jurisdiction: string;
  jurisdictionLabel: string;
  url: string;
  changes: RevisionChange[];
};

/**
 * A proposed value with how the revision page words it (label, adopted and proposed values as people
 * read them), worked out on the server so the calculators' banner ships no value formatting.
 */
export type RevisionChange = ParameterChange & { label: string; adopted: string; proposed: string };

export const REVISION_DATA_PATH = 'revisions/parameter-changes.json';

export type ActiveRevision = RevisionSummary & { effective: string | null };

export type RevisionState = {
  /** False until the island knows whether a revision applies (wait for it before reading the fragment). */
  ready: boolean;
  /** The set to calculate under: the proposal's overlay when a revision applies, else the adopted set. */
  parameters: ParameterSet;
  revision: ActiveRevision | null;
  /** Why a named revision does not apply (unknown id, another jurisdiction, data unavailable). */
  problem: string | null;
};

/** The revision id the page address names, from the fragment or the query string. */
export function requestedRevision(hash: string, search: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get('revision') || new URLSearchParams(search).get('revision') || null;
}

/**
 * The revision to run under once the fragment has changed. Following an anchor (a ¶ link, a heading in
 * the contents: `#p4`) is reading, and following a page's worked-example link (answers without a
 * `revision` key) is trying a case: the revision in use stays for both, so a committee can run the
 * examples under the proposal. A fragment that names a revision (`revision=` empty for none: the banner's
 * "Use the adopted rules instead"), or an empty fragment, says afresh which applies.
 */
export function revisionAfterHashChange(current: string | null, hash: string, search: string): string | null {
  const named = new URLSearchParams(hash.replace(/^#/, '')).has('revision');
  return hash && hash !== '#' && !named ? current : requestedRevision(hash, search);
}

/** Applies a named revision to an adopted set: pure, so it can be tested without a browser. */
export function resolveRevision(
  adopted: ParameterSet,
  id: string | null,
  revisions: RevisionSummary[] | null,
): Omit<RevisionState, 'ready'> {
  const none = { parameters: adopted, revision: null };
  if (!id) return { ...none, problem: null };
  if (!revisions) return { ...none, problem: `The proposed revision “${id}” could not be loaded, so these results use the adopted rules.` };
  const found = revisions.find((r) => r.id === id);
  if (!found) return { ...none, problem: `There is no proposed revision “${id}”, so these results use the adopted rules.` };
  if (found.jurisdiction !== adopted.id) {
    return {
      ...none,
      problem: `The proposed revision “${found.title}” changes the ${found.jurisdictionLabel} standards, not the ${adopted.label} rules this calculator uses, so these results use the adopted rules.`,
    };
  }
  // An island passes its own calculator's set: changes to other calculators' numbers do not concern it.
  const relevant = found.changes.filter((c) => c.parameter in adopted.parameters);
  const overlay = overlayParameters(adopted, found.id, relevant);
  if (!overlay.ok)
    return { ...none, problem: `The proposed revision “${found.title}” does not fit these rules: ${overlay.errors[0]?.message ?? ''}` };
  const effective =
    relevant
      .map((c) => c.effective)
      .sort()
      .pop() ?? null;
  return { parameters: overlay.value, revision: { ...found, changes: relevant, effective }, problem: null };
}

/** The parameter set an island should calculate under, with the revision the page address names. */
export function useRevisionParameters(adopted: ParameterSet): RevisionState {
  const [mounted, setMounted] = useState(false);
  const [id, setId] = useState<string | null>(null);
  const [revisions, setRevisions] = useState<RevisionSummary[] | 'failed' | null>(null);
  useEffect(() => {
    setId(requestedRevision(location.hash, location.search));
    setMounted(true);
    const read = () => setId((current) => revisionAfterHashChange(current, location.hash, location.search));
    addEventListener('hashchange', read);
    return () => removeEventListener('hashchange', read);
  }, []);
  useEffect(() => {
    if (!id || revisions) return;
    fetch(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${REVISION_DATA_PATH}`)
      .then((response) =>
        response.ok ? (response.json() as Promise<{ revisions: RevisionSummary[] }>) : Promise.reject(new Error(String(response.status))),
      )
      .then(
        (file) => setRevisions(file.revisions),
        () => setRevisions('failed'),
      );
  }, [id, revisions]);
  // Keyed by the set's id, so an island that builds its adopted set on each render does not recalculate in a loop.
  const set = useMemo(() => adopted, [adopted.id]);
  return useMemo(() => {
    const resolved = resolveRevision(set, id, revisions === 'failed' ? null : revisions);
    return { ...resolved, ready: mounted && (!id || revisions !== null) };
  }, [set, id, revisions, mounted]);
}

/** Fields to keep in the fragment so a shared link reopens the calculator under the same revision. */
export const revisionFragment = (state: RevisionState): Record<string, string> => (state.revision ? { revision: state.revision.id } : {});

/** The default "rules in force on" date: today, or the date the proposed values take effect if that is later. */
export const defaultAsOf = (state: RevisionState, today: string): string =>
  state.revision?.effective && state.revision.effective > today ? state.revision.effective : today;
