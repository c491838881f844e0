import type { Citation } from '../../core/citation';
import type { ServiceNeedsLevel } from '../../chronic/spdat';

/** One priority level of a TPCH PSH list: the service needs and, where the level names them, history, shelter and disability. */
export type Rung = {
  group: string;
  /** The level in the standards' own words (its passage without the list number). */
  label: string;
  serviceNeeds: Extract<ServiceNeedsLevel, 'severe' | 'high'>;
  longHistory?: boolean;
  unsheltered?: boolean;
  disability?: boolean;
  citation: Citation;
};

type Facts = Omit<Rung, 'group' | 'label' | 'citation'>;

// Each level is its passage, word for word, with the list number the standards give it.
const rung = (group: string, quote: string, facts: Facts): Rung => ({
  group,
  label: quote.replace(/^\d+\. /, '').replace(/\.$/, ''),
  ...facts,
  citation: { doc: 'tpch-written-standards', section: 'permanent-supportive-housing', quote },
});

const severe = 'severe' as const;
const high = 'high' as const;

/** TPCH's levels 1–8 for beds dedicated or prioritized for chronic homelessness, in order (the list's number is the position). */
export const chronicLadder: readonly Rung[] = [
  rung('severe-long-unsheltered', '1. Severe Service Needs & 2+ years homeless & unsheltered', {
    serviceNeeds: severe,
    longHistory: true,
    unsheltered: true,
  }),
  rung('severe-long-sheltered', '2. Severe Service Needs & 2+ years homeless & sheltered', {
    serviceNeeds: severe,
    longHistory: true,
    unsheltered: false,
  }),
  rung('severe-short-unsheltered', '3. Severe Service Needs & Less than 2 years homeless & unsheltered', {
    serviceNeeds: severe,
    longHistory: false,
    unsheltered: true,
  }),
  rung('severe-short-sheltered', '4. Severe Service Needs & Less than 2 years homeless & sheltered', {
    serviceNeeds: severe,
    longHistory: false,
    unsheltered: false,
  }),
  rung('high-long-unsheltered', '5. High Service Needs & 2+ years homeless & unsheltered', {
    serviceNeeds: high,
    longHistory: true,
    unsheltered: true,
  }),
  rung('high-long-sheltered', '6. High Service Needs & 2+ years homeless & sheltered', {
    serviceNeeds: high,
    longHistory: true,
    unsheltered: false,
  }),
  rung('high-short-unsheltered', '7. High Service Needs & Less than 2 years homeless & unsheltered', {
    serviceNeeds: high,
    longHistory: false,
    unsheltered: true,
  }),
  rung('high-short-sheltered', '8. High Service Needs & Less than 2 years homeless & sheltered', {
    serviceNeeds: high,
    longHistory: false,
    unsheltered: false,
  }),
];

/** TPCH's levels 1–8 for other PSH beds once chronically homeless households have been housed, in order. */
export const otherLadder: readonly Rung[] = [
  rung('severe-disability-long', '1. Severe Service Needs, with a disability, with 2 or more years homeless', {
    serviceNeeds: severe,
    disability: true,
    longHistory: true,
  }),
  rung('severe-disability', '2. Severe Service Needs with a disability', { serviceNeeds: severe, disability: true }),
  rung('severe-long', '3. Severe Service Needs, 2 or more years homeless.', { serviceNeeds: severe, longHistory: true }),
  rung('severe', '4. Severe Service Needs', { serviceNeeds: severe }),
  rung('high-disability-long', '5. High Service Needs, with a disability, with 2 or more years homeless', {
    serviceNeeds: high,
    disability: true,
    longHistory: true,
  }),
  rung('high-disability', '6. High Service Needs, with a disability', { serviceNeeds: high, disability: true }),
  rung('high-long', '7. High Service Needs, 2 or more years homeless.', { serviceNeeds: high, longHistory: true }),
  rung('high', '8. High Service Needs', { serviceNeeds: high }),
];

/** The facts a ladder compares. */
export type RungFacts = { serviceNeeds: ServiceNeedsLevel; longHistory: boolean; unsheltered: boolean; disability: boolean };

const fits = (r: Rung, facts: RungFacts): boolean =>
  r.serviceNeeds === facts.serviceNeeds &&
  (r.longHistory === undefined || r.longHistory === facts.longHistory) &&
  (r.unsheltered === undefined || r.unsheltered === facts.unsheltered) &&
  (r.disability === undefined || r.disability === facts.disability);

/** The first level of a ladder the household fits, with its position (level 1 is served first), or null. */
export function climb(ladder: readonly Rung[], facts: RungFacts): { position: number; rung: Rung } | null {
  const index = ladder.findIndex((r) => fits(r, facts));
  const found = ladder[index];
  return found ? { position: index + 1, rung: found } : null;
}
