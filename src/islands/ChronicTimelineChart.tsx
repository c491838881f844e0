import type { ChronicResult } from '../../calculators/chronic/result';
import type { ChronicInput, StayType } from '../../calculators/chronic/schemas';
import { civil, dayOf } from '../../calculators/chronic/dayNumbers';

const strings = {
  title: 'Timeline of stays',
  describe: (stays: number, first: string, last: string, occasions: number, lookFirst: string, lookLast: string, breaks: number) =>
    `${stays} stays from ${first} to ${last}. The look-back runs from ${lookFirst} to ${lookLast} and holds ${occasions} occasions of homelessness; ${breaks} breaks separate occasions. The tables below give the same facts.`,
  lookBack: 'Look-back',
  assessment: 'Assessment',
  legendHeading: 'Key',
} as const;

const legendWords = {
  homeless: 'Street, emergency shelter or safe haven (solid)',
  institutionCounted: 'Institution stay that counts (striped)',
  institutionNot: 'Institution stay that does not count (striped, grey)',
  transitional: 'Transitional housing (dotted)',
  housed: 'Housed or other (light grey)',
  occasion: 'Occasion in the look-back (bracket above)',
  break: 'Break between occasions (line below)',
};

type Fill = 'homeless' | 'institutionCounted' | 'institutionNot' | 'transitional' | 'housed';
const FILL: Record<Fill, string> = {
  homeless: '#8a3b12',
  institutionCounted: 'url(#chronic-stripes)',
  institutionNot: 'url(#chronic-stripes-grey)',
  transitional: 'url(#chronic-dots)',
  housed: '#cfd4cc',
};

const W = 1000;
const PAD = 12;

/** A picture of the stays, occasions, breaks and look-back; the result's tables carry the same facts in text. */
export function ChronicTimelineChart({
  result,
  stays,
  assessmentDate,
}: {
  result: ChronicResult;
  stays: ChronicInput['stays'];
  assessmentDate: string;
}) {
  const firstNight = Math.min(dayOf(result.lookBack.first), ...stays.map((s) => dayOf(s.start)));
  const end = dayOf(assessmentDate);
  const span = Math.max(1, end - firstNight);
  const x = (day: number) => PAD + ((day - firstNight) / span) * (W - 2 * PAD);
  const fillOf = (type: StayType, start: string): Fill => {
    switch (type) {
      case 'street':
      case 'emergency_shelter':
      case 'safe_haven':
        return 'homeless';
      case 'institution':
        return result.institutionStays.some((i) => i.counted && i.first <= start && start <= i.last)
          ? 'institutionCounted'
          : 'institutionNot';
      case 'transitional_housing':
        return 'transitional';
      case 'housed_other':
        return 'housed';
    }
  };
  const years: number[] = [];
  for (let y = civil(firstNight)[0] + 1; y <= civil(end)[0]; y += 1) years.push(y);
  const lastOf = (s: ChronicInput['stays'][number]) => (s.end ? Math.min(dayOf(s.end) + 1, end) : end);

  return (
    <figure class="chronic-chart">
      <svg viewBox={`0 0 ${W} 170`} role="img" aria-labelledby="chronic-chart-title chronic-chart-desc" width="100%">
        <title id="chronic-chart-title">{strings.title}</title>
        <desc id="chronic-chart-desc">
          {strings.describe(
            stays.length,
            stays.map((s) => s.start).sort()[0] ?? '',
            assessmentDate,
            result.occasions.length,
            result.lookBack.first,
            result.lookBack.last,
            result.breaks.length,
          )}
        </desc>
        <defs>
          <pattern id="chronic-stripes" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="8" height="8" fill="#fbeee6" />
            <rect width="4" height="8" fill="#8a3b12" />
          </pattern>
          <pattern id="chronic-stripes-grey" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="8" height="8" fill="#ffffff" />
            <rect width="4" height="8" fill="#4a525c" />
          </pattern>
          <pattern id="chronic-dots" width="8" height="8" patternUnits="userSpaceOnUse">
            <rect width="8" height="8" fill="#ffffff" />
            <circle cx="4" cy="4" r="2" fill="#4a525c" />
          </pattern>
        </defs>
        <rect
          x={x(dayOf(result.lookBack.first))}
          y="4"
          width={x(end) - x(dayOf(result.lookBack.first))}
          height="130"
          fill="#f4f5f2"
          stroke="#4a525c"
          stroke-dasharray="6 4"
        />
        <text x={x(dayOf(result.lookBack.first)) + 6} y="22" font-size="16" fill="#1b1f24">
          {strings.lookBack}
        </text>
        {result.occasions.map((o, i) => (
          <g>
            <path d={`M${x(dayOf(o.first))},44 v-8 H${x(dayOf(o.last) + 1)} v8`} fill="none" stroke="#1b1f24" stroke-width="2" />
            <text x={x(dayOf(o.first))} y="32" font-size="14" fill="#1b1f24">
              {i + 1}
            </text>
          </g>
        ))}
        {stays.map((s) => (
          <rect
            x={x(dayOf(s.start))}
            y="50"
            width={Math.max(2, x(lastOf(s)) - x(dayOf(s.start)))}
            height="40"
            fill={FILL[fillOf(s.type, s.start)]}
            stroke="#1b1f24"
            stroke-width="0.5"
          />
        ))}
        {result.breaks.map((b) => (
          <line x1={x(dayOf(b.first))} x2={x(dayOf(b.last) + 1)} y1="104" y2="104" stroke="#7a4d00" stroke-width="4" />
        ))}
        {years.map((y) => {
          const day = dayOf(`${String(y).padStart(4, '0')}-01-01`);
          return (
            <g>
              <line x1={x(day)} x2={x(day)} y1="134" y2="144" stroke="#1b1f24" />
              <text x={x(day)} y="162" font-size="16" text-anchor="middle" fill="#1b1f24">
                {y}
              </text>
            </g>
          );
        })}
        <line x1={x(end)} x2={x(end)} y1="4" y2="144" stroke="#1b1f24" stroke-width="2" />
        <text x={x(end) - 6} y="128" font-size="14" text-anchor="end" fill="#1b1f24">
          {strings.assessment}
        </text>
      </svg>
      <figcaption>
        <span class="visually-hidden">{strings.legendHeading}: </span>
        <ul class="chart-legend">
          {(Object.keys(legendWords) as (keyof typeof legendWords)[]).map((key) => (
            <li>
              <svg width="28" height="14" aria-hidden="true" viewBox="0 0 28 14">
                {key === 'occasion' ? (
                  <path d="M2,12 v-8 H26 v8" fill="none" stroke="#1b1f24" stroke-width="2" />
                ) : key === 'break' ? (
                  <line x1="2" x2="26" y1="7" y2="7" stroke="#7a4d00" stroke-width="4" />
                ) : (
                  <rect width="28" height="14" fill={FILL[key]} stroke="#1b1f24" stroke-width="0.5" />
                )}
              </svg>{' '}
              {legendWords[key]}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
