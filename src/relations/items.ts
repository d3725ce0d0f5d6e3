/**
 * The item stream that relation patterns match: per sentence, one symbol per entity mention,
 * title, date or word, separated by single spaces. Patterns (rules/*.rules.json) are regular
 * expressions over these symbols, e.g. `(?<country>DEM|CTY|CTYs) (?<role>LEAD) (?<person>PER)`.
 *
 *   PER / PERs   a person (possessive: "Lund's")       LEAD  a leader title ("Prime Minister")
 *   CTY / CTYs   a country by name (possessive)         ROLE  another office ("Foreign Minister")
 *   DEM          a demonym standing for a country       HON   an honorific ("Mr")
 *   ORG / ORGs   an organization (possessive)           DATE  a time expression
 *   PLC / PLCs   a place (possessive)                   ,  (  )  punctuation after a word
 *   any other word: its lower-case form ("the", "of", "then"); capitalized unknown words: Cap
 */
import type { WithDates } from '../dates/index.js';
import type { EntMention, TitleHit } from '../entities/index.js';
import { firstTokenIn } from '../tokenize/search.js';
import type { Token } from '../tokenize/index.js';
import { annotatedSymbol, itemString } from '../engine/item-pattern.js';
import type { Locale } from '../locales/types.js';
import { punctOf } from '../entities/items.js';

export type ItemKind = 'entity' | 'title' | 'date' | 'word' | 'punct';

export interface Item {
  readonly kind: ItemKind;
  readonly symbol: string;
  /** token range [first, last) */
  readonly first: number;
  readonly last: number;
  readonly entity?: EntMention;
  readonly title?: TitleHit;
  /** index into doc.dates */
  readonly date?: number;
}

export interface SentenceItems {
  readonly sent: number;
  readonly items: readonly Item[];
  /** the encoded string and, for each of its characters, the index of the item it belongs to */
  readonly text: string;
  readonly itemAt: Int32Array;
}

/** The item class of a mention: its rule record's `output.mention.item` (a demonym's DEM), else its type's. */
function entitySymbol(m: EntMention, possessive: boolean, itemOf: (rule: string) => string | undefined): string {
  const s = itemOf(m.rule) ?? (m.type === 'person' ? 'PER' : m.type === 'organization' ? 'ORG' : m.type === 'place' ? 'PLC' : 'CTY');
  return possessive && s !== 'DEM' ? `${s}s` : s;
}

/** "Japan's", "the Lunds'": ends in an apostrophe (with its s); a possessive pronoun ("its", "theirs") has none. */
function isPossessive(text: string): boolean {
  return /[’']s?$/u.test(text);
}

/** Build the item streams of every sentence. */
export function buildItems(
  doc: WithDates,
  notNames: ReadonlySet<string>,
  functionWords: ReadonlySet<string>,
  itemOf: (rule: string) => string | undefined = () => undefined,
): SentenceItems[] {
  const tokens = doc.tokens;
  const byFirst = new Map<number, EntMention>();
  for (const m of doc.entities) {
    const prev = byFirst.get(m.first);
    if (!prev || m.last > prev.last) byFirst.set(m.first, m);
  }
  const titleAt = new Map<number, TitleHit>();
  for (const t of doc.titles) titleAt.set(t.first, t);
  const dateAt = new Map<number, number>();
  doc.dates.forEach((d, i) => {
    // only points in time are DATE items (a meeting's held_on candidates): durations and sets stay words
    if (d.timex === 'DURATION' || d.timex === 'SET') return;
    const tok = firstTokenIn(tokens, d.start, d.end);
    if (tok && !dateAt.has(tok.i)) dateAt.set(tok.i, i);
  });
  const out: SentenceItems[] = [];
  for (const s of doc.sentences) {
    const items: Item[] = [];
    let i = s.first;
    while (i < s.last) {
      const tok = tokens[i]!;
      const m = byFirst.get(i);
      const t = titleAt.get(i);
      const d = dateAt.get(i);
      let item: Item;
      if (m)
        item = {
          kind: 'entity',
          symbol: entitySymbol(m, isPossessive(tokens[m.last - 1]!.text), itemOf),
          first: m.first,
          last: m.last,
          entity: m,
        };
      else if (t)
        item = {
          kind: 'title',
          symbol: t.kind === 'leader-title' ? 'LEAD' : t.kind === 'role-title' ? 'ROLE' : 'HON',
          first: t.first,
          last: t.last,
          title: t,
        };
      else if (d !== undefined) {
        const dm = doc.dates[d]!;
        let last = i + 1;
        while (last < s.last && tokens[last]!.start < dm.end) last++;
        item = { kind: 'date', symbol: 'DATE', first: i, last, date: d };
      } else {
        const word = tok.norm === '' ? tok.text.trim() : tok.norm;
        const plain = tok.pos === 0 || (functionWords.has(word) && notNames.has(word));
        const symbol = /^\p{Lu}/u.test(tok.text) && !plain ? 'Cap' : word.replace(/\s+/g, '_') || '_';
        item = { kind: 'word', symbol, first: i, last: i + 1 };
      }
      // an opening parenthesis the tokenizer keeps before the word ("Ada Morrow (Norway)")
      if (/\(/.test(tok.pre) && i > s.first && items[items.length - 1]?.symbol !== '(')
        items.push({ kind: 'punct', symbol: '(', first: item.first, last: item.first });
      items.push(item);
      const post = tokens[item.last - 1]!.post;
      const punct = punctOf(post);
      if (punct) items.push({ kind: 'punct', symbol: punct, first: item.last, last: item.last });
      i = Math.max(item.last, i + 1);
    }
    out.push({ sent: s.index, items, ...itemString(items.map((it) => it.symbol)) });
  }
  return out;
}

export interface AnnotatedText {
  readonly text: string;
  readonly itemAt: Int32Array;
}

const annotatedCache = new WeakMap<SentenceItems, AnnotatedText>();

/**
 * The annotated item string of a sentence, for patterns with `#Tag`, `~lemma` or `@list/i`
 * (engine/item-pattern.ts): each word item carries its lemma and compromise's tags from the
 * tokenizer's one parse, and a capitalized one (`Cap`) its lower-case form. Built on first use,
 * once per sentence.
 */
export function annotatedText(s: SentenceItems, tokens: readonly Token[], locale: Pick<Locale, 'lemma'>): AnnotatedText {
  const hit = annotatedCache.get(s);
  if (hit) return hit;
  const out = itemString(
    s.items.map((it) => {
      if (it.kind !== 'word') return it.symbol;
      const tok = tokens[it.first]!;
      const norm = tok.norm === '' ? tok.text.trim().toLowerCase() : tok.norm;
      // a capitalized word also carries its lower-case form (what `@list/i` reads)
      return annotatedSymbol(it.symbol, locale.lemma?.(norm, tok.tags) ?? norm, tok.tags, it.symbol === 'Cap' ? norm : undefined);
    }),
  );
  annotatedCache.set(s, out);
  return out;
}
