import type { Rounding } from '../../core/money';
import { isZero, wholePercent, type Rate } from './rates';
import { MissingRuleData } from './rules';

/**
 * A scoring scale exactly as a table prints it ("≥85%=20; 80%-84%= 15; …; ≤54%= 0") is read into
 * bands. Bands are written in whole percentages; "0 oms" means no omissions at all; "21%>=" is read
 * as 21% or more. The scale is not repaired: overlaps and gaps are found and reported.
 */
export type Band = {
  /** The band as the table writes it, e.g. "80%-84%= 15". */
  text: string;
  kind: 'at-least' | 'at-most' | 'range' | 'none';
  /** Lowest whole percentage in the band (none: 0). */
  from: number;
  /** Highest whole percentage in the band (Infinity for at-least; none: 0). */
  to: number;
  /** Whole points the band awards. */
  points: number;
};

const CONDITIONS: { pattern: RegExp; band: (m: RegExpExecArray) => Pick<Band, 'kind' | 'from' | 'to'> }[] = [
  { pattern: /^≥\s*(\d+)\s*%$/, band: (m) => ({ kind: 'at-least', from: Number(m[1]), to: Infinity }) },
  { pattern: /^(\d+)\s*%\s*>$/, band: (m) => ({ kind: 'at-least', from: Number(m[1]), to: Infinity }) },
  { pattern: /^≤\s*(\d+)\s*%$/, band: (m) => ({ kind: 'at-most', from: -Infinity, to: Number(m[1]) }) },
  { pattern: /^(\d+)\s*%\s*[-–]\s*(\d+)\s*%$/, band: (m) => ({ kind: 'range', from: Number(m[1]), to: Number(m[2]) }) },
  { pattern: /^(\d+)\s*%$/, band: (m) => ({ kind: 'range', from: Number(m[1]), to: Number(m[1]) }) },
  { pattern: /^0\s+oms$/i, band: () => ({ kind: 'none', from: 0, to: 0 }) },
];

/** Reads a scale's text into bands; a band it cannot read is a defect in the parameter, reported by id. */
export function parseScale(text: string, parameterId: string): Band[] {
  return text.split(';').map((raw) => {
    const band = raw.trim();
    const m = /^(.+?)\s*=\s*(\d+)$/.exec(band);
    const condition = m?.[1]?.trim() ?? '';
    for (const { pattern, band: make } of CONDITIONS) {
      const c = pattern.exec(condition);
      if (m && c) return { text: band, points: Number(m[2]), ...make(c) };
    }
    throw new MissingRuleData(`The scale "${parameterId}" has a band Hearth cannot read: "${band}".`, 'jurisdiction');
  });
}

/** How a value fell on a scale: one band, several (the scale overlaps), or none (a gap). */
export type Placement =
  | { kind: 'band'; band: Band; percent: number }
  | { kind: 'overlap'; bands: Band[]; percent: number }
  | { kind: 'gap'; below: Band | null; above: Band | null; percent: number };

const covers = (band: Band, percent: number, zero: boolean): boolean =>
  band.kind === 'none' ? zero : percent >= band.from && percent <= band.to;

/** Places a rate on a scale after rounding it to a whole percentage as named. */
export function placeOnScale(bands: readonly Band[], rate: Rate, rounding: Rounding): Placement {
  const percent = wholePercent(rate, rounding);
  const zero = isZero(rate);
  const matching = bands.filter((b) => covers(b, percent, zero));
  if (matching.length === 1) return { kind: 'band', band: matching[0] as Band, percent };
  if (matching.length > 1) return { kind: 'overlap', bands: matching, percent };
  const below = bands.filter((b) => b.to <= percent).sort((a, b) => b.to - a.to)[0] ?? null;
  const above = bands.filter((b) => b.from > percent).sort((a, b) => a.from - b.from)[0] ?? null;
  return { kind: 'gap', below, above, percent };
}

/** The points a placement could award: one value, every overlapping band's, or the two neighbours of a gap. */
export function candidatePoints(placement: Placement): number[] {
  switch (placement.kind) {
    case 'band':
      return [placement.band.points];
    case 'overlap':
      return [...new Set(placement.bands.map((b) => b.points))].sort((a, b) => b - a);
    case 'gap':
      return [...new Set([placement.below, placement.above].flatMap((b) => (b ? [b.points] : [])))].sort((a, b) => b - a);
  }
}

/** The most a scale can award. */
export const scaleTop = (bands: readonly Band[]): number => Math.max(...bands.map((b) => b.points));
