import { z } from 'astro/zod';

/** Jurisdictions whose standards Hearth publishes; `hud` is the federal baseline. */
export const jurisdictionIds = ['hud', 'nashville-davidson', 'tucson-pima', 'lowell', 'new-bedford', 'connecticut'] as const;
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
    .refine(
      (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
      'is not a real calendar date',
    ),
);

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens');

/** A document: one seed, its provenance and every OCR correction made converting it. */
export const DocumentSchema = z.object({
  title: z.string().min(1),
  shortTitle: z.string().min(1),
  jurisdiction: JurisdictionId,
  cocCode: z
    .string()
    .regex(/^[A-Z]{2}-\d{3}$/)
    .optional(),
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
  cocCode: z
    .string()
    .regex(/^[A-Z]{2}-\d{3}$/)
    .optional(),
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
  cocCode: z
    .string()
    .regex(/^[A-Z]{2}-\d{3}$/)
    .optional(),
  state: z.string().length(2),
  kind: z.enum(['federal', 'coc', 'municipalities']),
  summary: z.string().min(1),
});

export const InconsistencySchema = z.object({
  title: z.string().min(1),
  description: z.string().min(1),
  resolution: z.string().describe("What Hearth's rules module does until the CoC settles it").optional(),
  passages: z.array(z.object({ document: slug, section: slug, quote: z.string().min(1) })).min(1),
});

export const RevisionStatus = z.enum(['draft', 'public-comment', 'adopted', 'withdrawn']);

/** A passage of an adopted section, quoted word for word (checked against the section text at build time). */
const RevisionPassage = z.object({ document: slug, section: slug, quote: z.string().min(1) });

/**
 * A proposed revision: content/revisions/<id>.mdx. The body holds the full proposed text of each target
 * section under a level-1 heading naming the section (`# rapid-rehousing-programs`); section text itself
 * starts at `##`, so the level-1 headings can only be these separators. Cross-references (sections,
 * parameters, units, quotes) are checked when the revision pages build (src/pages/revisions/_check.ts).
 */
export const RevisionSchema = z
  .object({
    title: z.string().min(1),
    summary: z.string().min(1).describe('One or two sentences for the revisions index'),
    status: RevisionStatus,
    proposer: z.string().min(1),
    proposed: IsoDate.describe('The date the revision was proposed'),
    decided: IsoDate.optional().describe('The date it was adopted or withdrawn; required for those statuses'),
    document: slug,
    sections: z.array(slug).min(1),
    commentPeriod: z
      .object({
        opens: IsoDate,
        closes: IsoDate,
        basis: RevisionPassage.optional().describe('The passage of the standards that sets the review period'),
      })
      .refine((p) => p.closes > p.opens, { message: 'must be after commentPeriod.opens', path: ['closes'] })
      .optional(),
    rationale: z.string().min(1).describe('Why the change is proposed; paragraphs separated by a blank line'),
    parameterChanges: z
      .array(
        z.object({
          parameter: z.string().min(1),
          value: z.union([z.number(), z.boolean(), z.string()]),
          effective: IsoDate,
          quote: z.string().min(1).optional().describe('Words of the proposed text that state the new value'),
        }),
      )
      .default([]),
    tools: z.array(slug).default([]).describe('Calculator pages (/tools/<slug>/) that can run under this revision'),
  })
  .superRefine((r, ctx) => {
    if ((r.status === 'adopted' || r.status === 'withdrawn') && !r.decided) {
      ctx.addIssue({ code: 'custom', path: ['decided'], message: `is required when the status is ${r.status}` });
    }
  });
