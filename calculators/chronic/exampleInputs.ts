import type { JurisdictionId } from '../core/parameters';
import type { ChronicInput } from './schemas';

const adult = { role: 'adult_head', adultPresent: true } as const;
const verifiedDisability = { hasDisability: true, verification: 'third_party' } as const;
const person = (assessmentDate: string, stays: ChronicInput['stays'], extra: Partial<ChronicInput> = {}): ChronicInput => ({
  assessmentDate,
  household: adult,
  disability: verifiedDisability,
  stays,
  ...extra,
});
const street = (start: string, end?: string, evidence: 'third_party' | 'self_certification' = 'third_party') => ({
  start,
  ...(end ? { end } : {}),
  type: 'street' as const,
  evidence,
});
const housed = (start: string, end: string) => ({ start, end, type: 'housed_other' as const });

/**
 * The worked examples' inputs alone, by example id. The example book (./examples.ts) adds each one's
 * title, rule, expected figures and citations; the timeline tool gets them as form answers built on the
 * server (src/utils/toolData.ts `chronicExampleForms`), so none of this ships to the browser.
 */
export const chronicExampleInputs = {
  'hud-faq-shelter-letter-two-months': {
    jurisdiction: 'hud',
    input: person('2023-06-21', [{ start: '2023-05-04', end: '2023-06-20', type: 'emergency_shelter', evidence: 'third_party' }]),
  },
  'hud-continuous-12-months': {
    jurisdiction: 'hud',
    input: person('2024-06-01', [street('2023-06-01')]),
  },
  'tpch-365-nights': {
    jurisdiction: 'tucson-pima',
    input: person('2024-06-01', [street('2023-06-02')]),
  },
  'tpch-364-nights': {
    jurisdiction: 'tucson-pima',
    input: person('2024-06-01', [street('2023-06-03')]),
  },
  'hud-336-nights-12-months': {
    jurisdiction: 'hud',
    input: person('2024-03-01', [street('2023-03-31')]),
  },
  'tpch-336-nights-12-months': {
    jurisdiction: 'tucson-pima',
    input: person('2024-03-01', [street('2023-03-31')]),
  },
  'hud-four-occasions': {
    jurisdiction: 'hud',
    input: person('2024-06-01', [
      street('2022-01-01', '2022-03-31'),
      housed('2022-04-01', '2022-05-31'),
      street('2022-06-01', '2022-08-31'),
      housed('2022-09-01', '2022-10-31'),
      street('2022-11-01', '2023-01-31'),
      housed('2023-02-01', '2024-02-29'),
      street('2024-03-01'),
    ]),
  },
  'tpch-six-night-stay-not-a-break': {
    jurisdiction: 'tucson-pima',
    input: person('2024-06-01', [street('2023-04-28', '2023-11-13'), housed('2023-11-14', '2023-11-19'), street('2023-11-20')]),
  },
  'tpch-seven-night-break': {
    jurisdiction: 'tucson-pima',
    input: person('2024-06-01', [street('2023-04-27', '2023-11-12'), housed('2023-11-13', '2023-11-19'), street('2023-11-20')]),
  },
  'hud-institution-89-nights': {
    jurisdiction: 'hud',
    input: person('2024-06-01', [
      street('2023-01-30', '2024-03-03'),
      { start: '2024-03-04', type: 'institution', evidence: 'third_party' },
    ]),
  },
  'hud-institution-90-nights': {
    jurisdiction: 'hud',
    input: person('2024-06-01', [
      street('2023-01-29', '2024-03-02'),
      { start: '2024-03-03', type: 'institution', evidence: 'third_party' },
    ]),
  },
  'hud-transitional-housing-now': {
    jurisdiction: 'hud',
    input: person('2024-06-01', [street('2022-01-01', '2024-04-30'), { start: '2024-05-01', type: 'transitional_housing' }]),
  },
  'hud-minor-head-child-disability': {
    jurisdiction: 'hud',
    input: person('2024-06-01', [street('2023-01-01')], {
      household: { role: 'minor_head', adultPresent: false },
      disability: { hasDisability: false, childWithDisability: true, verification: 'third_party' },
    }),
  },
  'hud-four-self-certified-months': {
    jurisdiction: 'hud',
    input: person('2024-06-01', [street('2023-06-01', '2023-09-30', 'self_certification'), street('2023-10-01')]),
  },
  'tpch-secondary-source-deadline': {
    jurisdiction: 'tucson-pima',
    input: person('2024-06-01', [street('2023-01-01')], {
      disability: { hasDisability: true, verification: 'secondary_source', secondarySourceDate: '2024-06-10' },
    }),
  },
} satisfies Record<string, { jurisdiction: JurisdictionId; input: ChronicInput }>;

export type ChronicExampleId = keyof typeof chronicExampleInputs;

/** An example's id, jurisdiction and input, for the book. */
export const exampleInput = (id: ChronicExampleId) => ({ id, ...chronicExampleInputs[id] });
