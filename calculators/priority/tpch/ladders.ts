import type { Citation } from '../../core/citation';
import type { ServiceNeedsLevel } from '../../chronic/spdat';

const psh = (quote: string): Citation => ({ doc: 'tpch-written-standards', section: 'permanent-supportive-housing', quote });

/** One priority level of a TPCH PSH list: the service needs and, where the level names them, history, shelter and disability. */
export type Rung = {
  group: string;
  label: string;
  serviceNeeds: Extract<ServiceNeedsLevel, 'severe' | 'high'>;
  longHistory?: boolean;
  unsheltered?: boolean;
  disability?: boolean;
  citation: Citation;
};

const rung = (group: string, label: string, quote: string, facts: Omit<Rung, 'group' | 'label' | 'citation'>): Rung => ({
  group,
  label,
  ...facts,
  citation: psh(quote),
});

/** TPCH's levels 1–8 for beds dedicated or prioritized for chronic homelessness, in order (the list's number is the position). */
export const chronicLadder: readonly Rung[] = [
  rung(
    'severe-long-unsheltered',
    'Severe service needs, 2+ years homeless, unsheltered',
    '1. Severe Service Needs & 2+ years homeless & unsheltered',
    {
      serviceNeeds: 'severe',
      longHistory: true,
      unsheltered: true,
    },
  ),
  rung(
    'severe-long-sheltered',
    'Severe service needs, 2+ years homeless, sheltered',
    '2. Severe Service Needs & 2+ years homeless & sheltered',
    {
      serviceNeeds: 'severe',
      longHistory: true,
      unsheltered: false,
    },
  ),
  rung(
    'severe-short-unsheltered',
    'Severe service needs, less than 2 years homeless, unsheltered',
    '3. Severe Service Needs & Less than 2 years homeless & unsheltered',
    {
      serviceNeeds: 'severe',
      longHistory: false,
      unsheltered: true,
    },
  ),
  rung(
    'severe-short-sheltered',
    'Severe service needs, less than 2 years homeless, sheltered',
    '4. Severe Service Needs & Less than 2 years homeless & sheltered',
    {
      serviceNeeds: 'severe',
      longHistory: false,
      unsheltered: false,
    },
  ),
  rung(
    'high-long-unsheltered',
    'High service needs, 2+ years homeless, unsheltered',
    '5. High Service Needs & 2+ years homeless & unsheltered',
    {
      serviceNeeds: 'high',
      longHistory: true,
      unsheltered: true,
    },
  ),
  rung('high-long-sheltered', 'High service needs, 2+ years homeless, sheltered', '6. High Service Needs & 2+ years homeless & sheltered', {
    serviceNeeds: 'high',
    longHistory: true,
    unsheltered: false,
  }),
  rung(
    'high-short-unsheltered',
    'High service needs, less than 2 years homeless, unsheltered',
    '7. High Service Needs & Less than 2 years homeless & unsheltered',
    {
      serviceNeeds: 'high',
      longHistory: false,
      unsheltered: true,
    },
  ),
  rung(
    'high-short-sheltered',
    'High service needs, less than 2 years homeless, sheltered',
    '8. High Service Needs & Less than 2 years homeless & sheltered',
    {
      serviceNeeds: 'high',
      longHistory: false,
      unsheltered: false,
    },
  ),
];

/** TPCH's levels 1–8 for other PSH beds once chronically homeless households have been housed, in order. */
export const otherLadder: readonly Rung[] = [
  rung(
    'severe-disability-long',
    'Severe service needs, with a disability, 2 or more years homeless',
    '1. Severe Service Needs, with a disability, with 2 or more years homeless',
    {
      serviceNeeds: 'severe',
      disability: true,
      longHistory: true,
    },
  ),
  rung('severe-disability', 'Severe service needs, with a disability', '2. Severe Service Needs with a disability', {
    serviceNeeds: 'severe',
    disability: true,
  }),
  rung('severe-long', 'Severe service needs, 2 or more years homeless', '3. Severe Service Needs, 2 or more years homeless.', {
    serviceNeeds: 'severe',
    longHistory: true,
  }),
  rung('severe', 'Severe service needs', '4. Severe Service Needs', { serviceNeeds: 'severe' }),
  rung(
    'high-disability-long',
    'High service needs, with a disability, 2 or more years homeless',
    '5. High Service Needs, with a disability, with 2 or more years homeless',
    {
      serviceNeeds: 'high',
      disability: true,
      longHistory: true,
    },
  ),
  rung('high-disability', 'High service needs, with a disability', '6. High Service Needs, with a disability', {
    serviceNeeds: 'high',
    disability: true,
  }),
  rung('high-long', 'High service needs, 2 or more years homeless', '7. High Service Needs, 2 or more years homeless.', {
    serviceNeeds: 'high',
    longHistory: true,
  }),
  rung('high', 'High service needs', '8. High Service Needs', { serviceNeeds: 'high' }),
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
