import { abbreviationDot } from '../../../src/tokenize/index.js';

test('an abbreviation keeps its final dot', () => {
  expect(abbreviationDot('U.S', '.)')).toEqual({ text: 'U.S.', post: ')' });
  expect(abbreviationDot('U.N', '. ')).toEqual({ text: 'U.N.', post: ' ' });
});

test('other words and sentence ends are left alone', () => {
  expect(abbreviationDot('Ardley', '. ')).toEqual({ text: 'Ardley', post: '. ' });
  expect(abbreviationDot('U.S.', ')')).toEqual({ text: 'U.S.', post: ')' });
});
