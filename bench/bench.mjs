// npm run bench: throughput, parallel speed-up, memory, start-up and cache, measured in one run.
// Writes bench/results.json. Timings are wall-clock on whatever else the machine is doing:
// run it on a quiet machine for numbers worth quoting.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { buildCorpus } from './corpus.mjs';

const root = path.resolve('bench/corpus');
const BIN = path.resolve('bin/extract.js');
const TIME = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const quick = process.argv.includes('--quick');
const corpus = buildCorpus(root, { copies: quick ? 3 : 10 });
const MB = corpus.bytes / 1e6;
const log = (s) => process.stderr.write(`${s}\n`);
log(`corpus: ${corpus.docs.length} documents, ${MB.toFixed(2)} MB (1x); ${quick ? 3 : 10}x copies for memory`);

/**
 * Run the CLI (`node bin/extract.js`, or with direct: the bin as a program, as `extract` runs); returns
 * wall ms, CPU ms (user + sys) and peak RSS (KiB) from /usr/bin/time, and the exit code.
 */
function run(args, { out = '/dev/null', allowFail = false, env = {}, direct = false } = {}) {
  const fd = fs.openSync(out, 'w');
  const argv = direct ? [BIN, ...args] : [process.execPath, BIN, ...args];
  const cmd = TIME ? [TIME, ['-f', '%U %S %M', ...argv]] : [argv[0], argv.slice(1)];
  const t0 = performance.now();
  const r = spawnSync(cmd[0], cmd[1], { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  const ms = performance.now() - t0;
  fs.closeSync(fd);
  if (r.status !== 0 && !allowFail) throw new Error(`extract ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const [user, sys, rss] = TIME ? r.stderr.trim().split('\n').pop().split(' ').map(Number) : [NaN, NaN, NaN];
  return { ms, cpuMs: (user + sys) * 1000, rssMB: rss / 1024, code: r.status };
}

/** Two CLI runs at the same time (the ceiling of --jobs 2: two independent processes); wall ms of both. */
async function runTwo(argsA, argsB) {
  const { spawn } = await import('node:child_process');
  const t0 = performance.now();
  const one = (args) =>
    new Promise((resolve, reject) => {
      const c = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'ignore', 'ignore'] });
      c.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`extract ${args.join(' ')} exited ${code}`))));
    });
  await Promise.all([one(argsA), one(argsB)]);
  return performance.now() - t0;
}

const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

// 1. the reference: compromise's own parse, in-process, after load and a warm-up
const nlp = createRequire(path.resolve('dist/locales/en/nlp.js'))('compromise');
nlp('Warm up. The jury said so on Friday.').json();
let t0 = performance.now();
const c0 = cpuNow();
for (const text of corpus.docs) nlp(text);
const refMs = performance.now() - t0;
const refCpuMs = cpuNow() - c0;
log(`compromise parse: ${(refMs / 1000).toFixed(1)} s`);

// 2. the full pipeline through the CLI, 1 worker and 2 workers (JSON graph out); peak RSS at 1x
const j1 = run([corpus.one, '--jobs', '1']);
log(`pipeline --jobs 1: ${(j1.ms / 1000).toFixed(1)} s`);
const j2 = run([corpus.one, '--jobs', '2']);
log(`pipeline --jobs 2: ${(j2.ms / 1000).toFixed(1)} s`);
// the ceiling of --jobs 2: two --jobs 1 processes at once, each on half of the corpus (by size)
const halves = [path.join(root, 'half0'), path.join(root, 'half1')];
const sizes = [0, 0];
for (const h of halves) fs.mkdirSync(h, { recursive: true });
for (const name of fs
  .readdirSync(corpus.one)
  .sort((a, b) => fs.statSync(path.join(corpus.one, b)).size - fs.statSync(path.join(corpus.one, a)).size)) {
  const k = sizes[0] <= sizes[1] ? 0 : 1;
  fs.copyFileSync(path.join(corpus.one, name), path.join(halves[k], name));
  sizes[k] += fs.statSync(path.join(corpus.one, name)).size;
}
const ceilingMs = await runTwo([halves[0], '--jobs', '1', '-q'], [halves[1], '--jobs', '1', '-q']);
log(`two --jobs 1 processes on halves, at once: ${(ceilingMs / 1000).toFixed(1)} s`);

// 3. memory: streaming JSONL at 1x and 10x (the JSON graph itself grows with the corpus)
const m1 = run([corpus.one, '--jobs', '2', '-f', 'jsonl']);
const m10 = run([corpus.ten, '--jobs', '2', '-f', 'jsonl']);
log(`peak RSS jsonl: ${m1.rssMB.toFixed(0)} MB (1x), ${m10.rssMB.toFixed(0)} MB (10x)`);

// 4. start-up: one small file vs bare node, back to back: `extract` (the bin run as a program: its sh part
// starts node on the start-up snapshot when the build made one), `node bin/extract.js` (a node launcher,
// then node on the snapshot) and the plain path (NEWSGRAPH_SNAPSHOT=0: the ES modules, compromise set up
// at run time). The target reads `extract`'s figure.
const small = 'fixtures/news/000_3e3b864d0be11ddf.txt';
const snapshot = spawnSync(process.execPath, [BIN, '--version'], { env: { ...process.env, NEWSGRAPH_SNAPSHOT: 'require' } }).status === 0;
const bare = [];
const one = [];
const oneNode = [];
const onePlain = [];
for (let i = 0; i < 5; i++) {
  t0 = performance.now();
  spawnSync(process.execPath, ['-e', '0']);
  bare.push(performance.now() - t0);
  one.push(run([small], { direct: true }).ms);
  oneNode.push(run([small]).ms);
  onePlain.push(run([small], { env: { NEWSGRAPH_SNAPSHOT: '0' } }).ms);
}
log(
  `start-up: node -e 0 ${median(bare).toFixed(0)} ms, extract one file ${median(one).toFixed(0)} ms (${snapshot ? 'start-up snapshot' : 'no snapshot: plain path'}), node bin/extract.js ${median(oneNode).toFixed(0)} ms, plain path ${median(onePlain).toFixed(0)} ms`,
);

// 5. one long article (~8 MB: the corpus's texts end to end), default options: exit code and peak RSS.
// Skipped by --quick (it is the slowest measure).
let big = { ms: NaN, rssMB: NaN, code: null };
if (!quick) {
  const dir = path.join(root, 'big');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'article.txt');
  const parts = [];
  let bytes = 0;
  while (bytes < 8e6) {
    for (const d of corpus.docs) {
      parts.push(d);
      bytes += Buffer.byteLength(d) + 2;
      if (bytes >= 8e6) break;
    }
  }
  fs.writeFileSync(file, parts.join('\n\n'));
  big = run([file, '-f', 'jsonl'], { allowFail: true });
  log(`8 MB article: exit ${big.code}, ${(big.ms / 1000).toFixed(1)} s, peak RSS ${big.rssMB.toFixed(0)} MB`);
}

// 6. cache: cold then warm, 2 workers
const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-bench-cache-'));
const cold = run([corpus.one, '--jobs', '2', '--cache', cacheDir]);
const warm = run([corpus.one, '--jobs', '2', '--cache', cacheDir]);
fs.rmSync(cacheDir, { recursive: true, force: true });
log(`cache: cold ${(cold.ms / 1000).toFixed(1)} s, warm ${(warm.ms / 1000).toFixed(2)} s`);

const rate = (ms) => ({ mbPerS: MB / (ms / 1000), docsPerS: corpus.docs.length / (ms / 1000) });
const results = {
  machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? '', node: process.version, loadavg: os.loadavg() },
  corpus: { documents: corpus.docs.length, megabytes: MB, copiesFor10x: quick ? 3 : 10 },
  compromiseParse: rate(refMs),
  pipelineJobs1: { ...rate(j1.ms), peakRssMB: j1.rssMB },
  pipelineJobs2: { ...rate(j2.ms), peakRssMB: j2.rssMB },
  memory: { jsonl1xMB: m1.rssMB, jsonl10xMB: m10.rssMB },
  startup: {
    bareNodeMs: median(bare),
    oneFileMs: median(one),
    oneFileNodeBinMs: median(oneNode),
    oneFilePlainMs: median(onePlain),
    snapshot,
  },
  cache: { coldMs: cold.ms, warmMs: warm.ms },
  bigArticle: { exitCode: big.code, ms: big.ms, peakRssMB: big.rssMB },
  ceiling: { twoProcessesOnHalvesMs: ceilingMs },
  ratios: {
    pipelineVsCompromise: refMs / j1.ms,
    pipelineVsCompromiseCpu: refCpuMs / j1.cpuMs,
    jobs2VsJobs1: j1.ms / j2.ms,
    ceilingVsJobs1: j1.ms / ceilingMs,
    jobs2VsCeiling: ceilingMs / j2.ms,
    rss10xVs1x: m10.rssMB / m1.rssMB,
    startupOverBareMs: median(one) - median(bare),
    startupNodeBinOverBareMs: median(oneNode) - median(bare),
    startupPlainOverBareMs: median(onePlain) - median(bare),
    cachedSpeedup: cold.ms / warm.ms,
  },
};
const targets = [
  ['pipeline / compromise parse (1 worker)', results.ratios.pipelineVsCompromise, '>= 1.5', results.ratios.pipelineVsCompromise >= 1.5],
  [
    'pipeline / compromise parse, CPU time (1 worker)',
    results.ratios.pipelineVsCompromiseCpu,
    '>= 1.5',
    results.ratios.pipelineVsCompromiseCpu >= 1.5,
  ],
  ['--jobs 2 / --jobs 1', results.ratios.jobs2VsJobs1, '>= 1.6', results.ratios.jobs2VsJobs1 >= 1.6],
  ['ceiling (2 processes on halves) / --jobs 1', results.ratios.ceilingVsJobs1, '(the most --jobs 2 can give here)', true],
  ['--jobs 2 / ceiling', results.ratios.jobs2VsCeiling, '>= 0.9', results.ratios.jobs2VsCeiling >= 0.9],
  ['peak RSS 10x / 1x (jsonl)', results.ratios.rss10xVs1x, '<= 1.2', results.ratios.rss10xVs1x <= 1.2],
  ['start-up over bare node (ms)', results.ratios.startupOverBareMs, '<= 300', results.ratios.startupOverBareMs <= 300],
  ['cold / cached re-run', results.ratios.cachedSpeedup, '>= 20', results.ratios.cachedSpeedup >= 20],
  [
    '8 MB article, default options: peak RSS (MB; must exit 0)',
    big.code === 0 ? big.rssMB : NaN,
    '< 1024, exit 0',
    big.code === 0 && big.rssMB < 1024,
  ],
];
results.targets = Object.fromEntries(targets.map(([k, v, want, ok]) => [k, { value: v, target: want, met: ok }]));
fs.writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);

const f = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
const rows = [
  ['measure', 'value'],
  ['compromise parse alone', `${f(results.compromiseParse.mbPerS, 3)} MB/s, ${f(results.compromiseParse.docsPerS, 1)} docs/s`],
  [
    'pipeline --jobs 1 (end to end)',
    `${f(results.pipelineJobs1.mbPerS, 3)} MB/s, ${f(results.pipelineJobs1.docsPerS, 1)} docs/s, ${f(j1.rssMB, 0)} MB RSS`,
  ],
  [
    'pipeline --jobs 2 (end to end)',
    `${f(results.pipelineJobs2.mbPerS, 3)} MB/s, ${f(results.pipelineJobs2.docsPerS, 1)} docs/s, ${f(j2.rssMB, 0)} MB RSS`,
  ],
  ['two --jobs 1 processes on halves, at once (the ceiling)', `${f(ceilingMs / 1000)} s`],
  ['peak RSS, jsonl, 1x / 10x', `${f(m1.rssMB, 0)} MB / ${f(m10.rssMB, 0)} MB`],
  [
    'start-up: node -e 0 / extract 1 file / node bin/extract.js 1 file / plain path',
    `${f(median(bare), 0)} ms / ${f(median(one), 0)} ms (${snapshot ? 'snapshot' : 'no snapshot'}) / ${f(median(oneNode), 0)} ms / ${f(median(onePlain), 0)} ms`,
  ],
  ['cache: cold / warm (--jobs 2)', `${f(cold.ms / 1000)} s / ${f(warm.ms / 1000)} s`],
  ['8 MB article (default options)', quick ? 'not run (--quick)' : `exit ${big.code}, ${f(big.ms / 1000, 1)} s, ${f(big.rssMB, 0)} MB RSS`],
];
const table = (rs) => rs.map((r, i) => `| ${r.join(' | ')} |${i === 0 ? `\n|${r.map(() => '---').join('|')}|` : ''}`).join('\n');
console.log(table(rows));
console.log();
console.log(table([['target', 'value', 'wanted', 'met'], ...targets.map(([k, v, w, ok]) => [k, f(v), w, ok ? 'yes' : 'NO'])]));
console.log(
  `\n${corpus.docs.length} documents, ${MB.toFixed(2)} MB; ${os.cpus().length} × ${results.machine.model}; Node ${process.version}; load average ${os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
