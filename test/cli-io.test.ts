/** Issue 20: full disks, broken stdout, devices and FIFOs, slow stdin, signals, terminal escapes. */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BIN, cli } from './helpers/cli.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-io-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const GOOD = 'fixtures/news/000_3e3b864d0be11ddf.txt';
const NEWS = fs
  .readdirSync('fixtures/news')
  .filter((f) => f.endsWith('.txt'))
  .map((f) => path.join('fixtures/news', f));

/** A graph of all the fixture articles, saved once: `render` of it is fast. */
let graphFile = '';
beforeAll(() => {
  graphFile = path.join(tmp, 'all.json');
  expect(cli([...NEWS, '-q', '--out', graphFile]).code).toBe(0);
});

function leftovers(dir: string): string[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'));
}

describe('a full disk (a small tmpfs)', () => {
  const mnt = path.join(tmp, 'mnt');
  let mounted = false;
  let reason = '';
  beforeAll(() => {
    fs.mkdirSync(mnt);
    const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mnt], { encoding: 'utf8' });
    mounted = r.status === 0;
    reason = r.error ? r.error.message : r.stderr;
  });
  afterAll(() => {
    if (mounted) spawnSync('umount', [mnt]);
  });

  test('every format: the old file stays, no temp file, one line `cannot write FILE: ENOSPC`, exit 2', () => {
    if (!mounted) {
      console.warn(`skipped: cannot mount a tmpfs here (${reason.trim()})`);
      return;
    }
    const out = path.join(mnt, 'g.out');
    expect(cli([GOOD, '-q', '--out', out]).code).toBe(0);
    const neo = path.join(mnt, 'neo');
    expect(cli([GOOD, '-q', '-f', 'neo4j', '--out', neo]).code).toBe(0);
    const before = fs.readFileSync(out);
    const neoBefore = fs.readdirSync(neo).map((f) => fs.readFileSync(path.join(neo, f), 'utf8'));
    // leave a little room: a short write, then ENOSPC
    const st = fs.statfsSync(mnt);
    fs.writeFileSync(path.join(mnt, 'fill'), Buffer.alloc(st.bavail * st.bsize - 24 * 1024));
    const line = `extract: WRITE_FAILED cannot write ${out}: ENOSPC\n`;
    for (const f of ['json', 'html', 'dot', 'graphml']) {
      const r = cli(['render', graphFile, '-q', '-f', f, '--out', out]);
      expect([f, r.code, r.stderr]).toEqual([f, 2, line]);
      expect(fs.readFileSync(out).equals(before)).toBe(true);
      expect(leftovers(mnt)).toEqual([]);
    }
    const j = cli([...NEWS.slice(0, 6), '-q', '-f', 'jsonl', '--out', out]);
    expect([j.code, j.stderr]).toEqual([2, line]);
    expect(fs.readFileSync(out).equals(before)).toBe(true);
    const n = cli(['render', graphFile, '-q', '-f', 'neo4j', '--out', neo]);
    expect(n.code).toBe(2);
    expect(n.stderr).toMatch(/^extract: WRITE_FAILED cannot write .*neo\/\w+\.csv: ENOSPC\n$/);
    expect(fs.readdirSync(neo).map((f) => fs.readFileSync(path.join(neo, f), 'utf8'))).toEqual(neoBefore);
    expect(leftovers(mnt)).toEqual([]);
    expect(leftovers(neo)).toEqual([]);
  });
});

describe('stdout', () => {
  function toDevFull(args: readonly string[]): { code: number | null; stderr: string } {
    const fd = fs.openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [BIN, ...args], {
        stdio: ['ignore', fd, 'pipe'],
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      });
      return { code: r.status, stderr: r.stderr };
    } finally {
      fs.closeSync(fd);
    }
  }

  (fs.existsSync('/dev/full') ? test : test.skip)('> /dev/full is one line and exit 2 (json and jsonl)', () => {
    expect(toDevFull(['render', graphFile, '-f', 'json'])).toEqual({
      code: 2,
      stderr: 'extract: WRITE_FAILED cannot write stdout: ENOSPC\n',
    });
    expect(toDevFull([GOOD, '-q', '-f', 'jsonl'])).toEqual({ code: 2, stderr: 'extract: WRITE_FAILED cannot write stdout: ENOSPC\n' });
  });

  test('jsonl to a slow reader: no MaxListenersExceededWarning', async () => {
    const child = spawn(process.execPath, [BIN, ...NEWS, '-q', '-f', 'jsonl', '--jobs', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let bytes = 0;
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.pause();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    child.stdout.on('data', (d: Buffer) => (bytes += d.length));
    child.stdout.resume(); // after an explicit pause(), a 'data' listener alone does not resume the stream
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(bytes).toBeGreaterThan(0);
  }, 240000); // all 22 bundled articles with one worker: minutes on a loaded 2-core machine

  test('jsonl into a closed pipe (| head) ends quietly with exit 0', async () => {
    const child = spawn(process.execPath, [BIN, ...NEWS, '-f', 'jsonl', '--jobs', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    await new Promise<Buffer>((resolve) => child.stdout.once('data', resolve));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/INTERNAL|EPIPE/);
    expect(code).toBe(0);
  });
});

describe('devices, FIFOs and standard input respect --max-file-size', () => {
  test('a FIFO or a device named as a path is UNREADABLE "not a regular file", at once', () => {
    const fifo = path.join(tmp, 'pipe.txt');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const r = cli([fifo, '/dev/zero', GOOD, '-q']);
    expect(r.code).toBe(1);
    const g = JSON.parse(r.stdout) as { documents: unknown[]; errors: { path: string; code: string; message: string }[] };
    expect(g.documents).toHaveLength(1);
    expect(g.errors.map((e) => [e.path, e.code])).toEqual([
      ['/dev/zero', 'UNREADABLE'],
      [fifo, 'UNREADABLE'],
    ]);
    for (const e of g.errors) expect(e.message).toContain('not a regular file');
    const j = cli([fifo, '-q', '-f', 'jsonl']);
    expect(j.code).toBe(1);
    expect(j.stdout).toContain('not a regular file');
  });

  test('standard input past the limit is TOO_LARGE (json and jsonl), like a file', () => {
    const big = `${'Word '.repeat(1000)}\n`.repeat(300); // 1.5 MB
    const r = cli(['-', '--max-file-size', '1MB', '-q'], { input: big });
    expect(r.code).toBe(1);
    const g = JSON.parse(r.stdout) as { documents: unknown[]; errors: { path: string; code: string }[] };
    expect(g.documents).toEqual([]);
    expect(g.errors).toEqual([expect.objectContaining({ path: '-', code: 'TOO_LARGE' })]);
    const j = cli(['-', '--max-file-size', '1MB', '-q', '-f', 'jsonl'], { input: big });
    expect(j.code).toBe(1);
    expect(j.stdout).toContain('"code":"TOO_LARGE"');
    const f = path.join(tmp, 'big.txt');
    fs.writeFileSync(f, big);
    expect(JSON.parse(cli([f, '--max-file-size', '1MB', '-q']).stdout).errors[0].code).toBe('TOO_LARGE');
  });

  test('a slow writer on standard input: (sleep 1; cat a.txt) | extract -', () => {
    const r = spawnSync('sh', ['-c', `(sleep 1; cat ${GOOD}) | "${process.execPath}" "${BIN}" - -q`], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { documents: unknown[] }).documents).toHaveLength(1);
    const j = spawnSync('sh', ['-c', `(sleep 1; cat ${GOOD}) | "${process.execPath}" "${BIN}" - -q -f jsonl`], { encoding: 'utf8' });
    expect(j.status).toBe(0);
    expect(j.stdout.split('\n').filter((l) => l.includes('"type":"document"'))).toHaveLength(1);
  });
});

describe('signals and bad --out', () => {
  test('SIGTERM during -f jsonl --out leaves no temp file and no output file', async () => {
    const dir = path.join(tmp, 'many');
    fs.mkdirSync(dir);
    const text = fs.readFileSync(GOOD);
    for (let i = 0; i < 100; i++) fs.writeFileSync(path.join(dir, `a${i}.txt`), text);
    const outDir = path.join(tmp, 'sig');
    fs.mkdirSync(outDir);
    const out = path.join(outDir, 'out.jsonl');
    const child = spawn(process.execPath, [BIN, dir, '-q', '-f', 'jsonl', '--jobs', '1', '--out', out], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    for (let i = 0; i < 200 && leftovers(outDir).length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(leftovers(outDir)).toHaveLength(1); // the run had started writing
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(143);
    expect(stderr).toBe('');
    expect(fs.readdirSync(outDir)).toEqual([]);
  });

  // checked before any work (issue 19 point 9), so the message is the preflight's USAGE line
  test('-f jsonl --out <an existing folder> is one line and exit 2, as for json', () => {
    const dir = path.join(tmp, 'a-folder');
    fs.mkdirSync(dir);
    for (const f of ['jsonl', 'json']) {
      const r = cli([GOOD, '-q', '-f', f, '--out', dir]);
      expect([f, r.code, r.stderr]).toEqual([f, 2, `extract: USAGE --out ${dir} is a folder: give a file name\n`]);
    }
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(leftovers(tmp)).toEqual([]);
  });
});

test('control characters in file names are escaped on stderr', () => {
  const dir = path.join(tmp, 'esc');
  fs.mkdirSync(dir);
  const name = 'b\u001b]0;title\u0007\u001b[2J\u009b31m\nforged.txt';
  fs.writeFileSync(path.join(dir, name), Buffer.from([0xff, 0xfe, 0x00]));
  const r = cli([dir]);
  expect(r.code).toBe(1);
  expect(r.stderr).toContain('b\\x1b]0;title\\x07\\x1b[2J\\u009b31m\\x0aforged.txt');
  // eslint-disable-next-line no-control-regex
  expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  expect(r.stderr.split('\n').filter((l) => l.startsWith('extract:'))).toHaveLength(1);
});

test('render -f neo4j --csv-safe defuses formula cells of someone else’s graph', () => {
  const g = JSON.parse(fs.readFileSync(graphFile, 'utf8')) as { nodes: { label: string }[] };
  g.nodes[0]!.label = '=cmd|" /C calc"!A0';
  const hostile = path.join(tmp, 'hostile.json');
  fs.writeFileSync(hostile, JSON.stringify(g));
  const plain = path.join(tmp, 'csv-plain');
  const safe = path.join(tmp, 'csv-safe');
  expect(cli(['render', hostile, '-q', '-f', 'neo4j', '--out', plain]).code).toBe(0);
  expect(cli(['render', hostile, '-q', '-f', 'neo4j', '--csv-safe', '--out', safe]).code).toBe(0);
  expect(fs.readFileSync(path.join(plain, 'nodes.csv'), 'utf8')).toContain(',"=cmd|"" /C calc""!A0",');
  expect(fs.readFileSync(path.join(safe, 'nodes.csv'), 'utf8')).toContain(`,"'=cmd|"" /C calc""!A0",`);
});

test('in a folder: dangling links, link loops and FIFOs are errors; a directory link to outside is not followed', () => {
  const root = path.join(tmp, 'links', 'root');
  const outside = path.join(tmp, 'links', 'outside');
  fs.mkdirSync(path.join(root, 'sub'), { recursive: true });
  fs.mkdirSync(outside);
  fs.copyFileSync(GOOD, path.join(root, 'a.txt'));
  fs.copyFileSync(GOOD, path.join(outside, 'secret.txt'));
  fs.symlinkSync('../nowhere.txt', path.join(root, 'dangling.txt'));
  fs.symlinkSync('self.txt', path.join(root, 'self.txt'));
  expect(spawnSync('mkfifo', [path.join(root, 'fifo.txt')]).status).toBe(0);
  fs.symlinkSync('../../outside', path.join(root, 'sub', 'up'));
  fs.symlinkSync('..', path.join(root, 'sub', 'loop'));
  const r = cli([root, '-q']);
  expect(r.code).toBe(1);
  const g = JSON.parse(r.stdout) as { documents: { path: string }[]; errors: { path: string; code: string; message: string }[] };
  expect(g.documents.map((d) => d.path)).toEqual([path.join(root, 'a.txt')]);
  const errs = Object.fromEntries(g.errors.map((e) => [path.relative(root, e.path), e.message.slice(e.path.length + 2)]));
  expect(errs).toEqual({
    'dangling.txt': expect.stringMatching(/dangling link/),
    'self.txt': expect.stringMatching(/link loop/),
    'fifo.txt': expect.stringMatching(/not a regular file/),
    'sub/up': expect.stringMatching(/outside the input folders, not followed/),
    'sub/loop': expect.stringMatching(/loop .*not followed/),
  });
  for (const e of g.errors) expect(e.code).toBe('UNREADABLE');
  expect(r.stdout).not.toContain('secret');
});
