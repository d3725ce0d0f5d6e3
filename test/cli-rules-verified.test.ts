/**
 * A run skips the ReDoS checks only for bundled rule files byte-identical to what the build checked
 * (src/engine/verified.ts): an edited bundled file in a --rules-dir copy, or an added file that
 * changes a bundled family's macros, gets the full check and is refused as before.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli } from './helpers/cli.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-verified-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
const GOOD = 'fixtures/news/000_3e3b864d0be11ddf.txt';

/** A copy of the bundled rules directory, with one rule file edited. */
function rulesCopy(name: string, file?: string, edit?: (data: { rules: Record<string, unknown>[] }) => void): string {
  const d = path.join(tmp, name);
  fs.cpSync('rules/en', d, { recursive: true });
  if (file !== undefined && edit !== undefined) {
    const p = path.join(d, file);
    const data = JSON.parse(fs.readFileSync(p, 'utf8')) as { rules: Record<string, unknown>[] };
    edit(data);
    fs.writeFileSync(p, `${JSON.stringify(data, null, 2)}\n`);
  }
  return d;
}

test('an unchanged copy of the bundled rules gives the same graph as the bundled rules', () => {
  const bundled = cli([GOOD]);
  const copy = cli([GOOD, '--rules-dir', rulesCopy('same')]);
  expect(bundled.code).toBe(0);
  expect(copy.code).toBe(0);
  expect(copy.stdout).toBe(bundled.stdout);
});

test('a hostile date regex in an edited bundled file is refused (the full check runs)', () => {
  const d = rulesCopy('date', 'date.rules.json', (data) => {
    data.rules[0]!.regex = '(?:a|aa)+$';
  });
  const r = cli([GOOD, '--rules-dir', d]);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^extract: RULES_INVALID date\.rules\.json:\d+: rules\[0\]\.regex: .*backtrack catastrophically/);
});

test('a hostile relation pattern in an edited bundled file is refused', () => {
  const d = rulesCopy('leader', 'leader-of.rules.json', (data) => {
    const r = data.rules.find((x) => typeof x.pattern === 'string')!;
    r.pattern = `(?:(?:Cap )+)+${String(r.pattern)}`;
  });
  const r = cli([GOOD, '--rules-dir', d]);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/^extract: RULES_INVALID leader-of\.rules\.json:\d+: rules\[\d+\]\.pattern: .*backtrack catastrophically/);
});

test('an added file that gives a bundled family a hostile macro gets the bundled rules checked again', () => {
  const p = path.join(tmp, 'macro.json');
  const data = {
    family: 'date',
    stage: 'dates',
    macros: { DAY: '(?:a|aa)+' },
    rules: [
      {
        id: 'date/added-harmless',
        description: 'A harmless regex written for this test.',
        regex: '\\bzzqx\\b',
        output: { date: { normalizer: 'fixed', value: '2001-09-11' } },
        examples: { match: [{ text: 'zzqx', docDate: '2019-02-28', expect: {} }], noMatch: [{ text: 'b', docDate: '2019-02-28' }] },
      },
    ],
  };
  fs.writeFileSync(p, `${JSON.stringify(data, null, 2)}\n`);
  const r = cli([GOOD, '--rules', p]);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/^extract: RULES_INVALID date\.rules\.json:\d+: rules\[\d+\]\.regex: .*backtrack catastrophically/);
});
