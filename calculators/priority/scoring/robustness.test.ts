import { expect, test } from 'vitest';
import fc from 'fast-check';
import { checkPerformance } from './performance';
import { rankProjects } from './ranking';
import { scoreNewBedfordNewProject } from './newProject';
import { scoreNewBedfordRenewal } from './renewal';
import { sustainableCtPoints } from './sustainableCt';
import { familyPreservationProgram } from './examples/fpp';

const tools = { scoreNewBedfordRenewal, scoreNewBedfordNewProject, rankProjects, checkPerformance, sustainableCtPoints };

test.each(Object.entries(tools))('%s answers any input with a result or field errors, never a crash', (_name, tool) => {
  fc.assert(
    fc.property(fc.anything(), (input) => {
      const outcome = tool(input);
      if (!outcome.ok) {
        expect(outcome.errors.length).toBeGreaterThan(0);
        for (const e of outcome.errors) expect(e.message).toMatch(/\w/);
      }
    }),
  );
});

test('a renewal with one field spoiled in any way fails at that field', () => {
  const keys = Object.keys(familyPreservationProgram) as (keyof typeof familyPreservationProgram)[];
  fc.assert(
    fc.property(
      fc.constantFrom(...keys.filter((k) => k !== 'projectName')),
      fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.constant(-1)),
      (key, bad) => {
        const outcome = scoreNewBedfordRenewal({ ...familyPreservationProgram, [key]: bad });
        expect(outcome.ok).toBe(false);
        if (!outcome.ok) expect(outcome.errors.every((e) => e.path.startsWith(key))).toBe(true);
      },
    ),
  );
});
