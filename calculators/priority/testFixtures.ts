import { expect } from 'vitest';
import type { JurisdictionId } from '../core/parameters';
import type { Outcome } from '../core/outcome';

/** The value of an outcome that must succeed; fails the test with the errors otherwise. */
export function value<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) expect.fail(`Expected a result, got errors: ${JSON.stringify(outcome.errors)}`);
  return outcome.value;
}

/** The errors of an outcome that must fail. */
export function errors<T>(outcome: Outcome<T>): { path: string; message: string }[] {
  if (outcome.ok) expect.fail(`Expected errors, got a result: ${JSON.stringify(outcome.value).slice(0, 300)}`);
  return outcome.errors;
}

export const tpch = { jurisdiction: 'tucson-pima' } as const satisfies { jurisdiction: JurisdictionId };
export const nashville = { jurisdiction: 'nashville-davidson' } as const satisfies { jurisdiction: JurisdictionId };
export const lowell = { jurisdiction: 'lowell' } as const satisfies { jurisdiction: JurisdictionId };
export const AS_OF = '2024-03-01';

/** A TPCH PSH household on a CH-dedicated bed; override any answer. */
export const chronicBedHousehold = (overrides: Record<string, unknown> = {}) => ({
  asOf: AS_OF,
  program: 'psh',
  bedType: 'chronic-dedicated',
  chronicHouseholdsHoused: false,
  spdatTool: 'vi-spdat',
  spdatPopulation: 'individual',
  spdatScore: 13,
  sleepingSituation: 'unsheltered',
  chronicallyHomeless: true,
  lifetimeMonthsHomeless: 30,
  ...overrides,
});

/** A Nashville RRH household with no added points; override any answer. */
export const nashvilleRrhHousehold = (overrides: Record<string, unknown> = {}) => ({
  assessment: 'vi-spdat',
  assessmentScore: 8,
  unsheltered: false,
  age: 40,
  covidRiskCondition: false,
  homelessSince: '2023-03-01',
  ...overrides,
});
