/**
 * The patterns of the meeting steps (a record whose extractor runs its pattern, see
 * engine/registry.ts `runsPattern`): compiled once per rule set, matched once per sentence.
 * A step's callback reads the named slots of the matches; whether the step is on, and its
 * windows, stay with the callback (steps.ts, the record's params).
 */
import {
  compilePattern,
  lexiconTexts,
  matchSentence,
  type CompiledPattern,
  type ItemMatch,
  type PatternInput,
} from '../../engine/item-pattern.js';
import type { RuleSet } from '../../engine/load.js';
import type { Token } from '../../tokenize/index.js';
import { annotatedText, type SentenceItems } from '../items.js';
import { getLocale } from '../../locales/index.js';

const compiled = new WeakMap<RuleSet, Map<string, CompiledPattern | null>>();

/** The compiled pattern of a step's record (null when the record has none, or there is no record). */
export function stepPattern(rules: RuleSet, id: string): CompiledPattern | null {
  let byId = compiled.get(rules);
  if (!byId) compiled.set(rules, (byId = new Map<string, CompiledPattern | null>()));
  let p = byId.get(id);
  if (p === undefined) {
    const r = rules.byId.get(id);
    p = r?.pattern === undefined ? null : compilePattern(r, rules.macros[r.family] ?? {}, lexiconTexts(rules.lexicons));
    byId.set(id, p);
  }
  return p;
}

const found = new WeakMap<SentenceItems, Map<CompiledPattern, readonly ItemMatch[]>>();

/** What a sentence offers a step pattern: its item string, and the annotated one on demand. */
export function patternInput(rules: RuleSet, s: SentenceItems, tokens: readonly Token[]): PatternInput {
  return { text: s.text, itemAt: s.itemAt, annotated: () => annotatedText(s, tokens, getLocale(rules.locale)) };
}

/** The matches of a step's pattern in a sentence (none when its record has no pattern). */
export function stepMatches(rules: RuleSet, id: string, s: SentenceItems, tokens: readonly Token[]): readonly ItemMatch[] {
  const p = stepPattern(rules, id);
  if (p === null) return [];
  let bySentence = found.get(s);
  if (!bySentence) found.set(s, (bySentence = new Map<CompiledPattern, readonly ItemMatch[]>()));
  let ms = bySentence.get(p);
  if (ms === undefined) {
    ms = matchSentence(p, patternInput(rules, s, tokens));
    bySentence.set(p, ms);
  }
  return ms;
}

/** The item range of a slot of a match, or of the whole match. */
export function slotRange(m: ItemMatch, slot: string): readonly [number, number] {
  return m.groups.get(slot) ?? [m.first, m.last];
}
