import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { rehypeParagraphAnchors } from '../../src/plugins/rehypeParagraphAnchors.mjs';
import {
  compareBlocks,
  diffWords,
  isPunctuation,
  layoutRedline,
  parseBlocks,
  redline,
  side,
  splitAtTitles,
  type RedlineEntry,
} from '../../src/utils/redline';
import { splitFrontmatter } from './contentChecks';

/** A compact view of entries: status and the text shown, with word changes as [-del-]{+ins+}. */
const view = (entries: RedlineEntry[]) =>
  entries.map((e) => {
    if (e.status === 'changed') {
      const text = e.words.map((s) => (s.op === 'same' ? s.text : s.op === 'del' ? `[-${s.text}-]` : `{+${s.text}+}`)).join('');
      return `${e.moved ? 'moved+changed' : 'changed'}: ${text}`;
    }
    return `${e.status}: ${'proposed' in e && e.status !== 'moved-away' ? e.proposed.text : e.adopted.text}`;
  });

describe('parseBlocks', () => {
  test('splits headings, paragraphs, nested list items and table rows, numbering them like the ¶ anchors', () => {
    const blocks = parseBlocks(
      '## Limits\n\nFirst *para*graph\ncontinues.\n\n- One\n  - Nested\n- Two\n\n| A | B |\n| --- | --- |\n| 1 | 2 |\n\nLast.\n',
    );
    expect(blocks).toEqual([
      { kind: 'heading', text: 'Limits', depth: 2 },
      { kind: 'paragraph', text: 'First paragraph continues.', para: 1 },
      { kind: 'item', text: 'One', depth: 1, para: 2 },
      { kind: 'item', text: 'Nested', depth: 2, para: 3 },
      { kind: 'item', text: 'Two', depth: 1, para: 4 },
      { kind: 'row', text: 'A | B', cells: ['A', 'B'], header: true, para: 5 },
      { kind: 'row', text: '1 | 2', cells: ['1', '2'], header: false, para: 5 },
      { kind: 'paragraph', text: 'Last.', para: 6 },
    ]);
  });

  test('reads MDX escapes and entities as the reader sees them, and indented lines as text (MDX has no indented code)', () => {
    expect(parseBlocks('Costs \\{a\\} &lt; $5 and [a link](https://example.org).\n\n    indented words\n').map((b) => b.text)).toEqual([
      'Costs {a} < $5 and a link.',
      'indented words',
    ]);
  });

  test('numbers the blocks of a real section exactly as the site renders its ¶ anchors', async () => {
    const source = readFileSync('content/standards/nashville-davidson-standards-of-care/participant-eligibility.mdx', 'utf8');
    const { body } = splitFrontmatter(source);
    const processor = await createMarkdownProcessor({ rehypePlugins: [rehypeParagraphAnchors], syntaxHighlight: false });
    const { code } = await processor.render(body);
    const rendered = [...code.matchAll(/data-para="(\d+)"/g)].map((m) => Number(m[1]));
    const parsed = [...new Set(parseBlocks(body).flatMap((b) => (b.para ? [b.para] : [])))];
    expect(parsed).toEqual(rendered);
    expect(parsed.length).toBeGreaterThan(40);
  });
});

describe('redline', () => {
  test('identical texts are all unchanged, even when the lines are wrapped differently', () => {
    const result = redline('## A\n\nOne two\nthree.\n\n- Item\n', '## A\n\nOne two three.\n\n- Item\n');
    expect(result.counts).toEqual({ unchanged: 3, changed: 0, moved: 0, inserted: 0, deleted: 0 });
  });

  test('reordered paragraphs show as moved, not as deleted and inserted', () => {
    const a = 'Alpha paragraph one.\n\nBravo paragraph two.\n\nCharlie paragraph three.\n';
    const b = 'Charlie paragraph three.\n\nAlpha paragraph one.\n\nBravo paragraph two.\n';
    const result = redline(a, b);
    expect(view(result.entries)).toEqual([
      'moved: Charlie paragraph three.',
      'unchanged: Alpha paragraph one.',
      'unchanged: Bravo paragraph two.',
      'moved-away: Charlie paragraph three.',
    ]);
    expect(result.counts).toEqual({ unchanged: 2, changed: 0, moved: 1, inserted: 0, deleted: 0 });
  });

  test('a paragraph that moves and is edited is matched with its old self and word-diffed', () => {
    const a = 'The program pays rent each month.\n\nCase managers meet weekly.\n\nAll providers use HMIS.\n';
    const b = 'All providers use HMIS.\n\nCase managers meet weekly.\n\nThe program pays the rent each month.\n';
    const entries = redline(a, b).entries;
    expect(view(entries)).toEqual([
      'moved-away: The program pays rent each month.',
      'moved: All providers use HMIS.',
      'unchanged: Case managers meet weekly.',
      'moved-away: All providers use HMIS.',
      'moved+changed: The program pays {+the +}rent each month.',
    ]);
  });

  test('an edited list item is changed in place while its neighbours stay unchanged', () => {
    const a =
      '- Utility payments under ESG can only be made for gas, electric, and sewer costs.\n  - The account must be in the participant’s name.\n- Moving expenses are eligible.\n';
    const b =
      '- Utility payments under ESG can only be made for gas, electric, water, and sewer costs.\n  - The account must be in the participant’s name.\n- Moving expenses are eligible.\n';
    expect(view(redline(a, b).entries)).toEqual([
      'changed: Utility payments under ESG can only be made for gas, electric, {+water, +}and sewer costs.',
      'unchanged: The account must be in the participant’s name.',
      'unchanged: Moving expenses are eligible.',
    ]);
  });

  test('an inserted and a deleted list item are shown as such', () => {
    const a = '- Case management\n- Child care\n- Education\n';
    const b = '- Case management\n- Education\n- Legal services\n';
    expect(view(redline(a, b).entries)).toEqual([
      'unchanged: Case management',
      'deleted: Child care',
      'unchanged: Education',
      'inserted: Legal services',
    ]);
  });

  test('a changed table cell is diffed cell by cell; an added row is inserted', () => {
    const a = '| Tier | Program pays |\n| --- | --- |\n| Tier 1 | 100% |\n| Tier 2 | 67% |\n';
    const b = '| Tier | Program pays |\n| --- | --- |\n| Tier 1 | 100% |\n| Tier 2 | 70% |\n| Tier 3 | 33% |\n';
    const entries = redline(a, b).entries;
    expect(view(entries)).toEqual([
      'unchanged: Tier | Program pays',
      'unchanged: Tier 1 | 100%',
      'changed: Tier 2 | [-67-]{+70+}%',
      'inserted: Tier 3 | 33%',
    ]);
    const row = entries[2]!;
    expect(row.status === 'changed' && row.cells).toEqual([
      [{ op: 'same', text: 'Tier 2' }],
      [
        { op: 'del', text: '67' },
        { op: 'ins', text: '70' },
        { op: 'same', text: '%' },
      ],
    ]);
  });

  test('a punctuation-only change is found, and flagged so the page can box it', () => {
    const entries = redline(
      'Security deposits cannot exceed two months of rent.\n',
      'Security deposits cannot exceed two months of rent;\n',
    ).entries;
    expect(view(entries)).toEqual(['changed: Security deposits cannot exceed two months of rent[-.-]{+;+}']);
    const changed = entries[0]!;
    const marked = changed.status === 'changed' ? changed.words.filter((s) => s.op !== 'same') : [];
    expect(marked.map((s) => isPunctuation(s.text))).toEqual([true, true]);
    expect(isPunctuation('water, ')).toBe(false);
  });

  test('a rewritten paragraph with few words in common is deleted and inserted, not diffed word by word', () => {
    const entries = redline('Households pay 30% of income.\n', 'Rent is set from a documented monthly budget.\n').entries;
    expect(view(entries)).toEqual(['deleted: Households pay 30% of income.', 'inserted: Rent is set from a documented monthly budget.']);
  });

  test('a heading is matched only with a heading, a row only with a row', () => {
    const blocks = (kind: 'heading' | 'row', text: string) => [{ kind, text, ...(kind === 'row' ? { cells: [text] } : {}) }];
    const result = compareBlocks(blocks('heading', 'Rent limits'), blocks('row', 'Rent limits'));
    expect(result.counts).toEqual({ unchanged: 0, changed: 0, moved: 0, inserted: 1, deleted: 1 });
  });
});

test('diffWords reports word changes and ignores a change of spacing alone', () => {
  expect(diffWords('gas, electric, and sewer', 'gas, electric,  and sewer').every((s) => s.op === 'same')).toBe(true);
  expect(side(diffWords('pays 67%', 'pays 70%'), 'adopted')).toEqual([
    { op: 'same', text: 'pays ' },
    { op: 'del', text: '67' },
    { op: 'same', text: '%' },
  ]);
});

test('layoutRedline folds runs of unchanged blocks and groups list items and table rows', () => {
  const a = 'P1 one.\n\nP2 two.\n\nP3 three.\n\nP4 four.\n\n- a item\n- b item\n\n| H |\n| --- |\n| x |\n';
  const b = 'P1 one.\n\nP2 two.\n\nP3 three.\n\nP4 four, changed.\n\n- a item\n- b item changed\n\n| H |\n| --- |\n| x |\n';
  const groups = layoutRedline(redline(a, b).entries);
  expect(groups.map((g) => (g.type === 'unchanged' ? `unchanged×${g.count} ¶${g.from}–¶${g.to}` : g.type))).toEqual([
    'unchanged×3 ¶1–¶3',
    'block',
    'list',
    'table',
  ]);
});

test('splitAtTitles splits a revision body at its level-1 headings, keeping each section’s text', () => {
  const body = '# rapid-rehousing-programs\n\n## Introduction\n\nText.\n\n# utility-assistance\n\nMore text.\n';
  expect(splitAtTitles(body)).toEqual({
    before: '',
    parts: [
      { heading: 'rapid-rehousing-programs', text: '## Introduction\n\nText.', line: 1 },
      { heading: 'utility-assistance', text: 'More text.', line: 7 },
    ],
  });
  expect(splitAtTitles('Stray words.\n\n# a\n\nText\n').before).toBe('Stray words.\n\n');
});
