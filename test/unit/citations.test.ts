import { describe, expect, test } from 'vitest';
import { fileURLToPath } from 'node:url';
import { parameterSets, type Parameter } from '../../calculators';
import { citationProblems, numbersIn } from './citationCheck';

const root = fileURLToPath(new URL('../..', import.meta.url));

const everyValue = Object.values(parameterSets).flatMap((set) =>
  Object.values(set.parameters).flatMap((parameter) => parameter.values.map((value) => ({ set: set.id, parameter, value }))),
);

test('the parameter sets hold cited values to check', () => {
  expect(everyValue.length).toBeGreaterThan(0);
});

describe('every parameter value is stated by the passage it cites', () => {
  test.each(everyValue.map((v) => [`${v.set}: ${v.parameter.id} from ${v.value.effective}`, v] as const))(
    '%s',
    (_name, { parameter, value }) => {
      expect(citationProblems(root, parameter, value)).toEqual([]);
    },
  );
});

const tier2: Parameter = {
  id: 'test.tier2',
  label: 'Tier 2 share',
  unit: 'basis_points',
  values: [
    {
      value: 6700,
      effective: '2023-03-28',
      citation: {
        doc: 'tpch-written-standards',
        section: 'rapid-rehousing-programs',
        quote: 'Tier 2: The program pays 67% of the contract rent',
      },
    },
  ],
};

test('a quote that is not in the cited section is reported', () => {
  const wrongQuote = {
    ...tier2.values[0]!,
    citation: { ...tier2.values[0]!.citation, quote: 'Tier 2: The program pays 70% of the contract rent' },
  };
  expect(citationProblems(root, tier2, wrongQuote)).toEqual([
    'test.tier2 (2023-03-28) cites tpch-written-standards/rapid-rehousing-programs: the quote "Tier 2: The program pays 70% of the contract rent" is not in that section',
  ]);
});

test('a value the quote does not state is reported', () => {
  const wrongValue = { ...tier2.values[0]!, value: 7000 };
  expect(citationProblems(root, tier2, wrongValue)).toEqual([
    'test.tier2 (2023-03-28) cites tpch-written-standards/rapid-rehousing-programs: the quote "Tier 2: The program pays 67% of the contract rent" does not state the value 70 (basis_points)',
  ]);
});

test('a citation of a section that does not exist is reported', () => {
  const missing = { ...tier2.values[0]!, citation: { ...tier2.values[0]!.citation, section: 'no-such-section' } };
  expect(citationProblems(root, tier2, missing)[0]).toMatch(/no such section file/);
});

test('the correct citation passes', () => {
  expect(citationProblems(root, tier2, tier2.values[0]!)).toEqual([]);
});

test('numbers are read from figures and words', () => {
  expect(numbersIn('within fourteen (14) days, $1,250.50 and 25%')).toEqual([14, 1250.5, 25, 14]);
});

test('a hyphenated number word counts as its number, and a compound like "forty-five" as one', () => {
  expect(numbersIn('a three-year period')).toEqual([3]);
  expect(numbersIn('forty-five days')).toEqual([45]);
  expect(numbersIn('a well-known rule')).toEqual([]);
});
