/** Rules through the CLI (issue 14): bad names are exit 2 with file:line, `active: false` switches rules off, user relation types. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultRulesDir, extractText, type Graph } from '../src/index.js';
import { cli } from './helpers/cli.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-rules-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function textFile(name: string, text: string): string {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, text);
  return p;
}

const MEETING = 'Danish Prime Minister Ada Morrow met Chilean President Keld Varno in Oslo on Friday.\n';

test('a misspelt guard in a user rule file is exit 2 with file:line and a did-you-mean, nothing on stdout', () => {
  const p = path.join(tmp, 'guard.rules.json');
  const rule = {
    id: 'leader/user-guard',
    description: 'A user leader rule with a misspelt guard.',
    pattern: '(?<person>PER) , (?<role>LEAD) of (?<country>CTY)',
    guards: ['leader-title-vaild'],
    output: { edge: { type: 'leader_of', source: '$person', target: '$country', attributes: { role: '@role', current: '@current' } } },
    examples: { match: [{ text: 'Ada Morrow, President of Chile, spoke.', expect: {} }], noMatch: ['Nothing here.'] },
  };
  fs.writeFileSync(p, `${JSON.stringify({ family: 'leader', rules: [rule] }, null, 2)}\n`);
  const line =
    fs
      .readFileSync(p, 'utf8')
      .split('\n')
      .findIndex((l) => l.includes('leader-title-vaild')) + 1;
  const r = cli([textFile('a.txt', MEETING), '--rules', p]);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toContain(
    `extract: RULES_INVALID ${p}:${line}: rules[0].guards[0]: unknown guard "leader-title-vaild" (did you mean "leader-title-valid"?)`,
  );
});

/** A copy of rules/ with every rule of the given families set `active: false`. */
function rulesCopy(name: string, families: readonly string[]): string {
  const dir = path.join(tmp, name);
  fs.cpSync(defaultRulesDir(), dir, { recursive: true });
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.rules.json'))) {
    const p = path.join(dir, f);
    const data = JSON.parse(fs.readFileSync(p, 'utf8')) as { family: string; rules: { active?: boolean }[] };
    if (!families.includes(data.family)) continue;
    for (const r of data.rules) r.active = false;
    fs.writeFileSync(p, `${JSON.stringify(data, null, 2)}\n`);
  }
  return dir;
}

test('active: false on every meeting/* rule (a --rules-dir copy) yields no meeting where the bundled rules find one', () => {
  const text = textFile('meeting.txt', MEETING);
  const bundled = cli([text, '--doc-date', '2024-03-06']);
  expect(bundled.code).toBe(0);
  const g = JSON.parse(bundled.stdout) as Graph;
  expect(g.nodes.filter((n) => n.type === 'meeting')).toHaveLength(1);
  const off = cli([text, '--doc-date', '2024-03-06', '--rules-dir', rulesCopy('no-meetings', ['meeting'])]);
  expect(off.code).toBe(0);
  const h = JSON.parse(off.stdout) as Graph;
  expect(h.nodes.filter((n) => n.type === 'meeting')).toEqual([]);
  expect(h.edges.filter((e) => e.type === 'participant_in' || e.type === 'held_on' || e.type === 'held_in')).toEqual([]);
  expect(h.nodes.filter((n) => n.type === 'person')).toHaveLength(2); // the rest still runs
});

/** A copy of rules/ with the rules of the given ids set `active: false`. */
function rulesCopyOff(name: string, ids: readonly string[]): string {
  const dir = path.join(tmp, name);
  fs.cpSync(defaultRulesDir(), dir, { recursive: true });
  const p = path.join(dir, 'meeting.rules.json');
  const data = JSON.parse(fs.readFileSync(p, 'utf8')) as { rules: { id: string; active?: boolean }[] };
  for (const r of data.rules) if (ids.includes(r.id)) r.active = false;
  fs.writeFileSync(p, `${JSON.stringify(data, null, 2)}\n`);
  return dir;
}

test('active: false on one meeting rule switches that step off and leaves the others running', () => {
  const text = textFile('meeting-one-off.txt', MEETING);
  const place = cli([text, '--doc-date', '2024-03-06', '--rules-dir', rulesCopyOff('no-held-in', ['meeting/held-in'])]);
  expect(place.code).toBe(0);
  const g = JSON.parse(place.stdout) as Graph;
  expect(g.nodes.filter((n) => n.type === 'meeting')).toHaveLength(1);
  expect(g.edges.filter((e) => e.type === 'held_in')).toEqual([]);
  expect(g.edges.filter((e) => e.type === 'participant_in')).toHaveLength(2);
  expect(g.edges.filter((e) => e.type === 'held_on')).toHaveLength(1);
  const verb = cli([text, '--doc-date', '2024-03-06', '--rules-dir', rulesCopyOff('no-verb-trigger', ['meeting/verb-trigger'])]);
  expect(verb.code).toBe(0);
  expect((JSON.parse(verb.stdout) as Graph).nodes.filter((n) => n.type === 'meeting')).toEqual([]);
});

describe('active: false switches a family off, whatever runs it', () => {
  const text = `${MEETING}Later, the Danish leader said the talks in Oslo on 3 March 2024 went well, Morrow said.\n`;
  const stamped = (g: Graph, family: string): string[] => {
    const ids: string[] = [];
    for (const n of g.nodes) for (const m of n.mentions) for (const r of [m.rule ?? '', ...(m.via ?? [])]) ids.push(r);
    for (const e of g.edges) for (const ev of e.evidence) for (const r of [ev.rule, ...(ev.via ?? [])]) ids.push(r);
    return ids.filter((r) => r.startsWith(`${family}/`));
  };
  const bundled = extractText(text, { docDate: '2024-03-06' });
  test.each(['person', 'country', 'place', 'date', 'leader', 'affiliated', 'meeting', 'alias'])('%s', (family) => {
    expect(stamped(bundled, family).length).toBeGreaterThan(0);
    const off = extractText(text, { docDate: '2024-03-06', rulesDir: rulesCopy(`off-${family}`, [family]) });
    expect(stamped(off, family)).toEqual([]);
  });
});

test('examples/rules/agreements.rules.json adds signed_agreement_with: an edge between two people introduced with titles', () => {
  const text = textFile(
    'agreement.txt',
    'Danish Prime Minister Ada Morrow met Chilean President Keld Varno in Oslo on Friday.\n\nLater, Morrow signed a trade agreement with Varno.\n',
  );
  const r = cli([text, '--doc-date', '2024-03-06', '--rules', 'examples/rules/agreements.rules.json']);
  expect(r.code).toBe(0);
  const g = JSON.parse(r.stdout) as Graph;
  const edges = g.edges.filter((e) => e.type === 'signed_agreement_with');
  expect(edges.map((e) => [e.source, e.target, e.evidence[0]!.rule])).toEqual([
    ['person:ada-morrow', 'person:keld-varno', 'agreement/signed-with'],
  ]);
  for (const f of ['jsonl', 'graphml', 'dot', 'html'])
    expect(cli([text, '--rules', 'examples/rules/agreements.rules.json', '--format', f]).code).toBe(0);
  // without the file the type does not exist
  expect(
    JSON.parse(cli([text, '--doc-date', '2024-03-06']).stdout).edges.some((e: { type: string }) => e.type === 'signed_agreement_with'),
  ).toBe(false);
});

test('a user edge type that is not declared, or a built-in type without its required attribute, is exit 2 (never 3)', () => {
  const p = path.join(tmp, 'undeclared.rules.json');
  const rule = (output: Record<string, unknown>): Record<string, unknown> => ({
    id: 'agreement/x',
    description: 'A user rule for this test.',
    pattern: '(?<a>PER) signed (?:a |an )?(?:[a-z]+ ){0,2}agreement with (?<b>PER)',
    output,
    examples: { match: [{ text: 'Ada Morrow signed an agreement with Keld Varno.', expect: {} }], noMatch: ['Nothing here.'] },
  });
  fs.writeFileSync(
    p,
    JSON.stringify(
      { family: 'agreement', stage: 'relations', rules: [rule({ edge: { type: 'signed_with', source: '$a', target: '$b' } })] },
      null,
      2,
    ),
  );
  const r = cli([textFile('b.txt', MEETING), '--rules', p]);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/undeclared\.rules\.json:\d+: rules\[0\]\.output\.edge\.type: unknown relation type "signed_with"/);
  const q = path.join(tmp, 'missing-attr.rules.json');
  const leader = rule({ edge: { type: 'leader_of', source: '$a', target: '$b', attributes: { role: '@role', curent: '@current' } } });
  fs.writeFileSync(q, JSON.stringify({ family: 'leader', rules: [{ ...leader, id: 'leader/x' }] }, null, 2));
  const s = cli([textFile('c.txt', MEETING), '--rules', q]);
  expect(s.code).toBe(2);
  expect(s.stderr).toContain('leader_of has no attribute "curent" (did you mean "current"?)');
  expect(s.stderr).toContain('leader_of needs the attribute "current" (a boolean)');
});

describe('extract rules test', () => {
  test('the bundled rules and the example file pass: exit 0', () => {
    const r = cli(['rules', 'test']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/\d+ rule\(s\), \d+ example\(s\), 0 failed/);
    expect(cli(['rules', 'test', 'examples/rules/agreements.rules.json']).code).toBe(0);
  });

  test('a failing example prints the rule id and what came out, exit 1; count and only catch half-matches', () => {
    const data = JSON.parse(fs.readFileSync('examples/rules/agreements.rules.json', 'utf8')) as {
      rules: { examples: { match: Record<string, unknown>[]; noMatch: unknown[] } }[];
    };
    const ex = data.rules[0]!.examples;
    ex.match = [
      {
        text: 'Ada Morrow signed a trade agreement with Keld Varno and a defence pact with Tomas Lind.',
        expect: { source: 'person:ada-morrow' },
        count: 2,
      },
      {
        text: 'Ada Morrow signed a trade agreement with Keld Varno. Tomas Lind signed a pact with Keld Varno.',
        expect: { source: 'person:ada-morrow' },
        only: true,
      },
    ];
    ex.noMatch = ['Ada Morrow signed a trade agreement with Keld Varno.'];
    const p = path.join(tmp, 'failing.rules.json');
    fs.writeFileSync(p, JSON.stringify({ ...data, $schema: undefined }, null, 2));
    const r = cli(['rules', 'test', p]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`FAIL agreement/signed-with (${p}) match[0]:`);
    expect(r.stdout).toContain('expected 2 output(s) like {"source":"person:ada-morrow"}, got 1');
    expect(r.stdout).toContain('match[1]');
    expect(r.stdout).toContain('got 1 other(s)');
    expect(r.stdout).toContain('noMatch[0]');
    expect(r.stdout).toContain('"type":"signed_agreement_with","source":"person:ada-morrow","target":"person:keld-varno"');
    expect(r.stderr).toMatch(/1 rule\(s\), 3 example\(s\), 3 failed/);
    const json = JSON.parse(cli(['rules', 'test', p, '--json']).stdout) as { failures: { rule: string }[] };
    expect(json.failures.map((f) => f.rule)).toEqual(['agreement/signed-with', 'agreement/signed-with', 'agreement/signed-with']);
  });
});
