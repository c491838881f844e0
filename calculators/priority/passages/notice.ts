import type { Citation } from '../../core/citation';

const lowell = (section: string, quote: string): Citation => ({ doc: 'lowell-2016-bonus-application', section, quote });

/** Passages of Notice CPD-14-012 as the Lowell application publishes it. */
export const noticePassages = {
  cpd14012Severe: lowell(
    'notice-cpd-14-012',
    'The CoC or CoC Program recipient has identified the chronically homeless individual or head of household, who meets all of the criteria in paragraph (1) of the definition for chronically homeless, of the family as having severe service needs',
  ),
  cpd14012NotSevere: lowell('notice-cpd-14-012', 'The CoC or CoC program recipient has not identified the chronically homeless individual'),
  lowellOrderRequirement: lowell(
    'project-requirement-and-priorities',
    'will first serve the chronically homeless according to the order of priority established in CoC Policies and the Notice CPD-14-012',
  ),
} as const satisfies Record<string, Citation>;
