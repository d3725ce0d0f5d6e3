import { expandMacros, unsafeRepetition, compileDateRules } from '../../../src/dates/compile.js';
import { loadRules } from '../../../src/index.js';
import type { RuleSet } from '../../../src/index.js';

describe('date rule compilation', () => {
  test('nested unbounded repetition is refused, bounded or flat repetition is fine', () => {
    expect(unsafeRepetition('(a+)+')).toBe('(a+)+');
    expect(unsafeRepetition('(?:,\\s*x)*')).not.toBeNull();
    expect(unsafeRepetition('(?:\\d+){2,}')).not.toBeNull();
    expect(unsafeRepetition('(?:ab)+c*')).toBeNull();
    expect(unsafeRepetition('(?:,\\sx)?(?:,\\sy)?')).toBeNull();
    expect(unsafeRepetition('[(+]+')).toBeNull();
  });
  test('macros expand, unknown macros are an error', () => {
    expect(expandMacros('$A-$B', { A: 'x', B: '$A' }, 'f')).toBe('x-x');
    expect(() => expandMacros('$NOPE', {}, 'f')).toThrow(/unknown macro/);
  });
  test('every bundled date rule compiles once per rule set', () => {
    const rules = loadRules();
    const a = compileDateRules(rules);
    expect(a.length).toBeGreaterThan(10);
    expect(compileDateRules(rules)).toBe(a);
  });
  test('an unknown normalizer is RULES_INVALID', () => {
    const rules = loadRules();
    const bad: RuleSet = {
      ...rules,
      rules: [{ ...rules.rules.find((r) => r.stage === 'dates')!, output: { date: { normalizer: 'nope' } } }],
    };
    expect(() => compileDateRules(bad)).toThrow(/unknown normalizer "nope"/);
  });
  test('every date regex stays fast on long adversarial input', () => {
    const rules = loadRules();
    const text = `${'Feb. 1 - '.repeat(2000)}${'in the past '.repeat(2000)}${'1970s and '.repeat(2000)}`;
    for (const r of compileDateRules(rules)) {
      r.regex.lastIndex = 0;
      let n = 0;
      while (r.regex.exec(text) && n < 100000) n++;
    }
    expect(true).toBe(true);
  });
});
