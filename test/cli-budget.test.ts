/**
 * Every document has a budget (issue 20 points 3 and 8): a run-on text is parsed in bounded
 * sentences, a document over --doc-timeout is a TOO_SLOW error and one over --worker-memory an
 * OUT_OF_MEMORY error; its worker is replaced and the rest of the folder finishes (exit 1).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Graph } from '../src/index.js';
import { cli } from './helpers/cli.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-budget-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const WORDS = ['the', 'minister', 'said', 'that', 'talks', 'with', 'officials', 'would', 'continue', 'and', 'Ada', 'Morrow', 'met'];
function runOn(chars: number): string {
  let s = '';
  for (let i = 0; s.length < chars; i++) s += `${WORDS[(i * 7 + 3) % WORDS.length]!} `;
  return s;
}

/** A folder: a-good.txt, then the bad document b-NAME.txt, then c-good.txt (processed after the bad one). */
function folder(name: string, bad: string): string {
  const dir = path.join(tmp, name);
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'a-good.txt'), 'Prime Minister Ada Morrow of Denmark met President Ben Okafor in Oslo on Tuesday.\n');
  fs.writeFileSync(path.join(dir, `b-${name}.txt`), bad);
  fs.writeFileSync(path.join(dir, 'c-good.txt'), 'Keld Varno visited Chile on Monday.\n');
  return dir;
}

function expectGoodFilesAnd(stdout: string, dir: string, code: string, name: string): void {
  const g = JSON.parse(stdout) as Graph;
  expect(g.documents.map((d) => path.basename(d.path))).toEqual(['a-good.txt', 'c-good.txt']);
  expect(g.errors).toEqual([expect.objectContaining({ path: path.join(dir, `b-${name}.txt`), code })]);
  expect(g.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['person:ada-morrow', 'person:ben-okafor', 'person:keld-varno']));
}

// a 1.9 MB sentence without a stop: minutes of work, so far over a 2 s budget on any machine
const slowDir = folder('slow', runOn(1_900_000));

test.each([['2'], ['1']])(
  '--jobs %s: a document over --doc-timeout is TOO_SLOW, the rest of the folder is in the graph, exit 1',
  (jobs) => {
    const r = cli([slowDir, '--doc-timeout', '2', '--jobs', jobs]);
    expect(r.code).toBe(1);
    expectGoodFilesAnd(r.stdout, slowDir, 'TOO_SLOW', 'slow');
    expect(r.stderr).toMatch(/^extract: TOO_SLOW .*b-slow\.txt: stopped after --doc-timeout 2 s$/m);
  },
);

test('-f jsonl streams the TOO_SLOW error as a record and the other documents', () => {
  const r = cli([slowDir, '--doc-timeout', '2', '--jobs', '1', '-f', 'jsonl']);
  expect(r.code).toBe(1);
  const recs = r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { type: string; code?: string; id?: string });
  expect(recs.map((x) => x.type)).toEqual(['header', 'document', 'error', 'document']);
  expect(recs[2]!.code).toBe('TOO_SLOW');
});

test('a 200 KB run-on sentence is processed as a document (the sentence bound keeps the parse linear)', () => {
  const file = path.join(tmp, 'runon-200k.txt');
  fs.writeFileSync(file, runOn(200_000));
  const r = cli([file, '-q']);
  expect(r.code).toBe(0);
  const g = JSON.parse(r.stdout) as Graph;
  expect(g.documents).toHaveLength(1);
  expect(g.errors).toEqual([]);
  expect(g.nodes.length).toBeGreaterThan(0);
});

test.each([['1'], ['2']])(
  '--jobs %s, default options: a folder with a 200 KB run-on sentence finishes, the good files in the graph',
  (jobs) => {
    const dir = folder(`runon-${jobs}`, runOn(200_000));
    const r = cli([dir, '--jobs', jobs, '-q']);
    const g = JSON.parse(r.stdout) as Graph;
    // the run-on is a document, or (on a very slow machine) over its default budget: TOO_SLOW, exit 1
    const names = g.documents.map((d) => path.basename(d.path));
    expect(names).toEqual(g.errors.length === 0 ? ['a-good.txt', `b-runon-${jobs}.txt`, 'c-good.txt'] : ['a-good.txt', 'c-good.txt']);
    expect(g.errors.map((e) => e.code)).toEqual(g.errors.length === 0 ? [] : ['TOO_SLOW']);
    expect(r.code).toBe(g.errors.length === 0 ? 0 : 1);
    expect(g.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['person:ada-morrow', 'person:ben-okafor', 'person:keld-varno']));
  },
  240_000,
);

test('50,000 capitalized words without punctuation are processed as a document', () => {
  const file = path.join(tmp, 'caps.txt');
  const caps = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf'];
  fs.writeFileSync(file, Array.from({ length: 50_000 }, (_, i) => caps[(i * 5) % caps.length]).join(' '));
  const r = cli([file, '-q', '--doc-timeout', '0']);
  expect(r.code).toBe(0);
  expect((JSON.parse(r.stdout) as Graph).documents).toHaveLength(1);
});

test('a document that needs more heap than --worker-memory is OUT_OF_MEMORY; a new worker takes the rest', () => {
  // a long document is parsed one window (100,000 chars) at a time, so it takes a window of dense
  // one-word sentences (~100,000 sentences and terms) to need more than the smallest heap allowed
  // (32 MB: since the post-tagger runs only where the rules need it, such a window fits in 64 MB)
  const dir = folder('big', 'x. '.repeat(100_000));
  const r = cli([dir, '--worker-memory', '32', '--jobs', '1']);
  expect(r.code).toBe(1);
  expectGoodFilesAnd(r.stdout, dir, 'OUT_OF_MEMORY', 'big');
  expect(r.stderr).toMatch(/^extract: OUT_OF_MEMORY .*b-big\.txt: stopped when its worker ran out of memory \(--worker-memory 32 MB\)$/m);
});

test.each([
  [['--doc-timeout', 'soon'], /--doc-timeout "soon" is not a number of seconds/],
  [['--doc-timeout', '-1'], /--doc-timeout "-1" is not a number of seconds/],
  [['--worker-memory', '8'], /--worker-memory "8" is not a whole number of MB \(at least 32\)/],
])('bad budget flags %j are a usage error (exit 2)', (flags, message) => {
  const r = cli(['fixtures/news/000_3e3b864d0be11ddf.txt', ...flags]);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(message);
});
