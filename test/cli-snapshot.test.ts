/**
 * The start-up snapshot (issue 18; scripts/build-snapshot.mjs, src/snapshot/): bin/extract.js runs the
 * CLI from it when the build made one, and it prints the same bytes as the plain path (the ES modules,
 * NEWSGRAPH_SNAPSHOT=0) — for a folder, one worker or two, JSON Lines, standard input, --version,
 * --help and a usage error — and it is used from another folder through a symlink to the bin (npm
 * link, npx), and not from a copy of the package elsewhere. The same again with the bin run as a
 * program (`extract`: its sh part starts node on the blob itself, one process). No timings here: see
 * npm run bench.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { BIN, cli, spawnCli, type CliResult, type SpawnOptions } from './helpers/cli.js';

const META = 'dist/generated/snapshot/meta.json';
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-snapshot-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const canBuild = typeof v8.startupSnapshot?.isBuildingSnapshot === 'function' && esbuildInstalled();
function esbuildInstalled(): boolean {
  try {
    createRequire(path.resolve('package.json')).resolve('esbuild');
    return true;
  } catch {
    return false;
  }
}

/** The bin run as a program, as `extract` is (its sh part), not by node. */
function direct(args: readonly string[], opts: SpawnOptions & { bin?: string } = {}): CliResult {
  return spawnCli(opts.bin ?? BIN, args, opts);
}

const fast = (args: readonly string[], opts: { input?: string; cwd?: string } = {}): CliResult =>
  cli(args, { ...opts, env: { NEWSGRAPH_SNAPSHOT: 'require' } });
const plain = (args: readonly string[], opts: { input?: string; cwd?: string } = {}): CliResult =>
  cli(args, { ...opts, env: { NEWSGRAPH_SNAPSHOT: '0' } });

test('the build made the snapshot (Node.js 20 can, and esbuild is installed)', () => {
  expect(`${canBuild} ${fs.existsSync(META)}`).toBe(`${canBuild} ${canBuild}`);
});

const built = fs.existsSync(META);
(built ? describe : describe.skip)('from the snapshot, the same bytes as the plain path', () => {
  const news = path.resolve('fixtures/news');
  const one = path.join(news, '000_3e3b864d0be11ddf.txt');
  test.each<[string, string[], string | null]>([
    ['a folder, one worker', [news, '--jobs', '1'], null],
    ['a folder, two workers', [news, '--jobs', '2', '-q'], null],
    ['JSON Lines', [one, '-f', 'jsonl', '-q'], null],
    ['standard input', ['-', '--pretty'], fs.readFileSync(one, 'utf8')],
    ['--version', ['--version'], null],
    ['--help (not node’s)', ['--help'], null],
    ['a usage error', [one, '--jobs', 'zero'], null],
    ['no input', [], null],
  ])('%s', (_name, args, input) => {
    const a = fast(args, input !== null ? { input } : {});
    const b = plain(args, input !== null ? { input } : {});
    expect(a.stderr.replace(/ in [\d.]+ m?s\b/g, ' in T')).toBe(b.stderr.replace(/ in [\d.]+ m?s\b/g, ' in T'));
    expect(a.code).toBe(b.code);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout.length + a.stderr.length).toBeGreaterThan(0);
  });

  test('used from another folder through a symlink to the bin (npm link, npx), with a relative path', () => {
    const dir = path.join(tmp, 'elsewhere');
    fs.mkdirSync(dir);
    fs.copyFileSync(one, path.join(dir, 'article.txt'));
    const link = path.join(tmp, 'extract');
    fs.symlinkSync(BIN, link);
    const env = { ...process.env, NO_COLOR: '1' };
    const a = spawnSync(process.execPath, [link, 'article.txt'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...env, NEWSGRAPH_SNAPSHOT: 'require' },
    });
    const b = spawnSync(process.execPath, [link, 'article.txt'], { cwd: dir, encoding: 'utf8', env: { ...env, NEWSGRAPH_SNAPSHOT: '0' } });
    expect([a.status, b.status, a.stderr.split(' in ')[0]]).toEqual([0, 0, b.stderr.split(' in ')[0]]);
    expect(a.stdout).toBe(b.stdout);
    expect(JSON.parse(a.stdout).documents[0].path).toBe('article.txt');
  });

  test('not used from a copy of the package in another folder: the plain path runs there', () => {
    const copy = path.join(tmp, 'pkg');
    for (const d of ['bin', 'dist', 'rules', 'schema']) fs.cpSync(d, path.join(copy, d), { recursive: true });
    fs.copyFileSync('package.json', path.join(copy, 'package.json'));
    fs.symlinkSync(path.resolve('node_modules'), path.join(copy, 'node_modules'));
    const bin = path.join(copy, 'bin', 'extract.js');
    const env = { ...process.env, NO_COLOR: '1' };
    const required = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8', env: { ...env, NEWSGRAPH_SNAPSHOT: 'require' } });
    expect([required.status, required.stderr]).toEqual([
      3,
      expect.stringMatching(/^extract: INTERNAL the start-up snapshot cannot be used: the snapshot was made in /),
    ]);
    const auto = spawnSync(process.execPath, [bin, one, '-q'], { encoding: 'utf8', env });
    expect(auto.status).toBe(0);
    expect(auto.stdout).toBe(plain([one, '-q']).stdout);
  });

  describe('the bin run as a program (`extract`): its sh part starts node on the blob, no launcher', () => {
    const same = (a: CliResult, b: CliResult): void => {
      expect(a.stderr.replace(/ in [\d.]+ m?s\b/g, ' in T')).toBe(b.stderr.replace(/ in [\d.]+ m?s\b/g, ' in T'));
      expect(a.code).toBe(b.code);
      expect(a.stdout).toBe(b.stdout);
    };

    test('sh execs node on the blob itself, with the bin as its script', () => {
      const r = spawnSync('sh', ['-x', BIN, '--version'], { encoding: 'utf8', env: { ...process.env, NEWSGRAPH_SNAPSHOT: 'require' } });
      expect(r.status).toBe(0);
      expect(r.stderr).toMatch(/exec \S*node --no-rehash-snapshot --snapshot-blob \S+extract\.blob -- \S+bin\/extract\.js --version/);
    });

    test.each<[string, string[], string | null]>([
      ['a folder, two workers', [news, '--jobs', '2', '-q'], null],
      ['standard input', ['-', '--pretty'], fs.readFileSync(one, 'utf8')],
      ['--help (not node’s)', ['--help'], null],
      ['a usage error', [one, '--jobs', 'zero'], null],
    ])('%s: the same bytes as the plain path', (_name, args, input) => {
      const opts = input !== null ? { input } : {};
      same(direct(args, { ...opts, env: { NEWSGRAPH_SNAPSHOT: 'require' } }), plain(args, opts));
      same(direct(args, { ...opts, env: { NEWSGRAPH_SNAPSHOT: '0' } }), plain(args, opts));
    });

    test('through a symlink to the bin from another folder (npm’s node_modules/.bin), with a relative path', () => {
      const dir = path.join(tmp, 'direct-elsewhere');
      fs.mkdirSync(dir);
      fs.copyFileSync(one, path.join(dir, 'article.txt'));
      const link = path.join(tmp, 'direct-extract');
      fs.symlinkSync(BIN, link);
      const a = direct(['article.txt'], { bin: link, cwd: dir, env: { NEWSGRAPH_SNAPSHOT: 'require' } });
      expect(a.code).toBe(0);
      expect(a.stdout).toBe(plain(['article.txt'], { cwd: dir }).stdout);
    });

    test('a copy of the package in another folder: the blob sees it does not fit and runs the plain path', () => {
      const copy = path.join(tmp, 'direct-pkg');
      for (const d of ['bin', 'dist', 'rules', 'schema']) fs.cpSync(d, path.join(copy, d), { recursive: true });
      fs.copyFileSync('package.json', path.join(copy, 'package.json'));
      fs.symlinkSync(path.resolve('node_modules'), path.join(copy, 'node_modules'));
      const bin = path.join(copy, 'bin', 'extract.js');
      const required = direct(['--version'], { bin, env: { NEWSGRAPH_SNAPSHOT: 'require' } });
      expect([required.code, required.stderr]).toEqual([
        3,
        expect.stringMatching(/^extract: INTERNAL the start-up snapshot cannot be used: the snapshot was made in /),
      ]);
      same(direct([one, '-q'], { bin }), plain([one, '-q']));
      same(direct(['--version'], { bin }), plain(['--version']));
    });
  });
});
