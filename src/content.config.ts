import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { DocumentSchema, GlossarySchema, InconsistencySchema, JurisdictionSchema, RevisionSchema, SectionSchema } from './schemas/content';

// HEARTH_CONTENT_DIR points the collections at another content tree (the bad-frontmatter fixture test uses it).
const root = process.env.HEARTH_CONTENT_DIR ?? './content';

const documents = defineCollection({
  loader: glob({ pattern: '*.json', base: `${root}/documents` }),
  schema: DocumentSchema,
});

const sections = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: `${root}/standards` }),
  schema: SectionSchema,
});

const glossary = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${root}/glossary` }),
  schema: GlossarySchema,
});

const jurisdictions = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${root}/jurisdictions` }),
  schema: JurisdictionSchema,
});

const inconsistencies = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${root}/inconsistencies` }),
  schema: InconsistencySchema,
});

const revisions = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${root}/revisions` }),
  schema: RevisionSchema,
});

export const collections = { documents, sections, glossary, jurisdictions, inconsistencies, revisions };
