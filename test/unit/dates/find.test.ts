/** Every date form of issue 6 through the whole pipeline, with a fixed document date and without one. */
import { datesOf, valueOf } from './helpers.js';

const DOC = '2019-02-28'; // a Thursday

describe('full dates and ranges', () => {
  test.each([
    ['On Feb. 9, the envoy left.', 'Feb. 9', '2019-02-09'],
    ['It was signed February 10, 2019.', 'February 10, 2019', '2019-02-10'],
    ['It was signed on 10 February 2019.', '10 February 2019', '2019-02-10'],
    ['The memo is dated 2019-02-12.', '2019-02-12', '2019-02-12'],
    ['Posted on : 2019-02-12 17:19 KST', '2019-02-12 17:19 KST', '2019-02-12'],
    ['The summit is on Feb. 27–28.', 'Feb. 27–28', '2019-02-27/2019-02-28'],
    ['Drills ran Feb. 15 - 17.', 'Feb. 15 - 17', '2019-02-15/2019-02-17'],
    ['The patriot (1876-1949) was honoured.', '1876-1949', '1876/1949'],
    ['Aid was $1bn in 2001-02.', '2001-02', '2001/2002'],
    ['Since the 9/11 attacks, rules changed.', '9/11', '2001-09-11'],
  ])('%s', (text, span, value) => {
    expect(valueOf(text, span, DOC)).toBe(value);
  });
});

describe('months, years, decades, seasons', () => {
  test('a month list gives one mention per month', () => {
    expect(datesOf('Ada Lind visited in April and June of last year.', DOC).map((d) => [d.text, d.value])).toEqual([
      ['April', '2018-04'],
      ['June of last year', '2018-06'],
    ]);
  });
  test.each([
    ['The king took power in January.', 'January', '2019-01'],
    ['The armies faced off in September.', 'September', '2018-09'],
    ['The vote will be held in late August.', 'late August', '2019-08'],
    ['The talks will resume in January.', 'January', '2020-01'],
    ['Since last June, talks stalled.', 'last June', '2018-06'],
    ['It opened in 1962.', '1962', '1962'],
    ['It followed a 2005 peace agreement.', '2005', '2005'],
    ['Talks collapsed in the fall of 2002.', 'fall of 2002', '2002-FA'],
    // a present form after the month (here a plural noun tagged as a verb) yields to the past before it
    ['Bo Vance stepped down as chief executive in August for health reasons.', 'August', '2018-08'],
    // the tokenizer breaks the sentence after "vs."; the tense scan reads on to the verb after the break
    ['In July, a week after the Lind vs. Morrow ruling, a fire in Brenvik destroyed a clinic.', 'July', '2018-07'],
    // an infinitive governs the month, not the past before it: the nearest May
    ['Orvana Mills agreed to buy the Kestrel unit, its rival, in May.', 'May', '2019-05'],
    ['Orvana Mills bought the Kestrel unit, its rival, in May.', 'May', '2018-05'],
    ['The talks, which are supposed to end by June, resumed.', 'June', '2019-06'],
    ['The new office takes charge effective June 1.', 'June 1', '2019-06-01'],
    // the verb after ", who …," is the main clause's (tagged a plural noun there): the relative clause's past does not govern
    ['Ada Morrow, who took office in 2013, faces an election in August.', 'August', '2019-08'],
    ['Ada Morrow, who took office in 2013, lost an election in August.', 'August', '2018-08'],
    // "buy" after an adjective after a verb is a noun ("heavy buy orders"): the past before the infinitive governs
    ['Dealers placed heavy buy orders to start the first trading day for March transactions.', 'March', '2019-03'],
  ])('%s', (text, span, value) => {
    expect(valueOf(text, span, DOC)).toBe(value);
  });
  test('decades: the 1970s and the 80s', () => {
    expect(datesOf('Citizens were abducted in the 1970s and ’80s.', DOC).map((d) => d.value)).toEqual(['197', '198']);
  });
});

describe('weekdays follow the tense', () => {
  test.each([
    ['The leaders will meet on Friday.', 'Friday', '2019-03-01'],
    ['The minister said on Friday that talks failed.', 'Friday', '2019-02-22'],
    ['The envoy flew to Lund to meet Ada Lind on Friday.', 'Friday', '2019-02-22'],
    ['The offer had been scheduled to expire on Friday.', 'Friday', '2019-02-22'],
    ['The offer is scheduled to expire on Friday.', 'Friday', '2019-03-01'],
    ['Bo Vance said Thursday that he would go.', 'Thursday', '2019-02-28'],
    ['On Tuesday, the envoy is scheduled to fly home.', 'Tuesday', '2019-03-05'],
    ['The ministry said Sunday’s summit coincides with a truce.', 'Sunday', '2019-03-03'],
    // after a preposition a possessive phrase is its object: the verb before governs it
    ['The bonds were among Friday’s offerings in the capital markets.', 'Friday', '2019-02-22'],
    // "next to" is a preposition, not a cue for the future
    ['Ten people were hurt in the blast next to the embassy on Tuesday.', 'Tuesday', '2019-02-26'],
    ['The paper wrote in an editorial on Monday, Feb. 25: the court erred.', 'Monday, Feb. 25', '2019-02-25'],
    ['Bo Vance, who resigned in 2017, faces a hearing on Friday.', 'Friday', '2019-03-01'],
    ['Bo Vance, who resigned in 2017, lost a vote on Friday.', 'Friday', '2019-02-22'],
    // a word the pre-tagger leaves a present-tense verb after a preposition, a number or an
    // article-and-adjective is a noun there, no cue ("in contrast", "886 million shares", "heavy buy orders")
    ['In contrast to Tuesday, when 40 people were arrested, the protesters in Lund were calm.', 'Tuesday', '2019-02-26'],
    ['Volume was estimated at 1.3 billion shares, up from 886 million shares Tuesday.', 'Tuesday', '2019-02-26'],
    // "set" counts only before "to"/"for", "plans" only as a verb, "planned" not after an adverb
    [
      'On Friday, when Ada Lind set aside vacation plans for the hastily planned trip, the ministry lifted a warning.',
      'Friday',
      '2019-02-22',
    ],
    ['The vote is set for Friday.', 'Friday', '2019-03-01'],
    ['Kestow Corp. plans to open a plant on Friday.', 'Friday', '2019-03-01'],
  ])('%s', (text, span, value) => {
    expect(valueOf(text, span, DOC)).toBe(value);
  });
});

describe('relative expressions', () => {
  test.each([
    ['Talks happened this week.', 'this week', '2019-W09'],
    ['Talks happen next week.', 'next week', '2019-W10'],
    ['Talks happened last week.', 'last week', '2019-W08'],
    ['The report is due this month.', 'this month', '2019-02'],
    ['The visit is set for next month.', 'next month', '2019-03'],
    ['He left last month.', 'last month', '2019-01'],
    ['Exports fell last year.', 'last year', '2018'],
    ['Exports will rise this year.', 'this year', '2019'],
    ['Trade will double by the end of this year.', 'the end of this year', '2019'],
    ['He may visit later this month.', 'later this month', '2019-02'],
    ['Drills took place earlier this week.', 'earlier this week', '2019-W09'],
    ['They met on Monday, the day before the vote.', 'the day before', '2019-02-24'],
    ['The envoy arrives tomorrow.', 'tomorrow', '2019-03-01'],
    ['The deal came three days ago.', 'three days ago', '2019-02-25'],
  ])('%s', (text, span, value) => {
    expect(valueOf(text, span, DOC)).toBe(value);
  });
});

describe('earnings reports: a year earlier than the period named last', () => {
  const REPORT = '2019-10-28';
  test.each([
    ['Net rose 5% in the third quarter from a year earlier.', 'a year earlier', '2018-Q3'],
    ['Net rose 5% in the third quarter. For the nine months, sales fell from a year earlier.', 'a year earlier', '2018'],
    ['For the nine months, sales fell. In the third quarter, net rose from a year earlier.', 'a year earlier', '2018-Q3'],
    // the quarter reported on is the latest named one that has ended, not the one named last
    ['Third-quarter net rose. After a flat second quarter, sales grew from a year earlier.', 'a year earlier', '2018-Q3'],
    ['Third-quarter net rose; a fourth-quarter charge will follow. In the latest quarter, sales fell.', 'the latest quarter', '2019-Q3'],
    ['Net rose in the third quarter. The 2018 second quarter was weak: that quarter had a strike.', 'that quarter', '2018-Q2'],
  ])('%s', (text, span, value) => {
    expect(valueOf(text, span, REPORT)).toBe(value);
  });
});

describe('vague references and holidays', () => {
  test.each([
    ['The regime recently unveiled a submarine.', 'recently', 'PAST_REF'],
    ['Rights have eroded in recent months.', 'recent months', 'PXM'],
    ['It began nearly two decades ago.', 'nearly two decades ago', '1999'],
    ['The visit is off for the time being.', 'for the time being', 'PRESENT_REF'],
    ['Many will suffer between now and April.', 'now', 'PRESENT_REF'],
    ['Aid will grow over the next decade.', 'the next decade', 'FUTURE_REF'],
    ['Troops will be home by Christmas.', 'Christmas', '2018-12-25'],
  ])('%s', (text, span, value) => {
    expect(valueOf(text, span, DOC)).toBe(value);
  });
});

describe('not dates', () => {
  test.each([
    ['He told BBC Radio 4’s Today programme he agreed.'],
    ['Exports reached $71bn.'],
    ['Some 2000 troops were sent.'],
    ['Prices fall sharply.'],
    ['Prime Minister Ada May spoke.'],
    ['We may march again.'],
    // a sentence-initial "Earlier," sequences the report: no time expression in TimeML
    ['Earlier, the envoy said no.'],
  ])('%s', (text) => {
    expect(datesOf(text, DOC)).toEqual([]);
  });
});

describe('without a document date', () => {
  test('relative expressions are null, absolute dates still resolve, vague ones keep their class', () => {
    const found = datesOf(
      'The vote on 9 January came after talks on Friday. This week and next month matter, as did the fall of 2002, a conference in March and the 2005 accord. Earlier, they met recently.',
    );
    expect(found.map((d) => [d.text, d.value])).toEqual([
      ['9 January', null],
      ['Friday', null],
      ['This week', null],
      ['next month', null],
      ['fall of 2002', '2002-FA'],
      ['March', null],
      ['2005', '2005'],
      ['recently', 'PAST_REF'],
    ]);
  });
  test('a dateline anchors the document only with its own year; a year elsewhere is no licence to guess', () => {
    const withYear = datesOf('SEOUL, Jan. 2, 2026 (Yonhap) -- The two leaders will meet next week.');
    expect(withYear.find((d) => d.text === 'next week')?.value).toBe('2026-W02');
    const without = datesOf('SEOUL, Jan. 2 (Yonhap) -- The two leaders will meet next week, the 2026 schedule shows.');
    expect(without.find((d) => d.text === 'next week')?.value).toBeNull();
  });
});
