/** The clock is never read: faking it to another year changes nothing in the output. */
import fs from 'node:fs';
import { jest } from '@jest/globals';
import { extractText } from '../../../src/index.js';

const TEXT = fs.readFileSync('fixtures/news/004_1050b81782e447f3.txt', 'utf8');
const SHORT = 'The leaders will meet on Friday, next week and later this month; they met last June and today.';

function render(): string {
  return [
    JSON.stringify(extractText(TEXT, { docDate: '2019-03-01' })),
    JSON.stringify(extractText(TEXT)),
    JSON.stringify(extractText(SHORT, { docDate: '2019-03-01' })),
    JSON.stringify(extractText(SHORT)),
  ].join('\n');
}

describe('system clock', () => {
  afterEach(() => jest.useRealTimers());
  test('output is byte-identical with the clock faked to other years', () => {
    const real = render();
    jest.useFakeTimers({ now: Date.UTC(1999, 11, 31, 23, 59) });
    const in1999 = render();
    jest.setSystemTime(Date.UTC(2041, 5, 15));
    const in2041 = render();
    expect(in1999).toBe(real);
    expect(in2041).toBe(real);
  });
});
