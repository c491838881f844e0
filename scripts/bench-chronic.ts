// Benchmark (not a test): how long verifyChronicStatus takes to decide a 200-stay timeline.
// Run: npm run bench (or npx vite-node scripts/bench-chronic.ts). The target is a median under 5 ms per decision;
// CPU time is reported beside wall time because wall time swings with other work on a shared machine.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { addDays } from '../calculators/core/dates';
import { verifyChronicStatus } from '../calculators/chronic';
import type { ChronicInput } from '../calculators/chronic';

const assessmentDate = '2025-06-01';
const types = [
  'street',
  'housed_other',
  'emergency_shelter',
  'institution',
  'safe_haven',
  'transitional_housing',
  'street',
  'housed_other',
] as const;
const evidence = ['third_party', 'intake_observation', 'self_certification'] as const;

// 200 stays laid back from the assessment, lengths 3 to 17 nights, so breaks, short stays and institution stays all occur.
const stays: ChronicInput['stays'] = [];
let last = addDays(assessmentDate, -1);
for (let i = 0; i < 200; i += 1) {
  const nights = 3 + ((i * 7) % 15);
  const start = addDays(last, -(nights - 1));
  const type = i === 0 ? 'street' : (types[i % types.length] ?? 'street');
  stays.unshift({ start, end: last, type, evidence: evidence[i % evidence.length] ?? 'third_party' });
  last = addDays(start, -1 - (i % 5 === 0 ? 2 : 0));
}
const input: ChronicInput = {
  assessmentDate,
  household: { role: 'adult_head', adultPresent: true },
  disability: { hasDisability: true, verification: 'third_party' },
  stays,
  projectEntryDate: '2025-06-15',
};

const TARGET_MS = 5;
let worst = 0;
for (const jurisdiction of ['hud', 'tucson-pima'] as const) {
  const outcome = verifyChronicStatus(input, { jurisdiction });
  if (!outcome.ok) throw new Error(`The benchmark input was refused: ${JSON.stringify(outcome.errors)}`);
  for (let i = 0; i < 50; i += 1) verifyChronicStatus(input, { jurisdiction }); // warm up the JIT
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 500; i += 1) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    verifyChronicStatus(input, { jurisdiction });
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const quantile = (q: number, list = times) => list[Math.min(list.length - 1, Math.floor(q * list.length))] ?? 0;
  const at = (q: number) => quantile(q).toFixed(3);
  worst = Math.max(worst, quantile(0.5, cpu));
  const v = outcome.value;
  console.log(
    `${jurisdiction}: 200 stays (${stays[0]?.start} to ${assessmentDate}), ${v.occasions.length} occasions, chronic ${v.chronic} — CPU median ${quantile(0.5, cpu).toFixed(3)} ms; wall min ${at(0)} ms, median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms over ${times.length} runs`,
  );
}
console.log(
  `Slowest CPU median ${worst.toFixed(3)} ms (load average ${os.loadavg()[0]?.toFixed(1)} on ${os.cpus().length} cores): ${worst < TARGET_MS ? 'within' : 'OVER'} the ${TARGET_MS} ms target.`,
);
if (worst >= TARGET_MS) process.exitCode = 1;
