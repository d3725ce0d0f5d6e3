/**
 * Entity patterns (person/title-name, person/apposition, person/speaker, place/city-of, place/before-lowercase-head): the item stream the
 * entity stage builds before any entity exists (src/entities/items.ts), the slots the rules' patterns
 * find in it, and the loader's checks of such patterns (RULES_INVALID file:line, exit 2).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultRulesDir, loadRules } from '../../../src/index.js';
import { entityItems, slotHits } from '../../../src/entities/items.js';
import type { Token } from '../../../src/tokenize/index.js';
import type { TitleHit } from '../../../src/entities/types.js';
import { cli } from '../../helpers/cli.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'entity-items-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Tokens of "word word|word" (| ends a sentence); a word's trailing , ( ) ; or hyphen goes to its `post`. */
function tokens(text: string): Token[] {
  const out: Token[] = [];
  let at = 0;
  text.split('|').forEach((sentence, sent) => {
    sentence
      .trim()
      .split(/\s+/)
      .forEach((w, pos) => {
        const m = /^(.*?)([,();-]*)$/.exec(w)!;
        const word = m[1]!;
        out.push({
          i: out.length,
          sent,
          pos,
          text: word,
          norm: word.toLowerCase().replace(/['’]s$/u, ''),
          pre: '',
          post: m[2]!.endsWith('-') ? m[2]! : `${m[2]!} `,
          start: at,
          end: at + word.length,
          tags: new Set(),
        });
        at += w.length + 1;
      });
  });
  return out;
}

const title = (first: number, last: number, kind: TitleHit['kind']): TitleHit => ({ first, last, kind, value: 'x' });
const particles = new Set(['al', 'van']);

test('the stream: titles, capitalized words, lower-case words and punctuation, per sentence', () => {
  const toks = tokens('The revolutionary leader Ada Lund, in the city of Varna|Mr al- Varno left');
  const s = entityItems(toks, [title(2, 3, 'leader-title'), title(10, 11, 'honorific')], particles);
  expect(s.map((x) => x.text)).toEqual(['Cap revolutionary LEAD Cap Cap , in the city of Cap', 'HON Cap Cap left']);
  // each character of the string points at its item
  expect(s[0]!.items[s[0]!.itemAt[s[0]!.text.indexOf('LEAD')]!]).toMatchObject({ symbol: 'LEAD', first: 2, last: 3 });
});

test('a possessive title is LEADs, ROLEs or HONs; a multi-word title is one item', () => {
  const toks = tokens("the King's Chapel and Prime Minister Lund");
  const s = entityItems(toks, [title(1, 2, 'leader-title'), title(4, 6, 'leader-title')], particles);
  expect(s[0]!.text).toBe('the LEADs Cap and LEAD Cap');
});

describe('the bundled patterns find their slots', () => {
  const rules = loadRules();
  test('person/title-name: the name right after a title, within the sentence', () => {
    const toks = tokens("President Ada Morrow met the King's Varno, then the minister|Keld Varno spoke");
    const s = entityItems(toks, [title(0, 1, 'leader-title'), title(5, 6, 'leader-title'), title(9, 10, 'role-title')], particles);
    const hits = slotHits(rules, s, 'chunks', 'title-name');
    expect([...hits.first]).toEqual([1]);
  });

  test('person/apposition: the last word of a name before a comma and an apposition opener or an office', () => {
    const toks = tokens('by Tamsor Kelb, who spoke and Ines Holt, Foreign Minister and Dana Lund, spokeswoman and Ada Varno who');
    const s = entityItems(toks, [title(8, 10, 'role-title')], particles);
    expect([...slotHits(rules, s, 'chunks', 'apposition').last]).toEqual([2, 7]);
  });

  test('person/speaker: the last word of a name before a speech verb', () => {
    const s = entityItems(
      tokens('asked about it, Tamsor Kelb replied and Ines Holt, said so but Dana Lund replies were short'),
      [],
      particles,
    );
    expect([...slotHits(rules, s, 'chunks', 'speaker').last]).toEqual([4, 8]);
  });

  test('place/city-of: the name after "<settlement noun> of"', () => {
    const s = entityItems(tokens('troops reached the province of Ardvale and the city, of Kolvar fame'), [], particles);
    expect([...slotHits(rules, s, 'chunks', 'place-city-of').first]).toEqual([5]);
  });

  test('place/before-lowercase-head: the last word of a name before a lower-case place head', () => {
    const s = entityItems(tokens('the Varna Kol national park and the (Great Lakes) region but Kolvar, a valley'), [], particles);
    expect([...slotHits(rules, s, 'chunks', 'place-before-lowercase-head').last]).toEqual([2, 8]);
  });
});

/** A copy of rules/ with the record `id` of `file` patched. */
function patched(file: string, id: string, patch: (r: Record<string, unknown>) => Record<string, unknown>): string {
  const dir = path.join(tmp, `${id.replace('/', '-')}-${Math.random().toString(36).slice(2)}`);
  fs.cpSync(defaultRulesDir(), dir, { recursive: true });
  const p = path.join(dir, file);
  const data = JSON.parse(fs.readFileSync(p, 'utf8')) as { rules: Record<string, unknown>[] };
  data.rules = data.rules.map((r) => (r.id === id ? patch(r) : r));
  fs.writeFileSync(p, `${JSON.stringify(data, null, 2)}\n`);
  return dir;
}

describe('the loader checks entity patterns', () => {
  test.each([
    [
      'an item class of the relation stream',
      'person/title-name',
      (r: Record<string, unknown>) => ({ ...r, pattern: '(?:LEAD|ROLE|HON) (?<name>PER)' }),
      /rules\[\d+\]\.pattern: unknown item class PER/,
    ],
    [
      'no name slot',
      'person/title-name',
      (r: Record<string, unknown>) => ({ ...r, pattern: '(?:LEAD|ROLE|HON) Cap' }),
      /rules\[\d+\]\.pattern: an entity pattern names the name it finds: \(\?<name>Cap\)/,
    ],
    [
      'a pattern step without its pattern',
      'person/title-name',
      (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'pattern')),
      /rules\[\d+\]: the step chunks\/title-name decides by a pattern: give the rule a "pattern"/,
    ],
    [
      'a pattern on a step that runs none',
      'person/unknown-full-name',
      (r: Record<string, unknown>) => ({ ...r, pattern: '(?<name>Cap) Cap' }),
      /rules\[\d+\]\.pattern: an entity pattern runs only as a step of a bundled extractor that decides by one/,
    ],
    [
      'an unknown word list',
      'place/city-of',
      (r: Record<string, unknown>) => ({ ...r, pattern: '@settlement-noun of (?<name>Cap)' }),
      /unknown lexicon @settlement-noun \(did you mean @settlement-nouns\?\)/,
    ],
  ])('%s', (_name, id, patch, message) => {
    const file = id.startsWith('person/') ? 'person.rules.json' : 'place.rules.json';
    const dir = patched(file, id, patch);
    expect(() => loadRules(dir)).toThrow(message);
  });

  test('on the command line: exit 2, file:line, nothing processed', () => {
    const dir = patched('person.rules.json', 'person/title-name', (r) => ({ ...r, pattern: '(?:LEAD|ROLE|HON) (?<name>PER)' }));
    const doc = path.join(tmp, 'doc.txt');
    fs.writeFileSync(doc, 'President Ada Morrow arrived.\n');
    const r = cli([doc, '--rules-dir', dir]);
    expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(/RULES_INVALID person\.rules\.json:\d+: rules\[0\]\.pattern: unknown item class PER/);
  });
});
