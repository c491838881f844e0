import { nightsIn, type Segment } from './timeline';

/** A run of segments that either all count as homeless time or all do not. */
export type Block = { first: number; last: number; counts: boolean; segments: Segment[] };

/** A separate occasion of homelessness: counted nights joined across stays shorter than a break. */
export type OccasionBlock = { first: number; last: number; countedNights: number; segments: Segment[] };

/** Nights not homeless between occasions: a break when long enough, otherwise part of the occasion. */
export type BetweenBlock = Block & { isBreak: boolean };

/** Groups adjacent segments by whether their nights count as homeless time. */
export function toBlocks(segments: readonly Segment[]): Block[] {
  const blocks: Block[] = [];
  for (const segment of segments) {
    const previous = blocks.at(-1);
    if (previous && previous.counts === segment.counts) {
      previous.last = segment.last;
      previous.segments.push(segment);
    } else {
      blocks.push({ first: segment.first, last: segment.last, counts: segment.counts, segments: [segment] });
    }
  }
  return blocks;
}

/**
 * Splits the timeline into occasions. A stretch of nights not homeless separates two occasions only
 * when it lasts at least `breakNights` consecutive nights; a shorter one joins them (24 CFR 578.3).
 */
export function toOccasions(blocks: readonly Block[], breakNights: number): { occasions: OccasionBlock[]; between: BetweenBlock[] } {
  const occasions: OccasionBlock[] = [];
  const between: BetweenBlock[] = [];
  let pending: Block | null = null;
  for (const block of blocks) {
    if (!block.counts) {
      pending = block;
      continue;
    }
    const current = occasions.at(-1);
    if (current && pending && nightsIn(pending) < breakNights) {
      current.last = block.last;
      current.segments.push(...pending.segments, ...block.segments);
      current.countedNights += nightsIn(block);
      between.push({ ...pending, isBreak: false });
    } else {
      if (current && pending) between.push({ ...pending, isBreak: true });
      occasions.push({ first: block.first, last: block.last, countedNights: nightsIn(block), segments: [...block.segments] });
    }
    pending = null;
  }
  return { occasions, between };
}
