/** One mention of a meeting: its trigger, parties, date, place and status cues. */
import type { RuleSet } from '../../engine/load.js';
import { numParam } from '../../engine/rule-ref.js';
import { isListWord, type Lexicon } from '../../tokenize/lexicon.js';
import type { MeetingKind, MeetingStatus } from '../../types.js';
import type { SentenceItems } from '../items.js';
import type { Discourse } from '../resolve.js';
import { groupAt, isParty, phraseParties, premodifiers, type Party } from './participants.js';
import { clauseSubject, firstPersonSpeaker, groupReference, officeHolders, pronounReferent, reciprocalSubject } from './subject.js';
import type { Trigger } from './triggers.js';
import { meetingSteps, type PhraseStep, type StatusStep } from './steps.js';
import { patternInput, slotRange, stepMatches, stepPattern } from './step-patterns.js';
import { matchSentenceAt } from '../../engine/item-pattern.js';
import type { Token } from '../../tokenize/index.js';
import { dayRange } from './cluster.js';

export interface MeetingMention {
  readonly trigger: Trigger;
  readonly kind: MeetingKind;
  readonly parties: Party[];
  readonly excluded: Set<string>;
  /** indexes into doc.dates */
  readonly dates: number[];
  place?: string;
  readonly status: MeetingStatus;
  /** the status step that decided it, and the id of its rule (stamped from the record) */
  readonly statusStep: StatusStep;
  readonly statusRule: string;
  /** no parties of its own: refers back to a meeting already named ("the summit") */
  readonly anaphoric: boolean;
  readonly ordinal?: string;
  /** its parties were borrowed from another meeting of its sentence that took place at it (meeting/attendees) */
  readonly attended?: boolean;
  /** "last time we met … on February 10": a dated, earlier meeting of the two who speak (meeting/we-met) */
  readonly recalled?: boolean;
  /** "visits to X and Y": the destinations listed after the first (one visit each, splitDestinations) */
  readonly alsoTo?: readonly Party[];
  /** item range of the noun phrase (for the node's mention and label) */
  readonly first: number;
  readonly last: number;
}

const RANK: Readonly<Record<MeetingStatus, number>> = { cancelled: 5, negated: 4, proposed: 3, planned: 2, occurred: 1 };

/** The most words of one entry of a cue table (lexicon/meeting-nonparticipation.json, meeting-attendance-cues.json). */
const CUE_MAX_WORDS = 4;

function cueAt(lexicon: Lexicon, table: string, s: SentenceItems, k: number): { status: string; len: number } | undefined {
  let found: { status: string; len: number } | undefined;
  const words: string[] = [];
  for (let j = k; j < Math.min(s.items.length, k + CUE_MAX_WORDS); j++) {
    const it = s.items[j]!;
    if (it.kind !== 'word') break;
    words.push(it.symbol.toLowerCase());
    const e = lexicon.tables.get(table)?.get(words.join(' '));
    if (e) found = { status: typeof e.status === 'string' ? e.status : 'yes', len: j - k + 1 };
  }
  return found;
}

/** The status cue steps, each run by its record's pattern (slot "cue"). */
const CUE_STEPS: readonly MeetingStatus[] = ['cancelled', 'negated', 'proposed', 'planned', 'occurred'];

/**
 * The status cues of a sentence by first item: the longest cue starting there (the records'
 * patterns, e.g. `(?<cue>@meeting-status[status=cancelled])`), whatever its step's record says
 * (a step that is off still covers its words).
 */
function cuesIn(s: SentenceItems, tokens: readonly Token[], rules: RuleSet): Map<number, { status: MeetingStatus; len: number }> {
  const steps = meetingSteps(rules);
  const out = new Map<number, { status: MeetingStatus; len: number }>();
  for (const status of CUE_STEPS) {
    const id = steps.status(status);
    if (id === '') continue;
    for (const m of stepMatches(rules, id, s, tokens)) {
      const [first, last] = slotRange(m, 'cue');
      const prev = out.get(first);
      if (!prev || last - first > prev.len) out.set(first, { status, len: last - first });
    }
  }
  return out;
}

/** The status from cue words around the trigger in its clause; the strongest cue in scope wins. */
function statusOf(
  s: SentenceItems,
  tokens: readonly Token[],
  t: Trigger,
  from: number,
  to: number,
  futureDate: boolean,
  rules: RuleSet,
): { status: MeetingStatus; step: StatusStep; rule: string } {
  const steps = meetingSteps(rules);
  const cues = cuesIn(s, tokens, rules);
  let best: { status: MeetingStatus; step: StatusStep; rule: string } | undefined;
  // a longer cue governs the words it is made of: "accepted an invitation" is not "invitation"
  let contrast = false; // a "but" or ";" between the trigger and k
  for (let k = from, covered = from; k < to; k++) {
    if (k - 1 >= t.last && (s.items[k - 1]!.symbol === 'but' || s.items[k - 1]!.symbol === ';')) contrast = true;
    const c = k < covered ? undefined : cues.get(k);
    if (!c) continue;
    covered = k + c.len;
    const status = c.status;
    const rule = steps.status(status);
    if (!steps.on(rule)) continue;
    const before = k < t.first;
    if (!before && contrast) break;
    if (!before && /^(no|never|neither)$/.test(s.items[k]!.symbol)) continue;
    const distance = before ? t.first - k : k - t.last;
    // "calls for A and B to hold talks", "urged A to meet B": a proposal governs its infinitive further away
    const infinitive = before && status === 'proposed' && s.items.slice(k + c.len, t.first).some((it) => it.symbol === 'to');
    const reach = infinitive ? numParam(rules, rule, 'infinitiveCueBefore') : numParam(rules, rule, before ? 'cueBefore' : 'cueAfter');
    const inScope = distance <= reach;
    if (!inScope || (status === 'occurred' && !before)) continue;
    if (!best || RANK[status] > RANK[best.status]) best = { status, step: status, rule };
  }
  if (best) return best;
  const future = steps.status('future-date');
  if (futureDate && steps.on(future)) return { status: 'planned', step: 'future-date', rule: future };
  return { status: 'occurred', step: 'default', rule: steps.status('default') };
}

/** Does a new clause start at this symbol (";" or a word of lexicon/meeting-clause-starts.json)? */
function clauseStart(lexicon: Lexicon, symbol: string): boolean {
  return symbol === ';' || isListWord(lexicon, 'meeting-clause-starts', symbol);
}

/** The trigger's clause: back to a clause start, on to a ";", at most `clauseWindow` items either side. */
function clauseBounds(lexicon: Lexicon, s: SentenceItems, t: Trigger, rules: RuleSet): [number, number] {
  const reach = numParam(rules, meetingSteps(rules).status('default'), 'clauseWindow');
  const floor = Math.max(0, t.first - reach);
  const ceiling = Math.min(s.items.length, t.last + reach);
  let from = t.first;
  while (from > floor && !clauseStart(lexicon, s.items[from - 1]!.symbol)) from--;
  let to = t.last;
  while (to < ceiling && s.items[to]!.symbol !== ';') to++;
  return [from, to];
}

/**
 * "summits held on D1 in X, and on D2 and D3 in Y": the dates of a list after a plural meeting
 * noun (with their places between them), from item k on.
 */
function listedDates(lexicon: Lexicon, s: SentenceItems, k: number, window: number): number[] {
  const out: number[] = [];
  for (let j = k; j < Math.min(s.items.length, k + window); j++) {
    const x = s.items[j]!;
    if (x.kind === 'date') out.push(x.date!);
    else if (x.kind === 'entity' && (x.entity!.type === 'place' || x.entity!.type === 'country')) continue;
    else if (x.symbol === ',' || x.symbol === 'and' || x.symbol === 'Cap' || isListWord(lexicon, 'meeting-date-prepositions', x.symbol))
      continue;
    else if (!isListWord(lexicon, 'locative-prepositions', x.symbol)) break;
  }
  return out;
}

function datesNear(
  lexicon: Lexicon,
  s: SentenceItems,
  t: Trigger,
  pre: number,
  anaphoric: boolean,
  verbAt: (token: number) => boolean,
  nextTrigger: number,
  rules: RuleSet,
): number[] {
  const param = (name: string): number => numParam(rules, meetingSteps(rules).heldOn, name);
  const out: number[] = [];
  for (let k = pre; k < t.first; k++) if (s.items[k]!.kind === 'date') out.push(s.items[k]!.date!);
  // "spent the weekend in Oslo": a date inside the trigger's own words dates it
  for (let k = t.first; k < t.last; k++) if (s.items[k]!.kind === 'date') out.push(s.items[k]!.date!);
  if (out.length > 0 && s.items.slice(t.first, t.last).some((x) => x.kind === 'date')) return out;
  let k = t.last;
  const limit = Math.min(s.items.length, t.last + param(anaphoric ? 'anaphoricDateWindow' : 'dateWindow'), nextTrigger);
  for (; k < limit; k++) {
    const it = s.items[k]!;
    const prev = s.items[k - 1];
    // … or right after the object phrase that follows the trigger ("sending a diplomat to Chile and the Congo this week")
    let objectPhrase = k > t.last;
    for (let j = t.last; j < k && objectPhrase; j++) {
      const x = s.items[j]!;
      objectPhrase = x.kind === 'entity' || x.kind === 'title' || x.symbol === 'and' || inList(lexicon, 'meeting-determiners', s, j);
    }
    const afterObject =
      prev?.kind === 'entity' &&
      (isListWord(lexicon, 'meeting-object-prepositions', s.items[k - 2]?.symbol ?? '') || k - 2 === t.last - 1 || objectPhrase);
    // "met December 14 with …", "a secret visit last month to …": a date right after the trigger dates it
    const adjacent = k === t.last && !anaphoric;
    if (it.kind === 'date' && (adjacent || isListWord(lexicon, 'meeting-date-prepositions', prev?.symbol ?? '') || afterObject)) {
      out.push(it.date!);
      if (s.items[k + 1]?.symbol === 'and' && s.items[k + 2]?.kind === 'date') out.push(s.items[k + 2]!.date!);
      if (t.plural) out.push(...listedDates(lexicon, s, k + 1, param('dateListWindow')).filter((x) => !out.includes(x)));
      break;
    }
    if (it.symbol === ';' || (it.kind === 'word' && isListWord(lexicon, 'meeting-date-stops', it.symbol))) break;
  }
  if (out.length === 0 && !anaphoric) {
    for (let j = t.first - 1; j >= 0 && j >= t.first - param('dateLookBehind'); j--) {
      const it = s.items[j]!;
      if (t.kind !== 'call' && it.kind === 'word' && verbAt(it.first) && !isListWord(lexicon, 'meeting-light-verbs', it.symbol)) break;
      const relative = s.items.slice(Math.max(0, j - param('relativeLookBehind')), j).some((x) => /^(who|which|whose)$/.test(x.symbol));
      // "since June 2009, when they met": a date the relative "when" follows is the meeting's, whatever its preposition
      const when = s.items[j + 1]?.symbol === ',' && s.items[j + 2]?.symbol === 'when';
      if (it.kind === 'date' && !relative && (when || !/^(since|until|by)$/.test(s.items[j - 1]?.symbol ?? ''))) {
        out.push(it.date!);
        break;
      }
    }
  }
  // "In September, …" / "On Tuesday, …": a date opening the sentence dates what it reports
  if (out.length === 0 && !anaphoric) {
    for (let j = 0; j < Math.min(param('openingDateItems'), t.first); j++) {
      const it = s.items[j]!;
      if (it.kind === 'date' && s.items[j + 1]?.symbol === ',') {
        out.push(it.date!);
        break;
      }
    }
  }
  return out;
}

/** Is the word of item k in a lexicon (a phrase of one word)? */
function inList(lexicon: Lexicon, table: string, s: SentenceItems, k: number): boolean {
  const it = s.items[k];
  return it?.kind === 'word' && lexicon.tables.get(table)?.has(it.symbol.toLowerCase()) === true;
}

/** Does a word (a preposition or a verb of visiting) introduce a visit's destination? */
function destinationWord(lexicon: Lexicon, w: string): boolean {
  return w === 'to' || w === 'in' || lexicon.tables.get('meeting-verbs')?.get(w)?.kind === 'visit';
}

/** "the city of X", "the port city of X": a settlement noun and "of" right before item k. */
function settlementOf(lexicon: Lexicon, s: SentenceItems, k: number): boolean {
  return s.items[k - 1]?.symbol === 'of' && isListWord(lexicon, 'settlement-nouns', s.items[k - 2]?.symbol ?? '');
}

/**
 * "in India's capital, New Delhi", "in the Russian city of Yekaterinburg": a place of that country
 * right after it (or a place of no known country after "city of") is the more precise place.
 */
function placeWithin(lexicon: Lexicon, s: SentenceItems, k: number, iso: string, reach: number): string | undefined {
  for (let j = k + 1; j <= Math.min(s.items.length - 1, k + reach); j++) {
    const it = s.items[j]!;
    if (it.kind === 'entity') {
      const e = it.entity!;
      return e.type === 'place' && (e.country === iso || (e.country === undefined && settlementOf(lexicon, s, j))) ? e.id : undefined;
    }
    if (it.kind !== 'word' && it.symbol !== ',') return undefined;
  }
  return undefined;
}

/**
 * "in the southern port city of Bergen": a place after a settlement noun and "of", in a phrase that
 * "in" or "at" opens a few words before (words only between, after the trigger).
 */
function cityOfAfterIn(lexicon: Lexicon, s: SentenceItems, k: number, from: number): boolean {
  if (!settlementOf(lexicon, s, k)) return false;
  for (let j = k - 3; j >= Math.max(from, k - 6); j--) {
    const it = s.items[j]!;
    if (it.kind !== 'word') return false;
    if (it.symbol === 'in' || it.symbol === 'at') return true;
  }
  return false;
}

/**
 * Where a meeting is held: a place, country or venue after "in"/"at" (or a visit's destination),
 * within the trigger's own words: before the next trigger and before a new clause.
 */
function placeAfter(
  lexicon: Lexicon,
  s: SentenceItems,
  tokens: readonly Token[],
  t: Trigger,
  visit: boolean,
  nextTrigger: number,
  rules: RuleSet,
): string | undefined {
  // the places the held-in record's pattern introduces ("in", "at", "in the capital"): its slot "place"
  const cued = new Set(stepMatches(rules, meetingSteps(rules).heldIn, s, tokens).map((m) => slotRange(m, 'place')[0]));
  for (
    let k = t.last;
    k < Math.min(s.items.length, t.last + numParam(rules, meetingSteps(rules).heldIn, 'placeWindow'), nextTrigger);
    k++
  ) {
    const it = s.items[k]!;
    if (it.symbol === ';' || inList(lexicon, 'clause-openers', s, k)) break;
    const prep = s.items[k - 1]?.symbol ?? '';
    const prep2 = s.items[k - 2]?.symbol ?? '';
    const after = cued.has(k) || cityOfAfterIn(lexicon, s, k, t.last);
    // "visit to X", "trip to the X", "visited X", "visited the X"
    const to =
      visit &&
      (destinationWord(lexicon, prep) || (prep === 'the' && (/^(to|in)$/.test(prep2) || (t.verb && k === t.last + 1))) || k === t.last);
    if (
      it.kind === 'entity' &&
      (after || (to && k <= t.last + numParam(rules, meetingSteps(rules).heldIn, 'destinationWindow'))) &&
      (it.entity!.type === 'place' || it.entity!.type === 'country' || (it.entity!.type === 'organization' && prep !== 'to'))
    ) {
      const iso = it.entity!.type === 'country' ? it.entity!.id.slice('country:'.length) : undefined;
      return (
        (iso !== undefined ? placeWithin(lexicon, s, k, iso, numParam(rules, meetingSteps(rules).heldIn, 'capitalWindow')) : undefined) ??
        it.entity!.id
      );
    }
  }
  return undefined;
}

/**
 * "In Tarsa, Denmark, I met …": a clause opened by a place phrase (a place the held-in record's pattern
 * introduces at item `from`, "in"/"at", and more places or countries after commas) closed by a comma.
 * Its first place and the item after its comma, or undefined.
 */
function frontedPlace(d: Discourse, s: SentenceItems, from: number): { place: string; end: number } | undefined {
  const m = stepMatches(d.rules, meetingSteps(d.rules).heldIn, s, d.tokens).find((x) => x.first === from);
  if (!m) return undefined;
  const [a, b] = slotRange(m, 'place');
  const isPlace = (k: number): boolean => s.items[k]?.entity?.type === 'place' || s.items[k]?.entity?.type === 'country';
  if (!isPlace(a)) return undefined;
  let k = b;
  while (s.items[k]?.symbol === ',' && isPlace(k + 1)) k += 2;
  return s.items[k]?.symbol === ',' ? { place: s.items[a]!.entity!.id, end: k + 1 } : undefined;
}

/**
 * The place of a fronted place phrase for a meeting, talks or summit of the clause it opens, when
 * nothing but its subject stands between: no verb but a light verb (lexicon/meeting-light-verbs: "held"), no new clause.
 */
function frontedPlaceOf(d: Discourse, lexicon: Lexicon, s: SentenceItems, t: Trigger): string | undefined {
  // a visit is placed by its destination, a call nowhere ("In Shanghai, Lee plans to visit the site": a stop of a visit)
  if (t.kind === 'visit' || t.kind === 'call') return undefined;
  const f = frontedPlace(d, s, 0);
  if (!f || f.end > t.first) return undefined;
  for (let k = f.end; k < t.first; k++) {
    const it = s.items[k]!;
    if (it.kind === 'punct' || it.kind === 'date') return undefined;
    if (it.kind !== 'word') continue;
    if (clauseStart(lexicon, it.symbol) || inList(lexicon, 'clause-openers', s, k)) return undefined;
    if (d.tokens[it.first]?.tags.has('Verb') === true && !isListWord(lexicon, 'meeting-light-verbs', it.symbol)) return undefined;
  }
  return f.place;
}

interface Partial {
  readonly t: Trigger;
  readonly pre: ReturnType<typeof premodifiers> | { parties: Party[]; start: number; possessive: boolean; place?: string };
  readonly parties: Party[];
  readonly objects: number;
  readonly place: string | undefined;
  readonly claimed: number[];
  /** "a meeting between A and B" names all its parties */
  readonly between: boolean;
  /** the next trigger of the sentence (an item index), where this one's words end */
  readonly nextTrigger: number;
  readonly alsoTo: readonly Party[];
}

/**
 * "my visits to Thailand and Malaysia": the places or countries listed (", ", "and") right after a
 * plural visit noun's destination, as destination parties (their countries).
 */
function listedDestinations(d: Discourse, s: SentenceItems, t: Trigger, place: string, nextTrigger: number): Party[] {
  if (t.kind !== 'visit' || !t.plural) return [];
  let k = t.last;
  while (k < Math.min(s.items.length, nextTrigger) && s.items[k]!.entity?.id !== place) k++;
  const out: Party[] = [];
  const dest = (j: number): boolean => s.items[j]?.entity?.type === 'place' || s.items[j]?.entity?.type === 'country';
  for (let j = k + 1; j < Math.min(s.items.length, nextTrigger);) {
    const sym = s.items[j]!.symbol;
    const step = sym === ',' && s.items[j + 1]?.symbol === 'and' ? 2 : sym === ',' || sym === 'and' ? 1 : 0;
    if (step === 0 || !dest(j + step)) break;
    const id = placeCountry(d, s, t, s.items[j + step]!.entity!.id);
    if (id !== undefined && id !== place && !out.some((x) => x.id === id)) out.push({ id, item: j + step, step: 'destination' });
    j += step + 1;
  }
  return out;
}

/** The steps whose record's pattern introduces a phrase of parties (slot "cue": "with", "between"). */
const INTRODUCED: readonly PhraseStep[] = ['between', 'with'];

/**
 * The phrase of parties introduced at item k by the pattern of the meeting/with or meeting/between
 * record (its slot "cue"): the step, and the item where the phrase begins (after the cue).
 */
function introducedAt(d: Discourse, s: SentenceItems, k: number): { step: PhraseStep; start: number } | undefined {
  const steps = meetingSteps(d.rules);
  for (const step of INTRODUCED) {
    const p = stepPattern(d.rules, steps.party(step));
    const m = p && matchSentenceAt(p, patternInput(d.rules, s, d.tokens), k);
    if (m) return { step, start: slotRange(m, 'cue')[1] };
  }
  return undefined;
}

/** First pass: what a trigger's own words give (modifiers, objects, destination, place). */
function ownParties(d: Discourse, lexicon: Lexicon, t: Trigger, nextTrigger: number): Partial {
  const s = d.sentences[t.si]!;
  const pre = t.verb ? { parties: [] as Party[], start: t.first, possessive: false } : premodifiers(d, s, t);
  const parties: Party[] = [...pre.parties];
  const claimed: number[] = pre.parties.map((p) => p.item);
  let objects = 0;
  let between = false;
  for (let k = t.last; k < Math.min(nextTrigger, t.last + numParam(d.rules, t.rule, 'partyWindow'), s.items.length); k++) {
    const w = s.items[k]!.symbol;
    // "briefed over the phone by X", "a visit by X": the agent takes part
    // "the summit was attended by X", "a dinner hosted by X": after a participle of taking part, too
    const by =
      w === 'by' &&
      (t.kind === 'call' || (t.kind === 'visit' && k === t.last) || t.verb || inList(lexicon, 'meeting-agent-participles', s, k - 1));
    const cue = introducedAt(d, s, k);
    if (cue || (w === 'of' && t.kind === 'summit') || by) {
      const step: PhraseStep = cue?.step ?? (w === 'by' ? 'by' : 'of');
      const start = cue?.start ?? k + 1;
      const r = phraseParties(d, s, start, step, nextTrigger);
      parties.push(...r.parties);
      for (let j = start; j < r.end; j++) claimed.push(j);
      objects += r.parties.length;
      // one object phrase per trigger: "talks with Tokyo in hopes of … with the US" names one party
      if (step === 'between') between = true;
      break;
      k = r.end - 1;
      continue;
    }
    if (
      t.verb &&
      k === t.last &&
      (s.items[k]!.kind === 'entity' ||
        s.items[k]!.kind === 'title' ||
        /^(the|his|her)$/.test(w) ||
        participleBeforeTitle(s, k) ||
        groupAt(d, s, k) !== undefined)
    ) {
      // the verb's object: "met Ada Lund", "talking with the Danish leader", "visited the US", "received visiting President Ada Lund"
      const lastWord = s.items[t.last - 1]!.symbol;
      const step: PhraseStep = t.kind === 'visit' ? 'destination' : lastWord === 'with' ? 'with' : 'object';
      const r = phraseParties(d, s, k, step, nextTrigger);
      parties.push(...r.parties);
      for (let j = k; j < r.end; j++) claimed.push(j);
      objects += r.parties.length;
      // "welcomed Lund's proposal": the object is the possessive person's noun, not a party named later
      if (r.parties.length > 0 || s.items.slice(k, r.end).some((x) => x.symbol === 'PERs')) break;
      k = Math.max(k, r.end - 1);
      continue;
    }
    if (k > t.last + 2 && inList(lexicon, 'meeting-object-stops', s, k)) break;
  }
  const place =
    placeAfter(lexicon, s, d.tokens, t, t.kind === 'visit', nextTrigger, d.rules) ?? pre.place ?? frontedPlaceOf(d, lexicon, s, t);
  const visitTarget = t.kind === 'visit' && place ? placeCountry(d, s, t, place) : undefined;
  if (visitTarget && !parties.some((p) => p.id === visitTarget)) parties.push({ id: visitTarget, item: t.last, step: 'destination' });
  const alsoTo = place !== undefined ? listedDestinations(d, s, t, place, nextTrigger).filter((x) => x.id !== visitTarget) : [];
  return { t, pre, parties, objects, place, claimed, between, nextTrigger, alsoTo };
}

/** "visiting Chilean President …": a participle describing the person that follows. */
function participleBeforeTitle(s: SentenceItems, j: number): boolean {
  const it = s.items[j]!;
  const next = s.items[j + 1];
  return it.kind === 'word' && /ing$/.test(it.symbol) && (next?.kind === 'title' || next?.symbol === 'DEM');
}

/** "Ada Lund and (visiting) Danish President Keld Varno met …": the second subject of a coordination. */
function coordinated(lexicon: Lexicon, s: SentenceItems, k: number, rules: RuleSet): Party | undefined {
  // "Peru's head of state, Keld Varno, and the Bolivian premier, Sara Quispe, held talks": each conjunct
  // may have its apposition, the first one closed by a comma before "and", the second one's name after one
  const and = s.items[k + 1]?.symbol === ',' ? k + 2 : k + 1;
  if (s.items[and]?.symbol !== 'and') return undefined;
  const limit = Math.min(s.items.length, and - 1 + numParam(rules, meetingSteps(rules).party('clause'), 'coordinationWindow'));
  for (let j = and + 1; j < limit; j++) {
    const it = s.items[j]!;
    if (it.entity?.type === 'person') return { id: it.entity.id, item: j, step: 'clause' };
    const apposition = it.symbol === ',' && s.items[j - 1]?.kind === 'title' && s.items[j + 1]?.entity?.type === 'person';
    const modifier =
      it.kind === 'title' ||
      it.entity?.type === 'country' ||
      inList(lexicon, 'meeting-determiners', s, j) ||
      participleBeforeTitle(s, j) ||
      apposition;
    if (!modifier) return undefined;
  }
  return undefined;
}

/**
 * "… and Prime Minister Keld Varno, who arrived in Oslo": the subject of a verb in a relative
 * clause is the person the relative pronoun follows (one word, "who later arrived", may come between).
 */
function relativeSubject(s: SentenceItems, t: Trigger, claimed: ReadonlySet<number>): Party | undefined {
  if (!t.verb) return undefined;
  const at = s.items[t.first - 1]?.symbol === 'who' ? t.first - 1 : s.items[t.first - 2]?.symbol === 'who' ? t.first - 2 : -1;
  if (at < 0 || (at === t.first - 2 && s.items[t.first - 1]!.kind !== 'word')) return undefined;
  const k = s.items[at - 1]?.symbol === ',' ? at - 2 : at - 1;
  const it = s.items[k];
  return it?.entity?.type === 'person' ? { id: it.entity.id, item: claimed.has(k) ? t.first : k, step: 'clause' } : undefined;
}

/**
 * "the leaders of the Gulf states' council and the United States met": a country or organization
 * subject right after "and", just before the verb, has the conjunct before it (a few words of its
 * noun phrase may follow that conjunct).
 */
function precedingConjunct(
  lexicon: Lexicon,
  s: SentenceItems,
  subj: Party,
  claimed: ReadonlySet<number>,
  rules: RuleSet,
): Party | undefined {
  if (subj.id.startsWith('person:')) return undefined;
  let j = subj.item - 1;
  while (j >= 0 && inList(lexicon, 'meeting-determiners', s, j)) j--;
  if (s.items[j]?.symbol !== 'and') return undefined;
  for (let k = j - 1; k >= Math.max(0, j - numParam(rules, meetingSteps(rules).party('clause'), 'conjunctLookBehind')); k--) {
    const it = s.items[k]!;
    if (isParty(it) && it.entity!.type !== 'person' && !claimed.has(k)) return { id: it.entity!.id, item: k, step: 'clause' };
    if (it.kind !== 'word' && it.symbol !== '(' && it.symbol !== ')') return undefined;
  }
  return undefined;
}

/**
 * "Keld Varno made his first trip to Chile": "his" is the person nearest before it in the clause;
 * but "after he paid respect to King A in X and his visit to Y": with "he" before that person,
 * "his" is the pronoun's (null: no one the pronoun stands for, so no subject).
 */
function possessiveOwner(
  d: Discourse,
  s: SentenceItems,
  si: number,
  from: number,
  start: number,
  t: Trigger,
  claimed: ReadonlySet<number>,
): Party | null | undefined {
  // "his first visit", "his official visit" (a title item may stand between)
  let at = -1;
  for (let k = t.first - 1; k >= Math.max(from, Math.min(start, t.first - 3)) && at < 0; k--)
    if (s.items[k]!.symbol === 'his' || s.items[k]!.symbol === 'her') at = k;
  if (at < 0) return undefined;
  for (let k = at - 1; k >= from; k--) {
    const it = s.items[k]!;
    if (it.entity?.type !== 'person' || claimed.has(k)) continue;
    for (let j = k - 1; j >= from; j--) {
      const w = s.items[j]!;
      if (w.entity?.type === 'person') break;
      if (w.kind === 'word' && /^(he|she)$/.test(w.symbol) && isListWord(d.lexicon, 'meeting-subject-pronouns', w.symbol))
        return pronounReferent(d, si, j) ?? null;
    }
    return { id: it.entity.id, item: k, step: 'clause' };
  }
  return undefined;
}

/**
 * "At the invitation of King A, King of X, the leaders of B and C met …", "On Friday, Ada Lund,
 * director of …, met …": in a clause opened by a preposition, the subject stands after a comma:
 * the last one when a party (not a demonym) stands between it and the trigger, else the last one
 * followed by a person (an apposition, "the Danish prime minister", "director of …", starts otherwise).
 */
function afterOpening(d: Discourse, lexicon: Lexicon, s: SentenceItems, from: number, t: Trigger): number {
  if (!inList(lexicon, 'meeting-opening-prepositions', s, from)) return from;
  // "In Tarsa, Denmark, I met …": the places of a fronted place phrase are none of its subjects
  const fronted = frontedPlace(d, s, from);
  if (fronted && fronted.end <= t.first) return fronted.end;
  let last = true;
  for (let c = t.first - 1; c > from; c--) {
    if (s.items[c]!.symbol !== ',') continue;
    const stretch = s.items.slice(c + 1, t.first);
    if (last && stretch.some((it) => isParty(it) && it.symbol !== 'DEM')) return c + 1;
    last = false;
    let j = c + 1;
    while (s.items[j]?.kind === 'title') j++;
    if (s.items[j]?.entity?.type === 'person' && s.items[j]!.symbol === 'PER') return c + 1;
  }
  return from;
}

/** Nothing stands as the verb's object: the sentence ends, or a date, a comma or a preposition follows it. */
function noObject(lexicon: Lexicon, s: SentenceItems, t: Trigger): boolean {
  const next = s.items[t.last];
  if (next === undefined || next.kind === 'date' || next.kind === 'punct') return true;
  return (
    next.kind === 'word' &&
    (isListWord(lexicon, 'meeting-date-prepositions', next.symbol) || isListWord(lexicon, 'locative-prepositions', next.symbol))
  );
}

/** Second pass: subjects (which must not be another trigger's party), status, dates. */
function complete(
  d: Discourse,
  lexicon: Lexicon,
  p: Partial,
  claimed: ReadonlySet<number>,
  docDate: string | null,
  dateValue: (i: number) => string | null,
): MeetingMention {
  const { t, pre } = p;
  const s = d.sentences[t.si]!;
  const [from, to] = clauseBounds(lexicon, s, t, d.rules);
  const parties = [...p.parties];
  // a meeting that names two parties of its own is not the group's ("the two sides held talks after A's summit with B")
  const own = p.parties.length >= 2 || (pre.possessive && pre.parties.length > 0);
  const named = own ? [] : groupReference(d, lexicon, s, from, t);
  const grouped = own || named.length > 0 ? named : officeHolders(d, lexicon, s, from, t);
  const group = grouped.length > 0 || p.parties.length > 0 || !noObject(lexicon, s, t) ? grouped : reciprocalSubject(d, lexicon, s, t);
  parties.push(...group);
  const ownedByModifier = pre.possessive && pre.parties.length > 0;
  const needsSubject =
    !p.between &&
    !ownedByModifier &&
    group.length === 0 &&
    (t.verb || p.objects > 0 || pre.possessive || (t.kind === 'visit' && p.parties.length > 0));
  const excluded = new Set<string>();
  // "A and B failed to agree after six hours of talks", "A and B ended two days of talks": a coordinated subject holds them
  let adjunct = false;
  for (let k = Math.max(0, pre.start - numParam(d.rules, meetingSteps(d.rules).party('clause'), 'adjunctCueBefore')); k < pre.start; k++)
    if (inList(lexicon, 'meeting-adjunct-cues', s, k)) adjunct = true;
  if (!needsSubject && parties.length === 0 && adjunct) {
    const subj = clauseSubject(d, t.si, from, t, claimed);
    const also = subj ? coordinated(lexicon, s, subj.item, d.rules) : undefined;
    if (subj && also) parties.push(subj, also);
  }
  if (needsSubject) {
    const owner = possessiveOwner(d, s, t.si, from, pre.start, t, claimed);
    const subj =
      relativeSubject(s, t, claimed) ??
      (owner === null
        ? undefined
        : (owner ??
          clauseSubject(d, t.si, afterOpening(d, lexicon, s, from, t), t, claimed, new Set(parties.map((x) => x.id))) ??
          firstPersonSpeaker(d, lexicon, t.si, from, t)));
    if (subj && !parties.some((x) => x.id === subj.id)) {
      const c =
        cueAt(lexicon, 'meeting-nonparticipation', s, subj.item + 1) ?? cueAt(lexicon, 'meeting-nonparticipation', s, subj.item + 2);
      if (c) excluded.add(subj.id);
      else {
        parties.unshift(subj);
        const also =
          coordinated(lexicon, s, subj.item, d.rules) ??
          (t.verb && subj.item >= t.first - numParam(d.rules, meetingSteps(d.rules).party('clause'), 'conjunctReach')
            ? precedingConjunct(lexicon, s, subj, claimed, d.rules)
            : undefined);
        if (also && !parties.some((x) => x.id === also.id)) parties.push(also);
      }
    }
  }
  const anaphoric = parties.length === 0;
  const reciprocal = group.some((x) => x.step === 'we');
  const dates = datesNear(lexicon, s, t, pre.start, anaphoric, (ti) => d.tokens[ti]?.tags.has('Verb') ?? false, p.nextTrigger, d.rules);
  // a date wholly after the document's day: "on March 20", "next month", "next week", "in 2031"
  const future =
    docDate !== null &&
    dates.some((i) => {
      const r = dayRange(dateValue(i) ?? '');
      return r !== null && r[0] > docDate;
    });
  const st = statusOf(s, d.tokens, t, from, to, future, d.rules);
  const ORDINALS: Readonly<Record<string, string>> = { '1st': 'first', '2nd': 'second', '3rd': 'third' };
  const raw = s.items.slice(pre.start, t.first).find((it) => /^(first|second|third|1st|2nd|3rd|latest|next)$/.test(it.symbol))?.symbol;
  const ordinal = raw === undefined ? undefined : (ORDINALS[raw] ?? raw);
  return {
    trigger: t,
    kind: t.kind,
    parties: dedupe(parties),
    excluded,
    dates,
    ...(p.place !== undefined ? { place: p.place } : {}),
    status: st.status,
    statusStep: st.step,
    statusRule: st.rule,
    anaphoric,
    ...(reciprocal && dates.length > 0 ? { recalled: true } : {}),
    ...(p.alsoTo.length > 0 ? { alsoTo: p.alsoTo } : {}),
    ...(ordinal !== undefined ? { ordinal } : {}),
    first: Math.min(pre.start, t.first),
    last: t.last,
  };
}

/**
 * "welcomed Ada Lund", "was received by Ada Lund", "received a delegation from Chile": a party as the
 * verb's object (not a possessive: "welcomed Lund's announcement"), or as its agent right after it.
 */
function directObject(s: SentenceItems, p: Partial): boolean {
  return p.parties.some(
    (x) =>
      (x.step === 'object' || x.step === 'with' || x.step === 'group' || (x.step === 'by' && s.items[p.t.last]?.symbol === 'by')) &&
      !/s$/.test(s.items[x.item]?.symbol ?? ''),
  );
}

/** Is noun trigger `u` the purpose of verb trigger `t` ("hosted Ada Lund for bilateral talks")? */
function purposeNoun(d: Discourse, lexicon: Lexicon, t: Trigger, u: Trigger): boolean {
  if (!t.verb || u.verb || u.si !== t.si) return false;
  const s = d.sentences[t.si]!;
  let j = u.first - 1;
  while (j >= t.last && inList(lexicon, 'meeting-premodifier-skips', s, j)) j--;
  if (j < t.last || !inList(lexicon, 'meeting-purpose-prepositions', s, j)) return false;
  // only the verb's object between them: "welcomed Ada Lund and pressed for talks" is another clause's noun
  for (let k = t.last; k < j; k++) {
    const it = s.items[k]!;
    const word = it.kind === 'word' || it.kind === 'date';
    if (word && !inList(lexicon, 'meeting-premodifier-skips', s, k) && !inList(lexicon, 'meeting-object-prepositions', s, k)) return false;
  }
  return true;
}

export function buildMentions(
  d: Discourse,
  lexicon: Lexicon,
  triggers: readonly Trigger[],
  docDate: string | null,
  dateValue: (i: number) => string | null,
): MeetingMention[] {
  const partials = triggers.map((t, n) => {
    // "hosted Ada Lund for talks at the palace on Friday": a noun naming the verb's purpose is the verb's
    // own meeting, so the verb's words (its date, its place) go on past it
    let m = n + 1;
    while (triggers[m] && purposeNoun(d, lexicon, t, triggers[m]!)) m++;
    const next = triggers[m];
    return ownParties(d, lexicon, t, next && next.si === t.si ? next.first : Number.MAX_SAFE_INTEGER);
  });
  const claimedBySentence = new Map<number, Set<number>>();
  for (const p of partials) {
    const set = claimedBySentence.get(p.t.si) ?? new Set<number>();
    for (const k of p.claimed) set.add(k);
    claimedBySentence.set(p.t.si, set);
  }
  const out = partials
    .filter((p) => !p.t.needsObject || directObject(d.sentences[p.t.si]!, p))
    .map((p) => complete(d, lexicon, p, claimedBySentence.get(p.t.si)!, docDate, dateValue));
  // "is scheduled to have a lunch with A … and meet with B": a coordinated trigger without a cue of its own shares the status
  return out.map((m, n) => {
    const prev = out[n - 1];
    if (!prev || prev.trigger.si !== m.trigger.si || m.statusStep !== 'default' || prev.statusStep === 'default') return m;
    const between = d.sentences[m.trigger.si]!.items.slice(prev.last, m.first);
    return between.some((it) => it.symbol === 'and')
      ? {
          ...m,
          status: prev.status,
          statusStep: prev.statusStep,
          statusRule: prev.statusRule,
          dates: m.dates.length > 0 ? m.dates : prev.dates,
        }
      : m;
  });
}

function placeCountry(d: Discourse, s: SentenceItems, _t: Trigger, place: string): string | undefined {
  if (place.startsWith('country:')) return place;
  const it = s.items.find((x) => x.entity?.id === place);
  const c = it?.entity?.country;
  return c ? `country:${c}` : undefined;
}

function dedupe(parties: readonly Party[]): Party[] {
  const seen = new Set<string>();
  return parties.filter((p) => (seen.has(p.id) ? false : (seen.add(p.id), true)));
}

/** Where an attendance cue ending right before item k starts ("on the sidelines of", "following", "at"), or -1. */
function attendanceCueBefore(lexicon: Lexicon, s: SentenceItems, k: number, reach: number): number {
  for (let j = Math.max(0, k - reach); j < k; j++) {
    const c = cueAt(lexicon, 'meeting-attendance-cues', s, j);
    if (c && j + c.len === k) return j;
  }
  return -1;
}

/**
 * "A met B on the sidelines of the G20 summit", "A spoke with B following the summit": a summit or
 * meeting noun without people of its own, placed by an attendance cue after another meeting of its
 * sentence, was attended by that meeting's people.
 */
export function attendees(d: Discourse, lexicon: Lexicon, mentions: readonly MeetingMention[]): MeetingMention[] {
  return mentions.map((m, n) => {
    if (m.trigger.verb || (m.kind !== 'summit' && m.kind !== 'meeting') || m.parties.some((p) => p.id.startsWith('person:'))) return m;
    const s = d.sentences[m.trigger.si]!;
    let start = m.first;
    // "following the CSTO summit": an unknown capitalized name and a determiner may stand before it
    const attend = meetingSteps(d.rules).party('attendees');
    while (start > 0 && start > m.first - numParam(d.rules, attend, 'nameWords') && s.items[start - 1]!.symbol === 'Cap') start--;
    while (start > 0 && inList(lexicon, 'meeting-determiners', s, start - 1)) start--;
    const cueStart = attendanceCueBefore(lexicon, s, start, numParam(d.rules, attend, 'cueWords'));
    if (cueStart < 0) return m;
    const host = mentions
      .slice(0, n)
      .reverse()
      .find((x) => x.trigger.si === m.trigger.si && x.last <= cueStart);
    const people = host?.parties.filter((p) => p.id.startsWith('person:')) ?? [];
    if (!host || people.length === 0 || host.status !== m.status) return m;
    // the cue must follow the other meeting's own words: no comma or new clause between them
    for (let k = host.last; k < cueStart; k++) if (s.items[k]!.symbol === ',' || inList(lexicon, 'clause-openers', s, k)) return m;
    const parties = [...m.parties, ...people.map((p) => ({ id: p.id, item: p.item, step: 'attendees' as const }))];
    return { ...m, parties: dedupe(parties), anaphoric: false, attended: true };
  });
}
