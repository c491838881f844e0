import { reason, type Reason } from '../core/citation';
import type { ChronicParameters } from './chronicParameters';
import { night, type Evaluation } from './evaluate';
import * as sources from './sources';
import { text } from './text';

/** Which of paragraph (1)'s two paths the timeline meets as of the evaluation date, with the arithmetic. */
export type PathCheck = { continuous: boolean; fourOccasions: boolean; reasons: Reason[] };

/** Checks the continuous and four-occasions paths, counting time the way the parameters say. */
export function checkPaths(e: Evaluation, p: ChronicParameters): PathCheck {
  const living = e.current === 'homeless';
  const since = e.currentOccasion ? night(e.currentOccasion.first) : null;
  const last = night(e.lastNight);
  const first = night(e.lookBackFirst);
  const count = e.occasionsInLookBack.length;
  const reasons: Reason[] = [];
  let continuous: boolean;
  let fourOccasions: boolean;
  switch (p.countingMethod.value) {
    case 'months': {
      const months = e.continuousMonths.length;
      continuous = living && months >= p.continuousMonths.value;
      fourOccasions = living && count >= p.minimumOccasions.value && e.monthsInLookBack.length >= p.occasionsTotalMonths.value;
      reasons.push(
        reason(
          'continuous-path',
          text.continuousMonths(since, last, months, p.continuousMonths.value),
          p.continuousMonths.citation,
          p.countingMethod.citation,
        ),
        reason(
          'occasions-path',
          text.occasions(count, p.minimumOccasions.value, e.monthsInLookBack.length, p.occasionsTotalMonths.value, 'months', first, last),
          p.minimumOccasions.citation,
          p.occasionsTotalMonths.citation,
          p.breakNights.citation,
        ),
      );
      break;
    }
    case 'nights': {
      // chronicParameters() refuses a nights set without these, so they are present here.
      const continuousNights = p.continuousNights?.value ?? Number.POSITIVE_INFINITY;
      const totalNights = p.occasionsTotalNights?.value ?? Number.POSITIVE_INFINITY;
      continuous = living && e.continuousNights >= continuousNights;
      fourOccasions = living && count >= p.minimumOccasions.value && e.nightsInLookBack >= totalNights;
      reasons.push(
        reason(
          'continuous-path',
          text.continuousNights(since, last, e.continuousNights, continuousNights),
          ...(p.continuousNights ? [p.continuousNights.citation] : []),
        ),
        reason(
          'occasions-path',
          text.occasions(count, p.minimumOccasions.value, e.nightsInLookBack, totalNights, 'nights', first, last),
          p.minimumOccasions.citation,
          ...(p.occasionsTotalNights ? [p.occasionsTotalNights.citation] : []),
          p.breakNights.citation,
          sources.tpchBothCriteria,
        ),
      );
      break;
    }
  }
  return { continuous, fourOccasions, reasons };
}
