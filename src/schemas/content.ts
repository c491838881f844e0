import { z } from 'astro/zod';

/** Jurisdictions whose standards Hearth publishes; `hud` is the federal baseline. */
export const jurisdictionIds = [
  'hud',
  'nashville-davidson',
  'tucson-pima',
  'lowell',
  'new-bedford',
  'connecticut',
] as const;
export const JurisdictionId = z.enum(jurisdictionIds);

export const programs = ['CoC', 'ESG'] as const;
export const Program = z.enum(programs);

/** Program components and system topics a section can be filtered by. */
export const components = [
  'street-outreach',
  'emergency-shelter',
  'transitional-housing',
  'rapid-rehousing',
  'permanent-supportive-housing',
  'homelessness-prevention',
  'coordinated-entry',
  'hmis',
  'general',
] as const;
export const Component = z.enum(components);

export const docTypes = ['standards', 'application', 'competition', 'contract', 'action'] as const;
export const DocType = z.enum(docTypes);

/** A strict ISO calendar date written as YYYY-MM-DD (YAML may hand us a Date: normalise it). */
export const IsoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
    .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'is not a real calendar date'),
);

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens');

/** A document: one seed, its provenance and every OCR correction made converting it. */
export const DocumentSchema = z.object({
  title: z.string().min(1),
  shortTitle: z.string().min(1),
  jurisdiction: JurisdictionId,
  cocCode: z.string().regex(/^[A-Z]{2}-\d{3}$/).optional(),
  docType: DocType,
  status: z.string().min(1).describe('e.g. "Adopted", "Amended", "Application (submitted)", "Contract example"'),
  adopted: IsoDate.optional(),
  amended: z.array(IsoDate).default([]),
  sourceSeed: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/),
  source: z.string().min(1).describe('Who published the original and where it came from'),
  summary: z.string().min(1),
  programs: z.array(Program).default([]),
  corrections: z
    .array(
      z.object({
        original: z.string().min(1),
        corrected: z.string(),
        section: slug,
        note: z.string().optional(),
      }),
    )
    .default([]),
});

/** One section of a document: an MDX file under content/standards/<document>/. */
export const SectionSchema = z.object({
  document: slug,
  jurisdiction: JurisdictionId,
  cocCode: z.string().regex(/^[A-Z]{2}-\d{3}$/).optional(),
  title: z.string().min(1),
  order: z.number().int().nonnegative(),
  programs: z.array(Program).default([]),
  components: z.array(Component).default([]),
  adopted: IsoDate.optional(),
  amended: z.array(IsoDate).default([]),
  sourceSeed: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/),
  sourcePages: z.string().optional(),
  summary: z.string().optional(),
});

export const GlossarySchema = z.object({
  term: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  definitions: z
    .array(
      z.object({
        jurisdiction: JurisdictionId,
        document: slug,
        section: slug,
        text: z.string().min(1),
      }),
    )
    .min(1),
});

export const JurisdictionSchema = z.object({
  name: z.string().min(1),
  cocCode: z.string().regex(/^[A-Z]{2}-\d{3}$/).optional(),
  state: z.string().length(2),
  kind: z.enum(['federal', 'coc', 'municipalities']),
  summary: z.string().min(1),
});

export const InconsistencySchema = z.object({
  title: z.string().min(1),
  description: z.string().min(1),
  resolution: z.string().describe('What Hearth\'s rules module does until the CoC settles it').optional(),
  passages: z
    .array(z.object({ document: slug, section: slug, quote: z.string().min(1) }))
    .min(1),
});

export const RevisionStatus = z.enum(['draft', 'public-comment', 'adopted', 'withdrawn']);

export const RevisionSchema = z.object({
  title: z.string().min(1),
  status: RevisionStatus,
  proposer: z.string().min(1),
  document: slug,
  sections: z.array(slug).min(1),
  commentPeriod: z.object({ opens: IsoDate, closes: IsoDate }).optional(),
  rationale: z.string().min(1),
  parameterChanges: z
    .array(
      z.object({
        parameter: z.string().min(1),
        value: z.union([z.number(), z.boolean(), z.string()]),
        effective: IsoDate,
      }),
    )
    .default([]),
});
