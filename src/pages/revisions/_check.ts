import type { z } from 'astro/zod';
import { overlayParameters, type JurisdictionId, type ParameterSet } from '../../../calculators/core/parameters';
import type { RevisionSchema } from '../../schemas/content';
import { readable, splitAtTitles } from '../../utils/redline';

/**
 * Checks what the content schema cannot: that a revision's document, sections, quotes, tools and
 * parameter changes exist and fit, and that its body gives proposed text for exactly its sections.
 * Pure (the caller passes the content), so tests can feed it bad revisions directly.
 */

export type RevisionData = z.infer<typeof RevisionSchema>;
/** A revision entry; `filePath` (from the content loader) names the file in messages. */
export type RevisionSource = { id: string; data: RevisionData; body: string; filePath?: string | undefined };

export type RevisionContext = {
  documents: Record<string, { jurisdiction: JurisdictionId }>;
  /** The MDX body of an adopted section, or undefined when there is no such section. */
  sectionText: (document: string, section: string) => string | undefined;
  parameterSets: Record<JurisdictionId, ParameterSet>;
  /** Slugs of the calculator pages under /tools/. */
  tools: readonly string[];
};

export type CheckedRevision = RevisionSource & {
  jurisdiction: JurisdictionId;
  /** Proposed MDX text per target section slug. */
  proposedText: Record<string, string>;
  /** The jurisdiction's adopted set with the revision's parameter changes overlaid. */
  parameters: ParameterSet;
};

export type RevisionProblem = { revision: string; file: string; field: string; message: string };

/** Revision ids that would collide with the other pages under /revisions/. */
export const reservedIds = ['status', 'history', 'parameter-changes'];

const has = (text: string, quote: string) => readable(text).includes(readable(quote));

/** Every problem with one revision, or the revision with its proposed text split out and its parameters overlaid. */
export function checkRevision(
  revision: RevisionSource,
  context: RevisionContext,
): { ok: true; value: CheckedRevision } | { ok: false; problems: RevisionProblem[] } {
  const problems: RevisionProblem[] = [];
  const file = revision.filePath ?? `content/revisions/${revision.id}.mdx`;
  const problem = (field: string, message: string) => problems.push({ revision: revision.id, file, field, message });
  const { data } = revision;
  if (reservedIds.includes(revision.id)) problem('id', `"${revision.id}" is used by another page under /revisions/: rename the file`);

  const document = context.documents[data.document];
  if (!document) problem('document', `there is no document "${data.document}" (content/documents/${data.document}.json)`);
  data.sections.forEach((section, i) => {
    if (document && context.sectionText(data.document, section) === undefined) {
      problem(`sections.${i}`, `"${section}" is not a section of ${data.document} (content/standards/${data.document}/${section}.mdx)`);
    }
  });

  const { before, parts } = splitAtTitles(revision.body);
  if (before.trim())
    problem('body', 'text before the first "# <section>" heading: put every proposed text under the heading of its section');
  const proposedText: Record<string, string> = {};
  for (const part of parts) {
    if (!data.sections.includes(part.heading)) {
      problem('body', `line ${part.line}: "# ${part.heading}" is not one of the revision's sections (${data.sections.join(', ')})`);
    } else if (part.heading in proposedText) problem('body', `line ${part.line}: "# ${part.heading}" appears twice`);
    else proposedText[part.heading] = part.text;
  }
  data.sections.forEach((section, i) => {
    if (!(section in proposedText))
      problem(`sections.${i}`, `no proposed text for "${section}": add "# ${section}" to the body followed by the proposed text`);
  });

  const basis = data.commentPeriod?.basis;
  if (basis) {
    const text = context.sectionText(basis.document, basis.section);
    if (text === undefined) problem('commentPeriod.basis.section', `there is no section ${basis.document}/${basis.section}`);
    else if (!has(text, basis.quote)) problem('commentPeriod.basis.quote', `the quote is not in ${basis.document}/${basis.section}`);
  }

  data.tools.forEach((tool, i) => {
    if (!context.tools.includes(tool)) problem(`tools.${i}`, `there is no calculator page /tools/${tool}/ (src/pages/tools/${tool}.astro)`);
  });

  let parameters: ParameterSet | undefined;
  if (document) {
    const overlay = overlayParameters(context.parameterSets[document.jurisdiction], revision.id, data.parameterChanges);
    if (overlay.ok) parameters = overlay.value;
    else for (const e of overlay.errors) problem(e.path, e.message);
  }
  data.parameterChanges.forEach((change, i) => {
    if (change.quote && !Object.values(proposedText).some((text) => has(text, change.quote!))) {
      problem(`parameterChanges.${i}.quote`, `"${change.quote}" is not in the proposed text`);
    }
  });

  if (problems.length || !document || !parameters) return { ok: false, problems };
  return { ok: true, value: { ...revision, jurisdiction: document.jurisdiction, proposedText, parameters } };
}

/** One message per problem, naming the revision's file and the field, for a failed build. */
export const describeProblems = (problems: RevisionProblem[]): string =>
  problems.map((p) => `Revision "${p.revision}" (${p.file}), field ${p.field}: ${p.message}`).join('\n');
