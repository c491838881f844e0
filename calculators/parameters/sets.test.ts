import { describe, expect, test } from 'vitest';
import type { ExampleBook } from '../core/examples';
import type { Outcome } from '../core/outcome';
import { chronicParameterSets, chronicProjectParameterSets, chronicScreenParameterSets, chronicTimelineParameterSets } from './chronic';
import { screenChronicAtProjectStart } from '../chronic/hmis';
import { chronicExamples } from '../chronic/examples';
import { projectRecordkeepingExamples } from '../chronic/projectExamples';
import { priorityParameterSets } from './priority';
import { rentParameterSets } from './rent';
import { incomeBasedRentParameterSets, rentLimitParameterSets } from './rentQuestions';
import { jurisdictionIds } from '../core/parameters';
import { calculateRent } from '../rent/calculateRent';
import { rentExamples } from '../rent/rentExamples';
import * as incomeBasedQuestion from '../rent/questions/incomeBased';
import * as limitsQuestion from '../rent/questions/limits';
import * as lowell from './lowell/sets/priority';
import * as nashvilleDavidson from './nashville-davidson/sets/priority';
import * as tucsonPimaPriority from './tucson-pima/sets/priority';
import * as tucsonPimaRent from './tucson-pima/sets/rent';
import * as tucsonPimaSpdat from './tucson-pima/sets/spdat';
import { tpchPriorityExamples } from '../priority/examples/tpch';
import { orderOfPriorityExamples } from '../priority/examples/orderOfPriority';
import { nashvilleListExamples } from '../priority/examples/nashvilleList';
import * as tpchOnly from '../priority/tpch/tucsonPimaOnly';
import * as nashvilleOnly from '../priority/order/nashvilleOnly';
import * as noticesOnly from '../priority/cpd/noticesOnly';
import { rrhTierExamples } from '../rent/examples';
import * as tiersOnly from '../rent/tucsonPimaOnly';

describe('a jurisdiction’s own sets', () => {
  test('equal its entries in the all-jurisdiction sets', () => {
    expect(lowell.priorityParameterSets.lowell).toEqual(priorityParameterSets.lowell);
    expect(tucsonPimaRent.rentParameterSets['tucson-pima']).toEqual(rentParameterSets['tucson-pima']);
    // Not vacuous: a jurisdiction's set differs from the baseline it extends.
    expect(tucsonPimaPriority.priorityParameterSets['tucson-pima']).not.toEqual(priorityParameterSets.hud);
  });

  test('a priority-order set is the priority set without its own performance standards', () => {
    const cases = [
      [tucsonPimaPriority.priorityParameterSets['tucson-pima'], priorityParameterSets['tucson-pima']],
      [nashvilleDavidson.priorityParameterSets['nashville-davidson'], priorityParameterSets['nashville-davidson']],
    ] as const;
    for (const [order, full] of cases) {
      const performance = Object.keys(full.parameters).filter((id) => id.startsWith('priority.performance.'));
      expect(performance.length).toBeGreaterThan(0);
      const withoutPerformance = Object.fromEntries(Object.entries(full.parameters).filter(([id]) => !performance.includes(id)));
      expect(order).toEqual({ ...full, parameters: withoutPerformance });
    }
  });

  test('the SPDAT table alone holds every service-needs parameter of the chronic set, and only those', () => {
    const table = tucsonPimaSpdat.spdatParameterSets['tucson-pima'];
    const chronic = chronicParameterSets['tucson-pima'];
    const ids = Object.keys(chronic.parameters).filter((id) => id.startsWith('serviceNeeds.'));
    expect(ids.length).toBeGreaterThan(0);
    expect(Object.keys(table.parameters).sort()).toEqual(ids.sort());
    for (const id of ids) expect(table.parameters[id]).toEqual(chronic.parameters[id]);
    expect(table.label).toBe(chronic.label);
  });
});

// Each bound entry point gives the same outcome as the public rule on every worked example of its tool.
const sameAsPublic = <I, R>(name: string, book: ExampleBook<I, R>, bound: (input: unknown, options?: object) => Outcome<R>) =>
  test(`${name} answers every worked example as the public rule does`, () => {
    expect(book.examples.length).toBeGreaterThan(0);
    for (const example of book.examples) {
      const options = { jurisdiction: example.jurisdiction };
      expect(bound(example.input, options)).toEqual(book.run(example.input, options));
    }
  });

describe('entry points bound to a few jurisdictions’ sets', () => {
  sameAsPublic('TPCH prioritizer (Tucson/Pima only)', tpchPriorityExamples, tpchOnly.prioritizeTpch);
  sameAsPublic('Nashville list orderer (Nashville-Davidson only)', nashvilleListExamples, nashvilleOnly.orderNashvilleList);
  sameAsPublic('order of priority (the notices’ jurisdictions only)', orderOfPriorityExamples, noticesOnly.orderOfPriority);
  sameAsPublic('RRH tier calculator (Tucson/Pima only)', rrhTierExamples, tiersOnly.calculateRrhTiers);

  test('carry the same worked examples as the public book, run by the bound rule', () => {
    const { run, ...content } = tiersOnly.rrhTierExamples;
    const { run: publicRun, ...publicContent } = rrhTierExamples;
    expect(content).toEqual(publicContent);
    expect(run).toBe(tiersOnly.calculateRrhTiers);
    expect(publicRun).not.toBe(run);
  });

  test('run under an explicit set (a proposal) as the public rule does', () => {
    const [example] = tpchPriorityExamples.examples;
    const parameters = priorityParameterSets['tucson-pima'];
    expect(tpchOnly.prioritizeTpch(example!.input, { parameters })).toEqual(tpchPriorityExamples.run(example!.input, { parameters }));
  });

  test('refuse a jurisdiction whose set they do not hold, by name', () => {
    const [example] = tpchPriorityExamples.examples;
    expect(() => tpchOnly.prioritizeTpch(example!.input, { jurisdiction: 'lowell' })).toThrow(
      /only tucson-pima's parameters, not lowell's/,
    );
    expect(Object.keys(noticesOnly.priorityParameterSets).sort()).toEqual(['lowell', 'tucson-pima']);
  });
});

describe('a rent question’s own sets', () => {
  const questions = [
    ['income-based', incomeBasedRentParameterSets, incomeBasedQuestion.calculateIncomeBasedRent],
    ['limits', rentLimitParameterSets, limitsQuestion.checkRentLimits],
  ] as const;

  test.each(questions)('%s: each jurisdiction’s set is its whole rent set with fewer numbers, each one the same', (_mode, sets) => {
    for (const jurisdiction of jurisdictionIds) {
      const whole = rentParameterSets[jurisdiction];
      const own = sets[jurisdiction];
      expect({ ...own, parameters: {} }).toEqual({ ...whole, parameters: {} });
      const ids = Object.keys(own.parameters);
      expect(ids.length).toBeGreaterThan(0);
      expect(ids.length).toBeLessThan(Object.keys(whole.parameters).length);
      for (const id of ids) expect(own.parameters[id]).toEqual(whole.parameters[id]);
    }
  });

  // Every worked example of the question, on dates under each income rule set, under every jurisdiction:
  // a number the question reads but its set left out would change the answer or fail it.
  test.each(questions)('%s: answers as under the whole set, for every worked example, date and jurisdiction', (mode, sets, run) => {
    const examples = rentExamples.examples.filter((example) => example.input.mode === mode);
    expect(examples.length).toBeGreaterThan(1);
    let answered = 0;
    for (const example of examples)
      for (const asOf of [example.input.asOf, '2023-06-01', '2024-06-01', '2026-06-01'])
        for (const jurisdiction of jurisdictionIds) {
          const input = { ...example.input, asOf };
          const whole = calculateRent(input, { jurisdiction });
          expect(run(input, { parameters: sets[jurisdiction] }), `${example.title} ${asOf} ${jurisdiction}`).toEqual(whole);
          if (whole.ok) answered++;
        }
    expect(answered).toBeGreaterThan(examples.length * jurisdictionIds.length);
  });
});

describe('each chronic tool’s own sets', () => {
  const restrict = (jurisdiction: (typeof jurisdictionIds)[number], keep: (id: string) => boolean) => {
    const whole = chronicParameterSets[jurisdiction];
    return { ...whole, parameters: Object.fromEntries(Object.entries(whole.parameters).filter(([id]) => keep(id))) };
  };
  const screen = (id: string) => id.startsWith('chronic.hmis.');
  const project = (id: string) => id.startsWith('chronic.project.') || id.startsWith('chronic.packet.');
  const spdat = (id: string) => id.startsWith('serviceNeeds.');
  const timeline = (id: string) => !screen(id) && !spdat(id) && !id.startsWith('chronic.project.');

  test('are the whole chronic sets restricted to the numbers each tool reads, and together make up the whole', () => {
    for (const jurisdiction of jurisdictionIds) {
      expect(chronicTimelineParameterSets[jurisdiction], jurisdiction).toEqual(restrict(jurisdiction, timeline));
      expect(chronicScreenParameterSets[jurisdiction], jurisdiction).toEqual(restrict(jurisdiction, screen));
      expect(chronicProjectParameterSets[jurisdiction], jurisdiction).toEqual(restrict(jurisdiction, project));
      const covered = [chronicTimelineParameterSets, chronicScreenParameterSets, chronicProjectParameterSets].flatMap((sets) =>
        Object.keys(sets[jurisdiction].parameters),
      );
      const whole = Object.keys(chronicParameterSets[jurisdiction].parameters);
      expect(whole.filter((id) => !spdat(id) && !covered.includes(id))).toEqual([]);
    }
    // The SPDAT table is Tucson/Pima's only, and the screen and timeline sets hold numbers for every jurisdiction.
    expect(jurisdictionIds.filter((j) => Object.keys(chronicParameterSets[j].parameters).some(spdat))).toEqual(['tucson-pima']);
    for (const jurisdiction of jurisdictionIds) {
      expect(Object.keys(chronicScreenParameterSets[jurisdiction].parameters).length).toBeGreaterThan(0);
      expect(Object.keys(chronicTimelineParameterSets[jurisdiction].parameters).length).toBeGreaterThan(0);
    }
  });

  // The rules that run under them answer every worked example, under every jurisdiction, as under the whole set.
  test.each([
    ['verification', chronicExamples],
    ['project recordkeeping', projectRecordkeepingExamples],
  ] as const)('%s answers every worked example as under the whole chronic set', (_name, book) => {
    expect(book.examples.length).toBeGreaterThan(1);
    const run = book.run as (input: unknown, options?: object) => unknown;
    for (const example of book.examples)
      for (const jurisdiction of jurisdictionIds)
        expect(run(example.input, { jurisdiction }), `${example.title} ${jurisdiction}`).toEqual(
          run(example.input, { parameters: chronicParameterSets[jurisdiction] }),
        );
  });

  test('the HMIS screen answers as under the whole chronic set, on each path it can decide by', () => {
    const start = '2024-06-01';
    const base = { projectStartDate: start, disablingCondition: 'yes' } as const;
    const inputs = [
      { ...base, projectType: 'emergency_shelter', approximateStartDate: '2023-06-02' },
      {
        ...base,
        projectType: 'emergency_shelter',
        approximateStartDate: '2023-06-03',
        timesHomelessPastThreeYears: 4,
        monthsHomelessPastThreeYears: 12,
      },
      {
        ...base,
        projectType: 'emergency_shelter',
        approximateStartDate: '2023-06-03',
        timesHomelessPastThreeYears: 4,
        monthsHomelessPastThreeYears: 11,
      },
      {
        ...base,
        projectType: 'other',
        livingSituation: 'institutional',
        stayedLessThanLimit: 'yes',
        nightBeforeStreetShelterSafeHaven: 'yes',
      },
      { ...base, projectType: 'other', livingSituation: 'temporary_permanent_other', stayedLessThanLimit: 'no' },
      { ...base, disablingCondition: 'no', projectType: 'emergency_shelter' },
    ];
    for (const input of inputs)
      for (const jurisdiction of jurisdictionIds) {
        const own = screenChronicAtProjectStart(input, { jurisdiction });
        expect(own.ok, `${JSON.stringify(input)} ${jurisdiction}`).toBe(true);
        expect(own).toEqual(screenChronicAtProjectStart(input, { parameters: chronicParameterSets[jurisdiction] }));
      }
  });
});
