/**
 * docs/scale-out.md's GNU parallel recipe, run as written (4 shards): `extract merge` of the parts
 * is byte-identical to one run. Needs Debian's `parallel` (.ci/run installs it); skipped without it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { BIN } from './helpers/cli.js';

const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).stdout?.includes('GNU parallel') === true;
if (!hasParallel) console.warn('scale-out.test.ts: skipped — GNU parallel is not installed (apt-get install parallel)');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-scale-out-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function sh(script: string): { code: number | null; stdout: string; stderr: string } {
  const bin = path.join(tmp, 'bin');
  const r = spawnSync('sh', ['-c', script], {
    cwd: tmp,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}` },
    maxBuffer: 1 << 28,
    timeout: 300000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

(hasParallel ? test : test.skip)('GNU parallel over 4 shards, then extract merge: the same bytes as one run', () => {
  fs.cpSync('fixtures/news', path.join(tmp, 'news'), { recursive: true });
  fs.mkdirSync(path.join(tmp, 'bin'));
  // `extract` on the PATH, as the recipe calls it
  fs.writeFileSync(path.join(tmp, 'bin', 'extract'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`, { mode: 0o755 });
  const one = sh('extract news/ --jobs 1 --out single.json');
  expect(one.code).toBe(0);
  const shards = sh(`seq 1 4 | parallel -j 4 'extract news/ --shard {}/4 --jobs 1 --format jsonl --out part-{}.jsonl'`);
  // each shard prints its end-of-run summary (issue 19 point 7); no error or warning line
  expect(shards.stderr).not.toMatch(/^extract:/m);
  expect(shards.code).toBe(0);
  const parts = fs.readdirSync(tmp).filter((f) => /^part-\d\.jsonl$/.test(f));
  expect(parts).toHaveLength(4);
  const merged = sh('extract merge part-*.jsonl --out graph.json');
  expect(merged.code).toBe(0);
  expect(fs.readFileSync(path.join(tmp, 'graph.json'), 'utf8')).toBe(fs.readFileSync(path.join(tmp, 'single.json'), 'utf8'));
});
