import type { Parameter } from '../../core/parameters';

const fed = (section: string) => ({ doc: 'federal-regulations', section }) as const;
const cfr57873 = fed('24-cfr-578-73-matching-requirements');
const cfr576201 = fed('24-cfr-576-201-matching-requirement');
const cfr200414 = fed('2-cfr-200-414-indirect-costs');

/** The CoC interim rule (24 CFR part 578) took effect on this date. */
const cocRule = '2012-08-30';
/** The ESG interim rule (24 CFR part 576) took effect on this date. */
const esgRule = '2012-01-04';
/** 2 CFR part 200 (the Uniform Guidance) applied to awards from this date. */
const uniformGuidance = '2014-12-26';
/** The 2024 revision of 2 CFR part 200 applies to Federal awards made from this date. */
const uniformGuidance2024 = '2024-10-01';

/** match parameters for the federal baseline. Each value cites the passage that states it. */
export const parameters: Parameter[] = [
  {
    id: 'match.coc.rate',
    label: 'CoC match as a share of the grant request, excluding leasing',
    unit: 'basis_points',
    values: [
      {
        value: 2500,
        effective: cocRule,
        citation: {
          ...cfr57873,
          quote: 'must match all grant funds, except for leasing funds, with no less than 25 percent of funds or in-kind contributions',
        },
      },
    ],
  },
  {
    id: 'match.esg.stateExemption',
    label: 'ESG: the part of a State’s fiscal year grant that needs no match',
    unit: 'cents',
    description: 'Applies only to States, which must pass the benefit on to the subrecipients least capable of providing match.',
    values: [
      {
        value: 100_000_00,
        effective: esgRule,
        citation: {
          ...cfr576201,
          quote: 'If the recipient is a State, the first $100,000 of the fiscal year grant is not required to be matched.',
        },
      },
    ],
  },
  {
    id: 'match.indirect.deMinimisRate',
    label: 'De minimis indirect cost rate, as a share of modified total direct costs',
    unit: 'basis_points',
    description: 'The most a recipient or subrecipient without a negotiated rate may charge; the date is the award date.',
    values: [
      {
        value: 1000,
        effective: uniformGuidance,
        citation: {
          ...cfr200414,
          quote: 'may elect to charge a de minimis rate of 10% of modified total direct costs (MTDC) which may be used indefinitely',
        },
      },
      {
        value: 1500,
        effective: uniformGuidance2024,
        citation: {
          ...cfr200414,
          quote: 'may elect to charge a de minimis rate of up to 15 percent of modified total direct costs (MTDC)',
        },
      },
    ],
  },
];
