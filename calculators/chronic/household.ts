import { reason, type Reason } from '../core/citation';
import type { ChronicInput } from './schemas';
import * as sources from './sources';
import { text } from './text';

/** Whether this person's timeline decides the household's status, and whether a qualifying disability counts. */
export type HouseholdCheck = { decides: boolean; disabilityCounts: boolean; reasons: Reason[] };

/**
 * A family is chronically homeless through its head of household (24 CFR 578.3 paragraph (3)); a
 * child's disability counts only when no adult is present (HUD's guidance, recorded in domain.md).
 */
export function checkHousehold(input: ChronicInput): HouseholdCheck {
  const { role, adultPresent } = input.household;
  const { hasDisability, childWithDisability = false } = input.disability;
  const childCounts = !adultPresent;
  const disabilityCounts = hasDisability || (childWithDisability && childCounts);
  const disabilityReason = reason(
    'disability',
    text.disability(hasDisability, childCounts, childWithDisability),
    sources.disability,
    sources.family,
  );
  switch (role) {
    case 'adult_head':
    case 'minor_head':
      return {
        decides: true,
        disabilityCounts,
        reasons: [reason('head-of-household', text.head(role === 'minor_head'), sources.family), disabilityReason],
      };
    case 'other_adult':
    case 'child':
      return {
        decides: false,
        disabilityCounts,
        reasons: [reason('not-head-of-household', text.notHead(), sources.family), disabilityReason],
      };
  }
}
