import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  bodyHasQuote,
  definitionFragments,
  definitionProblems,
  hasText,
  ocrLeftovers,
  passageProblems,
  readDocuments,
  readSections,
  readYamlCollection,
  tableProblems,
  type GlossaryFile,
  type InconsistencyFile,
} from './contentChecks';
import { rehypeGlossaryLinks } from '../../src/plugins/rehypeGlossaryLinks.mjs';
import { rehypeInconsistencyMarkers } from '../../src/plugins/rehypeInconsistencyMarkers.mjs';

const contentDir = process.env.HEARTH_CONTENT_DIR ?? fileURLToPath(new URL('../../content', import.meta.url));
const sections = readSections(contentDir);
const documents = readDocuments(contentDir);
const inconsistencies = readYamlCollection<InconsistencyFile['data']>(contentDir, 'inconsistencies');
const glossary = readYamlCollection<GlossaryFile['data']>(contentDir, 'glossary');
const name = (s: { document: string; slug: string }) => `${s.document}/${s.slug}`;

test('the content tree has documents, sections, inconsistencies and glossary terms to check', () => {
  expect(documents.length).toBeGreaterThan(5);
  expect(sections.length).toBeGreaterThan(50);
  expect(inconsistencies.length).toBeGreaterThan(10);
  expect(glossary.length).toBeGreaterThan(10);
});

test('every document has at least one section', () => {
  expect(documents.filter((d) => !sections.some((s) => s.document === d.id)).map((d) => d.id)).toEqual([]);
});

test('every section names the document whose folder it is in, and that document exists', () => {
  const ids = new Set(documents.map((d) => d.id));
  const wrong = sections
    .filter((s) => s.frontmatter.document !== s.document || !ids.has(s.document))
    .map((s) => `${name(s)} names ${String(s.frontmatter.document)}`);
  expect(wrong).toEqual([]);
});

test('a section has the jurisdiction of its document', () => {
  const jurisdiction = new Map(documents.map((d) => [d.id, (d.data as { jurisdiction?: string }).jurisdiction]));
  const wrong = sections
    .filter((s) => s.frontmatter.jurisdiction !== jurisdiction.get(s.document))
    .map((s) => `${name(s)}: ${String(s.frontmatter.jurisdiction)}`);
  expect(wrong).toEqual([]);
});

test('section order is unique within each document, so the reading order is defined', () => {
  const seen = new Map<string, string>();
  const clashes: string[] = [];
  for (const s of sections) {
    const key = `${s.document}#${String(s.frontmatter.order)}`;
    const other = seen.get(key);
    if (other) clashes.push(`${name(s)} and ${other} both have order ${String(s.frontmatter.order)}`);
    seen.set(key, s.slug);
  }
  expect(clashes).toEqual([]);
});

test('section slugs are lowercase words joined by hyphens and never "about" (the document\'s about page)', () => {
  expect(sections.filter((s) => s.slug === 'about' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(s.slug)).map(name)).toEqual([]);
});

test('no section is empty', () => {
  expect(sections.filter((s) => !hasText(s.body)).map(name)).toEqual([]);
});

test('no OCR running header, footer, stamp or page number is left in a section', () => {
  expect(sections.flatMap((s) => ocrLeftovers(s.body).map((p) => `${name(s)} ${p}`))).toEqual([]);
});

test('every table has a header row and a separator', () => {
  expect(sections.flatMap((s) => tableProblems(s.body).map((p) => `${name(s)} ${p}`))).toEqual([]);
});

test('every inconsistency passage quotes its section word for word', () => {
  const problems = inconsistencies.flatMap((n) =>
    n.data.passages.flatMap((p, i) => passageProblems(sections, p, `${n.id} passage ${i + 1}`)),
  );
  expect(problems).toEqual([]);
});

test('every glossary definition comes from a section that exists and states it', () => {
  const problems = glossary.flatMap((g) =>
    g.data.definitions.flatMap((d, i) =>
      definitionProblems(sections, { document: d.document, section: d.section, quote: d.text }, `${g.id} definition ${i + 1}`),
    ),
  );
  expect(problems).toEqual([]);
});

test('every correction names a section of its own document', () => {
  const problems = documents.flatMap((d) =>
    (d.data.corrections ?? [])
      .filter((c) => !sections.some((s) => s.document === d.id && s.slug === c.section))
      .map((c) => `${d.id}: correction of "${c.original.slice(0, 40)}" names ${c.section}`),
  );
  expect(problems).toEqual([]);
});

test('every chart names a section and a heading that exist', () => {
  const dir = join(contentDir, 'data', 'new-bedford-hdx');
  const charts = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
  const problems = charts.flatMap((f) => {
    const { source } = JSON.parse(readFileSync(join(dir, f), 'utf8')) as {
      source: { document: string; section: string; heading?: string };
    };
    const section = sections.find((s) => s.document === source.document && s.slug === source.section);
    if (!section) return [`${f}: no section ${source.document}/${source.section}`];
    const headings = [...section.body.matchAll(/^#{2,6}\s+(.+?)\s*$/gm)].map((m) => m[1]);
    return source.heading && !headings.includes(source.heading) ? [`${f}: no heading "${source.heading}" in ${source.section}`] : [];
  });
  expect(problems).toEqual([]);
});

// OrgCode's SPDAT items are © OrgCode, all rights reserved: the site says what the tool is, never its questions.
const spdatItems = [
  'drink mouthwash or cooking wine or hand sanitizer',
  'clean up dishes and the like before they get crusty',
  'Do you have any street debts',
  'Serious and persistent mental illness (2+ hospitalizations',
];

test('no SPDAT questionnaire text is republished anywhere in the content', () => {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
  const found = walk(contentDir).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return spdatItems.filter((item) => bodyHasQuote(text, item)).map((item) => `${file}: "${item}"`);
  });
  expect(found).toEqual([]);
});

describe('the checkers catch what they look for', () => {
  test('a running footer left in the text is reported with its line', () => {
    const body =
      'Rent is due.\n\nTPCH Continuum of Care Written Standards_amended_March 28, 2023\n\n10\n\n\\{143459 / 01155246 / v 1\\}\n\nSubR Amd. Version: 7.31.23\n';
    expect(ocrLeftovers(body)).toEqual([
      'line 3 (TPCH running footer): TPCH Continuum of Care Written Standards_amended_March 28, 2023',
      'line 5 (page number): 10',
      'line 7 (Pima document stamp): \\{143459 / 01155246 / v 1\\}',
      'line 9 (subaward amendment version stamp): SubR Amd. Version: 7.31.23',
    ]);
  });

  test('the HDX report header is reported only as a line of its own', () => {
    expect(ocrLeftovers('2019 HDX Competition Report\n\nThe 2019 HDX Competition Report shows …')).toEqual([
      'line 1 (HDX report running header): 2019 HDX Competition Report',
    ]);
  });

  test('numbers inside sentences, lists and tables are not page numbers', () => {
    expect(ocrLeftovers('1. First item\n\n| Year | Count |\n| --- | --- |\n| 2019 | 22 |\n\nThe count was\n22 people.')).toEqual([]);
  });

  test('a table without a separator row is reported', () => {
    expect(tableProblems('Text\n\n| Tier | Share |\n| 1 | 100% |\n')).toEqual([
      'line 3: table has no header row and separator (starts "| Tier | Share |")',
    ]);
  });

  test('a separator that does not match the header is reported', () => {
    expect(tableProblems('| Tier | Share |\n| --- |\n| 1 | 100% |')).toEqual(['line 1: header has 2 cells but the separator has 1']);
  });

  test('a table with a header row passes', () => {
    expect(tableProblems('| Tier | Share |\n| --- | ---: |\n| 1 | 100% |')).toEqual([]);
  });

  test('a section with only headings is empty', () => {
    expect(hasText('## Introduction\n\n### Purpose\n')).toBe(false);
    expect(hasText('## Introduction\n\nRapid re-housing helps people move quickly.')).toBe(true);
  });

  test('a quote matches through emphasis, escapes, entities and line wrapping', () => {
    expect(
      bodyHasQuote(
        '| _Persons or stayers who increased\nearned income._ | 21%&gt;= 0 \\{x\\} |',
        'Persons or stayers who increased earned income. | 21%>= 0 {x}',
      ),
    ).toBe(true);
  });

  test('a definition drawn from a list is split into its items', () => {
    expect(
      definitionFragments('The three criteria are that the person: (1) Has a qualifying disability; (2) Is literally homeless … and more'),
    ).toEqual(['The three criteria are that the person', 'Has a qualifying disability', 'Is literally homeless']);
  });

  test('a definition with a clause its section does not state is reported', () => {
    const definition = {
      document: 'tpch-written-standards',
      section: 'rapid-rehousing-programs',
      quote: 'Tier 2: The program pays 67% of the contract rent; (2) the household pays the deposit',
    };
    expect(definitionProblems(sections, definition, 'fixture')).toEqual([
      'fixture: "the household pays the deposit" is not in tpch-written-standards/rapid-rehousing-programs',
    ]);
  });

  test('a misquoted passage and a missing section are reported', () => {
    const passage = {
      document: 'tpch-written-standards',
      section: 'rapid-rehousing-programs',
      quote: 'Tier 2: The program pays 70% of the contract rent',
    };
    expect(passageProblems(sections, passage, 'fixture')).toEqual([
      'fixture: "Tier 2: The program pays 70% of the contract rent" is not in tpch-written-standards/rapid-rehousing-programs',
    ]);
    expect(passageProblems(sections, { ...passage, section: 'no-such-section' }, 'fixture')).toEqual([
      'fixture: no section tpch-written-standards/no-such-section',
    ]);
  });
});

type Node = { type: string; tagName?: string; value?: string; properties?: Record<string, unknown>; children?: Node[] };
const el = (tagName: string, properties: Record<string, unknown>, children: Node[]): Node => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const text = (value: string): Node => ({ type: 'text', value });
const all = (node: Node, match: (n: Node) => boolean): Node[] => [
  ...(match(node) ? [node] : []),
  ...(node.children ?? []).flatMap((c) => all(c, match)),
];
const textOf = (node: Node): string => (node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join(''));
const sectionFile = (document: string, section: string, jurisdiction: string) => ({
  path: join(contentDir, 'standards', document, `${section}.mdx`),
  data: { astro: { frontmatter: { jurisdiction } } },
});

describe('rehypeGlossaryLinks', () => {
  const run = (
    tree: Node,
    file = sectionFile('nashville-davidson-standards-of-care', 'rapid-re-housing-standards', 'nashville-davidson'),
  ) => {
    rehypeGlossaryLinks({ contentDir, base: '/hearth/' })(tree, file);
    return tree;
  };
  const links = (tree: Node) =>
    all(tree, (n) => n.tagName === 'a' && (n.properties?.className as string[] | undefined)?.includes('gloss-term') === true);

  test('links the first use of a term in a section, under the base path, and no later use', () => {
    const tree = run(
      el('div', {}, [
        el('p', {}, [text('Rapid re-housing helps. Rapid re-housing again.')]),
        el('p', {}, [text('More rapid re-housing.')]),
      ]),
    );
    expect(links(tree).map((a) => [a.properties?.href, textOf(a)])).toEqual([['/hearth/glossary/rapid-re-housing/', 'Rapid re-housing']]);
  });

  test("follows the link with a button that opens the definition of the page's own jurisdiction in a popover", () => {
    const tree = run(el('p', {}, [text('RRH programs')]));
    const button = all(tree, (n) => n.tagName === 'button' && n.properties?.popoverTarget === 'gloss-rapid-re-housing')[0]!;
    expect(textOf(button)).toBe('?Definition of Rapid re-housing');
    const popover = all(tree, (n) => n.properties?.id === 'gloss-rapid-re-housing')[0]!;
    expect(popover.properties).toMatchObject({ popover: 'auto', dataPagefindIgnore: '' });
    expect(textOf(popover)).toContain(
      '(Nashville-Davidson County Continuum of Care): Is an intervention, informed by a Housing First approach',
    );
  });

  test("does not link a term that neither the page's jurisdiction nor HUD defines", () => {
    // "Moving On" is defined only by New Bedford; the default test page is another jurisdiction's.
    const tree = run(el('p', {}, [text('The Moving On strategy')]));
    expect(all(tree, (n) => n.properties?.id === 'gloss-moving-on')).toEqual([]);
  });

  test('leaves headings, links and code alone', () => {
    const tree = run(
      el('div', {}, [
        el('h2', {}, [text('Rapid re-housing')]),
        el('p', {}, [el('a', { href: '#x' }, [text('Rapid re-housing')]), text(' and '), el('code', {}, [text('Rapid re-housing')])]),
      ]),
    );
    expect(links(tree)).toEqual([]);
  });

  test('matches an abbreviation only as written, and a phrase in any case', () => {
    const tree = run(el('p', {}, [text('the rrh team; the HMIS lead; RAPID RE-HOUSING')]));
    expect(links(tree).map(textOf)).toEqual(['HMIS lead', 'RAPID RE-HOUSING']);
  });

  test('does not link a term in the section its definition comes from', () => {
    const tree = run(
      el('p', {}, [text('Rapid re-housing is an intervention.')]),
      sectionFile('nashville-davidson-standards-of-care', 'glossary', 'nashville-davidson'),
    );
    expect(links(tree)).toEqual([]);
  });
});

describe('rehypeInconsistencyMarkers', () => {
  const note = inconsistencies.find((n) => n.id === 'nashville-category-2-coc-rrh')!;
  const index = note.data.passages.findIndex((p) => p.section === 'rapid-re-housing-standards');
  const quote = note.data.passages[index]!.quote;

  test('marks the innermost numbered block holding a quote and records its anchor for the note', () => {
    const inner = el('li', { id: 'p3', dataPara: '3' }, [
      el('a', { className: ['para-link'], href: '#p3' }, [text('¶3')]),
      text(` ${quote}`),
    ]);
    const outer = el('li', { id: 'p2', dataPara: '2' }, [text('Eligibility: '), el('ul', {}, [inner])]);
    const tree = el('div', {}, [el('p', { id: 'p1', dataPara: '1' }, [text('Other text.')]), el('ul', {}, [outer])]);
    const file = sectionFile('nashville-davidson-standards-of-care', 'rapid-re-housing-standards', 'nashville-davidson');
    rehypeInconsistencyMarkers({ contentDir })(tree, file);
    const marks = all(tree, (n) => (n.properties?.className as string[] | undefined)?.includes('inconsistency-mark') === true);
    expect(marks.map((m) => [m.properties?.href, m.properties?.ariaLabel])).toEqual([
      [`#inconsistency-note-${note.id}`, `Inconsistency: ${note.data.title}`],
    ]);
    expect(inner.children?.at(-1)).toBe(marks[0]);
    const anchors = (file.data.astro.frontmatter as { inconsistencyAnchors?: Record<string, (string | null)[]> }).inconsistencyAnchors;
    expect(anchors?.[note.id]?.[index]).toBe('p3');
  });

  test('a quote split across two paragraphs has no anchor and no marker', () => {
    const half = Math.floor(quote.length / 2);
    const tree = el('div', {}, [
      el('p', { id: 'p1', dataPara: '1' }, [text(quote.slice(0, half))]),
      el('p', { id: 'p2', dataPara: '2' }, [text(quote.slice(half))]),
    ]);
    const file = sectionFile('nashville-davidson-standards-of-care', 'rapid-re-housing-standards', 'nashville-davidson');
    rehypeInconsistencyMarkers({ contentDir })(tree, file);
    expect(all(tree, (n) => n.tagName === 'a')).toEqual([]);
    expect(
      (file.data.astro.frontmatter as { inconsistencyAnchors?: Record<string, (string | null)[]> }).inconsistencyAnchors?.[note.id]?.[
        index
      ],
    ).toBeNull();
  });
});
