/**
 * Points at a passage of a published document: `doc` is the document id, `section` the section slug in content/.
 * A proposed value (a revision's overlay, core/parameters.ts) also names its `revision`: the proposed text is
 * on the revision's page, not yet in the section, and `quote` is then the proposed words.
 */
export type Citation = { doc: string; section: string; quote?: string; revision?: string };

/** One step of an answer's explanation, with the passages it rests on. */
export type Reason = { code: string; text: string; citations: Citation[] };

/** Builds a reason; `code` is stable for tests and translations, `text` is the sentence shown. */
export const reason = (code: string, text: string, ...citations: Citation[]): Reason => ({
  code,
  text,
  citations,
});

/** Federal regulation documents cited where the seeds are silent (rendered as eCFR-style references). */
export const regulation = (section: string, quote?: string): Citation => ({
  doc: 'cfr',
  section,
  ...(quote ? { quote } : {}),
});
