// One-run throughput ratio (issue 18): compromise's own parse (`nlp(text)`, in-process, after load and
// warm-up) against the full CLI end to end with --jobs 1 (start-up included), on the same texts (the 1x
// benchmark corpus of bench/corpus.mjs: Brown press A-C plus the news fixtures, ~1.1 MB).
// On a shared machine the load changes within minutes, so the corpus is cut into slices (--slices N,
// default 4) and the two are timed back to back on each slice; the ratio is of the summed times (each
// slice pays the CLI's start-up once, so more slices make the ratio a little more pessimistic).
// Run `npm run build` first. Prints per-slice times, the ratio (target >= 1.5) and the load average.
//
//   node bench/ratio.mjs [--slices N]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { buildCorpus } from './corpus.mjs';

const at = process.argv.indexOf('--slices');
const slices = at > 0 ? Number(process.argv[at + 1]) : 4;
const root = path.resolve('bench/corpus');
const corpus = buildCorpus(root, { copies: 0 });
const MB = corpus.bytes / 1e6;
const names = fs.readdirSync(corpus.one).sort();
const nlp = createRequire(path.resolve('dist/locales/en/nlp.js'))('compromise');
nlp('Warm up. The jury said so on Friday.').json();

let ref = 0;
let pipe = 0;
for (let s = 0; s < slices; s++) {
  const dir = path.join(root, `slice${s}`);
  fs.mkdirSync(dir, { recursive: true });
  const mine = names.filter((_, i) => i % slices === s);
  for (const n of mine) fs.copyFileSync(path.join(corpus.one, n), path.join(dir, n));
  const texts = mine.map((n) => fs.readFileSync(path.join(dir, n), 'utf8'));
  let t0 = performance.now();
  for (const text of texts) nlp(text);
  const a = performance.now() - t0;
  t0 = performance.now();
  const res = spawnSync(process.execPath, [path.resolve('bin/extract.js'), dir, '--jobs', '1', '-q'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const b = performance.now() - t0;
  if (res.status !== 0) throw new Error(`extract exited ${res.status}: ${res.stderr}`);
  ref += a;
  pipe += b;
  process.stderr.write(
    `slice ${s + 1}/${slices}: compromise parse ${(a / 1000).toFixed(2)} s, pipeline --jobs 1 ${(b / 1000).toFixed(2)} s\n`,
  );
}
console.log(
  JSON.stringify({
    documents: corpus.docs.length,
    megabytes: Number(MB.toFixed(3)),
    slices,
    compromiseParseS: Number((ref / 1000).toFixed(2)),
    pipelineS: Number((pipe / 1000).toFixed(2)),
    ratio: Number((ref / pipe).toFixed(3)),
    loadavg: os.loadavg().map((x) => Number(x.toFixed(2))),
  }),
);
