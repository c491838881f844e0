import type { Parameter } from '../../core/parameters';

const evaluating = { doc: 'tpch-written-standards', section: 'evaluating-and-documenting-eligibility' } as const;
const amended = '2023-03-28';

/** eligibility parameters for tucson-pima. Each value cites the passage that states it. */
export const parameters: Parameter[] = [
  {
    id: 'eligibility.coc.category3',
    label: 'CoC: whether category 3 households may be served',
    unit: 'text',
    values: [
      { value: 'never', effective: amended, citation: { ...evaluating, quote: 'Category 3 households are not eligible for COC programs' } },
    ],
  },
  {
    id: 'eligibility.category1.institutionPriorPlaces',
    label: 'Category 1 (iii): where the person must have stayed immediately before entering the institution',
    unit: 'text',
    description: 'TPCH counts a Safe Haven (Sonora House) among "the above places", so a stay there before the institution qualifies.',
    values: [
      {
        value: 'unsheltered,emergency-shelter,safe-haven',
        effective: amended,
        citation: {
          ...evaluating,
          quote:
            "sleeping in an emergency shelter or a Safe Haven (Sonora House) sleeping in a place not meant for human habitation, (staying in someone else's residence does not meet the requirements for literal homeless), or exiting an institution where they have resided for 90 days or less and was at one of the above places immediately before entering the institution",
        },
      },
    ],
  },
];
