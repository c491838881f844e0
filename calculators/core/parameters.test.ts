import { expect, test } from 'vitest';
import { defineParameterSet, numberParameter, overlayParameters, valueAt, type Parameter } from './parameters';

const cite = { doc: 'd', section: 's', quote: 'q' };
const rate: Parameter = {
  id: 'x.rate',
  label: 'A rate',
  unit: 'basis_points',
  values: [
    { value: 1000, effective: '2020-01-01', citation: cite },
    { value: 1500, effective: '2024-10-01', citation: cite },
  ],
};
const set = defineParameterSet('hud', 'Test', [
  rate,
  { id: 'x.flag', label: 'A flag', unit: 'boolean', values: [{ value: true, effective: '2020-01-01', citation: cite }] },
]);

test('the value in force is the latest one effective on or before the date', () => {
  expect(valueAt(rate, '2024-09-30')?.value).toBe(1000);
  expect(valueAt(rate, '2024-10-01')?.value).toBe(1500);
  expect(valueAt(rate, '2019-12-31')).toBeUndefined();
});

test('reading a parameter before its first value is an error that says so', () => {
  expect(() => numberParameter(set, 'x.rate', '2019-01-01')).toThrow(
    'Parameter "x.rate" has no value in force on 2019-01-01 in the "hud" set',
  );
});

test('a proposed overlay adds a dated value without touching the baseline', () => {
  const outcome = overlayParameters(set, 'raise rate', [{ parameter: 'x.rate', value: 2000, effective: '2026-01-01' }]);
  expect(outcome.ok).toBe(true);
  if (!outcome.ok) return;
  expect(numberParameter(outcome.value, 'x.rate', '2026-01-01').value).toBe(2000);
  expect(numberParameter(outcome.value, 'x.rate', '2025-12-31').value).toBe(1500);
  expect(numberParameter(set, 'x.rate', '2026-01-01').value).toBe(1500);
  expect(outcome.value.revision).toBe('raise rate');
});

test('a proposed value cites its revision and the proposed words, never the adopted words that state the old number', () => {
  const outcome = overlayParameters(set, 'raise-rate', [
    { parameter: 'x.rate', value: 2000, effective: '2026-01-01', quote: 'the rate is 20%' },
    { parameter: 'x.flag', value: false, effective: '2026-01-01' },
  ]);
  expect(outcome.ok).toBe(true);
  if (!outcome.ok) return;
  expect(valueAt(outcome.value.parameters['x.rate']!, '2026-01-01')?.citation).toEqual({
    doc: 'd',
    section: 's',
    revision: 'raise-rate',
    quote: 'the rate is 20%',
  });
  expect(valueAt(outcome.value.parameters['x.flag']!, '2026-01-01')?.citation).toEqual({ doc: 'd', section: 's', revision: 'raise-rate' });
  expect(valueAt(outcome.value.parameters['x.rate']!, '2025-12-31')?.citation).toEqual(cite);
});

test('an overlay effective on the same date as an adopted value replaces it from that date', () => {
  const outcome = overlayParameters(set, 'same day', [{ parameter: 'x.rate', value: 1700, effective: '2024-10-01' }]);
  expect(outcome.ok).toBe(true);
  if (!outcome.ok) return;
  expect(numberParameter(outcome.value, 'x.rate', '2024-10-01').value).toBe(1700);
  expect(numberParameter(outcome.value, 'x.rate', '2024-09-30').value).toBe(1000);
});

test('an overlay with an unknown parameter, a wrong kind of value or a bad date is refused', () => {
  const outcome = overlayParameters(set, 'bad', [
    { parameter: 'x.nope', value: 1, effective: '2026-01-01' },
    { parameter: 'x.rate', value: true, effective: '2026-01-01' },
    { parameter: 'x.rate', value: 12.5, effective: '2026-01-01' },
    { parameter: 'x.flag', value: false, effective: '2026-02-30' },
  ]);
  expect(outcome).toEqual({
    ok: false,
    errors: [
      { path: 'parameterChanges.0.parameter', message: 'Unknown parameter "x.nope" in the hud set' },
      { path: 'parameterChanges.1.value', message: '"x.rate" is measured in basis_points; true is not a number' },
      { path: 'parameterChanges.2.value', message: '"x.rate" takes a whole number of basis_points' },
      { path: 'parameterChanges.3.effective', message: 'The effective date must be written YYYY-MM-DD' },
    ],
  });
});
