// One-run throughput ratio (issue 18): compromise's own parse (`nlp(text)`, in-process, after load and
// warm-up) against the full CLI end to end with --jobs 1 (start-up included), on the same texts (the 1x
// benchmark corpus of bench/corpus.mjs: Brown press A-C plus the news fixtures, ~1.1 MB).
// On a shared machine the load changes within minutes, so the corpus is cut into slices (--slices N,
// default 4) and the two are timed back to back on each slice; the ratio is of the summed times (each
// slice pays the CLI's start-up once, so more slices make the ratio a little more pessimistic).
// Run `npm run build` first. Prints per-slice times, the ratio (target >= 1.5) and the load average.
// --dir DIR times the texts of DIR instead (e.g. the dev articles copied until ~2 MB); --checkout DIR
// times another build's CLI too, on the same slices, interleaved (before/after comparisons in one run).
//
//   node bench/ratio.mjs [--slices N] [--dir DIR] [--checkout DIR]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { buildCorpus } from './corpus.mjs';

const option = (name) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const slices = Number(option('--slices') ?? 4);
const root = path.resolve('bench/corpus');
const given = option('--dir');
const other = option('--checkout');
const one = given !== undefined ? path.resolve(given) : buildCorpus(root, { copies: 0 }).one;
fs.mkdirSync(root, { recursive: true });
const names = fs
  .readdirSync(one)
  .filter((n) => !n.startsWith('.'))
  .sort();
const MB = names.reduce((n, f) => n + fs.statSync(path.join(one, f)).size, 0) / 1e6;
// CPU time (user + system) as well as wall time: on a loaded machine the CPU-time ratio is the steadier one
const TIME = '/usr/bin/time';
const hasTime = fs.existsSync(TIME);
const timesFile = path.join(os.tmpdir(), `ratio-times-${process.pid}.txt`);
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const cli = (checkout, dir) => {
  const t0 = performance.now();
  const args = [path.join(checkout, 'bin/extract.js'), dir, '--jobs', '1', '-q'];
  const res = hasTime
    ? spawnSync(TIME, ['-f', '%U %S', '-o', timesFile, process.execPath, ...args], {
        cwd: checkout,
        stdio: ['ignore', 'ignore', 'pipe'],
        encoding: 'utf8',
      })
    : spawnSync(process.execPath, args, { cwd: checkout, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const wall = performance.now() - t0;
  if (res.status !== 0) throw new Error(`extract (${checkout}) exited ${res.status}: ${res.stderr}`);
  const cpu = hasTime
    ? fs
        .readFileSync(timesFile, 'utf8')
        .trim()
        .split(/\s+/)
        .slice(-2)
        .map(Number)
        .reduce((a, b) => a + b, 0) * 1000
    : NaN;
  return { wall, cpu };
};
const nlp = createRequire(path.resolve('dist/locales/en/nlp.js'))('compromise');
nlp('Warm up. The jury said so on Friday.').json();

let ref = 0;
let pipe = 0;
let pipe2 = 0;
let refCpu = 0;
let pipeCpu = 0;
let pipe2Cpu = 0;
for (let s = 0; s < slices; s++) {
  const dir = path.join(root, `slice${s}`);
  fs.mkdirSync(dir, { recursive: true });
  const mine = names.filter((_, i) => i % slices === s);
  for (const n of mine) fs.copyFileSync(path.join(one, n), path.join(dir, n));
  const texts = mine.map((n) => fs.readFileSync(path.join(dir, n), 'utf8'));
  const t0 = performance.now();
  const c0 = cpuMs();
  for (const text of texts) nlp(text);
  const a = performance.now() - t0;
  const aCpu = cpuMs() - c0;
  refCpu += aCpu;
  // the two builds in turn, the first one first on even slices
  const [b, c] =
    other === undefined
      ? [cli(process.cwd(), dir), { wall: 0, cpu: 0 }]
      : s % 2 === 0
        ? [cli(process.cwd(), dir), cli(path.resolve(other), dir)]
        : (() => {
            const later = cli(path.resolve(other), dir);
            return [cli(process.cwd(), dir), later];
          })();
  ref += a;
  pipe += b.wall;
  pipe2 += c.wall;
  pipeCpu += b.cpu;
  pipe2Cpu += c.cpu;
  const secs = (x) => (x / 1000).toFixed(2);
  process.stderr.write(
    `slice ${s + 1}/${slices}: compromise parse ${secs(a)} s, pipeline --jobs 1 ${secs(b.wall)} s` +
      (other !== undefined ? `, ${other} ${secs(c.wall)} s` : '') +
      (hasTime
        ? `; CPU time: compromise ${secs(aCpu)} s, pipeline ${secs(b.cpu)} s` + (other !== undefined ? `, ${other} ${secs(c.cpu)} s` : '')
        : '') +
      '\n',
  );
  fs.rmSync(dir, { recursive: true, force: true });
}
console.log(
  JSON.stringify({
    documents: names.length,
    megabytes: Number(MB.toFixed(3)),
    slices,
    compromiseParseS: Number((ref / 1000).toFixed(2)),
    pipelineS: Number((pipe / 1000).toFixed(2)),
    ratio: Number((ref / pipe).toFixed(3)),
    ...(hasTime
      ? {
          compromiseCpuS: Number((refCpu / 1000).toFixed(2)),
          pipelineCpuS: Number((pipeCpu / 1000).toFixed(2)),
          cpuRatio: Number((refCpu / pipeCpu).toFixed(3)),
        }
      : {}),
    ...(other !== undefined
      ? {
          other,
          otherS: Number((pipe2 / 1000).toFixed(2)),
          otherRatio: Number((ref / pipe2).toFixed(3)),
          ...(hasTime ? { otherCpuS: Number((pipe2Cpu / 1000).toFixed(2)), otherCpuRatio: Number((refCpu / pipe2Cpu).toFixed(3)) } : {}),
        }
      : {}),
    target: 1.5,
    loadavg: os.loadavg().map((x) => Number(x.toFixed(2))),
  }),
);
