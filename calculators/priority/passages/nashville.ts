import type { Citation } from '../../core/citation';

const nashville = (section: string, quote: string): Citation => ({ doc: 'nashville-davidson-standards-of-care', section, quote });

/** Passages of the Nashville-Davidson Standards of Care that list-order reasons rest on. */
export const nashvillePassages = {
  nashvilleRrhProtocol: nashville(
    'rapid-re-housing-standards',
    'Participants will be referred to RRH based on the prioritization protocol outlined in the CE Policies and Procedures Manual.',
  ),
  nashvilleNoScreenOut: nashville(
    'rapid-re-housing-standards',
    'Programs are not permitted to screen out households based on prioritization protocol or perceived vulnerabilities.',
  ),
  nashvilleCareCoordination: nashville(
    'rapid-re-housing-standards',
    'Care Coordination meetings allow for case conferencing to refer prioritized households to the available RRH vacancies.',
  ),
  nashvillePshCpd1611: nashville(
    'permanent-supportive-housing-standards',
    'The Nashville-Davidson County CoC will follow the order of priority for admission to CoC funded PSH outlined in HUD CPD Notice 16-11',
  ),
} as const satisfies Record<string, Citation>;
