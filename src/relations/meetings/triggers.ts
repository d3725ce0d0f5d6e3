/** Words that name or report a meeting: nouns ("summit", "talks", "visit") and verbs ("met", "visited"). */
import type { Lexicon } from '../../tokenize/lexicon.js';
import type { MeetingKind } from '../../types.js';
import type { SentenceItems } from '../items.js';
import type { MeetingSteps } from './steps.js';

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

const KINDS = new Set<string>(['summit', 'meeting', 'talks', 'visit', 'call']);

/** A capitalized meeting noun mid-sentence ("the Norway-Peru Summit") names a meeting of this kind only. */
const CAPITALIZED_KINDS = new Set<string>(['summit']);

function lookup(lexicon: Lexicon, table: string, words: readonly string[]): string | undefined {
  const e = lexicon.tables.get(table)?.get(words.join(' '));
  return typeof e?.kind === 'string' ? e.kind : undefined;
}

/**
 * "visiting Chilean President Keld Varno": a participle before a title (or a demonym and a title)
 * describes the visitor, it does not name a destination; the visit is told elsewhere.
 */
function attributive(s: SentenceItems, t: Trigger): boolean {
  if (!t.verb || t.kind !== 'visit' || t.last - t.first !== 1 || !/ing$/.test(s.items[t.first]!.symbol)) return false;
  const next = s.items[t.last];
  return next?.kind === 'title' || (next?.symbol === 'DEM' && s.items[t.last + 1]?.kind === 'title');
}

const TRIGGER_TABLES = ['meeting-verbs', 'meeting-nouns'];
const triggerPrefixes = new WeakMap<Lexicon, ReadonlySet<string>>();

/** Every phrase of the two trigger tables and every run of its first words, built once per lexicon. */
function prefixesOf(lexicon: Lexicon): ReadonlySet<string> {
  let set = triggerPrefixes.get(lexicon);
  if (!set) {
    const built = new Set<string>();
    for (const table of TRIGGER_TABLES) {
      for (const phrase of lexicon.tables.get(table)?.keys() ?? []) {
        for (let at = phrase.indexOf(' '); at >= 0; at = phrase.indexOf(' ', at + 1)) built.add(phrase.slice(0, at));
        built.add(phrase);
      }
    }
    triggerPrefixes.set(lexicon, (set = built));
  }
  return set;
}

/** Longest phrase from the noun and verb lists at each word item of each sentence. */
export function findTriggers(
  sentences: readonly SentenceItems[],
  lexicon: Lexicon,
  verbTagged: (tokenIndex: number) => boolean,
  steps: MeetingSteps,
  /** the lower-case form of a token (to read a capitalized word, an item "Cap") */
  normAt?: (tokenIndex: number) => string,
): Trigger[] {
  const out: Trigger[] = [];
  const prefixes = prefixesOf(lexicon);
  sentences.forEach((s, si) => {
    let k = 0;
    while (k < s.items.length) {
      let best: Trigger | undefined;
      let blocked = 0;
      const words: string[] = [];
      let capitalized = false;
      for (let j = k; j < Math.min(s.items.length, k + 4); j++) {
        const it = s.items[j]!;
        if (it.kind !== 'word') break;
        const cap = it.symbol === 'Cap' && normAt !== undefined;
        capitalized ||= cap;
        words.push(cap ? normAt(it.first) : it.symbol.toLowerCase());
        // no trigger phrase is these words or goes on from them
        if (!prefixes.has(words.join(' '))) break;
        const asVerb = capitalized ? undefined : lookup(lexicon, 'meeting-verbs', words);
        const nounKind = lookup(lexicon, 'meeting-nouns', words);
        const asNoun = capitalized && nounKind !== undefined && !CAPITALIZED_KINDS.has(nounKind) ? undefined : nounKind;
        const isVerb = verbTagged(s.items[k]!.first);
        const kind = isVerb && asVerb ? asVerb : (asNoun ?? asVerb);
        if (kind === 'none') blocked = j + 1;
        else if (kind && KINDS.has(kind)) {
          const verb = asVerb !== undefined && (isVerb || asNoun === undefined);
          const needsObject = verb && lexicon.tables.get('meeting-verbs')?.get(words.join(' '))?.object === 'required';
          const plural = !verb && lexicon.tables.get('meeting-nouns')?.get(words.join(' '))?.plural === true;
          best = {
            si,
            first: k,
            last: j + 1,
            kind: kind as MeetingKind,
            verb,
            rule: steps.trigger(verb ? 'verb' : 'noun'),
            ...(needsObject ? { needsObject } : {}),
            ...(plural ? { plural } : {}),
          };
        }
      }
      if (blocked > 0 && (!best || blocked >= best.last)) {
        k = blocked;
        continue;
      }
      if (best && attributive(s, best)) {
        k = best.last;
        continue;
      }
      if (best) {
        out.push(best);
        k = best.last;
      } else k++;
    }
  });
  return out;
}
