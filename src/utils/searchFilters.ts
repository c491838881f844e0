import { getCollection } from 'astro:content';
import { componentLabels, docTypeLabels, type DocumentEntry, type Section } from './content';
import { jurisdictionName, jurisdictionNames } from './jurisdictions';

/** The filters Pagefind indexes on a page (`data-pagefind-filter`), by filter name. */
export type SearchFilters = { jurisdiction: string[]; type: string[]; program: string[]; component: string[] };

/** A document page's or section page's filters: its jurisdiction, document type, programs and components. */
export function documentFilters(document: DocumentEntry, section: Section | undefined, names: Record<string, string>): SearchFilters {
  return {
    jurisdiction: [jurisdictionName(names, document.data.jurisdiction)],
    type: [docTypeLabels[document.data.docType]],
    program: section?.data.programs ?? document.data.programs,
    component: (section?.data.components ?? []).map((c) => componentLabels[c] ?? c),
  };
}

/** The document type filter of glossary pages. */
export const glossaryType = 'Glossary';

/**
 * Every value of every filter across the site, sorted, as the search page offers them: the same
 * functions write the pages' filters, so the choices match what Pagefind indexed without loading it.
 */
export async function allSearchFilters(): Promise<SearchFilters> {
  const names = await jurisdictionNames();
  const [documents, sections, terms] = await Promise.all([
    getCollection('documents'),
    getCollection('sections'),
    getCollection('glossary'),
  ]);
  const byId = new Map(documents.map((d) => [d.id, d]));
  const pages = [
    ...documents.map((d) => documentFilters(d, undefined, names)),
    ...sections.flatMap((s) => {
      const document = byId.get(s.data.document);
      return document ? [documentFilters(document, s, names)] : [];
    }),
    {
      jurisdiction: terms.flatMap((t) => t.data.definitions.map((d) => jurisdictionName(names, d.jurisdiction))),
      type: [glossaryType],
      program: [],
      component: [],
    },
  ];
  const union = (key: keyof SearchFilters) => [...new Set(pages.flatMap((p) => p[key]))].sort();
  return { jurisdiction: union('jurisdiction'), type: union('type'), program: union('program'), component: union('component') };
}
