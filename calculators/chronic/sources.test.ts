import { expect, test } from 'vitest';
import { fileURLToPath } from 'node:url';
import { normalise, readSection } from '../../test/unit/citationCheck';
import { parameterSets } from '../parameters';
import { chronicExamples } from './examples';
import * as sources from './sources';

const root = fileURLToPath(new URL('../..', import.meta.url));
const plain = (text: string) =>
  normalise(text.replace(/\\([{}<>*_[\]])/g, '$1').replace(/\*\*|__|(?<!\w)[*_](?!\s)|(?<!\s)[*_](?!\w)/g, ''));

test.each(Object.entries(sources))('the %s passage is in its section', (_name, citation) => {
  const section = readSection(root, citation.doc, citation.section);
  expect(section, `${citation.doc}/${citation.section}`).not.toBeNull();
  expect(plain(section ?? '')).toContain(normalise(citation.quote));
});

test('every worked example cites sections that exist', () => {
  for (const example of chronicExamples.examples) {
    for (const c of example.citations) expect(readSection(root, c.doc, c.section), `${example.id}: ${c.doc}/${c.section}`).not.toBeNull();
  }
});

test('only TPCH overrides the federal chronic rules, and it counts nights', () => {
  const own = (id: keyof typeof parameterSets) =>
    Object.keys(parameterSets[id].parameters).filter(
      (k) => parameterSets[id].parameters[k] !== parameterSets.hud.parameters[k] && k.startsWith('chronic.'),
    );
  expect(own('nashville-davidson')).toEqual([]);
  expect(own('lowell')).toEqual([]);
  expect(own('new-bedford')).toEqual([]);
  expect(own('connecticut')).toEqual([]);
  expect(parameterSets['tucson-pima'].parameters['chronic.countingMethod']?.values.map((v) => v.value)).toEqual(['nights']);
  expect(parameterSets.hud.parameters['chronic.countingMethod']?.values.map((v) => v.value)).toEqual(['months']);
});
