import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { normalise, readSection } from '../../test/unit/citationCheck';
import type { Citation } from '../core/citation';
import { rrhTierExamples } from './examples';
import { rentExamples } from './rentExamples';
import * as passages from './passages';
import { errorsOf, head, incomeBasedInput, limitsInput, run } from './testInputs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The words a reader sees: Markdown escapes and emphasis removed, as the parameter citation test does. */
const sectionText = (citation: Citation): string | null => {
  const source = readSection(root, citation.doc, citation.section);
  return source === null
    ? null
    : normalise(source.replace(/\\([{}<>*_[\]|])/g, '$1').replace(/\*\*|__|(?<!\w)[*_](?!\s)|(?<!\s)[*_](?!\w)/g, ''));
};

const problems = (citation: Citation): string | null => {
  const text = sectionText(citation);
  if (text === null) return `${citation.doc}/${citation.section} does not exist`;
  if (citation.quote && !text.includes(normalise(citation.quote)))
    return `"${citation.quote}" is not in ${citation.doc}/${citation.section}`;
  return null;
};

test.each(Object.entries(passages))('the reason passage "%s" is quoted from its section', (_name, citation) => {
  expect(problems(citation)).toBeNull();
});

test('every worked example cites sections that exist', () => {
  const cited = [...rentExamples.examples, ...rrhTierExamples.examples].flatMap((e) => e.citations);
  expect(cited.map(problems).filter(Boolean)).toEqual([]);
});

test('every citation in a sample of results points at a real passage', () => {
  const results = [
    run(
      'income-based',
      incomeBasedInput([head(12_000_00)], { utilityAllowance: { source: 'entered', amount: 400_00 }, contractRent: 900_00 }),
      'nashville-davidson',
    ),
    run(
      'limits',
      limitsInput({
        securityDeposit: 1,
        lastMonthRent: 1,
        arrears: { months: 1, paidBefore: false },
        utilityAssistance: { monthsAlready: 0, monthsRequested: 1 },
      }),
    ),
    run('limits', limitsInput({ program: 'coc', component: 'transitional-housing' })),
  ];
  const cited = results.flatMap((r) => r.reasons.flatMap((reason) => reason.citations));
  expect(cited.length).toBeGreaterThan(10);
  expect(cited.map(problems).filter(Boolean)).toEqual([]);
  expect(errorsOf({ mode: 'limits' }).length).toBeGreaterThan(0);
});
