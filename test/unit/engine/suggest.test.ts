import { closest, didYouMean, editDistance } from '../../../src/engine/suggest.js';

test('edit distance', () => {
  expect(editDistance('kitten', 'sitting')).toBe(3);
  expect(editDistance('', 'abc')).toBe(3);
  expect(editDistance('same', 'same')).toBe(0);
});

test('the closest known name within a small distance, else nothing', () => {
  expect(closest('leader-title-vaild', ['leader-title-valid', 'not-a-count'])).toBe('leader-title-valid');
  expect(closest('PERS', ['PER', 'PERs', 'ORG'])).toBe('PERs');
  expect(closest('zzzzzz', ['leader-title-valid'])).toBeUndefined();
  expect(didYouMean('rol', ['role', 'current'])).toBe(' (did you mean "role"?)');
  expect(didYouMean('xyzzy', ['role'])).toBe('');
});
