import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { parse } from 'yaml';

// Text a reader does not see as the passage: paragraph links, glossary buttons and popovers, other markers.
const IGNORE = new Set(['para-link', 'gloss-btn', 'gloss-pop', 'inconsistency-mark']);

/** Quotes and section text compared the same way: markdown escapes and emphasis, typographic quotes, dashes, spacing and case ignored. */
export const comparable = (text) =>
  text
    .replace(/\\([{}<>*_[\]$#|`\\])/g, '$1')
    .replace(/\*\*|__|(?<!\w)[*_](?!\s)|(?<!\s)[*_](?!\w)/g, '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

const textOf = (node) => {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  if ((node.properties?.className ?? []).some((c) => IGNORE.has(c))) return '';
  return (node.children ?? []).map(textOf).join('');
};

/** Every inconsistency note in the content tree, with its passages. */
export function loadInconsistencies(contentDir) {
  const dir = join(contentDir, 'inconsistencies');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ id: f.slice(0, -5), ...parse(readFileSync(join(dir, f), 'utf8')) }));
}

/** The numbered blocks of a section (paragraphs, list items, tables) in reading order, each with the numbered block it sits in. */
function numberedBlocks(tree) {
  const blocks = [];
  const visit = (node, parent) => {
    for (const child of node.children ?? []) {
      if (child.type !== 'element') continue;
      if (child.properties?.dataPara !== undefined && child.properties?.id) {
        const block = { node: child, parent, text: comparable(textOf(child)) };
        blocks.push(block);
        visit(child, block);
      } else visit(child, parent);
    }
  };
  visit(tree, undefined);
  return blocks;
}

/** The first block holding the quote, narrowed to the innermost list item inside it that still holds it. */
function blockFor(blocks, quote, within) {
  const found = blocks.find((b) => b.parent === within && b.text.includes(quote));
  if (!found) return within;
  return blockFor(blocks, quote, found);
}

const marker = (note) => ({
  type: 'element',
  tagName: 'a',
  properties: { className: ['inconsistency-mark'], href: `#inconsistency-note-${note.id}`, ariaLabel: `Inconsistency: ${note.title}` },
  children: [{ type: 'text', value: 'Inconsistency' }],
});

/**
 * Marks each passage an inconsistency note quotes: the innermost numbered paragraph, list item or table
 * holding the quote gets an "Inconsistency" link to the note at the top of the section, and the
 * paragraph anchors are recorded in the frontmatter (`inconsistencyAnchors`, note id → anchor per
 * passage, null where the quote spans blocks) so the notes can link each quote to its paragraph.
 * Runs after rehypeParagraphAnchors, which numbers the blocks.
 */
export function rehypeInconsistencyMarkers(options = {}) {
  const contentDir = resolve(options.contentDir ?? process.env.HEARTH_CONTENT_DIR ?? './content');
  let notes;
  return (tree, file) => {
    notes ??= loadInconsistencies(contentDir);
    const parts = resolve(file.path ?? file.history?.[0] ?? '').split(sep);
    const at = parts.lastIndexOf('standards');
    if (at < 0 || parts.length !== at + 3) return;
    const document = parts[at + 1];
    const section = parts[at + 2].replace(/\.mdx?$/, '');
    const blocks = numberedBlocks(tree);
    const anchors = {};
    for (const note of notes) {
      const passages = note.passages ?? [];
      if (!passages.some((p) => p.document === document && p.section === section)) continue;
      const marked = new Set();
      anchors[note.id] = passages.map((p) => {
        if (p.document !== document || p.section !== section) return null;
        const block = blockFor(blocks, comparable(p.quote), undefined);
        if (!block) return null;
        if (!marked.has(block.node)) {
          marked.add(block.node);
          if (block.node.tagName === 'table') {
            const parent = findParent(tree, block.node);
            const wrapper = {
              type: 'element',
              tagName: 'p',
              properties: { className: ['inconsistency-after-table'] },
              children: [marker(note)],
            };
            parent?.children.splice(parent.children.indexOf(block.node) + 1, 0, wrapper);
          } else {
            block.node.children.push({ type: 'text', value: ' ' }, marker(note));
          }
        }
        return String(block.node.properties.id);
      });
    }
    file.data.astro ??= {};
    file.data.astro.frontmatter ??= {};
    file.data.astro.frontmatter.inconsistencyAnchors = anchors;
  };
}

function findParent(node, target) {
  for (const child of node.children ?? []) {
    if (child === target) return node;
    const found = findParent(child, target);
    if (found) return found;
  }
  return undefined;
}
