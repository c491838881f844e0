import type { Citation } from '../core/citation';

const tpch = (section: string, quote: string): Citation => ({ doc: 'tpch-written-standards', section, quote });
const nashville = (section: string, quote: string): Citation => ({ doc: 'nashville-davidson-standards-of-care', section, quote });
const lowell = (section: string, quote: string): Citation => ({ doc: 'lowell-2016-bonus-application', section, quote });

/** Passages that reasons rest on where the rule is an order or a definition rather than one number. */
export const passages = {
  tpchSeverityTable: tpch(
    'key-terms',
    'the SPDAT score indicates which level of service needs the individual or family will be classified as',
  ),
  tpchUnsheltered: tpch(
    'key-terms',
    'People are considered homeless, and unsheltered, when they are living in places not meant for human habitation.',
  ),
  tpchSheltered: tpch(
    'key-terms',
    'People are considered homeless, yet sheltered, when they are staying in places meant for human habitation, emergency shelters, transitional housing, or facing imminent homelessness.',
  ),
  tpchChronicDisability: tpch('key-terms', 'Has a qualifying disability'),
  tpchPshDisability: tpch('key-terms', 'to assist homeless persons with a disability to live independently and achieve housing stability'),
  tpchHighSeverityCriteria: tpch(
    'key-terms',
    'An individual or family is considered to have a high severity of services needs when at least one of the following is true',
  ),
  tpchCaseConferencing: tpch(
    'permanent-supportive-housing',
    'Case conferencing will be used to further ensure appropriate matching, client choice, and navigation into housing and associated support services offerings.',
  ),
  tpchPshModerateLowNotServed: tpch(
    'permanent-supportive-housing',
    'Families and individuals with moderate and low service needs are not currently served with these beds.',
  ),
  tpchOtherBedsFollowChronicLevels: tpch(
    'permanent-supportive-housing',
    'This community will follow the above prioritization levels for these beds until the community has determined that we have housed families and individuals who meet the definition of chronic homelessness within our geographic boundaries.',
  ),
  tpchOtherBedsHighNeeds: tpch(
    'permanent-supportive-housing',
    'these beds will be prioritized to those with high service needs, a disability, and have experienced at least 2 years of cumulative lifetime homelessness',
  ),
  tpchRrhSpdat: tpch(
    'rapid-rehousing-programs',
    'Rapid Rehousing programs will use SPDAT tools (through the HMIS per Coordinated Entry) to determine and prioritize who will receive RRH assistance.',
  ),
  tpchThSpdat: tpch(
    'transitional-housing',
    'Transitional Housing programs will use SPDAT tools (through the HMIS per Coordinated Entry) to determine and prioritize who will receive assistance.',
  ),
  vashChronicFirst: tpch(
    'prioritization-for-hud-vash-housing',
    'Chronically homeless Veterans will be given the highest priority for admission.',
  ),
  vashAcuity: tpch(
    'prioritization-for-hud-vash-housing',
    "Admission decisions are to be prioritized by highest need for HUD VASH, BASED ON Veteran's acuity per clinical judgment and resources availability.",
  ),
  vashNoChronicVeterans: tpch(
    'prioritization-for-hud-vash-housing',
    'Where there are no chronically homeless Veterans, admissions to HUD-VASH will use the HUD Notice CPD-16-11',
  ),
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
  chronicLivesInStreetShelter: lowell(
    'definitions-of-key-terms',
    'Is homeless and lives in a place not meant for human habitation, a safe haven, or in an emergency shelter; and',
  ),
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
