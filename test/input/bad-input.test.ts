/**
 * The bad-input suite (issue 10): each hostile input gets a stable error code or is processed
 * correctly; the other inputs are still processed; exit 1 when any input failed.
 * Small cases live in fixtures/bad/*.case; large, binary and oddly named ones are made here.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { validateGraph, type Graph } from '../../src/index.js';
import { cli } from '../helpers/cli.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-bad-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const GOOD = 'fixtures/news/000_3e3b864d0be11ddf.txt';
const BAD = 'fixtures/bad';

function write(name: string, data: string | Buffer): string {
  const p = path.join(tmp, name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, data);
  return p;
}

interface Run {
  readonly code: number | null;
  readonly graph: Graph;
  readonly stderr: string;
}

function run(args: readonly string[]): Run {
  const r = cli(args);
  const graph = JSON.parse(r.stdout) as Graph;
  expect(validateGraph(graph)).toEqual([]);
  return { code: r.code, graph, stderr: r.stderr };
}

/** The input fails with `code` (one entry naming it), the good file is still processed, exit 1. */
function expectFailure(bad: string, code: string, extra: readonly string[] = []): Run {
  const r = run([GOOD, bad, ...extra]);
  expect(r.graph.errors.map((e) => e.code)).toEqual([code]);
  expect(r.graph.errors[0]!.message).toContain(path.basename(bad).split('\n')[0]);
  expect(r.graph.documents.map((d) => d.path)).toEqual([GOOD]);
  expect(r.code).toBe(1);
  expect(r.stderr).toContain(`extract: ${code} `);
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  return r;
}

/** The input is processed: one document, every mention slices exactly to its text, exit 0. */
function expectProcessed(file: string, text: string, extra: readonly string[] = []): Graph {
  const r = run([file, ...extra]);
  expect(r.graph.errors).toEqual([]);
  expect(r.code).toBe(0);
  expect(r.graph.documents).toHaveLength(1);
  expect(r.graph.documents[0]!.chars).toBe(Array.from(text).length);
  const cps = Array.from(text);
  for (const n of r.graph.nodes) for (const m of n.mentions) expect(cps.slice(m.start, m.end).join('')).toBe(m.text);
  for (const e of r.graph.edges) for (const m of e.evidence) expect(cps.slice(m.start, m.end).join('')).toBe(m.text);
  return r.graph;
}

test('an image (binary) is NOT_TEXT', () => {
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.alloc(4000, 7)]);
  expectFailure(write('photo.png', png), 'NOT_TEXT');
});

test('invalid UTF-8 is DECODE_ERROR', () => {
  expectFailure(`${BAD}/invalid-utf8.case`, 'DECODE_ERROR');
});

test('NUL bytes are NOT_TEXT', () => {
  expectFailure(`${BAD}/nul-bytes.case`, 'NOT_TEXT');
});

test('UTF-16 with a BOM is decoded', () => {
  const text = new TextDecoder('utf-16le').decode(fs.readFileSync(`${BAD}/utf16le-bom.case`).subarray(2));
  const g = expectProcessed(`${BAD}/utf16le-bom.case`, text);
  expect(g.nodes.some((n) => n.type === 'person')).toBe(true);
});

test('an empty file and a whitespace-only file are processed (no entities)', () => {
  expect(expectProcessed(write('empty.txt', ''), '').nodes).toEqual([]);
  expect(expectProcessed(write('blank.txt', ' \n\t\r\n  \n'), ' \n\t\r\n  \n').nodes).toEqual([]);
});

test('CRLF and lone-CR line endings: offsets stay exact', () => {
  for (const f of ['crlf.case', 'lone-cr.case']) {
    const text = fs.readFileSync(`${BAD}/${f}`, 'utf8');
    const g = expectProcessed(`${BAD}/${f}`, text);
    expect(g.nodes.some((n) => n.type === 'person')).toBe(true);
  }
});

test('a page of only furniture gives no entities', () => {
  const text = fs.readFileSync(`${BAD}/furniture-only.case`, 'utf8');
  expect(expectProcessed(`${BAD}/furniture-only.case`, text).nodes).toEqual([]);
});

test('a 1 MB line with no spaces is processed', () => {
  const text = 'x'.repeat(1 << 20);
  expectProcessed(write('one-line.txt', text), text);
});

test('a 65 MB file is TOO_LARGE under the default --max-file-size (64MB), without reading it', () => {
  const big = path.join(tmp, 'big.txt');
  const fd = fs.openSync(big, 'w');
  fs.writeSync(fd, Buffer.from('Keld Varno met Ada Morrow.\n'.repeat(40000)));
  fs.closeSync(fd);
  fs.truncateSync(big, 65 * 1024 * 1024); // the rest is a hole: the size is what is tested
  const r = expectFailure(big, 'TOO_LARGE');
  expect(r.graph.errors[0]!.message).toMatch(/more than --max-file-size/);
  fs.rmSync(big);
});

test('--max-file-size takes units; a file under the cap is processed, over it is TOO_LARGE', () => {
  const text = `${'x'.repeat(99)}\n`.repeat(14000); // 1.4 MB of cheap lines: the cap is what is tested
  const file = write('mid.txt', text);
  expectFailure(file, 'TOO_LARGE', ['--max-file-size', '1MB']);
  expect(run([file, '--max-file-size', '2MB']).code).toBe(0);
  expect(cli([file, '--max-file-size', 'lots']).code).toBe(2);
});

// A 50 MB file *processed* (--max-file-size 64MB) takes minutes and gigabytes of memory in the
// current pipeline (see README, Performance); run it on purpose with EXTRACT_BIG_TESTS=1.
(process.env.EXTRACT_BIG_TESTS === '1' ? test : test.skip)('a 50 MB file finishes under --max-file-size 64MB', () => {
  const big = write('big50.txt', 'x'.repeat(50 * 1024 * 1024));
  expect(run([big, '--max-file-size', '64MB']).code).toBe(0);
});

test('a missing path is NOT_FOUND', () => {
  expectFailure(path.join(tmp, 'no such file.txt'), 'NOT_FOUND');
});

test('a file without read permission is UNREADABLE (skipped when running as root)', () => {
  const file = write('secret.txt', 'Keld Varno met Ada Morrow.\n');
  fs.chmodSync(file, 0o000);
  let readable = false;
  try {
    fs.readFileSync(file);
    readable = true; // root (or CAP_DAC_OVERRIDE) reads anything: the case cannot be staged
  } catch {
    readable = false;
  }
  if (readable) {
    console.warn('skipped: running as root, chmod 000 does not block reads');
    return;
  }
  expectFailure(file, 'UNREADABLE');
});

test('a directory symlink loop is reported once as UNREADABLE; each real file is read once', () => {
  const dir = path.join(tmp, 'loop');
  write('loop/sub/a.txt', 'Keld Varno met Ada Morrow.\n');
  fs.symlinkSync('..', path.join(dir, 'sub', 'up'));
  const r = run([dir]);
  expect(r.graph.documents.map((d) => path.relative(dir, d.path))).toEqual(['sub/a.txt']);
  expect(r.graph.errors.map((e) => [e.code, path.relative(dir, e.path)])).toEqual([['UNREADABLE', 'sub/up']]);
  expect(r.code).toBe(1);
});

test('file names with spaces, unicode and newlines', () => {
  const names = ['with space.txt', 'ünïcødé 東京.txt', 'new\nline.txt'];
  const dir = path.join(tmp, 'names');
  for (const n of names) write(`names/${n}`, 'Keld Varno met Ada Morrow in Oslo.\n');
  const r = run([dir]);
  expect(r.code).toBe(0);
  expect(r.graph.documents.map((d) => path.basename(d.path)).sort()).toEqual([...names].sort());
});

test('a path that goes through a file is NOT_FOUND', () => {
  expectFailure(path.join(GOOD, 'inside.txt'), 'NOT_FOUND');
});

test('JSON Lines: binary garbage and an oversized record are per-line errors', () => {
  const lines = [JSON.stringify({ text: 'Keld Varno met Ada Morrow.' }), '\u0000\u0001garbage', `{"text": "${'y'.repeat(3000)}"}`];
  const file = write('mixed.jsonl', `${lines.join('\n')}\n`);
  const r = run([file, '--max-file-size', '2KB']);
  expect(r.graph.errors.map((e) => [e.code, e.line])).toEqual([
    ['BAD_RECORD', 2],
    ['TOO_LARGE', 3],
  ]);
  expect(r.graph.documents.map((d) => d.path)).toEqual([`${file}#L1`]);
  expect(r.code).toBe(1);
  const bytes = write('bytes.jsonl', Buffer.from([0x7b, 0x22, 0x74, 0xff, 0xfe, 0x0a]));
  expect(run([bytes]).graph.errors.map((e) => e.code)).toEqual(['BAD_RECORD']);
});
