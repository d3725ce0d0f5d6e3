/**
 * ReDoS in user rules (issue 20 point 4): every hostile regex and relation pattern is refused at
 * load (one line, file:line, exit 2); one that gets past the static check is stopped by the time box.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Graph } from '../src/index.js';
import { cli } from './helpers/cli.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-redos-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const GOOD = 'fixtures/news/000_3e3b864d0be11ddf.txt';

function dateRule(name: string, regex: string, macros: Record<string, string> = {}): string {
  const data = {
    family: 'custom-date',
    stage: 'dates',
    macros,
    rules: [
      {
        id: 'custom-date/hostile',
        description: 'A hostile regex written for this test.',
        regex,
        output: { date: { normalizer: 'fixed', value: '2001-09-11' } },
        examples: { match: [{ text: 'aaaa', docDate: '2019-02-28', expect: {} }], noMatch: [{ text: 'b', docDate: '2019-02-28' }] },
      },
    ],
  };
  const p = path.join(tmp, name);
  fs.writeFileSync(p, `${JSON.stringify(data, null, 2)}\n`);
  return p;
}

function relationRule(name: string, pattern: string): string {
  const data = {
    family: 'custom-rel',
    stage: 'relations',
    rules: [
      {
        id: 'custom-rel/hostile',
        description: 'A hostile relation pattern written for this test.',
        pattern,
        output: { edge: { type: 'affiliated_with', source: '$person', target: '$org' } },
        examples: { match: [{ text: 'Ada Morrow of Acme Corp spoke.', expect: {} }], noMatch: ['Nothing here.'] },
      },
    ],
  };
  const p = path.join(tmp, name);
  fs.writeFileSync(p, `${JSON.stringify(data, null, 2)}\n`);
  return p;
}

test.each([['(a|aa)+$'], ['(?:a|a)+$'], ['(?:a{1,20}){1,20}$'], ['(?:\\w|\\d)+$'], ['a*a*a*a*a*b']])(
  'the date regex %s is refused at load: one line with file:line, exit 2',
  (regex) => {
    const p = dateRule(`r${regex.length}-${Buffer.from(regex).toString('hex').slice(0, 16)}.json`, regex);
    const r = cli([GOOD, '--rules', p]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^extract: RULES_INVALID .*\.json:\d+: rules\[0\]\.regex: .*backtrack catastrophically/);
  },
);

test('a hostile regex hidden in a macro is refused after expansion, at the line of the rule', () => {
  const p = dateRule('macro.json', '\\b$AS$', { AS: '(?:a|aa)+' });
  const r = cli([GOOD, '--rules', p]);
  expect(r.code).toBe(2);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  const line = fs
    .readFileSync(p, 'utf8')
    .split('\n')
    .findIndex((l) => l.includes('"regex"'));
  expect(r.stderr).toContain(`${p}:${line + 1}: rules[0].regex: `);
  expect(r.stderr).toMatch(/backtrack catastrophically/);
});

test('the relation pattern (?<person>(?:Cap )+)+(?<org>ORG) is refused at load', () => {
  const r = cli([GOOD, '--rules', relationRule('rel.json', '(?<person>(?:Cap )+)+(?<org>ORG)')]);
  expect(r.code).toBe(2);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(/^extract: RULES_INVALID .*rel\.json:\d+: rules\[0\]\.pattern: .*backtrack/);
});

test('a regex that gets past the static check cannot hang the run: the time box makes the document TOO_SLOW', () => {
  // an ambiguous alternation one level down, next to an empty group: exponential on "aaaa…!", not caught by the checker
  const p = dateRule('slips.json', '(?:(?:a|aa)(?:))+$');
  const dir = path.join(tmp, 'slips');
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'a-good.txt'), 'Prime Minister Ada Morrow of Denmark met President Ben Okafor in Oslo.\n');
  fs.writeFileSync(path.join(dir, 'b-hostile.txt'), `${'a'.repeat(48)}!\n`);
  const r = cli([dir, '--rules', p, '--doc-timeout', '3']);
  expect(r.code).toBe(1);
  const g = JSON.parse(r.stdout) as Graph;
  expect(g.documents.map((d) => path.basename(d.path))).toEqual(['a-good.txt']);
  expect(g.errors).toEqual([expect.objectContaining({ code: 'TOO_SLOW', path: path.join(dir, 'b-hostile.txt') })]);
});
