import { abbreviationDot } from '../../../src/tokenize/index.js';

test('an abbreviation keeps its final dot', () => {
  expect(abbreviationDot('U.S', '.)')).toEqual({ text: 'U.S.', post: ')' });
  expect(abbreviationDot('U.N', '. ')).toEqual({ text: 'U.N.', post: ' ' });
});

test('other words and sentence ends are left alone', () => {
  expect(abbreviationDot('Ardley', '. ')).toEqual({ text: 'Ardley', post: '. ' });
  expect(abbreviationDot('U.S.', ')')).toEqual({ text: 'U.S.', post: ')' });
});

test('a capitalized word of dotted-abbreviations keeps its dot inside a sentence, not at its end', () => {
  const dotted = new Set(['corp', 'inc']);
  expect(abbreviationDot('Corp', '. ', dotted, false)).toEqual({ text: 'Corp.', post: ' ' });
  expect(abbreviationDot('Inc', '., ', dotted, false)).toEqual({ text: 'Inc.', post: ', ' });
  expect(abbreviationDot('Inc', '.', dotted, true)).toEqual({ text: 'Inc', post: '.' });
  expect(abbreviationDot('corp', '. ', dotted, false)).toEqual({ text: 'corp', post: '. ' });
  expect(abbreviationDot('Corp', '... ', dotted, false)).toEqual({ text: 'Corp', post: '... ' });
  expect(abbreviationDot('Ardley', '. ', dotted, false)).toEqual({ text: 'Ardley', post: '. ' });
});
