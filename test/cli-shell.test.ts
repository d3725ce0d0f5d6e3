/** Issue 19: the CLI in a shell, a pipe and a CI job. Each test spawns the built binary. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { extractText, RunError, type Graph } from '../src/index.js';
import { cli } from './helpers/cli.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-shell-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const ONE = 'fixtures/news/000_3e3b864d0be11ddf.txt';
const STORY = 'Danish Prime Minister Ada Morrow met Keld Varno in Oslo on Friday.\n';
const lines = (s: string): string[] => s.trim().split('\n');

function emptyGraph(): string {
  const g = JSON.parse(cli(['-', '-q'], { input: 'Nothing here.\n' }).stdout) as Graph;
  const file = path.join(tmp, 'empty.json');
  fs.writeFileSync(file, JSON.stringify({ ...g, documents: [], nodes: [], edges: [] }));
  return file;
}

describe('1. eval as a CI gate', () => {
  test('a --pred graph with none of the gold documents is an error (exit 2, one line)', () => {
    const r = cli(['eval', '--gold', 'fixtures/news', '--pred', emptyGraph(), '--min', 'relations=0.9']);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/^extract: NO_INPUT .*none of the \d+ gold document/);
  });
  test('a gold document missing from --pred counts all its items as misses', () => {
    const pred = path.join(tmp, 'one.json');
    fs.writeFileSync(pred, cli([ONE, '-q']).stdout);
    const r = cli(['eval', '--gold', 'fixtures/news', '--pred', pred, '--json']);
    const res = JSON.parse(r.stdout) as { areas: Record<string, { r: number; fn: number }> };
    for (const a of ['leader', 'meeting', 'relations', 'date']) expect(res.areas[a]!.fn).toBeGreaterThan(0);
    expect(res.areas.relations!.r).toBeLessThan(0.5);
    expect(cli(['eval', '--gold', 'fixtures/news', '--pred', pred, '--min', 'relations=0.9']).code).toBe(1);
  });
});

describe('2. commands', () => {
  test('a mistyped command is an error with a suggestion, not an extraction', () => {
    const r = cli(['dif', 'a.json', 'b.json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("extract: USAGE unknown command 'dif' (did you mean diff?)\n");
  });
  test('extract help [command] prints help on stdout', () => {
    const r = cli(['help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Usage: extract/);
    const e = cli(['help', 'eval']);
    expect(e.code).toBe(0);
    expect(e.stdout).toMatch(/Usage: extract eval/);
  });
});

test('3. merge -f neo4j --out DIR writes the CSV folder', () => {
  const part = path.join(tmp, 'part.jsonl');
  fs.writeFileSync(part, cli([ONE, '-f', 'jsonl', '-q']).stdout);
  const out = path.join(tmp, 'neo');
  const r = cli(['merge', part, '-f', 'neo4j', '--out', out]);
  expect(r.stderr).not.toMatch(/INTERNAL/);
  expect(r.code).toBe(0);
  expect(fs.readdirSync(out).sort()).toEqual(['nodes.csv', 'relationships.csv']);
  expect(cli(['merge', part, '-f', 'neo4j']).code).toBe(2);
});

test('4. --help and --version go to stdout', () => {
  const v = cli(['--version']);
  expect(v.code).toBe(0);
  expect(v.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  expect(v.stderr).toBe('');
  const h = cli(['--help']);
  expect(h.stdout).toMatch(/Examples:/);
  expect(h.stderr).toBe('');
  expect(cli(['eval', '--help']).stdout).toMatch(/Usage: extract eval/);
});

test('5. when no input at all can be read: exit 2, one line, nothing on stdout', () => {
  const r = cli([path.join(tmp, 'nonexistent') + '/']);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(lines(r.stderr)).toHaveLength(1);
  expect(r.stderr).toMatch(/^extract: NO_INPUT no input could be read: .*nonexistent/);
});

describe('6. dates', () => {
  test('the library: a malformed docDate is BAD_DATE (exit 2), not OUTPUT_INVALID', () => {
    let err: unknown;
    try {
      extractText('Ada Morrow met Keld Varno.', { docDate: '2024/03/06' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(RunError);
    expect((err as RunError).code).toBe('BAD_DATE');
    expect((err as RunError).exitCode).toBe(2);
  });
  test('--doc-date 2019-02-30 is "not a real date"', () => {
    const r = cli([ONE, '--doc-date', '2019-02-30']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('extract: BAD_DATE --doc-date "2019-02-30" is not a real date (February 2019 has 28 days)\n');
  });
});

describe('8. standard input', () => {
  test('- next to other paths is read too', () => {
    const r = cli(['-', ONE, '-q', '--doc-date', '2024-03-06'], { input: STORY });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Graph).documents.map((d) => d.path)).toEqual(['-', ONE]);
  });
  test('- - reads standard input once, with a warning', () => {
    const r = cli(['-', '-'], { input: STORY });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Graph).documents).toHaveLength(1);
    expect(r.stderr).toMatch(/- is given 2 times/);
  });
  const page =
    '<!DOCTYPE html><html><head><title>Morrow in Oslo</title></head><body><p>Danish Prime Minister Ada Morrow met Keld Varno.</p></body></html>';
  test('HTML on standard input is recognised', () => {
    const d = (JSON.parse(cli(['-', '-q'], { input: page }).stdout) as Graph).documents[0]!;
    expect(d.textFrom).toBe('html');
    expect(d.title).toBe('Morrow in Oslo');
  });
  test('--stdin-type txt|html|jsonl says how standard input is read', () => {
    expect((JSON.parse(cli(['-', '-q', '--stdin-type', 'txt'], { input: page }).stdout) as Graph).documents[0]!.textFrom).toBeUndefined();
    const md = cli(['-', '-q', '--stdin-type', 'html', ONE], { input: page });
    expect((JSON.parse(md.stdout) as Graph).documents.find((d) => d.path === '-')!.textFrom).toBe('html');
    const jl = cli(['-', '-q', '--stdin-type', 'jsonl'], { input: `${JSON.stringify({ id: 'a', text: STORY })}\n` });
    expect((JSON.parse(jl.stdout) as Graph).documents).toHaveLength(1);
    expect(cli([ONE, '--stdin-type', 'html']).code).toBe(2);
  });
});

test('9. --out into a missing folder fails before any work, naming the folder', () => {
  const out = path.join(tmp, 'no-such-dir', 'g.json');
  const r = cli([ONE, '--out', out]);
  expect(r.code).toBe(2);
  expect(r.stderr).toBe(`extract: USAGE --out ${out}: the folder ${path.dirname(out)} does not exist (create it first)\n`);
  expect(r.stderr).not.toMatch(/\.tmp/);
});

describe('10. error lines', () => {
  const bad = path.join(tmp, 'bad.json');
  beforeAll(() => fs.writeFileSync(bad, 'not\njson\nat all')); // Node quotes the text, newlines included
  test.each([
    ['diff', () => ['diff', bad, bad]],
    ['render', () => ['render', bad]],
    ['merge', () => ['merge', bad]],
    ['eval', () => ['eval', '--gold', 'fixtures/news', '--pred', bad]],
  ])('%s: a JSON parse error is one line', (_name, args) => {
    const r = cli(args());
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toMatch(/^extract: USAGE .*bad\.json/);
  });
  test('a folder of gold files reports every bad one', () => {
    const dir = path.join(tmp, 'golds');
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, 'a.gold.json'), '{');
    fs.writeFileSync(path.join(dir, 'b.gold.json'), '{"doc": 1}');
    const r = cli(['eval', '--gold', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/GOLD_INVALID .*a\.gold\.json/);
    expect(r.stderr).toMatch(/GOLD_INVALID .*b\.gold\.json/);
    for (const l of lines(r.stderr)) expect(l).toMatch(/^extract: GOLD_INVALID /);
  });
  test("commander's own errors use the same prefix", () => {
    const r = cli(['--no-such-flag']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("extract: USAGE unknown option '--no-such-flag'\n");
    expect(cli(['diff', 'only-one.json']).stderr).toMatch(/^extract: USAGE missing required argument/);
  });
});

test('11. --manifest rows that match no input are warned about, with the count and the first', () => {
  const dir = path.join(tmp, 'man');
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'a.txt'), STORY);
  fs.writeFileSync(path.join(dir, 'm.csv'), 'path,date\na.txt,2020-01-02\nb.txt,2020-01-03\nc.txt,2020-01-04\n');
  for (const format of ['json', 'jsonl']) {
    const r = cli([dir, '--manifest', path.join(dir, 'm.csv'), '-f', format]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`extract: --manifest: 2 row(s) match no input (first: ${path.join(dir, 'b.txt')})`);
  }
});

test('12. document titles: the headline, not a dateline, YAML quotes or a section kicker', () => {
  const dir = path.join(tmp, 'titles');
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'a-dateline.txt'), `Posted on : 2023-04-05\nAda Morrow wins the vote in Oslo\n${STORY}`);
  fs.writeFileSync(path.join(dir, 'b-yaml.txt'), `title: "Morrow&#x27;s visit to Oslo"\ndate: 2024-03-01\n\n${STORY}`);
  fs.writeFileSync(path.join(dir, 'c-kicker-line.txt'), `WORLD | Leaders meet in Oslo\n${STORY}`);
  fs.writeFileSync(path.join(dir, 'd-kicker-colon.txt'), `POLITICS\nEXCLUSIVE: Ada Morrow plans a visit to Oslo\n${STORY}`);
  fs.writeFileSync(path.join(dir, 'e-kicker-dash.txt'), `Politics — Ada Morrow wins the vote in Oslo\n${STORY}`);
  const r = cli([dir, '-q']);
  expect(r.code).toBe(0);
  const g = JSON.parse(r.stdout) as Graph;
  expect(g.documents.map((d) => [path.basename(d.path), d.title])).toEqual([
    ['a-dateline.txt', 'Ada Morrow wins the vote in Oslo'],
    ['b-yaml.txt', "Morrow's visit to Oslo"],
    ['c-kicker-line.txt', 'Leaders meet in Oslo'],
    ['d-kicker-colon.txt', 'Ada Morrow plans a visit to Oslo'],
    ['e-kicker-dash.txt', 'Ada Morrow wins the vote in Oslo'],
  ]);
});

describe('17. what users of eslint, ripgrep and spaCy expect', () => {
  test('--color / --no-color', () => {
    const bad = ['--no-such-flag'];
    expect(cli([...bad, '--color']).stderr).toContain('\u001b[');
    expect(cli([...bad, '--no-color'], { env: { FORCE_COLOR: '1' } }).stderr).not.toContain('\u001b[');
  });
  test('--log-format json: one JSON object per error line', () => {
    const r = cli([ONE, path.join(tmp, 'nope.txt'), '--log-format', 'json']);
    expect(r.code).toBe(1);
    const recs = lines(r.stderr).map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(recs).toEqual([
      { level: 'error', code: 'NOT_FOUND', message: expect.stringContaining('nope.txt'), path: path.join(tmp, 'nope.txt') },
    ]);
    const u = cli(['--bogus', '--log-format=json']);
    expect(JSON.parse(u.stderr)).toEqual({ level: 'error', code: 'USAGE', message: "unknown option '--bogus'" });
  });
  test('--list-files and --dry-run show what would be read, and read nothing', () => {
    const r = cli(['fixtures/news', '--list-files']);
    expect(r.code).toBe(0);
    const want = fs
      .readdirSync('fixtures/news')
      .filter((f) => /\.(txt|md|html|jsonl)$/.test(f))
      .map((f) => `fixtures/news/${f}`)
      .sort();
    expect(lines(r.stdout)).toEqual(want);
    expect(cli(['fixtures/news', '--list-files', '-0']).stdout.split('\0').filter(Boolean)).toEqual(want);
    const d = cli(['fixtures/news', '--dry-run']);
    expect(d.code).toBe(0);
    expect(d.stdout).toBe('');
    expect(d.stderr).toMatch(new RegExp(`dry run: ${want.length} input\\(s\\) would be read`));
  });
  test('--files-from FILE -0 reads NUL-separated paths (names with newlines too)', () => {
    const odd = path.join(tmp, 'new\nline.txt');
    fs.writeFileSync(odd, STORY);
    const list = path.join(tmp, 'list0');
    fs.writeFileSync(list, `${ONE}\0${odd}\0`);
    const r = cli(['--files-from', list, '-0', '-q']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Graph).documents.map((d) => d.path).sort()).toEqual([ONE, odd].sort());
    const piped = cli(['--files-from', '-', '--null', '--list-files'], { input: `${ONE}\0` });
    expect(piped.stdout).toBe(`${ONE}\0`); // -0 separates --list-files' output too
  });
  test.each(['bash', 'zsh'])('extract completion %s prints a script that knows the commands', (shell) => {
    const r = cli(['completion', shell]);
    expect(r.code).toBe(0);
    for (const w of ['eval', 'diff', 'merge', '--format', '--log-format']) expect(r.stdout).toContain(w);
    if (shell === 'bash') {
      const script = `${r.stdout}\nCOMP_WORDS=(extract ev); COMP_CWORD=1; _extract_complete; echo "\${COMPREPLY[@]}"\nCOMP_WORDS=(extract rules ""); COMP_CWORD=2; _extract_complete; echo "\${COMPREPLY[@]}"`;
      const b = spawnSync('bash', ['-c', script], { encoding: 'utf8', cwd: tmp });
      expect(b.status).toBe(0);
      expect(b.stdout.split('\n')[0]).toBe('eval');
      expect(b.stdout.split('\n')[1]).toMatch(/\blist\b.*\btest\b/);
    }
    expect(cli(['completion', 'fish']).code).toBe(2);
  });
});
