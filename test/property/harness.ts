/**
 * The fuzzer's generators and properties (issue 10), shared by the shard files test/property/fuzz*.test.ts:
 * random unicode, mixed scripts, emoji and combining marks, random furniture and truncated sentences
 * never crash the pipeline; the output is valid, every span slices exactly to its text, and the output
 * is deterministic.
 *
 * FUZZ_RUNS (default 1500, `npm run fuzz` 10,000) is the total number of documents, split evenly over
 * the shard files, which jest runs in parallel workers; each shard has its own seed (FUZZ_SEED + shard
 * when FUZZ_SEED is set, so a failure is reproduced with the seed and shard it prints).
 *
 * Cost: one extraction is ~10 ms of CPU and nearly all of a case; the determinism check extracts a
 * second time, so it runs on one document in DETERMINISM_EVERY (chosen by the generator, so a failing
 * case shrinks with its check on) rather than on every one.
 */
import fc from 'fast-check';
import { extractText, sourceFromBytes, extractDocument, validateGraph } from '../../src/index.js';
import { checkSpans } from '../helpers/spans.js';

/** How many shard files there are (fuzz.test.ts is shard 0, fuzz-shard1.test.ts is shard 1). */
export const SHARDS = 2;
/** One document in this many is extracted twice and the two outputs compared. */
export const DETERMINISM_EVERY = 4;

const RUNS = Number(process.env.FUZZ_RUNS ?? '1500');
const SEED = process.env.FUZZ_SEED !== undefined ? Number(process.env.FUZZ_SEED) : undefined;

function params(shard: number, runs: number): fc.Parameters<unknown> {
  return { numRuns: Math.max(1, Math.ceil(runs / SHARDS)), ...(SEED !== undefined ? { seed: SEED + shard } : {}) };
}

const NAMES = ['Ada Morrow', 'Keld Varno', 'Mira Solt', 'Ivo Brenner', 'Kim Jong-il', 'Lee Su-min', 'José Müller', 'Zoë Ångström'];
const TITLES = ['Prime Minister', 'President', 'Foreign Minister', 'King', 'Chancellor', 'leader', 'Secretary of State'];
const PLACES = ['Japan', 'North Korea', 'the United States', 'U.S.', 'Oslo', 'Beijing', 'Japanese', 'Danish', 'Pyongyang', 'Europe'];
const VERBS = ['met', 'visited', 'will meet', 'held talks with', 'called', 'did not meet', 'spoke with', 'said'];
const DATES = ['on Friday', 'on Feb. 27–28', 'last June', 'in 2002', 'next week', 'on 2019-02-12', 'this month', ''];
const FURNITURE = [
  'Share on Facebook',
  'Subscribe for unlimited access',
  'You have {{numberArticlesLeft}} free articles left',
  'https://example.com/a?b=c',
  'Most viewed articles',
  '© Reuters',
  'Title: Something',
  'ArrowArtboardCreated with Sketch.Title ChevronIcon FacebookIcon Mail',
  '---',
  '#hashtag @someone',
];
const EXOTIC = [
  '👩🏽‍💻',
  '🇯🇵',
  '😀',
  'e\u0301',
  'a\u0308\u0323',
  '東京',
  'القاهرة',
  'Москва',
  'ภาษาไทย',
  '\u200d',
  '\u00a0',
  '\ufeff',
  '\u2028',
  '&amp;',
  '\t',
];

const pick = <T>(xs: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...xs);

const sentence = fc
  .tuple(
    pick(PLACES),
    pick(TITLES),
    pick(NAMES),
    pick(VERBS),
    pick(NAMES),
    pick(PLACES),
    pick(DATES),
    fc.constantFrom('.', '!', '?', '', ','),
  )
  .map(([c, t, p, v, q, pl, d, end]) => `${c} ${t} ${p} ${v} ${q} in ${pl} ${d}`.replace(/\s+/g, ' ').trim() + end);

/** A truncated sentence: cut anywhere, even inside a surrogate pair's neighbour (by code point). */
const truncated = fc.tuple(sentence, fc.nat()).map(([s, n]) =>
  Array.from(s)
    .slice(0, n % (Array.from(s).length + 1))
    .join(''),
);

const piece = fc.oneof(
  { weight: 5, arbitrary: sentence },
  { weight: 2, arbitrary: truncated },
  { weight: 2, arbitrary: pick(FURNITURE) },
  { weight: 2, arbitrary: pick(EXOTIC) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
);
const separator = fc.constantFrom(' ', '\n', '\n\n', '\r\n', '\r', '\r\n\r\n', '  ', '\t');

const documentText = fc.array(fc.tuple(piece, separator), { maxLength: 14 }).map((parts) => parts.map(([p, s]) => p + s).join(''));

/** Random documents: no crash, valid output, exact spans; deterministic (on one in DETERMINISM_EVERY). */
export function fuzzDocuments(shard: number): void {
  fc.assert(
    fc.property(
      documentText,
      fc.option(fc.constantFrom('2019-02-12', '2024-03-06'), { nil: undefined }),
      fc.nat(DETERMINISM_EVERY - 1).map((n) => n === 0),
      (text, docDate, recheck) => {
        const opts = docDate ? { docDate } : {};
        const g = extractText(text, opts);
        expect(validateGraph(g)).toEqual([]);
        checkSpans(text, g);
        if (recheck) expect(JSON.stringify(extractText(text, opts))).toBe(JSON.stringify(g));
      },
    ),
    params(shard, RUNS),
  );
}

/** Random bytes: a document or a per-input error, never a crash. */
export function fuzzBytes(shard: number): void {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      const r = sourceFromBytes('fuzz.bin', bytes);
      if (!r.ok) {
        expect(['NOT_TEXT', 'DECODE_ERROR']).toContain(r.error.code);
        return;
      }
      const d = extractDocument(r.value);
      expect(d.doc.chars).toBe(Array.from(r.value.text).length);
    }),
    params(shard, Math.max(100 * SHARDS, Math.floor(RUNS / 3))),
  );
}
