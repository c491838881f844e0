import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  DocumentSchema,
  GlossarySchema,
  InconsistencySchema,
  JurisdictionSchema,
  RevisionSchema,
  SectionSchema,
} from './schemas/content';

const documents = defineCollection({
  loader: glob({ pattern: '*.json', base: './content/documents' }),
  schema: DocumentSchema,
});

const sections = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/standards' }),
  schema: SectionSchema,
});

const glossary = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/glossary' }),
  schema: GlossarySchema,
});

const jurisdictions = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/jurisdictions' }),
  schema: JurisdictionSchema,
});

const inconsistencies = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/inconsistencies' }),
  schema: InconsistencySchema,
});

const revisions = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/revisions' }),
  schema: RevisionSchema,
});

export const collections = { documents, sections, glossary, jurisdictions, inconsistencies, revisions };
