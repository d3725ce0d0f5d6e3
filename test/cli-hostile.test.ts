/** User rules, atomic --out, closed pipes and Ctrl-C (issue 10). */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadRules, defaultRulesDir, RunError } from '../src/index.js';
import { BIN, cli } from './helpers/cli.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-hostile-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const GOOD = 'fixtures/news/000_3e3b864d0be11ddf.txt';

function ruleFile(name: string, rule: Record<string, unknown>, family = 'custom'): string {
  const data = {
    family,
    rules: [
      {
        id: `${family}/test`,
        description: 'A user rule written for this test.',
        output: { mention: { type: 'person' } },
        examples: { match: [{ text: 'Keld Varno spoke.', expect: {} }], noMatch: ['Nothing here.'] },
        ...rule,
      },
    ],
  };
  const p = path.join(tmp, name);
  fs.writeFileSync(p, `${JSON.stringify(data, null, 2)}\n`);
  return p;
}

describe('--rules', () => {
  test('invalid JSON → RULES_INVALID file:line, exit 2, nothing on stdout', () => {
    const p = path.join(tmp, 'broken.json');
    fs.writeFileSync(p, '{\n  "family": "custom",\n  "rules": [\n    { "id": \n');
    const r = cli([GOOD, '--rules', p]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^extract: RULES_INVALID ${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:5: invalid JSON`));
  });

  test('a schema error names the line of the offending key', () => {
    const p = ruleFile('schema.json', { bogus: true });
    const r = cli([GOOD, '--rules', p]);
    expect(r.code).toBe(2);
    const line =
      fs
        .readFileSync(p, 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('"bogus"')) + 1;
    expect(r.stderr).toContain(`extract: RULES_INVALID ${p}:${line}: rules[0].bogus: must NOT have additional properties`);
  });

  test('a regex that can backtrack catastrophically is rejected at load, within a second of a normal load', () => {
    // the bundled rules' own load is the baseline (it varies with the machine's load): the hostile
    // regex must add no more than a second to it, where running it would take minutes
    const p = ruleFile('redos.json', { regex: '(a+)+$' });
    loadRules(defaultRulesDir(), []);
    let t0 = performance.now();
    loadRules(defaultRulesDir(), []);
    const normal = performance.now() - t0;
    t0 = performance.now();
    expect(() => loadRules(defaultRulesDir(), [p])).toThrow(RunError);
    expect(performance.now() - t0 - normal).toBeLessThan(1000);
    const r = cli([GOOD, '--rules', p]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/RULES_INVALID .*redos\.json:\d+: rules\[0\]\.regex: .*backtrack catastrophically/);
    const inline = ruleFile('inline.json', { pattern: '/(a+)+b/ #Person' });
    expect(cli([GOOD, '--rules', inline]).stderr).toMatch(/rules\[0\]\.pattern: .*backtrack/);
  });

  test('patterns are data: a pattern that looks like code is never run', () => {
    const marker = path.join(tmp, 'pwned');
    const code = `require('fs').writeFileSync(${JSON.stringify(marker)}, 'x')`;
    const p = ruleFile('code.json', { pattern: `\${${code}}` });
    const r = cli([GOOD, '--rules', p]);
    expect([0, 1, 2]).toContain(r.code);
    expect(fs.existsSync(marker)).toBe(false);
  });
});

test('--out is atomic: a failed run leaves the previous file intact', () => {
  const out = path.join(tmp, 'graph.json');
  expect(cli([GOOD, '--out', out]).code).toBe(0);
  const before = fs.readFileSync(out, 'utf8');
  const bad = ruleFile('bad-for-out.json', { regex: '(a+)+$' });
  expect(cli([GOOD, '--out', out, '--rules', bad]).code).toBe(2);
  expect(fs.readFileSync(out, 'utf8')).toBe(before);
  expect(cli([GOOD, '--out', path.join(tmp, 'no-dir', 'g.json')]).code).toBe(2);
  expect(fs.readdirSync(tmp).filter((f) => f.includes('graph.json.'))).toEqual([]); // no temp files left
});

test('a closed pipe (extract dir | head -c 100) ends quietly', async () => {
  const child = spawn(process.execPath, [BIN, 'fixtures/news', '--pretty'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const first = await new Promise<Buffer>((resolve) => child.stdout.once('data', resolve));
  expect(first.length).toBeGreaterThan(0);
  child.stdout.destroy(); // like head -c 100 exiting
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(stderr).toBe('');
  expect(code).toBe(0);
});

test('SIGINT ends cleanly with exit 130', async () => {
  const dir = path.join(tmp, 'many');
  fs.mkdirSync(dir);
  const text = fs.readFileSync(GOOD);
  for (let i = 0; i < 200; i++) fs.writeFileSync(path.join(dir, `a${i}.txt`), text);
  const child = spawn(process.execPath, [BIN, dir, '--out', path.join(tmp, 'int.json')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  await new Promise((resolve) => setTimeout(resolve, 2500));
  child.kill('SIGINT');
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(code).toBe(130);
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(fs.existsSync(path.join(tmp, 'int.json'))).toBe(false);
});
