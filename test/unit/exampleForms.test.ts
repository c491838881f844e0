import { describe, expect, test } from 'vitest';
import { parameterSets } from '../../calculators/parameters';
import { eligibilityParameterSet } from '../../calculators/eligibility/parameterSubset';
import { eligibilityExamples } from '../../calculators/eligibility/examples';
import { rentExamples } from '../../calculators/rent/rentExamples';
import { chronicExamples } from '../../calculators/chronic/examples';
import { toInput as chronicInput } from '../../src/islands/ChronicTimelineForm';
import { toInput as eligibilityInput, youthAge } from '../../src/islands/EligibilityModel';
import { toInput as incomeBasedInput } from '../../src/islands/RentIncomeBasedForm';
import { limitsInput } from '../../src/islands/RentLimitsForm';
import {
  chronicExampleForms,
  eligibilityStaffData,
  incomeBasedRentExamples,
  rentLimitsExamples,
  sampleFmrTable,
  sampleUtilitySchedule,
} from '../../src/utils/toolData';

// The pages hand the islands their worked examples already as form answers (src/utils/toolData.ts): the
// answers a person would see loaded must calculate to what the example book's own input does.
const label: never = new Proxy({}, { get: (_target, key) => String(key) }) as never;
const example = (id: string) => {
  const found = [...rentExamples.examples, ...eligibilityExamples.examples, ...chronicExamples.examples].find((e) => e.id === id);
  if (!found) throw new Error(`no example ${id}`);
  return found;
};

describe('worked examples loaded as form answers calculate as the example book does', () => {
  test.each(incomeBasedRentExamples().map((e) => [e.title, e] as const))('income-based rent: %s', (_title, form) => {
    const { input, problems } = incomeBasedInput(form.state, sampleUtilitySchedule(), label);
    expect(problems).toEqual([]);
    const book = example(form.id);
    expect(rentExamples.run(input, { jurisdiction: form.state.jurisdiction })).toEqual(
      rentExamples.run(book.input as never, { jurisdiction: book.jurisdiction }),
    );
  });

  test.each(rentLimitsExamples().map((e) => [e.title, e] as const))('rent limits: %s', (_title, form) => {
    const { input, problems } = limitsInput(form.state, sampleUtilitySchedule(), sampleFmrTable(), label);
    expect(problems).toEqual([]);
    const book = example(form.id);
    expect(rentExamples.run(input, { jurisdiction: form.state.jurisdiction })).toEqual(
      rentExamples.run(book.input as never, { jurisdiction: book.jurisdiction }),
    );
  });

  test.each(eligibilityStaffData().examples.map((e) => [e.title, e] as const))('eligibility (staff): %s', (_title, form) => {
    const jurisdiction = form.answers.j as keyof typeof parameterSets;
    const { input, moneyErrors } = eligibilityInput(
      form.answers,
      'staff',
      youthAge(eligibilityParameterSet(parameterSets[jurisdiction]), form.answers.date),
    );
    expect(moneyErrors).toEqual([]);
    const book = example(form.id);
    expect(eligibilityExamples.run(input as never, { jurisdiction })).toEqual(
      eligibilityExamples.run(book.input as never, { jurisdiction: book.jurisdiction }),
    );
  });

  test.each(chronicExampleForms().map((e) => [e.title, e] as const))('chronic timeline: %s', (_title, form) => {
    const book = example(form.id);
    expect(form.values.j).toBe(book.jurisdiction);
    const loaded = chronicExamples.run(chronicInput(form.values, form.rows), { jurisdiction: book.jurisdiction });
    expect(loaded.ok).toBe(true);
    expect(loaded).toEqual(chronicExamples.run(book.input as never, { jurisdiction: book.jurisdiction }));
  });
});
