/**
 * The bundled rules are checked for catastrophic backtracking at build time
 * (scripts/build-rules-verified.mjs → dist/generated/rules-verified.json), and a run skips those
 * checks only for bundled files that are byte-identical to what the build checked. These tests
 * make the skip safe: every bundled regex and pattern passes the full checks, and the artefact
 * the build wrote matches the current rules and checking code.
 */
import fs from 'node:fs';
import path from 'node:path';
import { defaultRulesDir, loadRules, ruleVerified } from '../../../src/engine/load.js';
import { checkRegexes } from '../../../src/engine/safety.js';
import { itemPatternProblem, lexiconTexts } from '../../../src/engine/item-pattern.js';
import { compileDateRules, expandMacros } from '../../../src/dates/compile.js';
import { backtrackingProblem } from '../../../src/engine/backtracking.js';
import { checkerHash, fileVerified, parseVerified, ruleSetVerified, sha256, type VerifiedRules } from '../../../src/engine/verified.js';

const dir = defaultRulesDir();
const index = JSON.parse(fs.readFileSync(path.join(dir, 'index.json'), 'utf8')) as { phases: { file: string }[] };
const ruleFiles = index.phases.map((p) => p.file);

test('from the sources (no build artefact) nothing counts as verified: every check runs', () => {
  const rules = loadRules();
  expect(rules.rules.some((r) => ruleVerified(r))).toBe(false);
  expect(ruleSetVerified(rules.hash)).toBe(false);
  for (const f of ruleFiles) expect(fileVerified(fs.readFileSync(path.join(dir, f), 'utf8'))).toBe(false);
  expect(() => compileDateRules(rules)).not.toThrow();
});

test('every bundled rule regex, relation pattern and date regex passes the ReDoS checks (so a run may skip them)', () => {
  const rules = loadRules();
  for (const f of ruleFiles) {
    const data = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Parameters<typeof checkRegexes>[0];
    expect({ file: f, problems: checkRegexes(data) }).toEqual({ file: f, problems: [] });
  }
  const texts = lexiconTexts(rules.lexicons);
  for (const r of rules.rules) {
    const macros = rules.macros[r.family] ?? {};
    if (r.stage === 'relations')
      for (const p of [r.pattern, r.unless])
        if (p !== undefined) expect({ id: r.id, why: itemPatternProblem(p, macros, texts) }).toEqual({ id: r.id, why: null });
    if (r.stage === 'dates' && r.regex !== undefined)
      expect({ id: r.id, why: backtrackingProblem(expandMacros(r.regex, macros, r.id), `${r.flags ?? ''}u`) }).toEqual({
        id: r.id,
        why: null,
      });
  }
});

test('the build recorded the current bundled rule files, rule set and checking code', () => {
  const artefact = JSON.parse(fs.readFileSync('dist/generated/rules-verified.json', 'utf8')) as VerifiedRules;
  expect(artefact.checker).toBe(checkerHash(path.resolve('dist')));
  for (const f of ruleFiles)
    expect({ f, recorded: artefact.files.includes(sha256(fs.readFileSync(path.join(dir, f), 'utf8'))) }).toEqual({ f, recorded: true });
  expect(artefact.ruleSet).toBe(loadRules().hash);
});

test('an artefact from other checking code, or not an artefact at all, verifies nothing', () => {
  const text = JSON.stringify({ checker: 'a'.repeat(64), files: [sha256('x')], ruleSet: 'r' });
  expect(parseVerified(text, 'a'.repeat(64))?.files.has(sha256('x'))).toBe(true);
  expect(parseVerified(text, 'b'.repeat(64))).toBeNull();
  expect(parseVerified(text, undefined)).toBeNull();
  expect(parseVerified('{', 'a'.repeat(64))).toBeNull();
  expect(parseVerified('{"checker":"a"}', 'a')).toBeNull();
});
