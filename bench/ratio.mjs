// One-run throughput ratio (issue 18): compromise's own parse (`nlp(text)`, in-process, after load and
// warm-up) against the full CLI end to end with --jobs 1 (start-up included), on the same texts (the 1x
// benchmark corpus of bench/corpus.mjs: Brown press A-C plus the news fixtures, ~1.1 MB), back to back.
// Run `npm run build` first. Prints the two times, the ratio (target >= 1.5) and the load average.
//
//   node bench/ratio.mjs [--repeat N]   (N alternating rounds; the ratio of the summed times)
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { buildCorpus } from './corpus.mjs';

const at = process.argv.indexOf('--repeat');
const rounds = at > 0 ? Number(process.argv[at + 1]) : 1;
const corpus = buildCorpus(path.resolve('bench/corpus'), { copies: 0 });
const MB = corpus.bytes / 1e6;
const nlp = createRequire(path.resolve('dist/tokenize/nlp.js'))('compromise');
nlp('Warm up. The jury said so on Friday.').json();

let ref = 0;
let pipe = 0;
for (let r = 0; r < rounds; r++) {
  let t0 = performance.now();
  for (const text of corpus.docs) nlp(text);
  const a = performance.now() - t0;
  t0 = performance.now();
  const res = spawnSync(process.execPath, [path.resolve('bin/extract.js'), corpus.one, '--jobs', '1', '-q'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const b = performance.now() - t0;
  if (res.status !== 0) throw new Error(`extract exited ${res.status}: ${res.stderr}`);
  ref += a;
  pipe += b;
  process.stderr.write(`round ${r + 1}: compromise parse ${(a / 1000).toFixed(2)} s, pipeline --jobs 1 ${(b / 1000).toFixed(2)} s\n`);
}
console.log(
  JSON.stringify({
    documents: corpus.docs.length,
    megabytes: Number(MB.toFixed(3)),
    compromiseParseS: Number((ref / rounds / 1000).toFixed(2)),
    pipelineS: Number((pipe / rounds / 1000).toFixed(2)),
    ratio: Number((ref / pipe).toFixed(3)),
    loadavg: os.loadavg().map((x) => Number(x.toFixed(2))),
  }),
);
