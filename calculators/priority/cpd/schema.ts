import * as z from 'zod/mini';
import { asOf, ceilings, choice, householdId, wholeNumber, yesNo } from '../fields';

export const COMING_FROM = ['unsheltered', 'safe-haven', 'emergency-shelter', 'transitional-housing', 'institution', 'other'] as const;
export type ComingFrom = (typeof COMING_FROM)[number];

/** What the HUD-VASH order (with CPD-16-11) needs to know about one Veteran. */
const cpd1611Shape = {
  chronicallyHomeless: yesNo('is the Veteran chronically homeless?', 'Whether the Veteran meets the definition of chronic homelessness'),
  hasDisability: yesNo('does the Veteran have a disability?', 'Whether the Veteran has a disability'),
  longEpisodicHistory: yesNo(
    'does the Veteran have long periods of episodic homelessness?',
    'Whether the Veteran has long periods of episodic homelessness (the notice’s words; the standards give no number)',
  ),
  severeServiceNeeds: yesNo(
    'does the Veteran have severe service needs?',
    'Whether the Veteran has been identified as having severe service needs',
  ),
  comingFrom: choice(
    COMING_FROM,
    'Choose where the Veteran is coming from: unsheltered, safe haven, emergency shelter, transitional housing, institution or other',
    'Where the Veteran is staying now: a place not meant for human habitation (unsheltered), a safe haven, an emergency shelter, transitional housing, an institution, or somewhere else',
  ),
  needsOngoingCaseManagement: z.optional(
    yesNo(
      'does a clinical assessment show a need for ongoing case management?',
      'Whether a clinical assessment shows the Veteran needs ongoing case management (VA priority populations; asked when no group above applies)',
    ),
  ),
};

/** What CPD-14-012's first two priorities need to know about one person. */
const cpd14012Shape = {
  chronicallyHomeless: yesNo(
    'is the person chronically homeless?',
    'Whether the individual or head of household is chronically homeless as defined in 24 CFR 578.3',
  ),
  severeServiceNeeds: yesNo(
    'has the person been identified as having severe service needs?',
    'Whether the CoC or recipient has identified the person as having severe service needs',
  ),
  continuousMonths: wholeNumber(
    'the months of the current continuous episode',
    'Months the person has been homeless continuously, up to now, in a place not meant for human habitation, a safe haven or an emergency shelter',
    {
      max: ceilings.lifetimeMonths,
    },
  ),
  occasionsInLookBack: wholeNumber(
    'the number of separate occasions in the look-back',
    'Separate occasions of homelessness in the last 3 years, counting the current one',
    {
      max: ceilings.lifetimeMonths,
    },
  ),
  monthsInLookBack: wholeNumber(
    'the total months homeless in the look-back',
    'Total months homeless across those occasions in the last 3 years',
    { max: ceilings.lifetimeMonths },
  ),
};

/** One Veteran on a HUD-VASH list. */
export const Cpd1611Person = z.object({ id: householdId, ...cpd1611Shape });
export type Cpd1611Person = z.infer<typeof Cpd1611Person>;

/** One person on a CPD-14-012 list. */
export const Cpd14012Person = z.object({ id: householdId, ...cpd14012Shape });
export type Cpd14012Person = z.infer<typeof Cpd14012Person>;

/** Input for one person's place in an order of priority: HUD-VASH with CPD-16-11 (TPCH) or CPD-14-012 (Lowell). */
export const OrderOfPriorityInput = z.discriminatedUnion(
  'notice',
  [
    z.object({
      notice: z.literal('cpd-16-11').check(z.describe('HUD-VASH admission with Notice CPD-16-11, as in the TPCH standards')),
      id: z.optional(householdId),
      asOf,
      ...cpd1611Shape,
    }),
    z.object({
      notice: z.literal('cpd-14-012').check(z.describe('Notice CPD-14-012, as excerpted in the Lowell 2016 application')),
      id: z.optional(householdId),
      asOf,
      ...cpd14012Shape,
    }),
  ],
  { error: 'Choose the order of priority: HUD-VASH with CPD-16-11, or CPD-14-012' },
);
export type OrderOfPriorityInput = z.infer<typeof OrderOfPriorityInput>;
