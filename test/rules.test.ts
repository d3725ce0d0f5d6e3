/**
 * The generic rule test (ESLint RuleTester style): every rule's `match` examples must produce an
 * output stamped with the rule's id that deep-partially equals `expect`; no `noMatch` example may
 * produce an output with that id. Plus meta-checks on the rule set and the lexicons.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadRules, defaultRulesDir, type Rule } from '../src/index.js';
import { checkMatch, checkNoMatch, formatFailure, type ExampleFailure } from '../src/engine/rule-tester.js';
import { run } from './helpers/pipeline.js';

const rules = loadRules();
const active = rules.rules.filter((r) => r.active);

function pass(f: ExampleFailure | null): void {
  if (f) throw new Error(formatFailure(f));
}

describe.each(active.map((r) => [r.id, r] as [string, Rule]))('%s', (_id, rule) => {
  test.each(rule.examples.match.map((e, i) => [i, e] as const))('match example %i', (i, ex) => pass(checkMatch(rule, ex, i, run)));
  test.each(rule.examples.noMatch.map((e, i) => [i, e] as const))('noMatch example %i', (i, ex) => pass(checkNoMatch(rule, ex, i, run)));
});

/** At least two match and two noMatch examples per rule, three of each for meeting rules (issue 14). */
function minimumExamples(r: Rule): number {
  return r.family === 'meeting' ? 3 : 2;
}

describe('rule set meta-checks', () => {
  test('every rule has match and noMatch examples, ids prefixed by family, unique', () => {
    const ids = new Set<string>();
    for (const r of rules.rules) {
      expect(r.examples.match.length).toBeGreaterThan(0);
      expect(r.examples.noMatch.length).toBeGreaterThan(0);
      expect(r.id.startsWith(`${r.family}/`)).toBe(true);
      expect(ids.has(r.id)).toBe(false);
      ids.add(r.id);
    }
  });
  test('every rule has at least two match and two noMatch examples (meeting rules three of each)', () => {
    const short = rules.rules
      .filter((r) => r.examples.match.length < minimumExamples(r) || r.examples.noMatch.length < minimumExamples(r))
      .map((r) => `${r.id}: ${r.examples.match.length} match, ${r.examples.noMatch.length} noMatch (needs ${minimumExamples(r)} of each)`);
    expect(short).toEqual([]);
  });
  test('no example appears twice', () => {
    const seen = new Set<string>();
    for (const r of rules.rules) {
      for (const t of [...r.examples.match.map((e) => e.text), ...r.examples.noMatch.map((e) => (typeof e === 'string' ? e : e.text))]) {
        const key = `${r.id}\u0000${t}`;
        expect(seen.has(key)).toBe(false);
        seen.add(key);
      }
    }
  });
  test('index.json lists every rule and lexicon file on disk', () => {
    const dir = defaultRulesDir();
    const index = JSON.parse(fs.readFileSync(path.join(dir, 'index.json'), 'utf8')) as { phases: { file: string }[]; lexicons: string[] };
    const onDisk = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.rules.json'))
      .sort();
    expect(index.phases.map((p) => p.file).sort()).toEqual(onDisk);
    const lexOnDisk = fs
      .readdirSync(path.join(dir, 'lexicon'))
      .map((f) => `lexicon/${f}`)
      .sort();
    expect([...index.lexicons].sort()).toEqual(lexOnDisk);
  });
  test('every lexicon is sorted and free of duplicates', () => {
    for (const lf of rules.lexicons.values()) {
      const texts = lf.entries.map((e) => e.text.toLowerCase());
      expect({ file: lf.file, texts }).toEqual({ file: lf.file, texts: [...new Set(texts)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)) });
    }
  });
  test('no person from any gold file is named in src/ or rules/', () => {
    const goldDirs = ['fixtures/news', '../shared/seeds', '../shared/corpus'].filter((d) => fs.existsSync(d));
    const names = new Set<string>();
    for (const d of goldDirs) {
      for (const f of fs.readdirSync(d).filter((x) => x.endsWith('.gold.json'))) {
        const g = JSON.parse(fs.readFileSync(path.join(d, f), 'utf8')) as {
          entities: { type: string; name: string; aliases?: string[] }[];
        };
        for (const e of g.entities)
          if (e.type === 'person') for (const n of [e.name, ...(e.aliases ?? [])]) if (n.length >= 4 && /\s|-/.test(n)) names.add(n);
      }
    }
    const files: string[] = [];
    const walk = (d: string): void => {
      for (const f of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, f.name);
        if (f.isDirectory()) walk(p);
        else if (/\.(ts|json)$/.test(f.name)) files.push(p);
      }
    };
    walk('src');
    walk('rules');
    const hits: string[] = [];
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      for (const n of names) if (text.includes(n)) hits.push(`${f}: ${n}`);
    }
    expect(hits).toEqual([]);
  });
});
