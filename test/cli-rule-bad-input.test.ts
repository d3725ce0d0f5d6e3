/**
 * Issue 14, "Bad input": a rule file with an unknown class, tag, callback, guard, attribute,
 * lexicon, macro, slot or param name, an unbounded or nested repetition, or a bad parameter
 * type stops the run before any document with `file:line: path: message` and exit 2 — never 3 —
 * and writes nothing. One CLI run per kind, on the built binary.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultRulesDir } from '../src/index.js';
import { cli } from './helpers/cli.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-bad-rules-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const DOC = path.join(tmp, 'doc.txt');
fs.writeFileSync(DOC, 'Prime Minister Ada Morrow signed a trade agreement with President Keld Varno on Friday.\n');

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A user relation rule file (one rule), with `change` applied to the rule. */
function userFile(name: string, change: Record<string, unknown>): { file: string; text: string } {
  const rule = {
    id: 'agreement/test',
    description: 'A user rule written for this test.',
    pattern: '(?<a>PER) signed (?:a |an )?(?:[a-z]+ ){0,2}?agreement with (?:LEAD )?(?<b>PER)',
    output: { edge: { type: 'signed_agreement_with', source: '$a', target: '$b' } },
    examples: { match: [{ text: 'Ada Morrow signed an agreement with Keld Varno.', expect: {} }], noMatch: ['Nothing here.'] },
    ...change,
  };
  const data = {
    family: 'agreement',
    stage: 'relations',
    relationTypes: [
      { type: 'signed_agreement_with', description: 'Two parties signed an agreement.', source: ['person'], target: ['person'] },
    ],
    macros: { PARTY: 'PER|CTY' },
    rules: [rule],
  };
  const file = path.join(tmp, `${name}.rules.json`);
  const text = `${JSON.stringify(data, null, 2)}\n`;
  fs.writeFileSync(file, text);
  return { file, text };
}

/** A copy of the bundled rules with one edit to meeting.rules.json's text. */
function rulesDirCopy(name: string, from: string, to: string): { dir: string; text: string } {
  const dir = path.join(tmp, name);
  fs.cpSync(defaultRulesDir(), dir, { recursive: true });
  const p = path.join(dir, 'meeting.rules.json');
  const before = fs.readFileSync(p, 'utf8');
  expect(before).toContain(from);
  const text = before.replace(from, to);
  fs.writeFileSync(p, text);
  return { dir, text };
}

/** The run refused the rules: exit 2, nothing on stdout, no --out file, and an error line `shown:line: at: message`. */
function expectRefused(args: readonly string[], shown: string, line: number, at: string, message: RegExp | string): void {
  const out = path.join(tmp, `out-${Math.random().toString(36).slice(2)}.json`);
  const r = cli([DOC, ...args, '-o', out]);
  expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 2, stdout: '' });
  expect(fs.existsSync(out)).toBe(false);
  expect(r.stderr).not.toMatch(/document|internal/i);
  const lines = r.stderr.trim().split('\n');
  const prefix = `extract: RULES_INVALID ${shown}:${line}: ${at}: `;
  const hit = lines.find((l) => l.startsWith(prefix));
  expect({ stderr: r.stderr, found: hit !== undefined }).toEqual({ stderr: r.stderr, found: true });
  if (typeof message === 'string') expect(hit).toContain(message);
  else expect(hit).toMatch(message);
}

const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('a user rule file (--rules FILE)', () => {
  test.each([
    [
      'an unknown item class',
      { pattern: '(?<a>PERSON) signed (?:a |an )?agreement with (?<b>PER)' },
      '"pattern"',
      'rules[0].pattern',
      /unknown item class PERSON \(did you mean "PERs"\?\)|unknown item class PERSON/,
    ],
    [
      'an unknown part-of-speech tag',
      { pattern: '(?<a>PER) #PastTence (?:a |an )?agreement with (?<b>PER)' },
      '"pattern"',
      'rules[0].pattern',
      'unknown tag #PastTence (did you mean #PastTense?)',
    ],
    [
      'an unknown word list',
      { pattern: '(?<a>PER) @signing-verbs (?:a |an )?agreement with (?<b>PER)' },
      '"pattern"',
      'rules[0].pattern',
      'unknown lexicon @signing-verbs',
    ],
    [
      'an unknown macro',
      { pattern: '(?<a>$PARTYY) signed (?:a |an )?agreement with (?<b>PER)' },
      '"pattern"',
      'rules[0].pattern',
      'unknown macro $PARTYY (did you mean $PARTY?)',
    ],
    [
      'an unknown slot in the output',
      { output: { edge: { type: 'signed_agreement_with', source: '$a', target: '$c' } } },
      '"$c"',
      'rules[0].output.edge.target',
      'the pattern has no slot "c"',
    ],
    [
      'an unknown guard',
      { guards: ['leader-title-vaild'] },
      '"leader-title-vaild"',
      'rules[0].guards[0]',
      'unknown guard "leader-title-vaild" (did you mean "leader-title-valid"?)',
    ],
    [
      'an unknown extractor (callback)',
      { extractor: 'trigers' },
      '"trigers"',
      'rules[0].extractor',
      'unknown extractor "trigers" (did you mean "triggers"?)',
    ],
    ['a param on a rule that takes none', { params: { window: 3 } }, '"window"', 'rules[0].params.window', 'unknown param "window"'],
    [
      'an unbounded wildcard repetition',
      { pattern: '(?<a>PER) signed .*agreement with (?<b>PER)' },
      '"pattern"',
      'rules[0].pattern',
      'unbounded repetition of a wildcard',
    ],
    [
      'a nested repetition',
      { pattern: '(?<a>PER) (?:(?:signed )+)+agreement with (?<b>PER)' },
      '"pattern"',
      'rules[0].pattern',
      /nested repetition|backtrack catastrophically/,
    ],
    [
      'an invalid regular expression',
      { pattern: '(?<a>PER) signed (agreement with (?<b>PER)' },
      '"pattern"',
      'rules[0].pattern',
      'invalid pattern',
    ],
  ])('%s', (name, change, needle, at, message) => {
    const { file, text } = userFile(name.replace(/\W+/g, '-'), change);
    expectRefused(['--rules', file], file, lineOf(text, needle), at, message);
  });

  test('an unknown attribute callback, and one that reads a slot the pattern lacks', () => {
    const leader = {
      id: 'agreement/test',
      pattern: '(?<a>PER) , (?<role>LEAD) of (?<b>CTY)',
      output: { edge: { type: 'leader_of', source: '$a', target: '$b', attributes: { role: '@rol', current: '@current' } } },
    };
    const one = userFile('unknown-attribute', leader);
    expectRefused(
      ['--rules', one.file],
      one.file,
      lineOf(one.text, '"@rol"'),
      'rules[0].output.edge.attributes.role',
      'unknown attribute "rol" (did you mean "role"?)',
    );
    const two = userFile('attribute-slot', {
      ...leader,
      pattern: '(?<a>PER) , LEAD of (?<b>CTY)',
      output: { edge: { ...leader.output.edge, attributes: { role: '@role', current: '@current' } } },
    });
    expectRefused(
      ['--rules', two.file],
      two.file,
      lineOf(two.text, '"@role"'),
      'rules[0].output.edge.attributes.role',
      '@role reads the slot "role"',
    );
  });
});

describe('a rules directory (--rules-dir copy of rules/)', () => {
  test.each([
    ['a param of the wrong type', '"cueBefore": 10', '"cueBefore": "ten"', 'param "cueBefore" must be an integer, got "ten"'],
    ['a param out of its bounds', '"cueBefore": 10', '"cueBefore": 1000', 'param "cueBefore" must be ≤ 100'],
    ['a misspelt param', '"cueBefore": 10', '"cueBefor": 10', 'unknown param "cueBefor" (did you mean "cueBefore"?)'],
    ['a misspelt extractor', '"extractor": "triggers"', '"extractor": "trigers"', 'unknown extractor "trigers" (did you mean "triggers"?)'],
  ])('%s', (name, from, to, message) => {
    const { dir, text } = rulesDirCopy(name.replace(/\W+/g, '-'), from, to);
    const line = lineOf(text, to);
    const key = to.slice(1, to.indexOf('"', 1));
    const rules = (JSON.parse(text) as { rules: { params?: object; extractor?: string }[] }).rules;
    const i = rules.findIndex((r) => JSON.stringify(r).includes(to.replace(': ', ':')));
    const at = key === 'extractor' ? `rules[${i}].extractor` : `rules[${i}].params.${key}`;
    expectRefused(['--rules-dir', dir], 'meeting.rules.json', line, at, message);
  });
});

describe('a user rule can never make the run exit 3', () => {
  test.each([
    ['an organization where the type takes people', '(?<a>ORG) signed (?:a |an )?agreement with (?<b>PER)'],
    ['an optional slot', '(?<a>PER)? ?signed (?:a |an )?agreement with (?<b>PER)'],
    ['a slot over a plain word', '(?<a>Cap) (?:Cap )?signed (?:a |an )?agreement with (?<b>PER)'],
    ['an empty slot', '(?<a>) ?signed (?:a |an )?(?:[a-z]+ ){0,2}?agreement with (?:LEAD )?(?<b>PER)'],
  ])('%s: exit 0, no ill-fitting edge', (name, pattern) => {
    const { file } = userFile(`never-3-${name.replace(/\W+/g, '-')}`, { pattern });
    const text = path.join(tmp, 'org.txt');
    fs.writeFileSync(text, 'The Varnic Trade Council signed an agreement with Keld Varno. Someone Odd signed an agreement with Varno.\n');
    const r = cli([text, '--rules', file, '-q']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const g = JSON.parse(r.stdout) as { edges: { type: string; source: string; target: string }[] };
    for (const e of g.edges.filter((x) => x.type === 'signed_agreement_with')) {
      expect(e.source).toMatch(/^person:/);
      expect(e.target).toMatch(/^person:/);
    }
  });
});
