/**
 * The relation extractors stamp the ids of the rule records that name them (issue 14 point 2):
 * rename a record in a rules directory and its edges carry the new id; drop it and the
 * extractor does not run. A demonym is a DEM item because its record says so.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultRulesDir, extractText, loadRules, type Graph } from '../../../src/index.js';
import { edgeRuleIds, mentionItem } from '../../../src/engine/rule-ref.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-record-ids-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A copy of rules/ with `edit` applied to the parsed rules of one file. */
function copy(name: string, file: string, edit: (rules: { id: string }[]) => { id: string }[]): string {
  const dir = path.join(tmp, name);
  fs.cpSync(defaultRulesDir(), dir, { recursive: true });
  const p = path.join(dir, file);
  const data = JSON.parse(fs.readFileSync(p, 'utf8')) as { rules: { id: string }[] };
  data.rules = edit(data.rules);
  fs.writeFileSync(p, JSON.stringify(data, null, 2));
  return dir;
}

const stamps = (g: Graph, type: string): string[] => g.edges.filter((e) => e.type === type).flatMap((e) => e.evidence.map((x) => x.rule));

test('edgeRuleIds: the records naming an extractor, by the edge type they output', () => {
  const rules = loadRules();
  expect(edgeRuleIds(rules, 'context-country')).toEqual({
    leader_of: 'leader/title-name-context-country',
    affiliated_with: 'affiliated/title-name-context-country',
  });
  expect(edgeRuleIds(rules, 'counterpart')).toEqual({ leader_of: 'leader/counterpart', affiliated_with: 'affiliated/counterpart' });
  expect(edgeRuleIds(rules, 'no-such-extractor')).toBeUndefined();
  expect(mentionItem(rules, 'country/demonym')).toBe('DEM');
  expect(mentionItem(rules, 'country/name')).toBeUndefined();
});

test('a renamed record: the edges carry the new id', () => {
  const text = 'Prime Minister Ada Morrow held talks with his Danish counterpart, Keld Varno.';
  expect(stamps(extractText(text), 'leader_of')).toContain('leader/counterpart');
  const dir = copy('renamed', 'leader-of.rules.json', (rs) =>
    rs.map((r) => (r.id === 'leader/counterpart' ? { ...r, id: 'leader/counterpart-renamed' } : r)),
  );
  const g = extractText(text, { rulesDir: dir });
  expect(stamps(g, 'leader_of')).toContain('leader/counterpart-renamed');
  expect(stamps(g, 'leader_of')).not.toContain('leader/counterpart');
});

test('a dropped record: its extractor does not run, the other type of the same extractor still does', () => {
  const leader = 'In Denmark, President Keld Varno opened the session.';
  const minister = 'In Denmark, Foreign Minister Keld Varno opened the session.';
  const dir = copy('dropped', 'leader-of.rules.json', (rs) => rs.filter((r) => r.id !== 'leader/title-name-context-country'));
  expect(stamps(extractText(leader), 'leader_of')).toContain('leader/title-name-context-country');
  expect(stamps(extractText(leader, { rulesDir: dir }), 'leader_of')).not.toContain('leader/title-name-context-country');
  expect(stamps(extractText(minister, { rulesDir: dir }), 'affiliated_with')).toContain('affiliated/title-name-context-country');
});
