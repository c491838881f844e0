import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { componentNames } from '../../calculators/core/components';

export type Section = CollectionEntry<'sections'>;
export type DocumentEntry = CollectionEntry<'documents'>;

/** A section's slug: its file name under content/standards/<document>/. */
export const sectionSlug = (section: Section): string => section.id.split('/').pop() ?? section.id;

/** A document's sections in reading order. */
export async function sectionsOf(documentId: string): Promise<Section[]> {
  const all = await getCollection('sections', (s) => s.data.document === documentId);
  return all.sort((a, b) => a.data.order - b.data.order);
}

/** Every document, standards first, then by title. */
export async function allDocuments(): Promise<DocumentEntry[]> {
  const rank = { standards: 0, competition: 1, application: 2, action: 3, contract: 4 } as const;
  const docs = await getCollection('documents');
  return docs.sort((a, b) => rank[a.data.docType] - rank[b.data.docType] || a.data.title.localeCompare(b.data.title));
}

/** A document by id; a missing one is a content error that names the section pointing at it. */
export async function documentFor(section: Section): Promise<DocumentEntry> {
  const doc = await getEntry('documents', section.data.document);
  if (!doc) {
    throw new Error(
      `Section "${section.id}" names document "${section.data.document}", which has no content/documents/${section.data.document}.json`,
    );
  }
  return doc;
}

export const docTypeLabels = {
  standards: 'Written standards',
  competition: 'Local competition',
  application: 'CoC application',
  contract: 'Contract example (not standards)',
  action: 'Municipal action',
} as const;

export const componentLabels: Record<string, string> = {
  ...componentNames,
  'coordinated-entry': 'Coordinated entry',
  hmis: 'HMIS',
  general: 'General',
};
