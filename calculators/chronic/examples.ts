import { defineExampleBook } from '../core/examples';
import type { ChronicResult } from './result';
import type { ChronicInput } from './schemas';
import { exampleInput } from './exampleInputs';
import { verifyChronicStatus } from './verify';

const definition = { doc: 'new-bedford-fy2019-local-competition', section: 'appendix-a-definitions' };
const tpch = { doc: 'tpch-written-standards', section: 'key-terms' };
const tpchDocs = { doc: 'tpch-written-standards', section: 'evaluating-and-documenting-eligibility' };
const tpchTimelines = { doc: 'tpch-written-standards', section: 'permanent-supportive-housing' };
const faq1907 = { doc: 'federal-regulations', section: 'hud-faq-1907-self-report-limits' };
const hmis = { doc: 'federal-regulations', section: 'hmis-data-standards-chronic-homelessness-status' };

/** Worked examples of the chronic homelessness verification, one or more per path and boundary. */
export const chronicExamples = defineExampleBook<ChronicInput, ChronicResult>({
  calculator: 'chronic',
  title: 'Chronic homelessness verification',
  run: verifyChronicStatus,
  figures: (r) => [
    { label: 'Chronically homeless', value: r.chronic ? 'Yes' : 'No' },
    { label: 'Basis', value: r.basis ?? 'none' },
    { label: 'Time counted in', value: r.countingMethod },
    { label: 'Months homeless in the look-back', value: String(r.monthsHomeless) },
    { label: 'Nights homeless in the look-back', value: String(r.nightsHomeless) },
    { label: 'Occasions in the look-back', value: String(r.occasions.length) },
    { label: 'Evidence meets the standard', value: r.recordkeeping.meetsStandard ? 'Yes' : 'No' },
  ],
  examples: [
    {
      ...exampleInput('hud-faq-shelter-letter-two-months'),
      title: 'A shelter letter covering May 4 to June 20 counts 2 months',
      rule: 'One documented night in a calendar month counts the whole month, so a letter from May 4 to June 20 covers May and June.',
      // May and June = 2 months; 28 + 20 = 48 nights
      expected: { chronic: false, countingMethod: 'months', monthsHomeless: 2, nightsHomeless: 48 },
      citations: [hmis],
    },
    {
      ...exampleInput('hud-continuous-12-months'),
      title: 'HUD: 12 calendar months on the street without a break',
      rule: 'A person with a disability who has lived on the street, in a shelter or a safe haven continuously for at least 12 months is chronically homeless.',
      // June 2023 to May 2024 = 12 months ≥ 12
      expected: { chronic: true, basis: 'continuous', continuous: { months: 12 } },
      citations: [definition],
    },
    {
      ...exampleInput('tpch-365-nights'),
      title: 'TPCH: the past 365 nights without a break',
      rule: 'TPCH counts nights: the current episode must have lasted at least the past 365 nights, including the night before assessment.',
      // 2023-06-02 to 2024-05-31 = 365 nights ≥ 365
      expected: { chronic: true, basis: 'continuous', countingMethod: 'nights', continuous: { nights: 365 } },
      citations: [tpch],
    },
    {
      ...exampleInput('tpch-364-nights'),
      title: 'TPCH: 364 nights is one short',
      rule: 'Under TPCH, 364 nights is fewer than 365 and not chronic.',
      expected: { chronic: false, continuous: { nights: 364 } },
      citations: [tpch],
    },
    {
      ...exampleInput('hud-336-nights-12-months'),
      title: 'HUD: 336 nights touching 12 calendar months',
      rule: 'HUD counts calendar months: March 31, 2023 to February 29, 2024 touches 12 months.',
      expected: { chronic: true, basis: 'continuous', continuous: { months: 12, nights: 336 } },
      citations: [hmis, definition],
    },
    {
      ...exampleInput('tpch-336-nights-12-months'),
      title: 'TPCH: the same 336 nights are not enough',
      rule: 'TPCH counts nights, so the same timeline (336 nights) is not chronic in Tucson/Pima.',
      expected: { chronic: false, continuous: { nights: 336 } },
      citations: [tpch],
    },
    {
      ...exampleInput('hud-four-occasions'),
      title: 'HUD: four occasions adding up to 12 months',
      rule: 'Four separate occasions in the last 3 years, each break at least 7 nights, adding up to at least 12 months.',
      // 3 + 3 + 3 + 3 = 12 months on 4 occasions
      expected: { chronic: true, basis: 'four_occasions', monthsHomeless: 12 },
      citations: [definition],
    },
    {
      ...exampleInput('tpch-six-night-stay-not-a-break'),
      title: 'Six nights with a friend do not break the episode',
      rule: 'A break is at least 7 consecutive nights not homeless; 6 nights join the two stays into one episode.',
      // 200 + 6 + 194 = 400 nights from first to last, no break ≥ 7
      expected: { chronic: true, basis: 'continuous', continuous: { nights: 400 } },
      citations: [tpch],
    },
    {
      ...exampleInput('tpch-seven-night-break'),
      title: 'Seven nights with a friend are a break',
      rule: 'At 7 consecutive nights not homeless the episode breaks; the current episode is then too short.',
      expected: { chronic: false, continuous: { nights: 194 } },
      citations: [tpch],
    },
    {
      ...exampleInput('hud-institution-89-nights'),
      title: 'In jail for 89 nights after 400 nights on the street',
      rule: 'Someone in an institution for fewer than 90 days who met the definition before entering is chronically homeless.',
      expected: { chronic: true, basis: 'institution', evaluatedAsOf: '2024-03-04' },
      citations: [definition],
    },
    {
      ...exampleInput('hud-institution-90-nights'),
      title: 'In jail for 90 nights',
      rule: 'At 90 days the institution stay is no longer fewer than 90 days.',
      expected: { chronic: false, currentSituation: 'institution' },
      citations: [definition],
    },
    {
      ...exampleInput('hud-transitional-housing-now'),
      title: 'Two years on the street, now in transitional housing',
      rule: 'People living in transitional housing now are not chronically homeless.',
      expected: { chronic: false, currentSituation: 'transitional_housing' },
      citations: [definition],
    },
    {
      ...exampleInput('hud-minor-head-child-disability'),
      title: 'A minor head of household whose child has a disability',
      rule: 'With no adult present, a child’s disability counts, and the family is chronically homeless through its minor head.',
      expected: { chronic: true, basis: 'continuous' },
      citations: [definition],
    },
    {
      ...exampleInput('hud-four-self-certified-months'),
      title: 'Four of the 12 months rest on self-certification',
      rule: 'At most 3 of the 12 months may be documented by self-report.',
      // 4 self-certified months > 3
      expected: { chronic: true, recordkeeping: { path: 'continuous', selfCertifiedMonths: 4, meetsStandard: false } },
      citations: [faq1907],
    },
    {
      ...exampleInput('tpch-secondary-source-deadline'),
      title: 'TPCH: 45 days after a secondary source of disability evidence',
      rule: 'A secondary source of disability evidence gives the program up to 45 days to obtain third-party verification.',
      // 2024-06-10 + 45 days = 2024-07-25
      expected: { chronic: true, recordkeeping: { todo: [{ code: 'disability-third-party', dueDate: '2024-07-25' }] } },
      citations: [tpchTimelines, tpchDocs],
    },
  ],
});
