import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import { parameterSets, jurisdictionLabels } from '../../../calculators/parameters';
import { exampleBooks } from '../../../calculators/examples';
import { valueAt, type JurisdictionId } from '../../../calculators/core/parameters';
import type { ValueCitation } from '../../../calculators/core/parameters';
import { checkRevision, describeProblems, type CheckedRevision, type RevisionProblem } from './_check';
import { redline, type Redline } from '../../utils/redline';
import { computeImpact, type Impact } from '../../utils/impact';
import type { RevisionSummary } from '../../islands/shared/revision';
import { formatParameterValue } from '../../utils/parameterValue';
import { sectionSlug } from '../../utils/content';
import { sectionUrl, withBase } from '../../utils/url';

/** Loads every revision once per build, checks it (a bad one fails the build), and computes its redlines and impact. */

export const statusOrder = ['public-comment', 'draft', 'adopted', 'withdrawn'] as const;
export type Status = (typeof statusOrder)[number];
export const statusLabels: Record<Status, string> = {
  'public-comment': 'Public comment',
  draft: 'Draft',
  adopted: 'Adopted',
  withdrawn: 'Withdrawn',
};

export type ParameterChangeRow = {
  id: string;
  label: string;
  adopted: string;
  adoptedEffective: string | null;
  adoptedCitation: ValueCitation | null;
  proposed: string;
  effective: string;
  quote: string | undefined;
};

export type SectionRedline = { slug: string; title: string; url: string; redline: Redline };

export type RevisionView = CheckedRevision & {
  url: string;
  documentTitle: string;
  documentUrl: string;
  jurisdictionLabel: string;
  changes: ParameterChangeRow[];
  redlines: SectionRedline[];
  /** Null when the revision changes no parameters (no example can change). */
  impact: Impact | null;
  /** The date the proposed values take effect (the latest of the changes). */
  effective: string | null;
  /** Calculator pages that open under this revision. */
  tools: { title: string; url: string }[];
};

const toolsDir = join(process.cwd(), 'src/pages/tools');
/** A tool page's title, read from its ToolLayout `title` attribute (the slug when it has none). */
const toolTitle = (slug: string): string => /\btitle="([^"]+)"/.exec(readFileSync(join(toolsDir, `${slug}.astro`), 'utf8'))?.[1] ?? slug;

/** "November 2, 2026" from "2026-11-02" (calendar dates, no time zone involved). */
export const longDate = (iso: string): string =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-US', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });

/** Calendar days from one ISO date to another. */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

export const revisionUrl = (id: string): string => withBase(`/revisions/${id}/`);
export const statusUrl = (status: Status): string => withBase(`/revisions/status/${status}/`);

function changeRows(revision: CheckedRevision): ParameterChangeRow[] {
  const adopted = parameterSets[revision.jurisdiction];
  return revision.data.parameterChanges.map((change) => {
    const parameter = adopted.parameters[change.parameter]!;
    const current = valueAt(parameter, change.effective);
    return {
      id: parameter.id,
      label: parameter.label,
      adopted: current ? formatParameterValue(parameter.unit, current.value) : 'none',
      adoptedEffective: current?.effective ?? null,
      adoptedCitation: current?.citation ?? null,
      proposed: formatParameterValue(parameter.unit, change.value),
      effective: change.effective,
      quote: change.quote,
    };
  });
}

async function build(): Promise<RevisionView[]> {
  const [entries, documents, sections] = await Promise.all([
    getCollection('revisions'),
    getCollection('documents'),
    getCollection('sections'),
  ]);
  const bodies = new Map(sections.map((s) => [`${s.data.document}/${sectionSlug(s)}`, s]));
  const context = {
    documents: Object.fromEntries(documents.map((d) => [d.id, { jurisdiction: d.data.jurisdiction as JurisdictionId }])),
    sectionText: (document: string, section: string) =>
      bodies.get(`${document}/${section}`)?.body ?? (bodies.has(`${document}/${section}`) ? '' : undefined),
    parameterSets,
    tools: readdirSync(toolsDir)
      .filter((f) => f.endsWith('.astro') && f !== 'index.astro')
      .map((f) => f.replace(/\.astro$/, '')),
  };
  const problems: RevisionProblem[] = [];
  const views: RevisionView[] = [];
  for (const entry of entries) {
    const checked = checkRevision({ id: entry.id, data: entry.data, body: entry.body ?? '', filePath: entry.filePath }, context);
    if (!checked.ok) {
      problems.push(...checked.problems);
      continue;
    }
    const revision = checked.value;
    const document = documents.find((d) => d.id === revision.data.document)!;
    const effective =
      revision.data.parameterChanges
        .map((c) => c.effective)
        .sort()
        .pop() ?? null;
    views.push({
      ...revision,
      url: revisionUrl(revision.id),
      documentTitle: document.data.shortTitle,
      documentUrl: withBase(`/standards/${document.id}/`),
      jurisdictionLabel: jurisdictionLabels[revision.jurisdiction],
      changes: changeRows(revision),
      redlines: revision.data.sections.map((slug) => {
        const section = bodies.get(`${revision.data.document}/${slug}`)!;
        return {
          slug,
          title: section.data.title,
          url: sectionUrl(revision.data.document, slug),
          redline: redline(section.body ?? '', revision.proposedText[slug] ?? ''),
        };
      }),
      impact: revision.data.parameterChanges.length
        ? computeImpact(exampleBooks, parameterSets[revision.jurisdiction], revision.parameters, effective)
        : null,
      effective,
      tools: revision.data.tools.map((slug) => ({ title: toolTitle(slug), url: withBase(`/tools/${slug}/#revision=${revision.id}`) })),
    });
  }
  if (problems.length) throw new Error(`Proposed revisions with problems:\n${describeProblems(problems)}`, { cause: problems });
  const rank = (s: string) => statusOrder.indexOf(s as Status);
  return views.sort(
    (a, b) => rank(a.data.status) - rank(b.data.status) || b.data.proposed.localeCompare(a.data.proposed) || a.id.localeCompare(b.id),
  );
}

let loaded: Promise<RevisionView[]> | undefined;

/** Every revision, checked, in index order (public comment first, newest first). */
export const loadRevisions = (): Promise<RevisionView[]> => (loaded ??= build());

/** Revisions that target one section of a document. */
export const revisionsFor = async (document: string, section: string): Promise<RevisionView[]> =>
  (await loadRevisions()).filter((r) => r.data.document === document && r.data.sections.includes(section));

/** What the calculators need to run under each revision (the JSON endpoint and the in-page data block). */
export const revisionSummaries = async (): Promise<{ revisions: RevisionSummary[] }> => ({
  revisions: (await loadRevisions()).map((r) => ({
    id: r.id,
    title: r.data.title,
    status: r.data.status,
    statusLabel: statusLabels[r.data.status],
    jurisdiction: r.jurisdiction,
    jurisdictionLabel: r.jurisdictionLabel,
    url: r.url,
    changes: r.data.parameterChanges.map(({ parameter, value, effective, quote }, index) => {
      const { label, adopted, proposed } = r.changes[index]!;
      return { parameter, value, effective, quote, label, adopted, proposed };
    }),
  })),
});
