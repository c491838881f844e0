import { expect, test } from 'vitest';
import { counted } from './words';

test('a count reads with its noun, singular for exactly one', () => {
  expect(counted(1, 'move')).toBe('1 move');
  expect(counted(0, 'move')).toBe('0 moves');
  expect(counted(2, 'day')).toBe('2 days');
  expect(counted(1, 'person', 'people')).toBe('1 person');
  expect(counted(3, 'person', 'people')).toBe('3 people');
});
