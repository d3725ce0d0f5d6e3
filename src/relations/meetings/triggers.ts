/**
 * Words that name or report a meeting: nouns ("summit", "talks", "visit") and verbs ("met",
 * "visited"). They are found by the patterns of the trigger records (`"extractor": "triggers"`,
 * rules/en/meeting.rules.json and any added file), matched at each word of a sentence
 * (engine/item-pattern.ts matchSentenceAt); this callback only chooses among the matches there and
 * turns the winner's `trigger` slot into a Trigger:
 *
 * - the longest match at a word wins (the one that reaches farthest); of equally long ones, the
 *   record of higher priority, then the one loaded first;
 * - the winner's kind, and whether it needs an object or is a countable plural, come from the
 *   entry of a word list its pattern names whose text the slot spells (its `kind`, `object`,
 *   `plural`), else from the record's `kind` param;
 * - a winner of kind `none` ("press conference", "called") names no meeting and claims its words;
 * - the scan goes on after the winner's slot.
 *
 * The record's step (`trigger` param: noun or verb) says which it is; its `unless` vetoes a match
 * at the same word with the same slot (engine: matchItemsAt).
 */
import { patternSymbols, matchSentenceAt, type CompiledPattern } from '../../engine/item-pattern.js';
import type { Rule, RuleSet } from '../../engine/load.js';
import type { Lexicon } from '../../tokenize/lexicon.js';
import type { Token } from '../../tokenize/index.js';
import type { MeetingKind } from '../../types.js';
import type { SentenceItems } from '../items.js';
import { patternInput, slotRange, stepPattern } from './step-patterns.js';
import type { TriggerStep } from './steps.js';

export interface Trigger {
  /** sentence (index into the item streams) and item range [first, last) of the trigger words */
  readonly si: number;
  readonly first: number;
  readonly last: number;
  readonly kind: MeetingKind;
  readonly verb: boolean;
  /** the id of the trigger rule that found it (stamped from its record) */
  readonly rule: string;
  /** a verb that reports a meeting only with a party as its object ("welcomed Ada Lund", not "welcomed the decision") */
  readonly needsObject?: boolean;
  /** a countable plural ("summits"): one meeting per date listed after it */
  readonly plural?: boolean;
}

/** The slot of a trigger pattern that holds the trigger words (registry: runsPattern). */
const SLOT = 'trigger';

interface TriggerRecord {
  readonly rule: Rule;
  readonly step: TriggerStep;
  readonly pattern: CompiledPattern;
  /** the word lists the pattern names, in order (where a match's kind and attributes come from) */
  readonly lists: readonly string[];
  /** the kind of a match that spells no entry of those lists */
  readonly kind: string;
}

const records = new WeakMap<RuleSet, readonly TriggerRecord[]>();

/** The trigger records of a rule set that have a pattern, highest priority first (then in load order). */
export function triggerRecords(rules: RuleSet): readonly TriggerRecord[] {
  let list = records.get(rules);
  if (!list) {
    list = rules.rules
      .filter((r) => r.extractor === 'triggers' && r.stage === 'relations' && r.pattern !== undefined)
      .map((r, order) => ({ r, order }))
      .sort((a, b) => b.r.priority - a.r.priority || a.order - b.order)
      .map(({ r }) => ({
        rule: r,
        step: r.params?.trigger === 'verb' ? 'verb' : 'noun',
        pattern: stepPattern(rules, r.id)!,
        lists: [
          ...new Set(
            patternSymbols(r.pattern!, rules.macros[r.family] ?? {})
              .filter((p) => p.kind === 'lexicon')
              .map((p) => p.name.replace(/\[.*$/, '')),
          ),
        ],
        kind: typeof r.params?.kind === 'string' ? r.params.kind : 'meeting',
      }));
    records.set(rules, list);
  }
  return list;
}

/** The lower-case words of an item range: a capitalized word (`Cap`) as its token's lower-case form. */
function wordsOf(s: SentenceItems, tokens: readonly Token[], first: number, last: number): string {
  return s.items
    .slice(first, last)
    .map((it) => (it.symbol === 'Cap' ? (tokens[it.first]?.norm ?? '') : it.symbol.toLowerCase()))
    .join(' ');
}

/** The meeting triggers of every sentence, from the trigger records' patterns. */
export function findTriggers(
  d: { readonly sentences: readonly SentenceItems[]; readonly tokens: readonly Token[] },
  rules: RuleSet,
  lexicon: Lexicon,
): Trigger[] {
  const out: Trigger[] = [];
  const recs = triggerRecords(rules);
  if (recs.length === 0) return out;
  d.sentences.forEach((s, si) => {
    const input = patternInput(rules, s, d.tokens);
    let k = 0;
    while (k < s.items.length) {
      let best: { rec: TriggerRecord; end: number; slot: readonly [number, number] } | undefined;
      for (const rec of recs) {
        const m = matchSentenceAt(rec.pattern, input, k);
        if (m === undefined) continue;
        const slot = slotRange(m, SLOT);
        if (slot[1] > slot[0] && (best === undefined || m.last > best.end)) best = { rec, end: m.last, slot };
      }
      if (best === undefined) {
        k++;
        continue;
      }
      const { rec, slot } = best;
      const words = wordsOf(s, d.tokens, slot[0], slot[1]);
      const entry = rec.lists.map((id) => lexicon.tables.get(id)?.get(words)).find((e) => e !== undefined);
      const kind = typeof entry?.kind === 'string' ? entry.kind : rec.kind;
      if (kind !== 'none') {
        const verb = rec.step === 'verb';
        const needsObject = verb && entry?.object === 'required';
        const plural = !verb && entry?.plural === true;
        out.push({
          si,
          first: slot[0],
          last: slot[1],
          kind: kind as MeetingKind,
          verb,
          rule: rec.rule.id,
          ...(needsObject ? { needsObject } : {}),
          ...(plural ? { plural } : {}),
        });
      }
      k = Math.max(k + 1, slot[1]);
    }
  });
  return out;
}
