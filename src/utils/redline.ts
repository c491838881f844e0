import { diffArrays, diffWordsWithSpace } from 'diff';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Nodes, RootContent } from 'mdast';

/**
 * A word-level redline between a section's adopted text and a revision's proposed text, computed at
 * build time. Both texts are split into blocks the way the site renders them (paragraphs, list items,
 * table rows, headings); blocks are matched first, so an unchanged or moved paragraph shows as such,
 * and only matched-but-edited blocks get a word diff.
 */

export type BlockKind = 'heading' | 'paragraph' | 'item' | 'row' | 'quote' | 'code';

export type Block = {
  kind: BlockKind;
  /** Plain text with Markdown markup removed and whitespace collapsed. */
  text: string;
  /** Heading level, or list nesting (1 = top level). */
  depth?: number;
  /** Table rows: the cells' plain text, and whether this is the header row. */
  cells?: string[];
  header?: boolean;
  /** The ¶ number the site gives this block (src/plugins/rehypeParagraphAnchors.mjs); rows share their table's. */
  para?: number;
};

export type Segment = { op: 'same' | 'ins' | 'del'; text: string };

export type RedlineEntry =
  | { status: 'unchanged'; adopted: Block; proposed: Block }
  | { status: 'changed'; adopted: Block; proposed: Block; words: Segment[]; cells: Segment[][] | null; moved: boolean }
  /** The same text in a new place. */
  | { status: 'moved'; adopted: Block; proposed: Block }
  /** Where a moved block used to be. */
  | { status: 'moved-away'; adopted: Block; proposed: Block }
  | { status: 'inserted'; proposed: Block }
  | { status: 'deleted'; adopted: Block };

export type RedlineCounts = { unchanged: number; changed: number; moved: number; inserted: number; deleted: number };
export type Redline = { entries: RedlineEntry[]; counts: RedlineCounts };

// Parse as MDX does (no indented code, no raw HTML) so blocks and ¶ numbers match the rendered section.
const mdxLike = { disable: { null: ['codeIndented', 'htmlFlow', 'htmlText', 'autolink'] } };

const parse = (source: string) => fromMarkdown(source, { extensions: [gfm(), mdxLike], mdastExtensions: [gfmFromMarkdown()] });

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

function plain(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return ' ';
    case 'image':
      return node.alt ?? '';
    default:
      return 'children' in node ? node.children.map((child) => plain(child as Nodes)).join('') : '';
  }
}

/** Splits MDX section text into the blocks a reader sees, numbered like the site's ¶ anchors. */
export function parseBlocks(source: string): Block[] {
  const tree = parse(source);
  const blocks: Block[] = [];
  let para = 0;
  const visit = (node: RootContent, depth: number): void => {
    switch (node.type) {
      case 'heading':
        blocks.push({ kind: 'heading', text: squash(plain(node)), depth: node.depth });
        return;
      case 'paragraph':
        blocks.push({ kind: 'paragraph', text: squash(plain(node)), para: ++para });
        return;
      case 'blockquote':
        blocks.push({ kind: 'quote', text: squash(node.children.map(plain).join(' ')), para: ++para });
        return;
      case 'code':
        blocks.push({ kind: 'code', text: node.value });
        return;
      case 'list':
        for (const item of node.children) {
          const own = item.children.filter((child) => child.type !== 'list');
          blocks.push({ kind: 'item', text: squash(own.map(plain).join(' ')), depth, para: ++para });
          for (const child of item.children) if (child.type === 'list') visit(child, depth + 1);
        }
        return;
      case 'table': {
        const number = ++para;
        node.children.forEach((row, i) => {
          const cells = row.children.map((cell) => squash(plain(cell)));
          blocks.push({ kind: 'row', text: cells.join(' | '), cells, header: i === 0, para: number });
        });
        return;
      }
      default:
        return;
    }
  };
  for (const node of tree.children) visit(node, 1);
  return blocks;
}

export type ProposedPart = { heading: string; text: string; line: number };

/** Splits a revision body at its level-1 headings: each names a section, and what follows is its proposed text. */
export function splitAtTitles(source: string): { before: string; parts: ProposedPart[] } {
  const titles = parse(source).children.filter((node) => node.type === 'heading' && node.depth === 1);
  const start = (node: RootContent) => node.position?.start.offset ?? 0;
  const end = (node: RootContent) => node.position?.end.offset ?? 0;
  return {
    before: source.slice(0, titles[0] ? start(titles[0]) : source.length),
    parts: titles.map((title, i) => ({
      heading: squash(plain(title)),
      text: source.slice(end(title), titles[i + 1] ? start(titles[i + 1]!) : source.length).trim(),
      line: title.position?.start.line ?? 0,
    })),
  };
}

/** The words a reader sees in MDX text, whitespace collapsed and quotes straightened (for checking quotes). */
export const readable = (source: string): string =>
  parseBlocks(source)
    .map((b) => b.text)
    .join(' ')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"');

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Share of words two texts have in common (Dice coefficient over word multisets), 0 to 1. */
export function similarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (!wa.length && !wb.length) return a === b ? 1 : 0;
  const pool = new Map<string, number>();
  for (const w of wa) pool.set(w, (pool.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wb) {
    const left = pool.get(w) ?? 0;
    if (left > 0) {
      common += 1;
      pool.set(w, left - 1);
    }
  }
  return (2 * common) / (wa.length + wb.length);
}

/** Word-level differences between two texts; whitespace-only edits are not reported. */
export function diffWords(adopted: string, proposed: string): Segment[] {
  const out: Segment[] = [];
  for (const change of diffWordsWithSpace(adopted, proposed)) {
    const op = change.added ? 'ins' : change.removed ? 'del' : 'same';
    if (op !== 'same' && !change.value.trim()) {
      if (op === 'ins') out.push({ op: 'same', text: change.value });
      continue;
    }
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += change.value;
    else out.push({ op, text: change.value });
  }
  return out;
}

const family = (kind: BlockKind): string => (kind === 'paragraph' || kind === 'item' || kind === 'quote' ? 'prose' : kind);
const key = (block: Block): string => `${family(block.kind)}\u0000${block.text}`;

/** Blocks this similar (share of common words) are treated as one block edited, not one deleted and one inserted. */
export const MATCH_THRESHOLD = 0.5;

type Gap = { removed: number[]; added: number[]; same?: [number, number] };

/** Runs of removed and added blocks between the blocks that stay in place (the longest common subsequence). */
function gapsBetweenAnchors(adopted: Block[], proposed: Block[]): Gap[] {
  const gaps: Gap[] = [{ removed: [], added: [] }];
  let ai = 0;
  let bi = 0;
  for (const part of diffArrays(adopted.map(key), proposed.map(key))) {
    for (let k = 0; k < part.count; k += 1) {
      const gap = gaps[gaps.length - 1]!;
      if (part.removed) gap.removed.push(ai++);
      else if (part.added) gap.added.push(bi++);
      else {
        gap.same = [ai++, bi++];
        gaps.push({ removed: [], added: [] });
      }
    }
  }
  return gaps;
}

/** Pairs each removed block with the added block it became: identical text first (a move), then the most similar. */
function pairMoved(adopted: Block[], proposed: Block[], gaps: Gap[], pairs: Map<number, number>): void {
  const gapOfA = new Map<number, number>();
  const gapOfB = new Map<number, number>();
  gaps.forEach((g, i) => {
    g.removed.forEach((a) => gapOfA.set(a, i));
    g.added.forEach((b) => gapOfB.set(b, i));
  });
  const removed = gaps.flatMap((g) => g.removed);
  const added = gaps.flatMap((g) => g.added);
  const taken = new Set<number>();
  for (const a of removed) {
    const b = added.find((candidate) => !taken.has(candidate) && key(proposed[candidate]!) === key(adopted[a]!));
    if (b !== undefined) {
      pairs.set(a, b);
      taken.add(b);
    }
  }
  const candidates: { a: number; b: number; score: number; near: number }[] = [];
  for (const a of removed) {
    if (pairs.has(a)) continue;
    for (const b of added) {
      if (taken.has(b) || family(adopted[a]!.kind) !== family(proposed[b]!.kind)) continue;
      const score = similarity(adopted[a]!.text, proposed[b]!.text);
      if (score >= MATCH_THRESHOLD) candidates.push({ a, b, score, near: gapOfA.get(a) === gapOfB.get(b) ? 1 : 0 });
    }
  }
  candidates.sort((x, y) => y.near - x.near || y.score - x.score || x.a - y.a || x.b - y.b);
  for (const c of candidates) {
    if (pairs.has(c.a) || taken.has(c.b)) continue;
    pairs.set(c.a, c.b);
    taken.add(c.b);
  }
}

/**
 * The pairs that stay in place: the largest set in the same order in both texts (identical blocks
 * win ties). Every other pair has moved.
 */
function inPlace(pairs: [number, number][], identical: (a: number) => boolean): number[] {
  const sorted = [...pairs].sort((x, y) => x[0] - y[0]);
  const weight = (i: number) => 1 + (identical(sorted[i]![0]) ? 0.001 : 0);
  const best = sorted.map((_, i) => weight(i));
  const prev = sorted.map(() => -1);
  sorted.forEach((p, i) => {
    for (let j = 0; j < i; j += 1) {
      if (sorted[j]![1] < p[1] && best[j]! + weight(i) > best[i]!) {
        best[i] = best[j]! + weight(i);
        prev[i] = j;
      }
    }
  });
  const kept: number[] = [];
  let i = best.indexOf(Math.max(...best));
  while (i >= 0) {
    kept.unshift(sorted[i]![0]);
    i = prev[i]!;
  }
  return kept;
}

function edited(adopted: Block, proposed: Block, moved: boolean): RedlineEntry {
  if (adopted.text === proposed.text) return moved ? { status: 'moved', adopted, proposed } : { status: 'unchanged', adopted, proposed };
  const sameShape = adopted.cells && proposed.cells && adopted.cells.length === proposed.cells.length;
  return {
    status: 'changed',
    adopted,
    proposed,
    words: diffWords(adopted.text, proposed.text),
    cells: sameShape ? adopted.cells!.map((cell, i) => diffWords(cell, proposed.cells![i]!)) : null,
    moved,
  };
}

/** Compares two block lists: entries in reading order of the proposed text, deletions where they were. */
export function compareBlocks(adopted: Block[], proposed: Block[]): Redline {
  const gaps = gapsBetweenAnchors(adopted, proposed);
  const pairs = new Map<number, number>();
  for (const gap of gaps) if (gap.same) pairs.set(gap.same[0], gap.same[1]);
  pairMoved(adopted, proposed, gaps, pairs);
  const pairedB = new Map([...pairs].map(([a, b]) => [b, a]));
  const anchors = inPlace([...pairs], (a) => adopted[a]!.text === proposed[pairs.get(a)!]!.text);
  const entries: RedlineEntry[] = [];
  let ai = 0;
  let bi = 0;
  for (const a of [...anchors, adopted.length]) {
    const b = a < adopted.length ? pairs.get(a)! : proposed.length;
    for (; ai < a; ai += 1) {
      const to = pairs.get(ai);
      entries.push(
        to === undefined
          ? { status: 'deleted', adopted: adopted[ai]! }
          : { status: 'moved-away', adopted: adopted[ai]!, proposed: proposed[to]! },
      );
    }
    for (; bi < b; bi += 1) {
      const from = pairedB.get(bi);
      entries.push(from === undefined ? { status: 'inserted', proposed: proposed[bi]! } : edited(adopted[from]!, proposed[bi]!, true));
    }
    if (a < adopted.length) entries.push(edited(adopted[ai++]!, proposed[bi++]!, false));
  }
  const counts: RedlineCounts = { unchanged: 0, changed: 0, moved: 0, inserted: 0, deleted: 0 };
  for (const e of entries) {
    if (e.status === 'changed') counts[e.moved ? 'moved' : 'changed'] += 1;
    else if (e.status !== 'moved-away') counts[e.status] += 1;
  }
  return { entries, counts };
}

/** The redline between two MDX texts of one section. */
export const redline = (adoptedMdx: string, proposedMdx: string): Redline =>
  compareBlocks(parseBlocks(adoptedMdx), parseBlocks(proposedMdx));

/** The block an entry shows in the proposed text's place (the adopted one for deletions). */
export const shownBlock = (entry: RedlineEntry): Block => ('proposed' in entry ? entry.proposed : entry.adopted);

export type RedlineGroup =
  | { type: 'block'; entry: RedlineEntry }
  | { type: 'list'; entries: RedlineEntry[] }
  | { type: 'table'; entries: RedlineEntry[] }
  | { type: 'unchanged'; groups: RedlineGroup[]; count: number; from?: number; to?: number };

function groupBlocks(entries: RedlineEntry[]): RedlineGroup[] {
  const groups: RedlineGroup[] = [];
  for (const entry of entries) {
    const block = shownBlock(entry);
    const last = groups[groups.length - 1];
    if (block.kind === 'item') {
      if (last?.type === 'list') last.entries.push(entry);
      else groups.push({ type: 'list', entries: [entry] });
    } else if (block.kind === 'row') {
      if (last?.type === 'table' && !block.header) last.entries.push(entry);
      else groups.push({ type: 'table', entries: [entry] });
    } else groups.push({ type: 'block', entry });
  }
  return groups;
}

/**
 * Lays entries out for reading: list items and table rows grouped, and runs of at least `collapse`
 * unchanged entries folded into one group (rendered as a closed <details>, so no script is needed).
 */
export function layoutRedline(entries: RedlineEntry[], collapse = 3): RedlineGroup[] {
  const out: RedlineGroup[] = [];
  let run: RedlineEntry[] = [];
  let rest: RedlineEntry[] = [];
  const flushRest = () => {
    out.push(...groupBlocks(rest));
    rest = [];
  };
  const flushRun = () => {
    if (run.length >= collapse) {
      flushRest();
      const paras = run.map((e) => ('adopted' in e ? e.adopted.para : undefined)).filter((p): p is number => p !== undefined);
      out.push({ type: 'unchanged', groups: groupBlocks(run), count: run.length, from: paras[0], to: paras[paras.length - 1] });
    } else rest.push(...run);
    run = [];
  };
  for (const entry of entries) {
    if (entry.status === 'unchanged') run.push(entry);
    else {
      flushRun();
      rest.push(entry);
    }
  }
  flushRun();
  flushRest();
  return out;
}

/** Splits a segment list into what each side shows: the adopted side keeps deletions, the proposed side insertions. */
export const side = (segments: Segment[], which: 'adopted' | 'proposed'): Segment[] =>
  segments.filter((s) => s.op === 'same' || s.op === (which === 'adopted' ? 'del' : 'ins'));

/** True when a change is only punctuation or symbols, which readers easily miss: the page boxes it. */
export const isPunctuation = (text: string): boolean => !/[\p{L}\p{N}]/u.test(text);
