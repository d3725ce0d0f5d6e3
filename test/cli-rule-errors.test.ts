/** Compile-stage rule errors are one line, `file:line: path: message`; a UTF-8 BOM is stripped (issue 20 point 10). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli } from './helpers/cli.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-rule-errors-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const GOOD = 'fixtures/news/000_3e3b864d0be11ddf.txt';

function dateRuleText(rule: Record<string, unknown>, macros: Record<string, string> = {}): string {
  const data = {
    family: 'custom-date',
    stage: 'dates',
    macros,
    rules: [
      {
        id: 'custom-date/test',
        description: 'A date rule written for this test.',
        regex: '\\bthe big day\\b',
        output: { date: { normalizer: 'fixed', value: '2001-09-11' } },
        examples: { match: [{ text: 'the big day', docDate: '2019-02-28', expect: {} }], noMatch: [{ text: 'b', docDate: '2019-02-28' }] },
        ...rule,
      },
    ],
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((l) => l.includes(needle)) + 1;
}

test.each([
  [
    'unknown normalizer',
    { output: { date: { normalizer: 'fixd', value: '2001-09-11' } } },
    '"normalizer"',
    'rules[0].output.date.normalizer',
  ],
  ['unknown guard', { guards: ['not-a-cont'] }, '"not-a-cont"', 'rules[0].guards[0]'],
  ['unknown macro', { regex: '\\b$NOPE\\b' }, '"regex"', 'rules[0].regex'],
  ['nested repetition after macro expansion', { regex: '\\b$REP\\b' }, '"regex"', 'rules[0].regex'],
])('%s: one line, file:line: path: message, exit 2', (_name, rule, needle, at) => {
  const text = dateRuleText(rule, { REP: '(?:\\w+\\s?)+' });
  const p = path.join(tmp, `${_name.replace(/\W+/g, '-')}.json`);
  fs.writeFileSync(p, text);
  const r = cli([GOOD, '--rules', p]);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(
    new RegExp(
      `^extract: RULES_INVALID ${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${lineOf(text, needle)}: ${at.replace(/[[\].]/g, '\\$&')}: \\S`,
    ),
  );
});

test('a rule file with a UTF-8 BOM loads like one without', () => {
  const p = path.join(tmp, 'bom.json');
  fs.writeFileSync(p, `\ufeff${dateRuleText({})}`);
  const r = cli([GOOD, '--rules', p, '-q']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
});

test('a BOM does not move the line of an error', () => {
  const text = dateRuleText({ guards: ['not-a-cont'] });
  const p = path.join(tmp, 'bom-bad.json');
  fs.writeFileSync(p, `\ufeff${text}`);
  const r = cli([GOOD, '--rules', p]);
  expect(r.code).toBe(2);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toContain(`${p}:${lineOf(text, '"not-a-cont"')}: rules[0].guards[0]: `);
});
