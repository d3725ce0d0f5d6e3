/** A malformed cache entry is a miss (recomputed, overwritten, reported by --stats); an unwritable cache is one warning (issue 20 point 7). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli } from './helpers/cli.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-cli-cache-'));
afterAll(() => {
  fs.chmodSync(tmp, 0o755);
  fs.rmSync(tmp, { recursive: true, force: true });
});
const GOOD = 'fixtures/news/000_3e3b864d0be11ddf.txt';

function entries(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.json'))
    .map((f) => path.join(dir, f));
}

test.each([['{"foo":1}'], ['{"doc":{"path":"x"},"entities":"not a list"}'], ['']])(
  'the cache entry %j is recomputed and overwritten: same graph, exit 0, --stats says so',
  (bad) => {
    const dir = fs.mkdtempSync(path.join(tmp, 'c-'));
    const first = cli([GOOD, '--cache', dir, '-q']);
    expect(first.code).toBe(0);
    const [entry] = entries(dir);
    fs.writeFileSync(entry!, bad);
    const r = cli([GOOD, '--cache', dir, '--stats']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(first.stdout);
    expect(r.stderr).toContain('cache: 0 hits, 1 misses, 1 corrupt entry recomputed');
    const again = cli([GOOD, '--cache', dir, '--stats']);
    expect(again.stdout).toBe(first.stdout);
    expect(again.stderr).toContain('cache: 1 hits, 0 misses\n');
  },
);

test('a cache path that cannot be written gives one warning line and the run goes on', () => {
  const notDir = path.join(tmp, 'not-a-dir');
  fs.writeFileSync(notDir, 'x');
  const r = cli([GOOD, '--cache', notDir]);
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout)).toHaveProperty('documents');
  const warnings = r.stderr.split('\n').filter((l) => l.includes('cache:'));
  expect(warnings).toEqual([`extract: cache: cannot write to ${notDir} (ENOTDIR); results are not cached`]);
});

const root = process.getuid?.() === 0;
(root ? test.skip : test)('a read-only cache folder gives one warning line (skipped as root, who can write anyway)', () => {
  const dir = path.join(tmp, 'ro');
  fs.mkdirSync(dir);
  fs.chmodSync(dir, 0o555);
  const r = cli([GOOD, '--cache', dir]);
  fs.chmodSync(dir, 0o755);
  expect(r.code).toBe(0);
  expect(r.stderr.split('\n').filter((l) => l.includes('cache:'))).toEqual([
    `extract: cache: cannot write to ${dir} (EACCES); results are not cached`,
  ]);
});
