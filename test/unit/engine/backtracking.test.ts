import { backtrackingProblem } from '../../../src/engine/backtracking.js';
import { regexProblem } from '../../../src/engine/safety.js';
import { itemPatternProblem } from '../../../src/engine/item-pattern.js';
import { defaultRulesDir, loadRules } from '../../../src/index.js';
import { expandMacros } from '../../../src/dates/compile.js';

test.each([
  ['(a|aa)+$', /alternatives that can match the same text/],
  ['(?:a|a)+$', /alternatives that can match the same text/],
  ['(?:\\w|\\d)+$', /alternatives that can match the same text/],
  ['(?:a|)+b', /an alternative that can match nothing/],
  ['(?:(?:a|aa))+$', /alternatives that can match the same text/],
  ['(?:a{1,20}){1,20}$', /nested repetitions/],
  ['(?:a{1,3})+$', /nested repetitions/],
  ['a*a*a*a*a*b', /unbounded repetitions in a row/],
  ['.*.*.*x', /unbounded repetitions in a row/],
  ['\\s*\\s*?\\s+x', /unbounded repetitions in a row/],
])('%s is refused', (source, why) => {
  expect(backtrackingProblem(source, 'u')).toMatch(why);
  expect(regexProblem(source)).toMatch(/can backtrack catastrophically/);
});

test.each([
  '(?:\\s+\\w+){0,3}',
  '(?:\\d{1,2}[./-]){2}\\d{2,4}',
  '(?:(?:acting|deputy|top|then) )*',
  '\\b(?:Jan|Feb|Mar)\\.?',
  '\\s*,\\s*',
  '.*x.*',
  '(?<![\\d/])9/11(?![\\d/])',
  '(?:Mr|Mrs|Ms)\\.? [A-Z]\\w+',
])('%s is accepted', (source) => {
  expect(backtrackingProblem(source, 'u')).toBeNull();
});

test('a relation pattern with nested repetition of items is refused after macro expansion', () => {
  expect(itemPatternProblem('(?<person>(?:Cap )+)+(?<org>ORG)', {}, new Map())).toMatch(/backtrack/);
  expect(itemPatternProblem('(?<person>$CAPS)+(?<org>ORG)', { CAPS: '(?:Cap )+' }, new Map())).toMatch(/backtrack/);
  expect(itemPatternProblem('(?:(?:PER|PERs) )+ORG', {}, new Map())).toBeNull();
  expect(itemPatternProblem('(?<person>PER) (?:Cap ){0,3}(?<org>ORG)', {}, new Map())).toBeNull();
});

test('every bundled regex and relation pattern passes the check (after macro expansion)', () => {
  const rules = loadRules(defaultRulesDir());
  const checked = rules.rules.filter((r) => r.regex !== undefined);
  expect(checked.length).toBeGreaterThan(20);
  for (const r of checked)
    expect([r.id, backtrackingProblem(expandMacros(r.regex!, rules.macros[r.family] ?? {}, r.id), `${r.flags ?? ''}u`)]).toEqual([
      r.id,
      null,
    ]);
});
