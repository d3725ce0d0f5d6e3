/** The relation pattern language: item classes, macros, @lexicons and the repetition limits. */
import { expandMacros, itemPatternProblem, patternSymbols } from '../../../src/engine/item-pattern.js';

const lex = new Map([['signing-verbs', ['signed', 'initialled', 'concluded agreement']]]);

test('@lexicon expands to the list as an alternation, longest entry first', () => {
  expect(expandMacros('(?<a>PER) @signing-verbs', {}, 'f', lex)).toBe('(?<a>PER) (?:concluded agreement|initialled|signed)');
  expect(() => expandMacros('@nope', {}, 'f', lex)).toThrow(/unknown lexicon @nope/);
  expect(expandMacros('$X PER', { X: 'CTY|DEM' }, 'f')).toBe('(?:CTY|DEM) PER');
  expect(() => expandMacros('$Y', {}, 'f')).toThrow(/unknown macro \$Y/);
});

test('the symbols a pattern names: macros, lexicons, item classes (not escapes, groups or classes)', () => {
  const syms = patternSymbols('(?<person>$NAME) , (?:\\S+ ){0,2}@signing-verbs [A-Z]x (?<org>ORGs)', { NAME: 'PER|PERs' });
  expect(syms).toEqual([
    { kind: 'macro', name: 'NAME' },
    { kind: 'lexicon', name: 'signing-verbs' },
    { kind: 'class', name: 'PER' },
    { kind: 'class', name: 'PERs' },
    { kind: 'class', name: 'ORGs' },
  ]);
});

test('unbounded repetition of a wildcard is refused; closed lists and bounded wildcards are fine', () => {
  expect(itemPatternProblem('PER .* CTY', {}, lex)).toMatch(/unbounded repetition of a wildcard/);
  expect(itemPatternProblem('PER [^,]* CTY', {}, lex)).toMatch(/unbounded/);
  expect(itemPatternProblem('PER (?:\\S+ ){0,6}CTY', {}, lex)).toBeNull();
  expect(itemPatternProblem('(?:(?:then|former) )*PER', {}, lex)).toBeNull();
  expect(itemPatternProblem('(?:[a-z_]+ ){0,3}PER', {}, lex)).toBeNull();
  expect(itemPatternProblem('(?:(?:a|b)+ )+PER', {}, lex)).toMatch(/nested repetition/);
  expect(itemPatternProblem('(?<x>PER', {}, lex)).toMatch(/invalid pattern/);
});
