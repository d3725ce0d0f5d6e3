import { boundedPieces, MAX_SENTENCE_CHARS } from '../../../src/tokenize/sentence-bound.js';
import { extractDocument } from '../../../src/index.js';
import { sha256 } from '../../../src/input/read.js';

const words = ['the', 'minister', 'said', 'that', 'talks', 'with', 'Ada', 'Morrow', 'would', 'continue', 'in', 'Oslo'];
function runOn(chars: number): string {
  let s = '';
  for (let i = 0; s.length < chars; i++) s += `${words[i % words.length]!} `;
  return s;
}

function expectCover(text: string, max: number): void {
  const pieces = boundedPieces(text, max);
  expect(pieces[0]!.start).toBe(0);
  expect(pieces.at(-1)!.end).toBe(text.length);
  for (let i = 1; i < pieces.length; i++) expect(pieces[i]!.start).toBe(pieces[i - 1]!.end);
  for (const p of pieces) expect(p.end - p.start).toBeLessThanOrEqual(max);
}

test('ordinary prose is one piece: sentence ends (. ! ? and newlines) reset the bound', () => {
  const prose = Array.from({ length: 200 }, (_, i) => `Sentence ${i} is short and ends here${i % 3 === 0 ? '!' : '.'}`).join(' ');
  expect(boundedPieces(prose, 100)).toEqual([{ start: 0, end: prose.length }]);
  const lines = Array.from({ length: 50 }, () => 'a heading without a stop').join('\n');
  expect(boundedPieces(lines, 100)).toHaveLength(1);
});

test('a run-on sentence is cut after whitespace into pieces no longer than the bound', () => {
  const text = runOn(10_000);
  const pieces = boundedPieces(text, 500);
  expect(pieces.length).toBeGreaterThanOrEqual(20);
  expectCover(text, 500);
  for (const p of pieces.slice(0, -1)) expect(text[p.end - 1]).toBe(' ');
});

test('a stretch with no whitespace is cut at the bound, never inside a surrogate pair', () => {
  const text = 'x'.repeat(99) + '😀'.repeat(300);
  expectCover(text, 100);
  for (const p of boundedPieces(text, 100)) expect(text.charCodeAt(p.start) >= 0xdc00 && text.charCodeAt(p.start) <= 0xdfff).toBe(false);
});

test('the default bound is above the longest sentence of real prose (under 700 chars in the dev sets)', () => {
  expect(MAX_SENTENCE_CHARS).toBeGreaterThanOrEqual(1000);
});

test('tokens of a run-on document keep correct offsets across pieces', () => {
  const text = `${runOn(3 * MAX_SENTENCE_CHARS)}end.`;
  const r = extractDocument({ path: 'runon.txt', text, sha256: sha256(text) });
  const chars = Array.from(text);
  const mentions = r.entities.flatMap((e) => e.mentions);
  expect(mentions.length).toBeGreaterThan(3);
  for (const m of mentions) expect(chars.slice(m.start, m.end).join('')).toBe(m.text);
  expect(r.entities.map((e) => e.id)).toContain('person:ada-morrow');
});
