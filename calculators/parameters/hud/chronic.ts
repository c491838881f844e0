import type { Parameter, QuotedCitation, Unit } from '../../core/parameters';

// New Bedford's Appendix A quotes the amended 24 CFR 578.3 definition word for word, so the federal
// baseline cites it; HUD's FAQs and the HMIS reporting glossary are excerpted in federal-regulations.
const definition = { doc: 'new-bedford-fy2019-local-competition', section: 'appendix-a-definitions' } as const;
const faq1907 = { doc: 'federal-regulations', section: 'hud-faq-1907-self-report-limits' } as const;
const hmis = { doc: 'federal-regulations', section: 'hmis-data-standards-chronic-homelessness-status' } as const;
/** The final rule defining "chronically homeless" (80 FR 75791) took effect on this date. */
const finalRule = '2016-01-15';

const occasionsQuote = 'continuously for at least 12 months or on at least 4 separate occasions in the last 3 years';

// Declared free of side effects, so a tool whose set leaves a list out (the HMIS screen's) ships none of it.
const cited = /* @__NO_SIDE_EFFECTS__ */ (
  id: string,
  label: string,
  unit: Unit,
  value: number | string,
  citation: QuotedCitation,
): Parameter => ({
  id,
  label,
  unit,
  values: [{ value, effective: finalRule, citation }],
});

/** The definition's numbers and the recordkeeping limits: what chronic verification (the timeline) reads. */
export const definitionParameters: Parameter[] = [
  cited('chronic.countingMethod', 'How time homeless is counted (months: a month with a homeless night counts whole)', 'text', 'months', {
    ...hmis,
    quote: 'Use the "one day in a month counts the whole month" strategy when counting months.',
  }),
  cited('chronic.continuousMonths', 'Months of continuous homelessness that make a person chronically homeless', 'months', 12, {
    ...definition,
    quote: occasionsQuote,
  }),
  cited('chronic.minimumOccasions', 'Separate occasions of homelessness needed on the occasions path', 'count', 4, {
    ...definition,
    quote: occasionsQuote,
  }),
  cited('chronic.lookBackYears', 'Years before the assessment in which the occasions are counted', 'years', 3, {
    ...definition,
    quote: occasionsQuote,
  }),
  cited('chronic.occasionsTotalMonths', 'Months the occasions must add up to', 'months', 12, {
    ...definition,
    quote: 'as long as the combined occasions equal at least 12 months',
  }),
  cited('chronic.breakNights', 'Consecutive nights not homeless that make a break between occasions', 'nights', 7, {
    ...definition,
    quote: 'each break in homelessness separating the occasions included at least 7 consecutive nights',
  }),
  cited(
    'chronic.institution.countsIfFewerThanDays',
    'An institution stay shorter than this many days, entered from homelessness, counts and is not a break',
    'days',
    90,
    {
      ...definition,
      quote: 'Stays in institutional care facilities for fewer than 90 days will not constitute as a break in homelessness',
    },
  ),
  cited(
    'chronic.institution.currentStayFewerThanDays',
    'A person in an institution for fewer than this many days keeps the status met before entering',
    'days',
    90,
    {
      ...definition,
      quote:
        'residing in an institutional care facility, including a jail, substance abuse or mental health treatment facility, hospital, or other similar facility, for fewer than 90 days',
    },
  ),
  cited('chronic.recordkeeping.maximumSelfCertifiedMonths', 'Months of the 12 that may rest on self-certification', 'months', 3, {
    ...faq1907,
    quote: 'To document 12 months of continuous homelessness, only 3 months can be documented via self-report.',
  }),
  cited(
    'chronic.recordkeeping.minimumThirdPartyOccasions',
    'Occasions that must be documented by third-party evidence on the occasions path',
    'count',
    3,
    {
      ...faq1907,
      quote:
        'To document at least four distinct occasions of homelessness, at least three of the occasions must be documented in the same manner.',
    },
  ),
];

/** The HMIS Data Standards' chronic homelessness screen: what the HMIS screen tool reads. */
export const hmisScreenParameters: Parameter[] = [
  cited('chronic.hmis.approximateStartDays', 'HMIS screen: days before project start the episode must have begun', 'days', 365, {
    ...hmis,
    quote: 'If <= [project start date] (3.10) - 365 days, CH = YES.',
  }),
  cited('chronic.hmis.minimumTimes', 'HMIS screen: times homeless in the past three years needed', 'count', 4, {
    ...hmis,
    quote: 'If four or more times, CONTINUE processing',
  }),
  cited('chronic.hmis.minimumMonths', 'HMIS screen: months homeless in the past three years needed', 'months', 12, {
    ...hmis,
    quote: 'If >= 12, CH = YES.',
  }),
  cited('chronic.hmis.institutionFewerThanDays', 'HMIS screen: an institution stay must be shorter than this', 'days', 90, {
    ...hmis,
    quote: '[did you stay less than 90 days?] (3.917.2A)',
  }),
  cited('chronic.hmis.otherFewerThanNights', 'HMIS screen: a stay in other housing must be shorter than this', 'nights', 7, {
    ...hmis,
    quote: '[did you stay less than 7 nights?] (3.917.2A)',
  }),
];

/** chronic parameters for hud. Each value cites the passage that states it. */
export const parameters: Parameter[] = [...definitionParameters, ...hmisScreenParameters];
