/** The By-Name List tool's lines: one household per line, values separated by commas or tabs, in a fixed column order. */
import { toNumber } from './PriorityFields';

export type NashvilleMethod = 'nashville-rrh' | 'nashville-psh';
type Kind = 'text' | 'number' | 'yesno' | 'assessment' | 'date';

const COLUMNS: Record<NashvilleMethod, { key: string; kind: Kind }[]> = {
  'nashville-rrh': [
    { key: 'id', kind: 'text' },
    { key: 'assessment', kind: 'assessment' },
    { key: 'assessmentScore', kind: 'number' },
    { key: 'unsheltered', kind: 'yesno' },
    { key: 'age', kind: 'number' },
    { key: 'covidRiskCondition', kind: 'yesno' },
    { key: 'homelessSince', kind: 'date' },
  ],
  'nashville-psh': [
    { key: 'id', kind: 'text' },
    { key: 'chronicallyHomeless', kind: 'yesno' },
    { key: 'viSpdatScore', kind: 'number' },
    { key: 'homelessSince', kind: 'date' },
    { key: 'identifiedOn', kind: 'date' },
  ],
};

// Unrecognised values go to the rules as typed, so the rules' field message names the problem.
const cell = (kind: Kind, text: string): unknown => {
  const t = text.trim();
  switch (kind) {
    case 'number':
      return toNumber(t);
    case 'yesno':
      return /^(yes|y|true)$/i.test(t) ? true : /^(no|n|false)$/i.test(t) ? false : t === '' ? undefined : t;
    case 'assessment':
      return /^vi-?spdat$/i.test(t) ? 'vi-spdat' : /^dv-?ce$/i.test(t) ? 'dv-ce' : t || undefined;
    case 'date':
    case 'text':
      return t;
    default: {
      const unknown: never = kind;
      return unknown;
    }
  }
};

const show = (kind: Kind, value: unknown): string =>
  kind === 'yesno' ? (value ? 'yes' : 'no') : kind === 'assessment' ? (value === 'dv-ce' ? 'DV-CE' : 'VI-SPDAT') : String(value);

/** Reads the lines into households, remembering each household's line; a line with the wrong number of values is a problem. */
export function readRows(
  method: NashvilleMethod,
  text: string,
): { households: Record<string, unknown>[]; lines: number[]; problems: { line: number; found: number; expected: number }[] } {
  const columns = COLUMNS[method];
  const households: Record<string, unknown>[] = [];
  const lines: number[] = [];
  const problems: { line: number; found: number; expected: number }[] = [];
  let first = true;
  text.split(/\r?\n/).forEach((raw, index) => {
    if (raw.trim() === '') return;
    const cells = raw.split(/\t|,/);
    const header = first && cells[0]?.trim().toLowerCase() === 'id';
    first = false;
    if (header) return;
    if (cells.length !== columns.length) {
      problems.push({ line: index + 1, found: cells.length, expected: columns.length });
      return;
    }
    households.push(Object.fromEntries(columns.map((c, i) => [c.key, cell(c.kind, cells[i] ?? '')])));
    lines.push(index + 1);
  });
  return { households, lines, problems };
}

/** Households written back as lines, for example links. */
export const nashvilleRows = (method: NashvilleMethod, households: readonly Record<string, unknown>[]): string =>
  households.map((h) => COLUMNS[method].map((c) => show(c.kind, h[c.key])).join(', ')).join('\n');
