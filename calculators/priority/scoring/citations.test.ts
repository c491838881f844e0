import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { valueAt } from '../../core/parameters';
import { priorityParameterSets } from '../../parameters/priority';
import { bodyHasQuote, splitFrontmatter } from '../../../test/unit/contentChecks';
import * as passages from './passages';
import { parseScale } from './scale';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const body = (doc: string, section: string): string =>
  splitFrontmatter(readFileSync(`${root}content/standards/${doc}/${section}.mdx`, 'utf8')).body;

describe('structural passages cited by reasons are in their sections', () => {
  test.each(Object.entries(passages))('%s', (_name, citation) => {
    expect(bodyHasQuote(body(citation.doc, citation.section), citation.quote ?? '')).toBe(true);
  });
});

const scales = Object.values(priorityParameterSets['new-bedford'].parameters).filter((p) => p.id.endsWith('.scale'));

describe('every scale is the document’s text exactly, and readable', () => {
  test.each(scales.map((p) => [p.id, p] as const))('%s', (id, parameter) => {
    for (const value of parameter.values) {
      expect(typeof value.value).toBe('string');
      // The whole scale, read as a person sees it (entities such as &gt; decoded), is in the cited section.
      expect(bodyHasQuote(body(value.citation.doc, value.citation.section), value.value as string)).toBe(true);
      expect(() => parseScale(value.value as string, id)).not.toThrow();
    }
  });
});

test('the new-project quality parts add up to the quality maximum, and the criteria to 100', () => {
  const set = priorityParameterSets['new-bedford'];
  const n = (id: string) => valueAt(set.parameters[`priority.scoring.newProject.${id}`]!, '2019-08-01')?.value as number;
  // 15 + 15 + 5 + 5 = 40; 20 + 40 + 20 + 20 = 100.
  expect(n('housingFirst.maximum') + n('chronicHomeless.points') + n('mainstream.maximum') + n('lowBarrier.points')).toBe(
    n('quality.maximum'),
  );
  expect(n('experience.points') + n('quality.maximum') + n('match.points') + n('fiscal.maximum')).toBe(n('maximum'));
});

test('the renewal maxima add up: 20 + 5 × 4 + 15 + 15 = 70 for performance, 70 + 10 + 20 = 100 in all', () => {
  const set = priorityParameterSets['new-bedford'];
  const n = (id: string) => valueAt(set.parameters[`priority.scoring.renewal.${id}`]!, '2019-08-01')?.value as number;
  const performance = [
    'exitsToPermanentHousing',
    'earnedIncomeStayers',
    'otherIncomeStayers',
    'earnedIncomeLeavers',
    'otherIncomeLeavers',
    'bedUtilization',
    'chronicHomeless',
  ].map((m) => n(`${m}.maximum`));
  expect(performance.reduce((a, b) => a + b, 0)).toBe(n('performanceMaximum'));
  expect(n('performanceMaximum') + n('dataQuality.maximum') + n('fiscalManagement.maximum')).toBe(n('maximum'));
});
