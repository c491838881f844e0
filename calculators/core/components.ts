/**
 * HUD's program components as people read them, keyed by the ids the rules, the forms and the content's
 * front matter use. One table, so a tool's choices, a rule's reasons and the search filters say the same.
 */
export const componentNames = {
  'street-outreach': 'Street outreach',
  'emergency-shelter': 'Emergency shelter',
  'transitional-housing': 'Transitional housing',
  'rapid-rehousing': 'Rapid re-housing',
  'permanent-supportive-housing': 'Permanent supportive housing',
  'homelessness-prevention': 'Homelessness prevention',
} as const;

export type ComponentId = keyof typeof componentNames;

/** HUD's two funding programs as people read them (the eligibility reasons, the match form). */
export const programNames = { CoC: 'Continuum of Care (CoC)', ESG: 'Emergency Solutions Grants (ESG)' } as const;
