import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { parse } from 'yaml';

// Headings, links, code and controls keep their words as written; table headers stay short.
const SKIP = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'button', 'code', 'pre', 'kbd', 'script', 'style', 'svg', 'th', 'caption']);
const EXCERPT = 280;

const readYaml = (dir) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.yaml'))
        .sort()
        .map((f) => ({ id: f.slice(0, -5), data: parse(readFileSync(join(dir, f), 'utf8')) }))
    : [];

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A one-word abbreviation with two or more capitals (RRH, CoC, HMIS) matches only as written.
const caseSensitive = (phrase) => !/\s/.test(phrase) && (phrase.match(/[A-Z]/g) ?? []).length >= 2;

/** Loads glossary terms and jurisdiction names from the content tree; one matcher for every term and alias. */
export function loadGlossary(contentDir) {
  const terms = readYaml(join(contentDir, 'glossary')).map(({ id, data }) => ({
    id,
    term: data.term,
    definitions: data.definitions ?? [],
    phrases: [...new Set([data.term, ...(data.aliases ?? [])])],
  }));
  const names = Object.fromEntries(readYaml(join(contentDir, 'jurisdictions')).map(({ id, data }) => [id, data.name]));
  const byPhrase = new Map();
  for (const t of terms) {
    for (const phrase of t.phrases) {
      const key = phrase.toLowerCase();
      byPhrase.set(key, [...(byPhrase.get(key) ?? []), { term: t, phrase, exact: caseSensitive(phrase) }]);
    }
  }
  const alternatives = [...byPhrase.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = alternatives.length
    ? new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}]|-\\p{L})`, 'giu')
    : null;
  return { terms, names, byPhrase, pattern };
}

const excerpt = (text) => (text.length <= EXCERPT ? text : `${text.slice(0, text.lastIndexOf(' ', EXCERPT - 1))} …`);
const el = (tagName, properties, children) => ({ type: 'element', tagName, properties, children });
const txt = (value) => ({ type: 'text', value });

/** The link, the definition button and its native popover for one use of a term. */
function termNodes(term, matched, jurisdiction, names, base) {
  const href = `${base}glossary/${term.id}/`;
  const definition =
    term.definitions.find((d) => d.jurisdiction === jurisdiction) ??
    term.definitions.find((d) => d.jurisdiction === 'hud') ??
    term.definitions[0];
  const id = `gloss-${term.id}`;
  const source = names[definition.jurisdiction] ?? definition.jurisdiction;
  return [
    el('a', { href, className: ['gloss-term'] }, [txt(matched)]),
    el('button', { type: 'button', className: ['gloss-btn'], popoverTarget: id }, [
      el('span', { ariaHidden: 'true' }, [txt('?')]),
      el('span', { className: ['visually-hidden'] }, [txt(`Definition of ${term.term}`)]),
    ]),
    el('span', { id, popover: 'auto', className: ['gloss-pop'], dataPagefindIgnore: '' }, [
      el('strong', {}, [txt(term.term)]),
      el('span', { className: ['gloss-src'] }, [txt(` (${source})`)]),
      txt(`: ${excerpt(definition.text)} `),
      el('a', { href }, [
        txt(term.definitions.length > 1 ? 'Every definition' : 'Full entry'),
        el('span', { className: ['visually-hidden'] }, [txt(` of ${term.term}`)]),
      ]),
      txt(' '),
      el('button', { type: 'button', className: ['gloss-close'], popoverTarget: id, popoverTargetAction: 'hide' }, [
        txt('Close'),
        el('span', { className: ['visually-hidden'] }, [txt(` definition of ${term.term}`)]),
      ]),
    ]),
  ];
}

/** Where a markdown file sits: its document and section slug, from content/standards/<document>/<section>.mdx. */
function placeOf(file) {
  const parts = resolve(file.path ?? file.history?.[0] ?? '').split(sep);
  const at = parts.lastIndexOf('standards');
  return at >= 0 && parts.length === at + 3 ? { document: parts[at + 1], section: parts[at + 2].replace(/\.mdx?$/, '') } : {};
}

/** A document's jurisdiction from content/documents/<document>.json, when the frontmatter is not at hand. */
function documentJurisdiction(contentDir, document) {
  const file = document && join(contentDir, 'documents', `${document}.json`);
  return file && existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).jurisdiction : undefined;
}

/**
 * Links the first use of each glossary term (or alias) in a section to its glossary page, followed by
 * a button that opens the definition in a native HTML popover: no JavaScript, keyboard operable, and a
 * plain link where popovers are unsupported. The section's own jurisdiction's definition is shown when
 * there is one. A term is not linked in the section its definition comes from.
 */
export function rehypeGlossaryLinks(options = {}) {
  const contentDir = resolve(options.contentDir ?? process.env.HEARTH_CONTENT_DIR ?? './content');
  const base = (options.base ?? process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
  let glossary;
  return (tree, file) => {
    glossary ??= loadGlossary(contentDir);
    const { terms, names, byPhrase, pattern } = glossary;
    if (!pattern) return;
    const place = placeOf(file);
    const jurisdiction = file.data?.astro?.frontmatter?.jurisdiction ?? documentJurisdiction(contentDir, place.document);
    const linked = new Set(
      terms.filter((t) => t.definitions.some((d) => d.document === place.document && d.section === place.section)).map((t) => t.id),
    );

    const split = (value) => {
      const out = [];
      let last = 0;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(value); m; m = pattern.exec(value)) {
        const candidates = byPhrase.get(m[0].toLowerCase()) ?? [];
        // Only terms this jurisdiction (or HUD) defines: another CoC's meaning of "Tier 1" is not this one's.
        const hit = candidates.find(
          (c) =>
            !linked.has(c.term.id) &&
            (!c.exact || c.phrase === m[0]) &&
            c.term.definitions.some((d) => d.jurisdiction === jurisdiction || d.jurisdiction === 'hud'),
        );
        if (!hit) continue;
        linked.add(hit.term.id);
        if (m.index > last) out.push(txt(value.slice(last, m.index)));
        out.push(...termNodes(hit.term, m[0], jurisdiction, names, base));
        last = m.index + m[0].length;
      }
      if (last === 0) return null;
      if (last < value.length) out.push(txt(value.slice(last)));
      return out;
    };

    const visit = (node) => {
      if (!node.children) return;
      const next = [];
      for (const child of node.children) {
        if (child.type === 'text') {
          next.push(...(split(child.value) ?? [child]));
        } else {
          if (child.type === 'element' && !SKIP.has(child.tagName)) visit(child);
          else if (child.type === 'root') visit(child);
          next.push(child);
        }
      }
      node.children = next;
    };
    visit(tree);
  };
}
