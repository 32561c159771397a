import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { estimateMatchModel, findMatches } from './src/matching/index.js';
import { labelledSet } from './test/matching/labelled-set.js';
const { records } = labelledSet(Number(process.argv[2] ?? 100000), 7);
const model = estimateMatchModel(records);
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 500 });
if (process.argv[3] === 'prof') await session.post('Profiler.start');
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const out = findMatches(records, { model, minProbability: 0.01 });
const cpu = process.cpuUsage(cpu0);
console.log(`search ${Math.round(performance.now() - t0)} ms wall, ${Math.round((cpu.user + cpu.system) / 1000)} ms cpu, ${out.length} pairs`);
if (process.argv[3] === 'prof') {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync('/tmp/search.cpuprofile', JSON.stringify(profile));
  const self = new Map<string, number>();
  const dt = profile.timeDeltas!;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const counts = new Map<number, number>();
  profile.samples!.forEach((s, i) => counts.set(s, (counts.get(s) ?? 0) + (dt[i] ?? 0)));
  for (const [id, t] of counts) {
    const n = byId.get(id)!;
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + t / 1000);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${v.toFixed(0).padStart(6)} ms ${(100 * v / total).toFixed(1).padStart(5)}%  ${k}`);
}
