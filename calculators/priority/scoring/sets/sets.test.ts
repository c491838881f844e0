import { expect, test } from 'vitest';
import { priorityParameterSets } from '../../../parameters/priority';
import { connecticutScoringParameters } from './connecticut';
import { newBedfordScoringParameters } from './newBedford';
import { performanceParameterSets } from './performance';

test('each island’s slim parameter set is exactly the priority calculator’s set for that jurisdiction', () => {
  expect(newBedfordScoringParameters).toEqual(priorityParameterSets['new-bedford']);
  expect(connecticutScoringParameters).toEqual(priorityParameterSets.connecticut);
  expect(performanceParameterSets['tucson-pima']).toEqual(priorityParameterSets['tucson-pima']);
  expect(performanceParameterSets['nashville-davidson']).toEqual(priorityParameterSets['nashville-davidson']);
});
