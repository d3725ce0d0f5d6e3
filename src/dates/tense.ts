/**
 * Which way a date without its own direction points ("on Friday", "in April"): the nearest tense
 * cue in its clause, else in its sentence. Cue words come from rules/lexicon/ (future-cues,
 * past-cues, clause-openers); other verbs count by compromise's PastTense / PresentTense tags.
 */
import type { Lexicon } from '../tokenize/lexicon.js';
import type { Sentence, Token } from '../tokenize/index.js';

export type Tense = 'past' | 'present' | 'future';

export interface TenseCue {
  readonly tense: Tense;
  /** 2: in the date's own clause, 1: elsewhere in its sentence */
  readonly weight: 1 | 2;
  /**
   * A present tense only after the date in its own clause while the sentence reports in the past
   * before it ("stepped down as chief executive in March for health reasons": the tagger often
   * takes a plural noun for a verb).
   */
  readonly pastInSentence?: boolean;
  /**
   * The past stands before an infinitive that governs the date ("agreed to buy the unit in
   * February", "decided to admit them in March"): the date need not lie before the document date.
   */
  readonly pastBeforeInfinitive?: boolean;
}

export interface CueLists {
  readonly future: ReadonlySet<string>;
  readonly past: ReadonlySet<string>;
  readonly present: ReadonlySet<string>;
  readonly clauseOpeners: ReadonlySet<string>;
  readonly relativePronouns: ReadonlySet<string>;
  readonly nounDeterminers: ReadonlySet<string>;
  readonly futureBeforeTo: ReadonlySet<string>;
  readonly planCues: ReadonlySet<string>;
}

export function cueLists(lexicon: Lexicon): CueLists {
  const get = (id: string): ReadonlySet<string> => lexicon.lists.get(id) ?? new Set<string>();
  return {
    future: get('future-cues'),
    past: get('past-cues'),
    present: get('present-cues'),
    clauseOpeners: get('clause-openers'),
    relativePronouns: get('relative-pronouns'),
    nounDeterminers: get('noun-phrase-determiners'),
    futureBeforeTo: get('future-cues-before-to'),
    planCues: get('plan-cues'),
  };
}

/** The most tokens a non-restrictive relative clause (", who took office in 2013,") spans. */
const RELATIVE_CLAUSE_REACH = 12;

/**
 * The main verb after a non-restrictive relative clause: "Ada Morrow, who took office in 2013, faces
 * an election in October". The tagger often takes its -s form for a plural noun there, and the
 * relative clause's past would then govern the main clause's date. A word in -s right after the
 * comma that closes ", who …," (no other comma inside) and before a determiner, possessive or
 * number is that clause's present-tense verb.
 */
function verbAfterRelativeClause(tokens: readonly Token[], i: number, lists: CueLists): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (!t.tags.has('Plural') || !t.norm.endsWith('s') || !/,/.test(tokens[i - 1]?.post ?? '')) return false;
  if (next === undefined || !['Determiner', 'Possessive', 'Value'].some((tag) => next.tags.has(tag))) return false;
  for (let k = i - 2; k >= 1 && i - k <= RELATIVE_CLAUSE_REACH; k--) {
    const w = tokens[k]!;
    if (lists.relativePronouns.has(w.norm)) return /,/.test(tokens[k - 1]!.post);
    if (/[,;:()—–"“”]/.test(w.post)) return false;
  }
  return false;
}

const CLAUSE_PUNCTUATION = /[,;:()—–"“”]/;

/**
 * A present-tense form the pre-tagger left a verb where its neighbour makes it a noun: right after
 * an article or a possessive determiner ("a drop in Compaq's stock"), a number ("886 million shares
 * Thursday"), a preposition ("in contrast to Thursday"), or an adjective after a verb or an article
 * ("placed heavy buy orders"). compromise's post-tagger, which retags such words, runs only its rules
 * for names and dates (locales/en/focus.ts), so tense does not read its part of speech there.
 */
function nounInPhrase(tokens: readonly Token[], i: number, lists: CueLists): boolean {
  const t = tokens[i]!;
  if (!t.tags.has('PresentTense') || ['Copula', 'Modal', 'Auxiliary', 'PastTense'].some((tag) => t.tags.has(tag))) return false;
  const joined = (k: number): Token | undefined => {
    const w = tokens[k];
    return w !== undefined && w.sent === t.sent && !CLAUSE_PUNCTUATION.test(w.post) ? w : undefined;
  };
  const prev = joined(i - 1);
  if (prev === undefined) return false;
  if (lists.nounDeterminers.has(prev.norm) || prev.tags.has('Value') || prev.tags.has('Preposition')) return true;
  if (!prev.tags.has('Adjective')) return false;
  const before = joined(i - 2);
  return before !== undefined && (before.tags.has('Verb') || lists.nounDeterminers.has(before.norm));
}

/**
 * Whether the future cue at token i counts: "set" only right before "to" or "for" ("set to meet",
 * not "set aside"); a form of "plan" only as a verb or a bare participle — not a noun after an
 * article or a possessive or before a preposition other than "to" ("vacation plans for the trip"),
 * not a participle after an adverb ("the hastily planned trip").
 */
function futureCueCounts(tokens: readonly Token[], i: number, lists: CueLists): boolean {
  const t = tokens[i]!;
  if (!lists.future.has(t.norm)) return false;
  const prev = tokens[i - 1]?.sent === t.sent && !CLAUSE_PUNCTUATION.test(tokens[i - 1]!.post) ? tokens[i - 1] : undefined;
  const next = tokens[i + 1]?.sent === t.sent && !CLAUSE_PUNCTUATION.test(t.post) ? tokens[i + 1] : undefined;
  if (lists.futureBeforeTo.has(t.norm)) return next?.norm === 'to' || next?.norm === 'for';
  if (!lists.planCues.has(t.norm)) return true;
  if (t.tags.has('PastTense')) return !prev?.tags.has('Adverb');
  if (prev !== undefined && (lists.nounDeterminers.has(prev.norm) || prev.tags.has('Possessive'))) return false;
  return next === undefined || next.norm === 'to' || !next.tags.has('Preposition');
}

/** A tensed verb: not an infinitive after "to" (headlines say "Leaders to meet on Monday"). */
function isFiniteVerb(tokens: readonly Token[], i: number, lists: CueLists): boolean {
  const t = tokens[i]!;
  if (!t.tags.has('Verb') || nounInPhrase(tokens, i, lists)) return false;
  if (t.tags.has('Infinitive') && tokens[i - 1]?.norm === 'to') return false;
  return t.tags.has('PastTense') || t.tags.has('PresentTense') || t.tags.has('Modal') || t.tags.has('Copula');
}

/** An infinitive after "to" ("agreed to buy"), not the preposition before a noun. */
function isInfinitive(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  return tokens[i - 1]?.norm === 'to' && t.tags.has('Infinitive') && !t.tags.has('Noun');
}

/**
 * Reading back from the date (token `first`) to `from`: an infinitive comes before any tensed
 * word, and the first tensed word behind it is a past ("agreed to buy the Orvana unit, its rival,
 * in February").
 */
function infinitiveGoverns(tokens: readonly Token[], from: number, first: number, lists: CueLists, headline: boolean): boolean {
  let infinitive = false;
  for (let i = first - 1; i >= from; i--) {
    if (isInfinitive(tokens, i)) {
      infinitive = true;
      continue;
    }
    const tense = tokenTense(tokens, i, lists, headline);
    if (tense !== null) return infinitive && tense === 'past';
  }
  return false;
}

/** The tense one token signals by itself. "to discuss" counts only in a headline without a finite verb. */
function ownTense(tokens: readonly Token[], i: number, lists: CueLists, headline: boolean): Tense | null {
  const t = tokens[i]!;
  if (t.norm === 'next' && tokens[i + 1]?.norm === 'to') return null; // the preposition "next to"
  if (futureCueCounts(tokens, i, lists)) return 'future';
  // a future-cue word that does not count here: a noun ("vacation plans") is no cue, a past form is past
  if (lists.future.has(t.norm) && !t.tags.has('PastTense')) return null;
  if (lists.past.has(t.norm)) return 'past';
  if (lists.present.has(t.norm)) return 'present';
  if (t.tags.has('Modal') && t.text === '') return 'future'; // the "'ll" of "he'll"
  if (verbAfterRelativeClause(tokens, i, lists)) return 'present';
  if (nounInPhrase(tokens, i, lists)) return null;
  if (t.tags.has('Date') || t.tags.has('Noun') || t.tags.has('Adjective')) return null;
  const afterTo = tokens[i - 1]?.norm === 'to';
  if (t.tags.has('Infinitive') && afterTo) return headline ? 'future' : null;
  if (t.tags.has('PastTense')) return 'past';
  if (t.tags.has('Gerund')) return null;
  if (t.tags.has('PresentTense')) return 'present';
  return null;
}

function verbish(t: Token | undefined): boolean {
  if (t === undefined || t.tags.has('Date')) return false;
  return ['Verb', 'Auxiliary', 'Modal', 'Copula', 'Negative', 'Adverb'].some((tag) => t.tags.has(tag));
}

/**
 * The tense of the verb group around token i, as a whole: "will be held" is future (not the
 * past participle "held"), "has been triggered" and "had been scheduled" are past (perfects; a
 * pluperfect even before a future cue), else its first tensed word.
 */
function tokenTense(tokens: readonly Token[], i: number, lists: CueLists, headline: boolean): Tense | null {
  const own = ownTense(tokens, i, lists, headline);
  if (own === null || !verbish(tokens[i])) return own;
  let first = i;
  while (i - first < VERB_GROUP_REACH && verbish(tokens[first - 1]) && !/[,;:]/.test(tokens[first - 1]!.post)) first--;
  let last = i;
  while (last - i < VERB_GROUP_REACH && verbish(tokens[last + 1]) && !/[,;:]/.test(tokens[last]!.post)) last++;
  const group = tokens.slice(first, last + 1);
  // a pluperfect is past even when it schedules ("had been scheduled to expire Friday")
  if (group.some((t) => t.norm === 'had') && group.some((t) => t.tags.has('PastTense') && t.norm !== 'had')) return 'past';
  for (let k = first; k <= last; k++) if (futureCueCounts(tokens, k, lists)) return 'future';
  if (group.some((t) => /^(have|has|had|'ve|’ve)$/.test(t.norm)) && group.some((t) => t.tags.has('PastTense'))) return 'past';
  for (let k = first; k <= last; k++) {
    const tense = ownTense(tokens, k, lists, headline);
    if (tense !== null) return tense;
  }
  return own;
}

/** Whether a clause ends between token i and token i+1 (punctuation after i, or an opener at i+1). */
function clauseBreak(tokens: readonly Token[], i: number, lists: CueLists): boolean {
  const t = tokens[i]!;
  if (/[,;:()—–"“”]/.test(t.post)) return true;
  const next = tokens[i + 1];
  return next !== undefined && (lists.clauseOpeners.has(next.norm) || /[("“”]/.test(next.pre));
}

/**
 * How far (tokens either side of a date) the tense scan reads its sentence: more than the longest
 * sentence of real prose (~110 tokens in the dev sets), so only run-on text is cut short.
 */
export const TENSE_WINDOW = 120;

/** The most tokens either side of a word that make one verb group ("will have been held"). */
const VERB_GROUP_REACH = 4;

/**
 * The tense cue for tokens [first, last) of a sentence. `afterOnly`: look only after the date
 * ("Friday's summit coincides …": the verb before a possessive does not govern the date) — unless a
 * preposition stands right before it: then the possessive phrase is that preposition's object, not
 * the subject of a clause of its own, and the verb before governs it as any date ("were among
 * Friday's offerings", "left after Monday's vote").
 */
export function tenseOf(
  tokens: readonly Token[],
  sentence: Sentence,
  first: number,
  last: number,
  lists: CueLists,
  afterOnly: boolean,
): TenseCue | null {
  if (
    afterOnly &&
    first > sentence.first &&
    tokens[first - 1]!.tags.has('Preposition') &&
    !CLAUSE_PUNCTUATION.test(tokens[first - 1]!.post)
  )
    afterOnly = false;
  // the sentence as far as the tense scan reaches: TENSE_WINDOW tokens either side of the date
  const from = Math.max(sentence.first, first - TENSE_WINDOW);
  const to = Math.min(sentence.last, last + TENSE_WINDOW);
  let headline = true;
  for (let i = from; i < to && headline; i++) if (isFiniteVerb(tokens, i, lists)) headline = false;
  let clauseStart = first;
  while (clauseStart > from && !clauseBreak(tokens, clauseStart - 1, lists)) clauseStart--;
  let clauseEnd = last;
  while (clauseEnd < to && !clauseBreak(tokens, clauseEnd - 1, lists)) clauseEnd++;
  let pastBefore = false;
  let presentBefore = false;
  const nearest = (from: number, to: number): Tense | null => {
    let best: Tense | null = null;
    let bestDistance = Infinity;
    let past = false;
    for (let i = from; i < to; i++) {
      if (i >= first && i < last) continue;
      if (afterOnly && i < first) continue;
      const tense = tokenTense(tokens, i, lists, headline);
      const distance = i < first ? first - i : i - last + 1;
      if (tense === 'past') past = true;
      if (tense === 'past' && i < first) pastBefore = true;
      if (tense === 'present' && i < first) presentBefore = true;
      if (tense !== null && distance < bestDistance) {
        best = tense;
        bestDistance = distance;
      }
    }
    // a clause that reports in the past ("condemned the bomb attacks Friday") is past even when a
    // present-tense form (often a noun the tagger took for a verb) stands closer to the date
    return best === 'present' && past ? 'past' : best;
  };
  const own = nearest(clauseStart, clauseEnd);
  if (own === 'past' && infinitiveGoverns(tokens, from, first, lists, headline))
    return { tense: own, weight: 2, pastBeforeInfinitive: true };
  if (own === 'present' && !presentBefore) {
    // the clause's present stands only after the date: a past before it in the sentence governs
    nearest(from, to);
    return pastBefore ? { tense: own, weight: 2, pastInSentence: true } : { tense: own, weight: 2 };
  }
  if (own !== null) return { tense: own, weight: 2 };
  const wide = nearest(from, to);
  if (wide === 'past' && infinitiveGoverns(tokens, from, first, lists, headline))
    return { tense: wide, weight: 1, pastBeforeInfinitive: true };
  return wide !== null ? { tense: wide, weight: 1 } : null;
}
