/**
 * Ctrl-C and the progress bar in a real terminal (issue 19 point 7, issue 20 point 9): the built binary runs under a
 * pseudo-terminal made by util-linux's `script`, and Ctrl-C is typed into it (the terminal turns
 * the byte 0x03 into SIGINT for the foreground process, as a shell would). Skipped, with the reason,
 * where `script` or a pseudo-terminal is not available.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BIN } from './helpers/cli.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-tty-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const GOOD = 'fixtures/news/000_3e3b864d0be11ddf.txt';
const CTRL_C = '\u0003';

/** Why a terminal cannot be had here, or '' when `script` runs a command under one. */
function noTerminal(): string {
  const r = spawnSync('script', ['-q', '-e', '-c', 'test -t 2', '/dev/null'], { encoding: 'utf8', timeout: 20000 });
  if (r.error) return `no util-linux script (${r.error.message})`;
  if (r.status !== 0) return `script gives no terminal here (${(r.stderr || `exit ${r.status}`).trim()})`;
  return '';
}
const reason = noTerminal();
const ttyTest = reason ? test.skip : test;
if (reason) console.warn(`skipped: Ctrl-C in a terminal: ${reason}`);

const shellQuote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

interface TtyRun {
  readonly code: number | null;
  /** everything the terminal showed (stdout and stderr of the command share it) */
  readonly screen: string;
}

/** Run the binary under a terminal; type Ctrl-C once `ready(screen)` holds; wait for the end. */
function runInTerminal(args: readonly string[], ready: (screen: string) => boolean): Promise<TtyRun> {
  const cmd = `exec ${[process.execPath, BIN, ...args].map(shellQuote).join(' ')}`;
  const child = spawn('script', ['-q', '-e', '-f', '-c', cmd, '/dev/null'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, TERM: 'xterm', NO_COLOR: '1' },
  });
  let screen = '';
  let typed = false;
  const check = (): void => {
    if (typed || !ready(screen)) return;
    typed = true;
    child.stdin.write(CTRL_C);
  };
  child.stdout.on('data', (d: Buffer) => {
    screen += d.toString();
    check();
  });
  const poll = setInterval(check, 100);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearInterval(poll);
      resolve({ code, screen });
    });
  });
}

function manyArticles(name: string, n: number): string {
  const dir = path.join(tmp, name);
  fs.mkdirSync(dir);
  const text = fs.readFileSync(GOOD);
  for (let i = 0; i < n; i++) fs.writeFileSync(path.join(dir, `a${String(i).padStart(3, '0')}.txt`), text);
  return dir;
}

ttyTest(
  'Ctrl-C with the progress bar shown: exit 130, the bar line cleared, the cursor shown again, no output or temp file left',
  async () => {
    const dir = manyArticles('many', 120);
    const outDir = path.join(tmp, 'out');
    fs.mkdirSync(outDir);
    // Ctrl-C once the bar has moved past its first document
    const r = await runInTerminal([dir, '--jobs', '1', '--out', path.join(outDir, 'graph.json')], (s) =>
      /extracting .* [2-9]\d*\/120 /.test(s),
    );
    expect(r.code).toBe(130);
    const lastBar = r.screen.lastIndexOf('extracting ');
    expect(lastBar).toBeGreaterThanOrEqual(0);
    const after = r.screen.slice(lastBar);
    expect(after).toContain('\u001b[2K'); // the bar's line erased
    expect(after.endsWith('\u001b[?25h')).toBe(true); // and the cursor shown again, last of all
    expect(r.screen).not.toMatch(/\n\s+at /);
    expect(fs.readdirSync(outDir)).toEqual([]);
    // a long run shows a percentage and the time left, and the end of each file name
    expect(r.screen).toMatch(/extracting \S+ \d+\/120 \d+% ETA \S+ …\S*a\d{3}\.txt/);
  },
  180000,
);

ttyTest(
  'Ctrl-C while -f jsonl --out is being written: exit 130 and neither the file nor its temp file is left',
  async () => {
    const dir = manyArticles('many-jsonl', 120);
    const outDir = path.join(tmp, 'out-jsonl');
    fs.mkdirSync(outDir);
    // Ctrl-C once the temp file exists, i.e. mid-stream
    const r = await runInTerminal(
      [dir, '--jobs', '1', '-f', 'jsonl', '--out', path.join(outDir, 'graph.jsonl')],
      () => fs.readdirSync(outDir).length > 0,
    );
    expect(r.code).toBe(130);
    expect(r.screen).not.toMatch(/\n\s+at /);
    expect(fs.readdirSync(outDir)).toEqual([]);
  },
  180000,
);
