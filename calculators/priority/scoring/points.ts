/**
 * Scores are integer hundredths of a point, so a prorated score (15 × 75% = 11.25) is exact and no
 * float ever decides a rank. Parameters hold whole points; `wholePoints` converts them.
 */
export type Points = number;

/** Hundredths of a point in one whole point. */
export const POINT = 100;

/** Converts whole points (a parameter value) to hundredths of a point. */
export const wholePoints = (points: number): Points => points * POINT;

/** Formats hundredths of a point: 2000 → "20", 1125 → "11.25", 1130 → "11.3". */
export function formatPoints(points: Points): string {
  const sign = points < 0 ? '−' : '';
  const abs = Math.abs(points);
  const whole = Math.floor(abs / POINT);
  const rest = abs % POINT;
  if (rest === 0) return `${sign}${whole}`;
  return `${sign}${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}`;
}

/** "1 point" / "11.25 points". */
export const pointsPhrase = (points: Points): string => `${formatPoints(points)} ${points === POINT ? 'point' : 'points'}`;

/** Reads a number of points with at most two decimals (7.5, 11.25) as hundredths; null when it has more decimals. */
export function pointsFromNumber(value: number): Points | null {
  const hundredths = Math.round(value * POINT);
  return Math.abs(value * POINT - hundredths) < 1e-6 ? hundredths : null;
}

/** Adds scores. */
export const sumPoints = (scores: readonly Points[]): Points => scores.reduce((total, p) => total + p, 0);
