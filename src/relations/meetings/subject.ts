/** The party that holds, pays or makes a meeting: the clause's subject, a pronoun's referent, or a group. */
import { isListWord, type Lexicon } from '../../tokenize/lexicon.js';
import type { SentenceItems } from '../items.js';
import type { Discourse } from '../resolve.js';
import { describedPerson, isParty, soleOfficeHolder, type Party } from './participants.js';
import type { Trigger } from './triggers.js';
import { meetingSteps, type SubjectStep } from './steps.js';
import { numParam } from '../../engine/rule-ref.js';
import { slotRange, stepMatches } from './step-patterns.js';

function qualifierOnly(s: SentenceItems, k: number): boolean {
  const it = s.items[k]!;
  const next = s.items[k + 1];
  return it.entity?.type === 'country' && next?.kind === 'title' && isParty(s.items[k + 2]);
}

function leftmostPerson(s: SentenceItems, from: number, to: number): number | undefined {
  for (let k = from; k < to; k++) if (s.items[k]!.entity?.type === 'person') return k;
  return undefined;
}

/** He / she / his: the first person of this sentence before it, else of the closest sentence before. */
export function pronounReferent(d: Discourse, si: number, before: number): Party | undefined {
  const here = leftmostPerson(d.sentences[si]!, 0, before);
  if (here !== undefined) return { id: d.sentences[si]!.items[here]!.entity!.id, item: before, step: 'pronoun' };
  for (let x = si - 1; x >= Math.max(0, si - numParam(d.rules, meetingSteps(d.rules).party('pronoun'), 'pronounSentences')); x--) {
    const s = d.sentences[x]!;
    const k = leftmostPerson(s, 0, s.items.length);
    if (k !== undefined) return { id: s.items[k]!.entity!.id, item: before, step: 'pronoun' };
  }
  return undefined;
}

/**
 * The subject of a meeting: the leftmost person of the clause before the trigger that no other
 * meeting words claim; else a leader a description before the trigger stands for ("India's prime
 * minister"); else the main clause's person after a comma ("Before visiting X, Lund …"); else a
 * country or organization before the trigger; else a pronoun's referent.
 */
export function clauseSubject(
  d: Discourse,
  si: number,
  from: number,
  t: Trigger,
  claimed: ReadonlySet<number>,
  own: ReadonlySet<string> = new Set(),
): Party | undefined {
  const s = d.sentences[si]!;
  const free = (k: number): boolean => !claimed.has(k) && isParty(s.items[k]) && !qualifierOnly(s, k) && !own.has(s.items[k]!.entity!.id);
  for (let k = from; k < t.first; k++)
    if (free(k) && s.items[k]!.entity!.type === 'person') return { id: s.items[k]!.entity!.id, item: k, step: 'clause' };
  for (let j = from; j < t.first; j++) {
    // "India's prime minister has arrived": the person the description stands for,
    // before a person after a comma ("the Norwegian premier plans to meet X's son, Crown Prince Y")
    if (
      s.items[j]!.entity?.type === 'country' &&
      s.items[j + 1]?.kind === 'title' &&
      s.items[j + 1]!.title?.kind === 'leader-title' &&
      !claimed.has(j)
    ) {
      const p = describedPerson(d, s, j);
      if (p) return { id: p.id, item: j, step: 'clause' };
    }
  }
  let k = t.last;
  while (k < s.items.length && s.items[k]!.symbol !== ',') k++;
  for (k++; k < s.items.length; k++) {
    const it = s.items[k]!;
    if (free(k) && it.entity!.type === 'person') return { id: it.entity!.id, item: k, step: 'clause' };
    if (it.kind === 'word' && !/^(the|a|an|Cap)$/.test(it.symbol)) break;
  }
  for (let j = t.first - 1; j >= from; j--) if (free(j)) return { id: s.items[j]!.entity!.id, item: j, step: 'clause' };
  for (let j = from; j < t.first; j++)
    if (s.items[j]!.kind === 'word' && isListWord(d.lexicon, 'meeting-subject-pronouns', s.items[j]!.symbol)) {
      // "Denmark said on Monday it is sending an envoy": "it" is the first country or organization of its sentence
      if (d.lexicon.tables.get('meeting-subject-pronouns')?.get(s.items[j]!.symbol)?.antecedent === 'party') {
        for (let k = 0; k < j; k++) {
          const it = s.items[k]!;
          if (isParty(it) && it.entity!.type !== 'person' && !claimed.has(k)) return { id: it.entity!.id, item: j, step: 'pronoun' };
        }
        return undefined;
      }
      return pronounReferent(d, si, j);
    }
  return undefined;
}

/** The two leaders named last before item k of sentence s (from the leader edges). */
function lastTwoLeaders(d: Discourse, s: SentenceItems, k: number): string[] {
  const start = d.tokens[s.items[k]!.first]!.start;
  const ids: string[] = [];
  for (const e of [...d.edges].reverse())
    if (e.type === 'leader_of' && e.evidence.start < start && !ids.includes(e.source)) ids.push(e.source);
  return ids.slice(0, 2);
}

/**
 * "Last time we met in Lima", "we have met many times": a first-person plural subject right before
 * a meeting verb that names no party of its own is the two leaders named last (speaker and listener);
 * "the two had not met since 2009, when they met in Lima": so is "they" after "two" or "both".
 */
export function reciprocalSubject(d: Discourse, lexicon: Lexicon, s: SentenceItems, t: Trigger): Party[] {
  if (!t.verb) return [];
  const reach = numParam(d.rules, meetingSteps(d.rules).party('we'), 'reciprocalReach');
  for (let k = t.first - 1; k >= Math.max(0, t.first - reach); k--) {
    const it = s.items[k]!;
    if (it.kind !== 'word') return [];
    if (isListWord(lexicon, 'meeting-reciprocal-subjects', it.symbol)) {
      // "the two had not met since 2009, when they met …": "they" only after "two" / "both" in its sentence
      const entry = lexicon.tables.get('meeting-reciprocal-subjects')?.get(it.symbol);
      if (entry?.antecedent === 'two' && !s.items.slice(0, k).some((x) => x.symbol === 'two' || x.symbol === 'both')) return [];
      const ids = lastTwoLeaders(d, s, k);
      return ids.length === 2 ? ids.map((id) => ({ id, item: k, step: 'we' as const })) : [];
    }
  }
  return [];
}

/** The group noun at item k ("leaders", "heads of state", "sides"): its group and its length in items. */
function groupNoun(lexicon: Lexicon, s: SentenceItems, k: number): { group: string; len: number } | undefined {
  let found: { group: string; len: number } | undefined;
  const words: string[] = [];
  for (let j = k; j < Math.min(s.items.length, k + 3); j++) {
    if (s.items[j]!.kind !== 'word') break;
    words.push(s.items[j]!.symbol);
    const e = lexicon.tables.get('meeting-group-nouns')?.get(words.join(' '));
    if (typeof e?.group === 'string') found = { group: e.group, len: j - k + 1 };
  }
  return found;
}

/** "the two neighbours, along with Uganda, …": a party added to the group right after it. */
function alongWith(s: SentenceItems, k: number, step: SubjectStep): Party | undefined {
  const at = s.items[k]?.symbol === ',' ? k + 1 : k;
  if (s.items[at]?.symbol !== 'along' || s.items[at + 1]?.symbol !== 'with') return undefined;
  const it = s.items[at + 2];
  return isParty(it) ? { id: it!.entity!.id, item: at + 2, step } : undefined;
}

/**
 * "the two leaders", "both sides", "the two neighbours": the two leaders named last, or the
 * document's two main countries (lexicon/meeting-group-nouns.json); plus a party "along with" them.
 */
export function groupReference(d: Discourse, lexicon: Lexicon, s: SentenceItems, from: number, t: Trigger): Party[] {
  for (let k = from; k < t.first; k++) {
    const w = s.items[k]!.symbol;
    if (!/^(two|both|the)$/.test(w)) continue;
    const at = s.items[k + 1]?.symbol === 'two' ? k + 2 : k + 1;
    const g = groupNoun(lexicon, s, at);
    if (!g) continue;
    const step: SubjectStep = g.group === 'leaders' ? 'two-leaders' : 'two-sides';
    const extra = alongWith(s, at + g.len, step);
    const withExtra = (ps: Party[]): Party[] => (extra && !ps.some((p) => p.id === extra.id) ? [...ps, extra] : ps);
    if (g.group === 'leaders') {
      const start = d.tokens[s.items[k]!.first]!.start;
      const ids: string[] = [];
      for (const e of [...d.edges].reverse())
        if (e.type === 'leader_of' && e.evidence.start < start && !ids.includes(e.source)) ids.push(e.source);
      if (ids.length >= 2) return withExtra(ids.slice(0, 2).map((id) => ({ id, item: k, step })));
    } else {
      const counts = new Map<string, number>();
      for (const x of d.sentences)
        for (const it of x.items) if (it.entity?.type === 'country') counts.set(it.entity.id, (counts.get(it.entity.id) ?? 0) + 1);
      const top = [...counts]
        .filter(([id]) => id !== extra?.id)
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, 2);
      if (top.length === 2) return withExtra(top.map(([id]) => ({ id, item: k, step })));
    }
  }
  return [];
}

/**
 * The office holders of the countries a group names by its office: the current holder of that office
 * (the entry's value, "Prime Minister"; any leader for "the leaders") where the document names exactly
 * one, else the country; an organization stands for itself.
 */
function officeHolder(d: Discourse, id: string, office: string | undefined, item: number): Party {
  if (!id.startsWith('country:')) return { id, item, step: 'office-holders' };
  return { id: soleOfficeHolder(d, id, office) ?? id, item, step: 'office-holders' };
}

/**
 * "The prime ministers of A and B held talks", "the foreign ministers of A, B and C met": a group
 * named by its office and its countries (the office-holders record's pattern, slot "parties") is
 * the subject of a trigger it stands right before in its clause, with at most `groupGap` words
 * between and the first of them a light verb ("held", "will hold", lexicon/meeting-light-verbs).
 * Each country is its office holder (officeHolder) or itself; before a verb trigger, only a group
 * that names a holder (the clause subject gives the countries).
 */
export function officeHolders(d: Discourse, lexicon: Lexicon, s: SentenceItems, from: number, t: Trigger): Party[] {
  const steps = meetingSteps(d.rules);
  const id = steps.party('office-holders');
  if (!steps.on(id)) return [];
  const gap = numParam(d.rules, id, 'groupGap');
  for (const m of stepMatches(d.rules, id, s, d.tokens)) {
    if (m.first < from || m.last > t.first || t.first - m.last > gap) continue;
    const between = s.items.slice(m.last, t.first);
    if (between.some((it) => it.kind !== 'word')) continue;
    if (between.length > 0 && !isListWord(lexicon, 'meeting-light-verbs', between[0]!.symbol)) continue;
    const [a, b] = slotRange(m, 'parties');
    // the office the optional slot "office" names: its entry's value is the role its holders have
    const [o1, o2] = m.groups.get('office') ?? [a, a];
    const words = s.items
      .slice(o1, o2)
      .map((it) => it.symbol)
      .join(' ');
    const value = lexicon.tables.get('meeting-office-plurals')?.get(words)?.value;
    const office = typeof value === 'string' ? value : undefined;
    const out: Party[] = [];
    for (let k = a; k < b; k++)
      if (isParty(s.items[k]) && s.items[k]!.entity!.type !== 'person') out.push(officeHolder(d, s.items[k]!.entity!.id, office, k));
    // before a verb the clause subject already gives the countries ("the leaders of A and B met"): only office holders add to it
    if (out.length >= 2 && (!t.verb || out.some((x) => x.id.startsWith('person:')))) return out;
  }
  return [];
}

/**
 * "I met with Prime Minister Ada Lund", "my visit to Chile" in a speech headed "Speech of President
 * Keld Varno": a first-person word (lexicon/meeting-first-person, as written) within
 * `firstPersonReach` words before the trigger stands for the speaker, the one person the speaker
 * record's pattern names (slot "parties") in the sentences before; none where it names several.
 */
export function firstPersonSpeaker(d: Discourse, lexicon: Lexicon, si: number, from: number, t: Trigger): Party | undefined {
  const steps = meetingSteps(d.rules);
  const id = steps.party('speaker');
  if (!steps.on(id)) return undefined;
  const s = d.sentences[si]!;
  const reach = numParam(d.rules, id, 'firstPersonReach');
  let at = -1;
  for (let k = t.first - 1; k >= Math.max(from, t.first - reach) && at < 0; k--) {
    const it = s.items[k]!;
    if (it.kind !== 'word') return undefined;
    const w = d.tokens[it.first]?.text ?? '';
    // as written ("I"), or a capital opening the sentence ("My visit")
    if (isListWord(lexicon, 'meeting-first-person', w) || isListWord(lexicon, 'meeting-first-person', w.toLowerCase())) at = k;
  }
  if (at < 0) return undefined;
  const speakers = new Set<string>();
  for (let x = 0; x < si; x++) {
    const h = d.sentences[x]!;
    for (const m of stepMatches(d.rules, id, h, d.tokens)) {
      const [a, b] = slotRange(m, 'parties');
      for (let k = a; k < b; k++) if (h.items[k]!.entity?.type === 'person') speakers.add(h.items[k]!.entity!.id);
    }
  }
  return speakers.size === 1 ? { id: [...speakers][0]!, item: at, step: 'speaker' } : undefined;
}
