import { describe, expect, test } from 'vitest';
import { sampleUtilityAllowanceSchedule as schedule } from './samples';
import { errorsOf, head, incomeBasedInput, run } from './testInputs';

type Utility = { use: string; fuel?: string };
const allowanceInput = (bedrooms: number, tenantPays: Utility[], scheduleOverride: object = schedule) =>
  incomeBasedInput([head(12_000_00)], {
    asOf: '2024-06-01',
    utilityAllowance: { source: 'schedule', schedule: scheduleOverride, bedrooms, tenantPays } as never,
  });

describe('the allowance is the schedule amount for each utility the tenant pays', () => {
  test('2 bedrooms, gas heat, electric cooking, water: $27 + $9 + $24 = $60', () => {
    const result = run(
      'income-based',
      allowanceInput(2, [{ use: 'heating', fuel: 'gas' }, { use: 'cooking', fuel: 'electric' }, { use: 'water' }]),
    );
    expect(result.utilityAllowance).toBe(60_00);
    expect(result.detail.utility?.allowance.lines).toEqual([
      { use: 'heating', fuel: 'gas', amount: 27_00 },
      { use: 'cooking', fuel: 'electric', amount: 9_00 },
      { use: 'water', fuel: null, amount: 24_00 },
    ]);
  });

  test('an efficiency uses the 0-bedroom column', () => {
    expect(run('income-based', allowanceInput(0, [{ use: 'trash' }, { use: 'refrigerator' }])).utilityAllowance).toBe(16_00); // $12 + $4
  });

  test('the result says the schedule is a sample', () => {
    const result = run('income-based', allowanceInput(1, [{ use: 'sewer' }]));
    expect(result.reasons.find((r) => r.code === 'utility-allowance-schedule')?.text).toMatch(/a sample, not a published schedule/);
  });
});

describe('phone, internet and cable are not utilities where the standards say so', () => {
  const withServices = (jurisdiction: 'hud' | 'nashville-davidson', services: Utility[]) =>
    run('income-based', allowanceInput(2, [{ use: 'water' }, ...services]), jurisdiction);

  test('telephone adds nothing under the federal baseline (ESG excludes telephone)', () => {
    expect(withServices('hud', [{ use: 'telephone' }]).utilityAllowance).toBe(24_00);
  });

  test('Nashville excludes telephone, internet and cable', () => {
    const result = withServices('nashville-davidson', [{ use: 'telephone' }, { use: 'internet' }, { use: 'cable' }]);
    expect(result.utilityAllowance).toBe(24_00);
    expect(result.detail.utility?.allowance.excluded).toEqual(['telephone', 'internet', 'cable']);
  });

  test('under the federal baseline internet needs a schedule row, and the sample has none', () => {
    expect(errorsOf(allowanceInput(2, [{ use: 'internet' }]))).toEqual([
      {
        path: 'utilityAllowance.tenantPays.0',
        message:
          'The Sample Housing Authority schedule effective 2024-01-01 (a sample, not a published schedule) has no row for internet: choose another utility or enter the allowance amount',
      },
    ]);
  });
});

describe('missing schedule data is named, never guessed', () => {
  test('a bedroom count the schedule leaves empty', () => {
    expect(errorsOf(allowanceInput(5, [{ use: 'heating', fuel: 'oil' }]))).toEqual([
      {
        path: 'utilityAllowance.bedrooms',
        message:
          'The Sample Housing Authority schedule effective 2024-01-01 (a sample, not a published schedule) has no amount for heating (oil) in 5 bedrooms: enter the allowance amount instead',
      },
    ]);
  });

  test('a bedroom count beyond the schedule', () => {
    expect(errorsOf(allowanceInput(6, [{ use: 'water' }]))[0]?.message).toMatch(/has no amount for water in 6 bedrooms/);
  });

  test('a fuel the schedule does not list', () => {
    const noOilCooking = errorsOf(allowanceInput(1, [{ use: 'cooking', fuel: 'oil' }]));
    expect(noOilCooking[0]?.message).toMatch(/has no row for cooking \(oil\)/);
  });
});

describe('utility answers that contradict each other are errors', () => {
  test('heating needs a fuel', () => {
    expect(errorsOf(allowanceInput(1, [{ use: 'heating' }]))).toEqual([
      { path: 'utilityAllowance.tenantPays.0.fuel', message: 'Choose the fuel for heating: gas, electric or oil' },
    ]);
  });

  test('water has no fuel', () => {
    expect(errorsOf(allowanceInput(1, [{ use: 'water', fuel: 'gas' }]))[0]?.path).toBe('utilityAllowance.tenantPays.0.fuel');
  });

  test('a utility listed twice', () => {
    expect(errorsOf(allowanceInput(1, [{ use: 'water' }, { use: 'water' }]))[0]).toEqual({
      path: 'utilityAllowance.tenantPays.1.use',
      message: 'water is listed twice: list each utility once',
    });
  });

  test('a schedule that lists a use twice is rejected', () => {
    const twice = { ...schedule, rows: [...schedule.rows, schedule.rows[0]] };
    expect(errorsOf(allowanceInput(1, [{ use: 'water' }], twice))[0]?.message).toBe('The schedule lists heating (gas) twice');
  });
});
