import { lineOfPointer } from '../../../src/engine/json-locate.js';
import { inlineRegexes, regexProblem } from '../../../src/engine/safety.js';

const text = `{
  "family": "x",
  "rules": [
    { "id": "x/a" },
    {
      "id": "x/b",
      "a/b~c": [1,
        2]
    }
  ]
}`;

test('a JSON pointer → the line of its key or array item', () => {
  expect(lineOfPointer(text, '')).toBe(1);
  expect(lineOfPointer(text, '/family')).toBe(2);
  expect(lineOfPointer(text, '/rules/0')).toBe(4);
  expect(lineOfPointer(text, '/rules/1/id')).toBe(6);
  expect(lineOfPointer(text, '/rules/1/a~1b~0c/1')).toBe(8);
  expect(lineOfPointer(text, '/rules/1/missing')).toBe(5); // nearest existing ancestor
  expect(lineOfPointer('not json', '/x')).toBe(1);
});

test('regex safety: nested quantifiers and invalid syntax are refused', () => {
  expect(regexProblem('(a+)+$')).toMatch(/catastrophically/);
  expect(regexProblem('([a-z]+)*x')).toMatch(/catastrophically/);
  expect(regexProblem('(unclosed')).toMatch(/invalid regular expression/);
  expect(regexProblem('^[A-Z][a-z]+-[A-Z][a-z]+$')).toBeNull();
  // a nested optional is bounded and safe (safe-regex2 refused it; the scan that replaced it does not)
  expect(regexProblem('^(?:Mr\\.? )?[A-Z]')).toBeNull();
  expect(regexProblem('(?<![\\d/])9/11(?![\\d/])')).toBeNull();
  expect(regexProblem('(?:x*y)*z')).not.toBeNull();
  expect(regexProblem('((ab)*c)+')).not.toBeNull();
  expect(inlineRegexes('#Honorific /^(mr|mrs)$/ [<p>#Person+]')).toEqual(['^(mr|mrs)$']);
  expect(inlineRegexes('and/or #Noun')).toEqual([]);
});
