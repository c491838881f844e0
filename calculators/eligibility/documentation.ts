import type { Citation } from '../core/citation';
import type { Category1Paragraph } from './categories';
import type { DocumentationLibrary, DocumentationNumbers, DocumentationRequirement, DocumentationTopic } from './documentationSources';
import type { EligibilityParameters } from './ruleParameters';
import { evidenceLevels, type HomelessCategory } from './vocabulary';

/** What must be in the file for one category or condition: each requirement's acceptable evidence, best first. */
export type DocumentationEntry = {
  topic: DocumentationTopic;
  category: HomelessCategory | null;
  title: string;
  requirements: DocumentationRequirement[];
  note: string | null;
  citations: Citation[];
};

/** What the checklist must cover for one result. */
export type DocumentationNeeds = {
  categories: readonly HomelessCategory[];
  category1Paragraph: Category1Paragraph | null;
  /** True, false, or unknown (both ways are listed). */
  victimServiceProvider: boolean | undefined;
  income: boolean;
  disability: boolean;
  chronic: boolean;
};

const levelRank = (level: DocumentationRequirement['options'][number]['level']) => evidenceLevels.indexOf(level);

/** Options in the standards' order of preference: third-party, then intake-worker observation, then self-certification. */
const preferred = (requirement: DocumentationRequirement): DocumentationRequirement => ({
  ...requirement,
  options: [...requirement.options].sort((a, b) => levelRank(a.level) - levelRank(b.level)),
});

function applies(requirement: DocumentationRequirement, needs: DocumentationNeeds): boolean {
  switch (requirement.when) {
    case undefined:
      return true;
    case 'institution':
      return needs.category1Paragraph === '(iii)';
    case 'victim-service-provider':
      return needs.victimServiceProvider !== false;
    case 'other-provider':
      return needs.victimServiceProvider !== true;
  }
}

/** Fills "{lookbackDays}" and the like with the numbers in force. */
const fill = (text: string, numbers: DocumentationNumbers): string =>
  text.replace(/\{(lookbackDays|minimumMoves|minimumBarriers)\}/g, (_match, name: keyof DocumentationNumbers) => String(numbers[name]));

const filled = (requirement: DocumentationRequirement, numbers: DocumentationNumbers): DocumentationRequirement => ({
  ...requirement,
  need: fill(requirement.need, numbers),
  options: requirement.options.map((o) => ({ ...o, text: fill(o.text, numbers) })),
});

/** The documentation checklist for a result, from the jurisdiction's recordkeeping tables. */
export function documentationFor(p: EligibilityParameters, needs: DocumentationNeeds, library: DocumentationLibrary): DocumentationEntry[] {
  const numbers: DocumentationNumbers = {
    lookbackDays: p.category3LookbackDays.value,
    minimumMoves: p.category3MinimumMoves.value,
    minimumBarriers: p.category3MinimumBarriers.value,
  };
  const sources = library[p.set.id === 'tucson-pima' ? 'tpch-levels' : 'hud-chart'];
  const wanted = new Set<DocumentationTopic>(needs.categories.map((c) => `category-${c}` as const));
  if (needs.income) wanted.add('income');
  if (needs.disability) wanted.add('disability');
  if (needs.chronic) wanted.add('chronic');
  return sources
    .filter((source) => wanted.has(source.topic))
    .map((source) => ({
      topic: source.topic,
      category:
        (
          { 'category-1': 1, 'category-2': 2, 'category-3': 3, 'category-4': 4 } as const satisfies Partial<
            Record<DocumentationTopic, HomelessCategory>
          >
        )[source.topic as 'category-1'] ?? null,
      title: source.title,
      requirements: source.requirements.filter((r) => applies(r, needs)).map((r) => preferred(filled(r, numbers))),
      note: source.note ?? null,
      citations: source.citations,
    }));
}
