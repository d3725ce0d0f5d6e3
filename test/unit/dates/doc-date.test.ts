import { detectDocDate, extractText } from '../../../src/index.js';

describe('document date from the text', () => {
  test.each([
    ['Posted on : 2019-02-12 17:19 KST\nBody.', '2019-02-12'],
    ['Modified on : 2019-02-12\nBody.', '2019-02-12'],
    ['Date: 2015-05-11 09:16\nBody.', '2015-05-11'],
    ['---\ntitle: "A"\npublished_at: 2026-01-02 00:00\n---\nBody.', '2026-01-02'],
    ['Published: 12 February 2019\nBody.', '2019-02-12'],
    ['By Ada Lind\nMarch 1, 2019 06:00 JST\nBody.', '2019-03-01'],
    ['SEOUL, Jan. 2, 2026 (Yonhap) -- Plans were set.', '2026-01-02'],
    // a clock time between the label and the date
    ['PUBLISHED: 15:17 EST, 8 April 2012 | UPDATED: 16:02 EST, 8 April 2012\nBody.', '2012-04-08'],
    // the Wikinews date template
    ["'''Talks end'''\n{{date|November 30, 2004}}\nBody.", '2004-11-30'],
    // a line that is a date and nothing else, under the headline
    ['Norland cuts jobs\n\nTuesday, March 4, 2025\n\nNorland Motors said on Tuesday it would cut jobs.', '2025-03-04'],
    ['2016-10-18\n\nLund arrives in Vesta\nBody.', '2016-10-18'],
    ['Lund arrives\n8 April 2012, 15:17\nBody.', '2012-04-08'],
    // a date inside a sentence, or a date line far down the text, is not the document's date
    ['Lund said on March 4, 2025 that talks would go on.\nBody.', null],
    ['A\nB\nC\nD\nE\nF\nG\nMarch 4, 2025\nBody.', null],
    ['Tuesday, March 4 talks\nBody.', null],
    // a year elsewhere in the text is not the dateline's year: no guess
    ['SEOUL, Jan. 2 (Yonhap) -- Plans for 2026 were set.', null],
    ['The talks of 2019 went on.', null],
    ['SEOUL, Jan. 2 (Yonhap) -- No year anywhere.', null],
  ])('%j', (text, date) => {
    expect(detectDocDate(text)).toBe(date);
  });
  test('a given date wins and keeps its source; otherwise the text; otherwise null', () => {
    expect(extractText('Date: 2015-05-11 09:16\nBody.', { docDate: '2016-01-01' }).documents[0]).toMatchObject({
      date: '2016-01-01',
      dateSource: 'option',
    });
    expect(extractText('Date: 2015-05-11 09:16\nBody.').documents[0]).toMatchObject({ date: '2015-05-11', dateSource: 'text' });
    expect(extractText('Nothing here.').documents[0]).toMatchObject({ date: null, dateSource: null });
  });
});
