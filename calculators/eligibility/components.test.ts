import { describe, expect, test } from 'vitest';
import { codes, decide, refusal, rentingFamily, sleptOutside, stayingWithFriends } from './fixtures';
import type { EligibilityInput } from './schema';
import type { Component, Program } from './vocabulary';

const choose = (
  input: EligibilityInput,
  program: Program,
  component: Component,
  project?: EligibilityInput['project'],
): EligibilityInput => ({
  ...input,
  program,
  component,
  ...(project ? { project } : {}),
});

// Category 2 only: must leave a friend's home in 7 days.
const imminent: EligibilityInput = { ...stayingWithFriends, mustLeave: true, mustLeaveOn: '2024-06-10', writtenNotice: true };
// Category 4 only: fleeing, staying with a friend.
const fleeing: EligibilityInput = { ...stayingWithFriends, mustLeave: false, fleeingViolence: true };
// Category 3 only: a youth homeless under another federal law.
const youth: EligibilityInput = {
  ...stayingWithFriends,
  mustLeave: false,
  household: { size: 1, headAge: 20, childrenOrYouth: false, disability: false },
  unit: { kind: 'larger', people: 3, rooms: 4 },
  otherFederalStatute: 'other',
  permanentHousingRecently: false,
  recentMoves: 2,
  specialNeeds: [],
  barriersToEmployment: 2,
};
const inShelter: EligibilityInput = { ...sleptOutside, lastNight: 'emergency-shelter', unwillingOrUnableToUseShelter: undefined };

describe('ESG street outreach', () => {
  test('serves people living unsheltered who are unwilling or unable to use shelter', () => {
    expect(decide(choose(sleptOutside, 'ESG', 'street-outreach')).eligible).toBe(true);
  });

  test('does not serve an unsheltered person who is willing and able to use shelter', () => {
    const result = decide(choose({ ...sleptOutside, unwillingOrUnableToUseShelter: false }, 'ESG', 'street-outreach'));
    expect(result.eligible).toBe(false);
    expect(codes(result)).toContain('outreach-not-unsheltered');
  });

  test('does not serve someone in a shelter, though category 1', () => {
    expect(decide(choose(inShelter, 'ESG', 'street-outreach'))).toMatchObject({ eligible: false, categories: [1] });
  });

  test('does not serve a category 4 household that is not also category 1', () => {
    const result = decide(choose(fleeing, 'ESG', 'street-outreach'));
    expect(result.eligible).toBe(false);
    expect(result.reasons.find((r) => r.code === 'component-categories-not-met')?.text).toContain(
      'Category 4 counts here only when the household also meets category 1.',
    );
  });
});

describe('CoC street outreach', () => {
  test('serves people living unsheltered, without the shelter-refusal condition', () => {
    expect(decide(choose({ ...sleptOutside, unwillingOrUnableToUseShelter: false }, 'CoC', 'street-outreach')).eligible).toBe(true);
    expect(decide(choose(inShelter, 'CoC', 'street-outreach')).eligible).toBe(false);
  });
});

describe('ESG emergency shelter', () => {
  test.each([
    ['category 1', inShelter],
    ['category 2', imminent],
    ['category 3', youth],
    ['category 4', fleeing],
  ] as const)('serves %s', (_name, input) => {
    expect(decide(choose(input, 'ESG', 'emergency-shelter')).eligible).toBe(true);
  });

  test('does not serve a household in no homeless category', () => {
    expect(decide(choose(rentingFamily, 'ESG', 'emergency-shelter')).eligible).toBe(false);
  });
});

describe('ESG rapid re-housing', () => {
  test('serves category 1', () => {
    expect(decide(choose(inShelter, 'ESG', 'rapid-rehousing')).eligible).toBe(true);
  });

  test('serves category 4 only while the household is also category 1', () => {
    expect(decide(choose(fleeing, 'ESG', 'rapid-rehousing')).eligible).toBe(false);
    expect(decide(choose({ ...inShelter, fleeingViolence: true }, 'ESG', 'rapid-rehousing'))).toMatchObject({
      eligible: true,
      categories: [1, 4],
    });
  });

  test('does not serve category 2', () => {
    expect(decide(choose(imminent, 'ESG', 'rapid-rehousing')).eligible).toBe(false);
  });

  test('says income must be at or below 30% of area median at the annual re-evaluation', () => {
    expect(decide(choose(inShelter, 'ESG', 'rapid-rehousing')).chosen?.conditions.map((c) => c.code)).toContain('esg-rrh-annual-income');
  });
});

describe('ESG homelessness prevention', () => {
  test('serves category 2 with income below the limit', () => {
    // $18,000.00 < $30,000.00
    expect(decide(choose(imminent, 'ESG', 'homelessness-prevention')).eligible).toBe(true);
  });

  test('does not serve category 2 with income at the limit', () => {
    const atLimit = { ...imminent, income: { annual: 30_000_00, limit: { kind: 'entered', thirtyPercentLimit: 30_000_00 } } } as const;
    const result = decide(choose(atLimit, 'ESG', 'homelessness-prevention'));
    expect(result.eligible).toBe(false);
    expect(codes(result)).toContain('prevention-income-not-below');
  });

  test('serves a household at risk of homelessness that is in no homeless category', () => {
    const atRisk = { ...rentingFamily, leavingInstitutionOrCare: true };
    expect(decide(choose(atRisk, 'ESG', 'homelessness-prevention'))).toMatchObject({
      eligible: true,
      categories: [],
      atRiskOfHomelessness: true,
    });
  });

  test('does not serve a literally homeless household that is neither category 2, 3 or 4 nor at risk', () => {
    expect(decide(choose(inShelter, 'ESG', 'homelessness-prevention')).eligible).toBe(false);
  });

  test('asks for re-evaluation at least every 3 months', () => {
    expect(
      decide(choose(imminent, 'ESG', 'homelessness-prevention')).chosen?.conditions.find((c) => c.code === 'prevention-reevaluate')?.text,
    ).toBe('Re-evaluate eligibility at least every 3 months.');
  });
});

describe('CoC transitional housing', () => {
  test.each([
    ['category 1', inShelter, true],
    ['category 2', imminent, true],
    ['category 4', fleeing, true],
    ['no category', rentingFamily, false],
  ] as const)('%s: eligible %s', (_name, input, eligible) => {
    expect(decide(choose(input, 'CoC', 'transitional-housing')).eligible).toBe(eligible);
  });
});

describe('CoC rapid re-housing under the HUD baseline', () => {
  test('serves categories 1, 2 and 4', () => {
    expect(decide(choose(inShelter, 'CoC', 'rapid-rehousing')).eligible).toBe(true);
    expect(decide(choose(imminent, 'CoC', 'rapid-rehousing')).eligible).toBe(true);
    expect(decide(choose(fleeing, 'CoC', 'rapid-rehousing')).eligible).toBe(true);
  });
});

describe('CoC permanent supportive housing', () => {
  const disabled = { ...inShelter, household: { ...inShelter.household, disability: true } };

  test('serves category 1 with a household member with a disability', () => {
    expect(decide(choose(disabled, 'CoC', 'permanent-supportive-housing')).eligible).toBe(true);
  });

  test('does not serve a household with no member with a disability', () => {
    expect(codes(decide(choose(inShelter, 'CoC', 'permanent-supportive-housing')))).toContain('psh-no-disability');
  });

  test('does not serve category 2, even with a disability', () => {
    expect(
      decide(choose({ ...imminent, household: { ...imminent.household, disability: true } }, 'CoC', 'permanent-supportive-housing'))
        .eligible,
    ).toBe(false);
  });

  test('beds dedicated to chronic homelessness serve only chronically homeless households', () => {
    const dedicated = { chronicDedicated: true };
    expect(
      decide(
        choose(
          { ...disabled, household: { ...disabled.household, chronicallyHomeless: true } },
          'CoC',
          'permanent-supportive-housing',
          dedicated,
        ),
      ).eligible,
    ).toBe(true);
    expect(
      decide(
        choose(
          { ...disabled, household: { ...disabled.household, chronicallyHomeless: false } },
          'CoC',
          'permanent-supportive-housing',
          dedicated,
        ),
      ).eligible,
    ).toBe(false);
  });

  test('a dedicated bed needs the chronic status answered, and points to the chronic tool', () => {
    expect(refusal(choose(disabled, 'CoC', 'permanent-supportive-housing', { chronicDedicated: true }))).toEqual([
      {
        path: 'household.chronicallyHomeless',
        message: 'Say whether the household is chronically homeless (the chronic homelessness tool can check)',
      },
    ]);
  });

  test('a non-dedicated bed does not need chronic status; the next steps suggest checking it', () => {
    const result = decide(choose(disabled, 'CoC', 'permanent-supportive-housing'));
    expect(result.eligible).toBe(true);
    expect(result.nextSteps.find((s) => s.code === 'chronic-tool')).toMatchObject({ tool: 'chronic' });
  });
});

describe('category 3 in CoC projects', () => {
  test('a CoC project may serve category 3 only with HUD approval', () => {
    expect(decide(choose(youth, 'CoC', 'transitional-housing', { hudApprovedCategory3: true })).eligible).toBe(true);
    expect(decide(choose(youth, 'CoC', 'transitional-housing', { hudApprovedCategory3: false })).eligible).toBe(false);
  });

  test('the approval must be answered when the household is category 3 only', () => {
    expect(refusal(choose(youth, 'CoC', 'transitional-housing'))).toEqual([
      { path: 'project.hudApprovedCategory3', message: 'Say whether HUD approved this project to serve category 3 households' },
    ]);
  });

  test('when no component is chosen, CoC components depend on the approval', () => {
    const result = decide(youth);
    expect(result.components.find((c) => c.program === 'CoC' && c.component === 'transitional-housing')?.status).toBe('depends');
    expect(result.components.find((c) => c.program === 'ESG' && c.component === 'emergency-shelter')?.status).toBe('eligible');
  });
});

describe('program components that are not funded', () => {
  test.each([
    ['CoC', 'emergency-shelter'],
    ['CoC', 'homelessness-prevention'],
    ['ESG', 'transitional-housing'],
    ['ESG', 'permanent-supportive-housing'],
  ] as const)('%s %s is refused as a choice with the components the program funds', (program, component) => {
    const [error] = refusal(choose(inShelter, program, component));
    expect(error?.path).toBe('component');
    expect(error?.message).toMatch(/does not fund/);
  });
});

test('with no component chosen, every funded component is decided and any eligible one makes the household eligible', () => {
  const result = decide(sleptOutside);
  expect(result.chosen).toBeNull();
  expect(result.components.map((c) => `${c.program} ${c.component} ${c.status}`)).toEqual([
    'CoC street-outreach eligible',
    'CoC transitional-housing eligible',
    'CoC rapid-rehousing eligible',
    'CoC permanent-supportive-housing not-eligible',
    'ESG street-outreach eligible',
    'ESG emergency-shelter eligible',
    'ESG rapid-rehousing eligible',
    'ESG homelessness-prevention not-eligible',
  ]);
  expect(result.eligible).toBe(true);
});

test('a household eligible for nothing is eligible false, with a next step that says so', () => {
  const result = decide(rentingFamily);
  expect(result.eligible).toBe(false);
  expect(result.nextSteps.map((s) => s.code)).toContain('not-homeless-or-at-risk');
});

test('when the chosen component does not fit, the next steps name the ones that may', () => {
  const result = decide(choose(fleeing, 'ESG', 'rapid-rehousing'));
  expect(result.nextSteps.find((s) => s.code === 'other-components')?.text).toBe(
    'The answers may fit other help: CoC transitional housing, CoC rapid re-housing, ESG emergency shelter, ESG homelessness prevention.',
  );
});

test('fleeing violence puts the safety step, with the hotline, first', () => {
  const [first] = decide(fleeing).nextSteps;
  expect(first?.code).toBe('dv-safety');
  expect(first?.text).toContain('1-800-799-7233');
});
