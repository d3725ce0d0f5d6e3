/** Rules through the CLI (issue 14): bad names are exit 2 with file:line, `active: false` switches rules off, user relation types. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
