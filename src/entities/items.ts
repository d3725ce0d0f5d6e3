/**
 * The item stream entity patterns match (rules/*.rules.json `pattern` on an entity step): per
 * sentence, one symbol per title (LEAD, ROLE, HON; possessive LEADs …), capitalized word (Cap),
 * other word (its lower-case form) or punctuation mark after a word (, ( ) ; —), separated by single
 * spaces, built before any entity exists. "The revolutionary leader Ada Lund, in the city of Varna."
 * is `Cap revolutionary LEAD Cap Cap , in the city of Cap`. The matching is
 * engine/item-pattern.ts's, the same as for relation patterns.
 */
import { compilePattern, itemString, lexiconTexts, matchItems, type CompiledPattern } from '../engine/item-pattern.js';
import { ENTITY_SLOT } from '../engine/entity-items.js';
import type { RuleSet } from '../engine/load.js';
import { outcomeRecord } from '../engine/rule-ref.js';
import type { Token } from '../tokenize/index.js';
import { isCapitalized } from '../tokenize/norm.js';
import type { TitleHit } from './types.js';

export interface EntityItem {
  readonly symbol: string;
  /** token range [first, last); a punctuation mark is empty, at the end of the word before it */
  readonly first: number;
  readonly last: number;
}

export interface EntitySentence {
  readonly items: readonly EntityItem[];
  readonly text: string;
  readonly itemAt: Int32Array;
}

const TITLE_SYMBOL: Readonly<Record<TitleHit['kind'], string>> = { 'leader-title': 'LEAD', 'role-title': 'ROLE', honorific: 'HON' };

/** The punctuation item after a word (",", "(", ")", ";", "—"), from the text after it; '' for none. Relation items use it too. */
export function punctOf(post: string): string {
  if (post === ' ' || post === '') return ''; // most words
  if (/,/.test(post)) return ',';
  if (/\(/.test(post)) return '(';
  if (/\)/.test(post)) return ')';
  if (/[;:]/.test(post)) return ';';
  if (/[—–]|\s-\s/.test(post)) return '—';
  return '';
}

/** The item streams of a document's sentences. */
export function entityItems(tokens: readonly Token[], titles: readonly TitleHit[], particles: ReadonlySet<string>): EntitySentence[] {
  const titleAt = new Map<number, TitleHit>();
  for (const t of titles) titleAt.set(t.first, t);
  const out: EntitySentence[] = [];
  let items: EntityItem[] = [];
  const flush = (): void => {
    if (items.length === 0) return;
    out.push({ items, ...itemString(items.map((it) => it.symbol)) });
    items = [];
  };
  let i = 0;
  while (i < tokens.length) {
    const tok = tokens[i]!;
    if (i > 0 && tokens[i - 1]!.sent !== tok.sent) flush();
    const title = titleAt.get(i);
    let item: EntityItem;
    if (title) {
      const possessive = /[’']s$/u.test(tokens[title.last - 1]!.text) ? 's' : '';
      item = { symbol: `${TITLE_SYMBOL[title.kind]}${possessive}`, first: title.first, last: title.last };
    } else {
      const word = tok.norm === '' ? tok.text.trim() : tok.norm;
      const cap = isCapitalized(tok.text) || (particles.has(tok.norm) && tok.post.endsWith('-'));
      item = { symbol: cap ? 'Cap' : word.replace(/\s+/g, '_') || '_', first: i, last: i + 1 };
    }
    items.push(item);
    const punct = punctOf(tokens[item.last - 1]!.post);
    if (punct) items.push({ symbol: punct, first: item.last, last: item.last });
    i = Math.max(item.last, i + 1);
  }
  flush();
  return out;
}

/** Where an entity step's pattern put its `name` slot: the tokens its first and its last item start at. */
export interface SlotHits {
  readonly first: ReadonlySet<number>;
  readonly last: ReadonlySet<number>;
}

const EMPTY: SlotHits = { first: new Set(), last: new Set() };
const compiled = new WeakMap<RuleSet, Map<string, CompiledPattern | null>>();

/** The compiled pattern of the record that maps an extractor's outcome (null: no such record, or it has no pattern). */
function patternOf(rules: RuleSet, extractor: string, outcome: string): CompiledPattern | null {
  let byKey = compiled.get(rules);
  if (!byKey) compiled.set(rules, (byKey = new Map<string, CompiledPattern | null>()));
  const key = `${extractor}/${outcome}`;
  let p = byKey.get(key);
  if (p === undefined) {
    const r = outcomeRecord(rules, extractor, outcome);
    p = r?.pattern !== undefined ? compilePattern(r, rules.macros[r.family] ?? {}, lexiconTexts(rules.lexicons)) : null;
    byKey.set(key, p);
  }
  return p;
}

/**
 * The slot matches of an entity step's pattern over the document's item streams. A step whose record
 * is missing matches nothing; one set `active: false` still matches, and what it makes is dropped
 * with the rest of that rule's outputs.
 */
export function slotHits(rules: RuleSet, sentences: readonly EntitySentence[], extractor: string, outcome: string): SlotHits {
  const p = patternOf(rules, extractor, outcome);
  if (!p) return EMPTY;
  const first = new Set<number>();
  const last = new Set<number>();
  for (const s of sentences) {
    for (const m of matchItems(p, s.text, s.itemAt)) {
      const g = m.groups.get(ENTITY_SLOT);
      if (!g) continue;
      first.add(s.items[g[0]]!.first);
      last.add(s.items[g[1] - 1]!.last - 1);
    }
  }
  return { first, last };
}
