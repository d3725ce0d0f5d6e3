/** Stage code reads `active` and params from the rule records (engine/rule-ref.ts). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultRulesDir, extractText, loadRules, RunError, type RuleSet } from '../../../src/index.js';
import { activeOnly, activeParties, chainOn, numParam, paramDefault, ruleOn } from '../../../src/engine/rule-ref.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rule-ref-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const bundled = loadRules();
const withRule = (id: string, patch: Record<string, unknown>): RuleSet => {
  const rules = bundled.rules.map((r) => (r.id === id ? { ...r, ...patch } : r));
  return { ...bundled, rules, byId: new Map(rules.map((r) => [r.id, r])) };
};

test('ruleOn: active unless the record says active: false; chains need every rule on', () => {
  expect(ruleOn(bundled, 'meeting/verb-trigger')).toBe(true);
  const off = withRule('meeting/verb-trigger', { active: false });
  expect(ruleOn(off, 'meeting/verb-trigger')).toBe(false);
  expect(chainOn(off, { rule: 'meeting/noun-trigger', via: ['meeting/verb-trigger'] })).toBe(false);
  expect(activeOnly(off, [{ rule: 'meeting/verb-trigger' }, { rule: 'meeting/noun-trigger' }])).toEqual([{ rule: 'meeting/noun-trigger' }]);
  expect(activeParties(off, [{ parties: [{ rule: 'meeting/verb-trigger' }, { rule: 'meeting/with' }] }])).toEqual([
    { parties: [{ rule: 'meeting/with' }] },
  ]);
});

test('numParam: the record value, the loader-filled default, or the registry default', () => {
  expect(numParam(bundled, 'meeting/status-cancelled', 'cueAfter')).toBe(25);
  expect(numParam(bundled, 'meeting/status-planned', 'cueAfter')).toBe(2);
  expect(numParam(bundled, 'meeting/status-default', 'cueAfter')).toBe(paramDefault('cueAfter')); // filled in by the loader
  expect(numParam(withRule('meeting/held-on', { params: { dateWindow: 4 } }), 'meeting/held-on', 'dateWindow')).toBe(4);
  expect(() => numParam(bundled, 'meeting/held-on', 'nope')).toThrow(/no numeric param/);
});

function copyWith(name: string, id: string, patch: Record<string, unknown>): string {
  const dir = path.join(tmp, name);
  fs.cpSync(defaultRulesDir(), dir, { recursive: true });
  const p = path.join(dir, 'meeting.rules.json');
  const data = JSON.parse(fs.readFileSync(p, 'utf8')) as { rules: Record<string, unknown>[] };
  data.rules = data.rules.map((r) => (r.id === id ? { ...r, ...patch } : r));
  fs.writeFileSync(p, `${JSON.stringify(data, null, 2)}\n`);
  return dir;
}

test('a param in the rule file drives the code: a cancel cue out of its window no longer cancels', () => {
  const text = 'Prime Minister Ada Morrow met President Keld Varno in Oslo, a meeting that was later cancelled.';
  const status = (rulesDir?: string): unknown =>
    extractText(text, { docDate: '2024-03-06', ...(rulesDir ? { rulesDir } : {}) }).nodes.find((n) => n.type === 'meeting')?.attributes
      .status;
  expect(status()).toBe('cancelled');
  const narrow = copyWith('narrow', 'meeting/status-cancelled', { params: { cueBefore: 10, cueAfter: 1 } });
  expect(status(narrow)).toBe('occurred');
});

test('a param of the wrong type or out of range is RULES_INVALID', () => {
  const bad = copyWith('bad-type', 'meeting/held-on', { params: { dateWindow: 'twelve' } });
  expect(() => loadRules(bad)).toThrow(RunError);
  expect(() => loadRules(bad)).toThrow(
    /meeting\.rules\.json:\d+: rules\[\d+\]\.params\.dateWindow: param "dateWindow" must be an integer, got "twelve"/,
  );
  const big = copyWith('bad-range', 'meeting/held-on', { params: { dateWindow: 1000 } });
  expect(() => loadRules(big)).toThrow(/param "dateWindow" must be ≤ 100/);
});
