/**
 * Long documents are processed in windows (issue 18, src/windows.ts): each window finds what the
 * same piece of text finds alone, offsets point into the whole text, and the windows make one document.
 */
import { createContext, type DocResult, type Mention, type SourceDoc } from '../../../src/index.js';
import { processDocument } from '../../../src/pipeline.js';
import { clean, mapRange } from '../../../src/clean/index.js';
import { documentWindows, WINDOW_CHARS } from '../../../src/windows.js';
import { sha256 } from '../../../src/input/read.js';
import { badSpan } from '../../helpers/spans.js';

const ctx = createContext();
const DATE = '2024-03-06';

const SYLLABLES = ['ka', 'lo', 'mi', 've', 'ra', 'su', 'ten', 'dor', 'bel', 'nu', 'zi', 'po'];
/** An invented name part, different for every n. */
function invented(n: number, salt: number): string {
  let s = '';
  let k = n * 7 + salt;
  for (let i = 0; i < 3; i++) {
    s += SYLLABLES[k % SYLLABLES.length]!;
    k = Math.floor(k / SYLLABLES.length) + i + salt;
  }
  return s[0]!.toUpperCase() + s.slice(1);
}
const person = (n: number, salt: number): string => `${invented(n, salt)} ${invented(n + 1000, salt + 3)}`;

const COUNTRIES = ['Denmark', 'Chile', 'Norway', 'Kenya', 'Peru', 'Japan', 'Ghana', 'Poland'];
const CITIES = ['Oslo', 'Lima', 'Nairobi', 'Accra', 'Warsaw', 'Santiago'];

/** An article of a few paragraphs with its own invented people (and characters outside the BMP). */
function article(n: number): string {
  const a = person(n, 1);
  const b = person(n, 5);
  const c = person(n, 9);
  const country = COUNTRIES[n % COUNTRIES.length]!;
  const other = COUNTRIES[(n + 3) % COUNTRIES.length]!;
  const city = CITIES[n % CITIES.length]!;
  return [
    `Leaders Meet in ${city}`,
    `Prime Minister ${a} of ${country} met President ${b} of ${other} in ${city} on Tuesday, officials said. ` +
      `The two leaders discussed trade and security 🤝 over dinner.`,
    `Foreign Minister ${c} will visit ${other} next month, the ministry said on Monday. ${c} met ${b} in 2019.`,
    `"We agreed on a great deal 😀," ${a.split(' ')[1]} told reporters in ${city} on March 4, 2024.`,
  ].join('\n\n');
}

function longText(chars: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let n = 0; length < chars; n++) {
    const a = article(n);
    parts.push(a);
    length += a.length + 2;
  }
  return parts.join('\n\n');
}

function source(path: string, text: string): SourceDoc {
  return { path, text, sha256: sha256(text), date: DATE, dateSource: 'option' };
}

const key = (m: Mention): string => JSON.stringify(m);
const shifted = (m: Mention, by: number): Mention => ({ ...m, start: m.start + by, end: m.end + by });

/** What a result found, comparable across documents: mentions by node, edges and meetings, offsets moved by `by`. */
function findings(
  r: DocResult,
  by: number,
  meetingsBefore: number,
): { entities: Map<string, string[]>; dates: string[]; edges: string[]; meetings: string[] } {
  const entities = new Map<string, string[]>();
  for (const e of r.entities) entities.set(e.id, [...(entities.get(e.id) ?? []), ...e.mentions.map((m) => key(shifted(m, by)))]);
  const meeting = (id: string): string => (id.startsWith('meeting#') ? `meeting#${Number(id.slice(8)) + meetingsBefore}` : id);
  return {
    entities,
    dates: r.dates.flatMap((d) => d.mentions.map((m) => `${d.timex} ${d.value} ${key(shifted(m, by))}`)),
    edges: r.edges.map(
      (e) =>
        `${e.type} ${meeting(e.source)} ${meeting(e.target)} ${JSON.stringify(e.attributes)} ${e.evidence.map((m) => key(shifted(m, by))).join()}`,
    ),
    meetings: r.meetings.map((m) =>
      JSON.stringify({ ...m, localId: m.localId + meetingsBefore, mentions: m.mentions.map((x) => shifted(x, by)) }),
    ),
  };
}

/** The whole document against its windows' pieces processed alone, each as its own document. */
function expectSameAsPieces(text: string, windowChars: number): void {
  const whole = processDocument(source('long.txt', text), ctx, { windowChars });
  const view = clean(source('long.txt', text), ctx).view;
  const windows = documentWindows(view.text, windowChars);
  expect(windows.length).toBeGreaterThanOrEqual(3);
  const expected = { entities: new Map<string, string[]>(), dates: [] as string[], edges: [] as string[], meetings: [] as string[] };
  let meetings = 0;
  for (const w of windows) {
    const o = mapRange(view, w.start, w.end);
    const piece = text.slice(o.start, o.end);
    // the piece alone reads as the window does (plain prose: nothing in it depends on what is around it)
    expect(clean(source('piece.txt', piece), ctx).view.text).toBe(view.text.slice(w.start, w.end));
    const alone = processDocument(source('piece.txt', piece), ctx, { windowChars });
    const f = findings(alone, Array.from(text.slice(0, o.start)).length, meetings);
    meetings += alone.meetings.length;
    for (const [id, ms] of f.entities) expected.entities.set(id, [...(expected.entities.get(id) ?? []), ...ms]);
    expected.dates.push(...f.dates);
    expected.edges.push(...f.edges);
    expected.meetings.push(...f.meetings);
  }
  const got = findings(whole, 0, 0);
  const sorted = (m: Map<string, string[]>): [string, string[]][] =>
    [...m].map(([id, ms]): [string, string[]] => [id, [...ms].sort()]).sort();
  expect(sorted(got.entities)).toEqual(sorted(expected.entities));
  expect([...got.dates].sort()).toEqual([...expected.dates].sort());
  expect(got.edges).toEqual(expected.edges);
  expect(got.meetings).toEqual(expected.meetings);
  // one document: every span (code points) slices the whole text to its text
  expect(whole.doc.chars).toBe(Array.from(text).length);
  const all = [
    ...whole.entities.flatMap((e) => e.mentions),
    ...whole.dates.flatMap((d) => d.mentions),
    ...whole.meetings.flatMap((m) => m.mentions),
    ...whole.edges.flatMap((e) => e.evidence),
  ];
  expect(badSpan(text, all)).toBeNull();
  expect(whole.entities.filter((e) => e.type === 'person').length).toBeGreaterThan(20);
  expect(whole.edges.length).toBeGreaterThan(20);
  expect(whole.meetings.length).toBeGreaterThan(3);
}

describe('documentWindows', () => {
  test('a text no longer than the bound is one window; every fixture-size article is far below it', () => {
    expect(documentWindows('short text', 100)).toEqual([{ start: 0, end: 10 }]);
    expect(WINDOW_CHARS).toBeGreaterThanOrEqual(50_000);
  });

  test('windows cover the text, none is longer than the bound, and they are cut after paragraph breaks', () => {
    const text = longText(20_000);
    const ws = documentWindows(text, 3000);
    expect(ws[0]!.start).toBe(0);
    expect(ws.at(-1)!.end).toBe(text.length);
    for (let i = 1; i < ws.length; i++) expect(ws[i]!.start).toBe(ws[i - 1]!.end);
    for (const w of ws) expect(w.end - w.start).toBeLessThanOrEqual(3000);
    for (const w of ws.slice(0, -1)) expect(text.slice(w.end - 2, w.end)).toBe('\n\n');
  });

  test('without paragraph breaks a window ends at a line end, a sentence end, whitespace, or the bound', () => {
    const lines = Array.from({ length: 400 }, (_, i) => `Line ${i} of the text`).join('\n');
    for (const w of documentWindows(lines, 500).slice(0, -1)) expect(lines[w.end - 1]).toBe('\n');
    const sentences = 'One sentence ends here. '.repeat(200);
    for (const w of documentWindows(sentences, 500).slice(0, -1)) expect(sentences.slice(w.end - 2, w.end)).toBe('. ');
    const words = 'word '.repeat(400);
    for (const w of documentWindows(words, 500).slice(0, -1)) expect(words[w.end - 1]).toBe(' ');
    const solid = 'x'.repeat(99) + '😀'.repeat(400);
    const ws = documentWindows(solid, 100);
    expect(ws.at(-1)!.end).toBe(solid.length);
    for (const w of ws) {
      expect(w.end - w.start).toBeLessThanOrEqual(100);
      const c = solid.charCodeAt(w.start);
      expect(c >= 0xdc00 && c <= 0xdfff).toBe(false);
    }
  });
});

describe('a long document', () => {
  test('each window finds what its piece finds alone, with offsets into the whole text (small windows)', () => {
    expectSameAsPieces(longText(40_000), 9_000);
  });

  test(
    'the same at the default window size, over several windows',
    () => {
      expectSameAsPieces(longText(2.5 * WINDOW_CHARS), WINDOW_CHARS);
    },
    20 * 60_000,
  );

  test('a document no longer than one window is processed as before: the windowed path is not taken', () => {
    const text = longText(8_000);
    const one = processDocument(source('a.txt', text), ctx);
    expect(JSON.stringify(processDocument(source('a.txt', text), ctx, { windowChars: 2 * text.length }))).toBe(JSON.stringify(one));
  });

  test('the checkpoint is called before every stage of every window (the time budget of the calling thread)', () => {
    let calls = 0;
    processDocument(source('a.txt', longText(20_000)), ctx, { windowChars: 5_000, checkpoint: () => void calls++ });
    const windows = documentWindows(clean(source('a.txt', longText(20_000)), ctx).view.text, 5_000).length;
    // clean, then tokenize, entities, dates, relations per window, then the alias merge
    expect(calls).toBe(2 + 4 * windows);
    calls = 0;
    expect(() =>
      processDocument(source('a.txt', longText(20_000)), ctx, {
        windowChars: 5_000,
        checkpoint: () => {
          if (++calls > 10) throw new Error('over budget');
        },
      }),
    ).toThrow('over budget');
    expect(calls).toBe(11);
  });
});
