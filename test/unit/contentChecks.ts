import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { normalise } from './citationCheck';

export type SectionFile = { document: string; slug: string; frontmatter: Record<string, unknown>; body: string };
export type DocumentFile = { id: string; data: { corrections?: { original: string; corrected: string; section: string }[] } };
export type Passage = { document: string; section: string; quote: string };
export type InconsistencyFile = { id: string; data: { title: string; passages: Passage[] } };
export type GlossaryFile = { id: string; data: { term: string; definitions: { document: string; section: string; text: string }[] } };

const files = (dir: string, ext: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(ext))
        .sort()
    : [];

/** Splits an MDX file into its YAML frontmatter and its body. */
export function splitFrontmatter(source: string): { frontmatter: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(source);
  if (!match) return { frontmatter: {}, body: source };
  return { frontmatter: (parse(match[1] ?? '') as Record<string, unknown>) ?? {}, body: source.slice(match[0].length) };
}

/** Every section file under content/standards, with its document folder and slug. */
export function readSections(contentDir: string): SectionFile[] {
  const root = join(contentDir, 'standards');
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      files(join(root, d.name), '.mdx').map((f) => ({
        document: d.name,
        slug: f.replace(/\.mdx$/, ''),
        ...splitFrontmatter(readFileSync(join(root, d.name, f), 'utf8')),
      })),
    );
}

/** Every document JSON under content/documents. */
export const readDocuments = (contentDir: string): DocumentFile[] =>
  files(join(contentDir, 'documents'), '.json').map((f) => ({
    id: f.replace(/\.json$/, ''),
    data: JSON.parse(readFileSync(join(contentDir, 'documents', f), 'utf8')),
  }));

/** Every YAML entry of a data collection (glossary, inconsistencies), keyed by file name. */
export const readYamlCollection = <T>(contentDir: string, collection: string): { id: string; data: T }[] =>
  files(join(contentDir, collection), '.yaml').map((f) => ({
    id: f.replace(/\.yaml$/, ''),
    data: parse(readFileSync(join(contentDir, collection, f), 'utf8')) as T,
  }));

const ENTITIES: Record<string, string> = { '&gt;': '>', '&lt;': '<', '&amp;': '&', '&quot;': '"', '&nbsp;': ' ', '&#39;': "'" };

/** The words a reader sees in an MDX body: escapes, entities, emphasis and link targets removed, then normalised. */
export function readableText(body: string): string {
  const text = body
    .replace(/\\([{}<>*_[\]$#|`\\])/g, '$1')
    .replace(/&(?:gt|lt|amp|quot|nbsp|#39);/g, (e) => ENTITIES[e] ?? e)
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__|(?<!\w)[*_](?!\s)|(?<!\s)[*_](?!\w)/g, '');
  return normalise(text);
}

/** Whether a quote appears in a section body, however the MDX wraps, escapes or emphasises it. */
export const bodyHasQuote = (body: string, quote: string): boolean => readableText(body).includes(readableText(quote));

/** Running headers, footers, stamps and page numbers that OCR left in the seeds. Each matches a whole line. */
export const ocrLeftoverPatterns: { name: string; pattern: RegExp }[] = [
  { name: 'TPCH running footer', pattern: /TPCH Continuum of Care Written Standards_amended/ },
  { name: 'Pima document stamp', pattern: /143459 \/ \d+/ },
  { name: 'subaward amendment version stamp', pattern: /SubR Amd[.,] Version/ },
  { name: 'HDX report running header', pattern: /^\s*2019 HDX Competition Report\s*$/ },
  { name: 'contract number footer', pattern: /^\s*CT-CR-21-392\s*$/ },
  { name: 'page number', pattern: /^\s*(?:-\s*)?(?:page\s+)?\d{1,3}(?:\s*-)?\s*$/i },
  { name: 'page x of y', pattern: /^\s*page \d+ of \d+\s*$/i },
];

/** Lines of a body that look like OCR leftovers, as "line N (kind): text". Code fences and table rows are skipped. */
export function ocrLeftovers(body: string): string[] {
  const problems: string[] = [];
  let fenced = false;
  body.split('\n').forEach((line, i) => {
    if (/^\s*```/.test(line)) fenced = !fenced;
    if (fenced || /^\s*\|/.test(line)) return;
    for (const { name, pattern } of ocrLeftoverPatterns) {
      if (pattern.test(line)) problems.push(`line ${i + 1} (${name}): ${line.trim()}`);
    }
  });
  return problems;
}

const cells = (row: string): string[] => {
  const trimmed = row
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  return trimmed.split(/(?<!\\)\|/).map((c) => c.trim());
};
const isSeparator = (row: string): boolean => cells(row).every((c) => /^:?-{3,}:?$/.test(c));

/** GFM tables without a header row and separator, or whose separator does not match the header, as "line N: problem". */
export function tableProblems(body: string): string[] {
  const problems: string[] = [];
  const lines = body.split('\n');
  let fenced = false;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (/^\s*```/.test(line)) fenced = !fenced;
    if (fenced || !/^\s*\|/.test(line)) continue;
    const start = i;
    while (i + 1 < lines.length && /^\s*\|/.test(lines[i + 1] ?? '')) i += 1;
    const header = lines[start] ?? '';
    const separator = lines[start + 1];
    if (separator === undefined || !/^\s*\|/.test(separator) || !isSeparator(separator)) {
      problems.push(`line ${start + 1}: table has no header row and separator (starts "${header.trim().slice(0, 60)}")`);
    } else if (isSeparator(header)) {
      problems.push(`line ${start + 1}: table starts with a separator, so it has no header row`);
    } else if (cells(separator).length !== cells(header).length) {
      problems.push(`line ${start + 1}: header has ${cells(header).length} cells but the separator has ${cells(separator).length}`);
    } else if (cells(header).every((c) => c === '')) {
      problems.push(`line ${start + 1}: every header cell is empty`);
    }
  }
  return problems;
}

/** Whether a section body holds text a reader can read, beyond headings. */
export const hasText = (body: string): boolean =>
  body
    .split('\n')
    .filter((line) => !/^\s*#{1,6}\s/.test(line))
    .join(' ')
    .replace(/[\s|:-]/g, '').length >= 20;

/**
 * The pieces of a definition that must each appear in its section. A definition drawn from a list is
 * written as one run of text, with punctuation between the items: it is split at "…", at list
 * enumerators ("(1)", "ii.", "4.", "a)") and at sentence and clause ends.
 */
export const definitionFragments = (text: string): string[] =>
  text
    .split(/…|[.:;](?=\s)|(?:^|\s)(?:\(\w{1,4}\)|[ivx]{1,4}[.)]|\d{1,2}[.)]|[a-h][.)])(?=\s)/)
    .map((f) => f.trim().replace(/^[;:,.\s]+|[;:,.\s]+$/g, ''))
    .filter((f) => f.split(/\s+/).length >= 3);

/** Problems with a glossary definition: an unknown section, or a piece of its text that the section does not state. */
export function definitionProblems(sections: SectionFile[], definition: Passage, where: string): string[] {
  const exact = passageProblems(sections, definition, where);
  if (exact.length === 0 || exact[0]?.includes(': no section ')) return exact;
  const body = sections.find((s) => s.document === definition.document && s.slug === definition.section)?.body ?? '';
  return definitionFragments(definition.quote)
    .filter((f) => !bodyHasQuote(body, f))
    .map((f) => `${where}: "${f}" is not in ${definition.document}/${definition.section}`);
}

/** Problems with a quoted passage: an unknown section or a quote that is not in it. */
export function passageProblems(sections: SectionFile[], passage: Passage, where: string): string[] {
  const section = sections.find((s) => s.document === passage.document && s.slug === passage.section);
  if (!section) return [`${where}: no section ${passage.document}/${passage.section}`];
  return bodyHasQuote(section.body, passage.quote) ? [] : [`${where}: "${passage.quote}" is not in ${passage.document}/${passage.section}`];
}
