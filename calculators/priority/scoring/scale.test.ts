import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { candidatePoints, parseScale, placeOnScale, scaleTop } from './scale';
import type { Rate } from './rates';

const pct = (percent: number): Rate => ({ kind: 'percent', basisPoints: Math.round(percent * 100) });
const exits = parseScale('≥85%=20; 80%-84%= 15; 65%-79%= 10; 55%-64%= 5; ≤54%= 0', 'exits');
const fiscal = parseScale('0%= 15; 1%-5%= 10; 6%-10%= 5; 10%>= 0', 'fiscal');
const dataQuality = parseScale('0 oms= 10; 1%-10%= 6; 11%-20%= 4; 21%>= 0', 'dq');

describe('parseScale reads every band form the tables print', () => {
  test('"≥85%=20", "80%-84%= 15" and "≤54%= 0"', () => {
    expect(exits.map(({ kind, from, to, points }) => ({ kind, from, to, points }))).toEqual([
      { kind: 'at-least', from: 85, to: Infinity, points: 20 },
      { kind: 'range', from: 80, to: 84, points: 15 },
      { kind: 'range', from: 65, to: 79, points: 10 },
      { kind: 'range', from: 55, to: 64, points: 5 },
      { kind: 'at-most', from: -Infinity, to: 54, points: 0 },
    ]);
  });
  test('"0%= 15" is exactly 0% and "10%>= 0" is read as 10% or more', () => {
    expect(fiscal[0]).toMatchObject({ kind: 'range', from: 0, to: 0, points: 15 });
    expect(fiscal[3]).toMatchObject({ kind: 'at-least', from: 10, points: 0, text: '10%>= 0' });
  });
  test('"0 oms= 10" means no omissions at all', () => expect(dataQuality[0]).toMatchObject({ kind: 'none', points: 10 }));
  test('a band it cannot read is reported with the parameter id', () => {
    expect(() => parseScale('≥85%=20; about half= 5', 'priority.x.scale')).toThrow(
      'The scale "priority.x.scale" has a band Hearth cannot read: "about half= 5".',
    );
  });
  test('the top of a scale is its largest award', () =>
    expect([scaleTop(exits), scaleTop(fiscal), scaleTop(dataQuality)]).toEqual([20, 15, 10]));
});

describe('placeOnScale finds one band, an overlap or a gap', () => {
  test.each([
    [84, 15],
    [85, 20],
    [86, 20],
    [79, 10],
    [80, 15],
    [64, 5],
    [65, 10],
    [54, 0],
    [55, 5],
  ])('exits at %i%% score %i', (percent, points) =>
    expect(candidatePoints(placeOnScale(exits, pct(percent), 'half-up'))).toEqual([points]),
  );

  // 84.5% is in no band as written; rounded half-up it is 85%, rounded down 84%.
  test('a fractional percentage is rounded as named before its band is found', () => {
    expect(placeOnScale(exits, pct(84.5), 'half-up')).toMatchObject({ kind: 'band', percent: 85 });
    expect(placeOnScale(exits, pct(84.5), 'down')).toMatchObject({ kind: 'band', percent: 84 });
    expect(placeOnScale(exits, pct(84.49), 'half-up')).toMatchObject({ kind: 'band', percent: 84 });
  });

  test('10% returned is in both "6%-10%= 5" and "10%>= 0"', () => {
    const placement = placeOnScale(fiscal, pct(10), 'half-up');
    expect(placement.kind).toBe('overlap');
    expect(candidatePoints(placement)).toEqual([5, 0]);
  });
  test.each([
    [9, 5],
    [11, 0],
    [0, 15],
    [1, 10],
    [5, 10],
    [6, 5],
  ])('%i%% returned scores %i', (percent, points) =>
    expect(placeOnScale(fiscal, pct(percent), 'half-up')).toMatchObject({ kind: 'band', band: { points } }),
  );

  test('no omissions scores 10; omissions that round to 0% fall in the gap before "1%-10%"', () => {
    expect(placeOnScale(dataQuality, { kind: 'count', count: 0, outOf: 500 }, 'half-up')).toMatchObject({
      kind: 'band',
      band: { points: 10 },
    });
    const gap = placeOnScale(dataQuality, { kind: 'count', count: 2, outOf: 500 }, 'half-up');
    expect(gap).toMatchObject({ kind: 'gap', percent: 0, below: { text: '0 oms= 10' }, above: { text: '1%-10%= 6' } });
    expect(candidatePoints(gap)).toEqual([10, 6]);
    // 5 of 500 = 1% exactly: the "1%-10%" band.
    expect(placeOnScale(dataQuality, { kind: 'count', count: 5, outOf: 500 }, 'half-up')).toMatchObject({
      kind: 'band',
      band: { points: 6 },
    });
  });
  test.each([
    [10, 6],
    [11, 4],
    [20, 4],
    [21, 0],
  ])('data quality at %i%% omitted scores %i', (percent, points) =>
    expect(candidatePoints(placeOnScale(dataQuality, pct(percent), 'half-up'))).toEqual([points]),
  );
});

test('on a scale with no gaps or overlaps every whole percentage lands in exactly one band', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 200 }), (percent) => {
      expect(placeOnScale(exits, pct(percent), 'half-up').kind).toBe('band');
    }),
  );
});

test('a better exits rate never scores fewer points', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }), (a, b) => {
      const [low, high] = a <= b ? [a, b] : [b, a];
      const points = (bp: number) => candidatePoints(placeOnScale(exits, { kind: 'percent', basisPoints: bp }, 'half-up'))[0] ?? -1;
      expect(points(high)).toBeGreaterThanOrEqual(points(low));
    }),
  );
});
