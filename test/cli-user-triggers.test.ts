/**
 * A meeting trigger of a user's own (issue 14): a rule file passed with --rules adds a trigger
 * record with its own pattern, and the meeting it finds runs through every other meeting step and
 * carries the record's id; a trigger record that cannot run, or a word list entry the trigger
 * callback cannot read, stops the run with file:line and exit 2. On the built binary.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultRulesDir, type Graph } from '../src/index.js';
import { cli } from './helpers/cli.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-user-triggers-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const TEXT = 'Prime Minister Ada Morrow broke bread with President Keld Varno in Oslo on Friday.\n';

const RULE = {
  id: 'meeting/broke-bread-with',
  description: 'Breaking bread with someone is meeting them: "Ada Morrow broke bread with Keld Varno".',
  extractor: 'triggers',
  pattern: '(?<trigger>~break#Verb bread with)',
  params: { trigger: 'verb', kind: 'meeting' },
  output: { meeting: { type: 'meeting' } },
  examples: {
    match: [
      {
        text: 'Prime Minister Ada Morrow broke bread with President Keld Varno in Oslo on Friday.',
        docDate: '2024-03-06',
        expect: { type: 'meeting', kind: 'meeting' },
      },
      {
        text: 'President Keld Varno will break bread with Prime Minister Ada Morrow in Lima next week.',
        docDate: '2024-03-06',
        expect: { type: 'meeting', status: 'planned' },
      },
      {
        text: 'Chancellor Tova Brenn breaks bread with President Keld Varno at the palace in Oslo on Friday.',
        docDate: '2024-03-06',
        expect: { type: 'meeting' },
      },
    ],
    noMatch: [
      { text: 'Prime Minister Ada Morrow broke the bread with a knife.', docDate: '2024-03-06' },
      { text: 'Prime Minister Ada Morrow met President Keld Varno in Oslo on Friday.', docDate: '2024-03-06' },
      { text: 'The bakers of Oslo broke records with their bread this year.', docDate: '2024-03-06' },
    ],
  },
};

function ruleFile(name: string, rule: Record<string, unknown>): string {
  const p = path.join(tmp, `${name}.rules.json`);
  fs.writeFileSync(p, `${JSON.stringify({ family: 'meeting', rules: [rule] }, null, 2)}\n`);
  return p;
}

const doc = path.join(tmp, 'doc.txt');
fs.writeFileSync(doc, TEXT);

test('a user trigger record with its own pattern finds a meeting, stamped with its id, with its parties, place and date', () => {
  const bundled = cli([doc, '--doc-date', '2024-03-06']);
  expect(bundled.code).toBe(0);
  expect((JSON.parse(bundled.stdout) as Graph).nodes.filter((n) => n.type === 'meeting')).toEqual([]);

  const r = cli([doc, '--doc-date', '2024-03-06', '--rules', ruleFile('bread', RULE)]);
  expect(r.code).toBe(0);
  const g = JSON.parse(r.stdout) as Graph;
  const meetings = g.nodes.filter((n) => n.type === 'meeting');
  expect(meetings).toHaveLength(1);
  const m = meetings[0]!;
  expect(m.attributes.kind).toBe('meeting');
  expect(m.mentions.map((x) => [x.rule, x.text])).toEqual([['meeting/broke-bread-with', 'broke bread with']]);
  const parties = g.edges.filter((e) => e.type === 'participant_in' && e.target === m.id).map((e) => e.source);
  expect(parties.sort()).toEqual(['person:ada-morrow', 'person:keld-varno']);
  expect(g.edges.filter((e) => e.source === m.id).map((e) => [e.type, e.target])).toEqual(
    expect.arrayContaining([
      ['held_in', expect.stringMatching(/oslo/)],
      ['held_on', expect.stringMatching(/2024-03-01/)],
    ]),
  );
});

test("extract rules test runs the user trigger record's examples: exit 0", () => {
  const r = cli(['rules', 'test', ruleFile('bread-test', RULE)]);
  expect(r.stderr + r.stdout).not.toMatch(/FAIL/);
  expect(r.code).toBe(0);
});

function badRule(name: string, change: Record<string, unknown>): { file: string; line: (needle: string) => number } {
  const file = ruleFile(name, { ...RULE, ...change });
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  return { file, line: (needle) => lines.findIndex((l) => l.includes(needle)) + 1 };
}

test('a user trigger record without the slot "trigger", without a pattern, or with an unknown kind is exit 2 with file:line', () => {
  const noSlot = badRule('no-slot', { pattern: '~break#Verb bread with' });
  let r = cli([doc, '--rules', noSlot.file]);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toContain(
    `RULES_INVALID ${noSlot.file}:${noSlot.line('"pattern"')}: rules[0].pattern: extractor "triggers" reads the slot "trigger"`,
  );

  const { pattern: _p, ...withoutPattern } = RULE;
  const none = ruleFile('no-pattern', withoutPattern);
  r = cli([doc, '--rules', none]);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/RULES_INVALID .*no-pattern\.rules\.json:\d+: .*needs a "pattern"/);

  const kind = badRule('bad-kind', { params: { trigger: 'verb', kind: 'meting' } });
  r = cli([doc, '--rules', kind.file]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain(
    `RULES_INVALID ${kind.file}:${kind.line('"meting"')}: rules[0].params.kind: param "kind" must be one of "call", "meeting", "none", "summit", "talks", "visit", got "meting" (did you mean "meeting"?)`,
  );
});

test('a word-list entry a trigger pattern names with a kind the callback cannot read is exit 2 at the pattern', () => {
  const dir = path.join(tmp, 'bad-lexicon');
  fs.cpSync(defaultRulesDir(), dir, { recursive: true });
  const p = path.join(dir, 'lexicon', 'meeting-nouns.json');
  const data = JSON.parse(fs.readFileSync(p, 'utf8')) as { entries: { text: string; kind?: string }[] };
  data.entries.find((e) => e.text === 'summit')!.kind = 'sumit';
  fs.writeFileSync(p, `${JSON.stringify(data, null, 2)}\n`);
  const r = cli([doc, '--rules-dir', dir]);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(
    /RULES_INVALID .*meeting\.rules\.json:\d+: rules\[0\]\.pattern: @meeting-nouns: the entry "summit" has kind "sumit"; extractor "triggers" reads kind as one of call, meeting, none, summit, talks, visit \(did you mean "summit"\?\)/,
  );
});
