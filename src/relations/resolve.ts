/**
 * Relations that need the discourse, not just one phrase: definite descriptions ("the Danish
 * president"), counterparts, predecessors, "his foreign minister", and countries taken from the
 * sentence or document when the phrase names none. Each is a named extractor of a rule.
 */
import type { RuleSet } from '../engine/load.js';
import type { EdgeRuleIds } from '../engine/rule-ref.js';
import type { Lexicon } from '../tokenize/lexicon.js';
import type { EntMention } from '../entities/index.js';
import type { Token } from '../tokenize/index.js';
import type { Attributes } from '../types.js';
import type { Item, SentenceItems } from './items.js';
import type { LocalEdge } from './types.js';

export interface Discourse {
  readonly tokens: readonly Token[];
  readonly sentences: readonly SentenceItems[];
  /** every title given to each person anywhere in the document */
  readonly titles: ReadonlyMap<string, readonly string[]>;
  /** edges found so far (patterns), extended as extractors run */
  readonly edges: LocalEdge[];
  /** the rule records the extractors implement (is a rule on, its params) */
  readonly rules: RuleSet;
  /** the word lists (rules/lexicon/) */
  readonly lexicon: Lexicon;
}

const isCountry = (it: Item | undefined): boolean => it?.kind === 'entity' && it.entity?.type === 'country';
const isPerson = (it: Item | undefined): boolean => it?.kind === 'entity' && it.entity?.type === 'person';

function span(d: Discourse, s: SentenceItems, first: number, last: number): { start: number; end: number } {
  const a = s.items[first]!;
  const b = s.items[Math.max(first, last - 1)]!;
  return { start: d.tokens[a.first]!.start, end: d.tokens[Math.max(a.first, b.last - 1)]!.end };
}

function leaderEdge(
  person: EntMention,
  country: string,
  role: string,
  current: boolean,
  ev: { start: number; end: number },
  rule: string,
): LocalEdge {
  const attributes: Attributes = { role, current };
  return { type: 'leader_of', source: person.id, target: country, attributes, evidence: ev, rule };
}

function personsBefore(d: Discourse, si: number, k: number, back: number): EntMention[] {
  const out: EntMention[] = [];
  for (let x = si; x >= Math.max(0, si - back); x--) {
    const items = d.sentences[x]!.items;
    const end = x === si ? k : items.length;
    for (let j = end - 1; j >= 0; j--) if (isPerson(items[j])) out.push(items[j]!.entity!);
  }
  return out;
}

function personsAfter(d: Discourse, si: number, k: number, ahead: number): EntMention[] {
  const out: EntMention[] = [];
  for (let x = si; x < Math.min(d.sentences.length, si + ahead + 1); x++) {
    const items = d.sentences[x]!.items;
    for (let j = x === si ? k : 0; j < items.length; j++) if (isPerson(items[j])) out.push(items[j]!.entity!);
  }
  return out;
}

function titlesOf(d: Discourse, p: EntMention): readonly string[] {
  return d.titles.get(p.id) ?? p.titles ?? [];
}

function titleFits(d: Discourse, p: EntMention, title: string): boolean {
  const titles = titlesOf(d, p);
  if (title.toLowerCase() === 'leader')
    return titles.some((t) => inList(d, 'leader-words', t)) || d.edges.some((e) => e.type === 'leader_of' && e.source === p.id);
  return titles.some((t) => t.toLowerCase() === title.toLowerCase());
}

/** Is a word or phrase (compared in lower case) on a word list of rules/lexicon/? */
export function inList(d: Discourse, list: string, text: string): boolean {
  return d.lexicon.lists.get(list)?.has(text.toLowerCase()) === true;
}

function wasFormer(d: Discourse, items: readonly Item[], k: number): boolean {
  return items.slice(Math.max(0, k - 2), k).some((it) => inList(d, 'former-modifiers', it.symbol));
}

/** Spoken of as a past leader only: every leader_of edge of the person so far has current false ("her predecessor, Ada Morrow"). */
function pastLeader(d: Discourse, p: EntMention): boolean {
  const leads = d.edges.filter((e) => e.type === 'leader_of' && e.source === p.id);
  return leads.length > 0 && leads.every((e) => e.attributes.current === false);
}

/** Two leader titles for one office: the same title, or two names of the head of government (lexicon head-of-government-titles: "premier" for a prime minister). */
function sameOffice(d: Discourse, a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase() || (inList(d, 'head-of-government-titles', a) && inList(d, 'head-of-government-titles', b));
}

/** Already known as the current holder of this office in this country ("Prime Minister Ada Morrow of Norway" for "the Norwegian premier"). */
function leadsAs(d: Discourse, p: EntMention, country: string, title: string): boolean {
  return d.edges.some(
    (e) =>
      e.type === 'leader_of' &&
      e.source === p.id &&
      e.target === country &&
      e.attributes.current !== false &&
      typeof e.attributes.role === 'string' &&
      sameOffice(d, e.attributes.role, title),
  );
}

/** "the Danish president", "Denmark's prime minister" with no name after it. */
export function definiteDescriptions(d: Discourse, ids: EdgeRuleIds): LocalEdge[] {
  const out: LocalEdge[] = [];
  const rule = ids.leader_of;
  if (rule === undefined) return out;
  d.sentences.forEach((s, si) => {
    s.items.forEach((it, k) => {
      const title = s.items[k + 1];
      if (!isCountry(it) || title?.kind !== 'title' || title.title?.kind !== 'leader-title') return;
      const next = s.items[k + 2];
      if (isPerson(next) || (next?.symbol === ',' && isPerson(s.items[k + 3]))) return;
      const possessive = it.symbol === 'CTYs';
      if (!possessive && s.items[k - 1]?.symbol !== 'the' && !/^(a|the)$/.test(s.items[k - 2]?.symbol ?? '')) return;
      const value = title.title.value;
      const before = personsBefore(d, si, k, si);
      const near = personsBefore(d, si, k, 1);
      const country = it.entity!.id;
      const former = wasFormer(d, s.items, k);
      const elsewhere = (p: EntMention): boolean =>
        d.edges.some((e) => e.source === p.id && e.target !== country && (e.type === 'leader_of' || e.type === 'affiliated_with')) ||
        (!former && pastLeader(d, p));
      const person =
        before.find((p) => titleFits(d, p, value) && !elsewhere(p)) ??
        before.find((p) => leadsAs(d, p, country, value) && !elsewhere(p)) ??
        near.find((p) => d.edges.some((e) => e.source === p.id && e.target === country) && !elsewhere(p)) ??
        personsAfter(d, si, k + 2, 1).find((p) => titleFits(d, p, value) && !elsewhere(p)) ??
        near.find((p) => titlesOf(d, p).length === 0 && !elsewhere(p));
      if (!person) return;
      out.push(leaderEdge(person, it.entity!.id, value, !former, span(d, s, k, k + 2), rule));
    });
  });
  return out;
}

/** "his Danish counterpart, Keld Varno": same office as the subject, in another country. */
export function counterparts(d: Discourse, ids: EdgeRuleIds): LocalEdge[] {
  const out: LocalEdge[] = [];
  const rule = ids.leader_of;
  if (rule === undefined && ids.affiliated_with === undefined) return out;
  d.sentences.forEach((s, si) => {
    s.items.forEach((it, k) => {
      if (!inList(d, 'counterpart-words', it.symbol) && !inList(d, 'counterpart-words', it.title?.value ?? '')) return;
      const country = s.items[k - 1];
      if (!isCountry(country)) return;
      let j = k + 1;
      if (s.items[j]?.symbol === ',') j++;
      const person = s.items[j];
      if (!isPerson(person)) return;
      const subject = personsBefore(d, si, k - 1, 0)
        .reverse()
        .find(
          (p) =>
            titlesOf(d, p).length > 0 ||
            d.edges.some(
              (e) =>
                e.source === p.id && (e.type === 'leader_of' || (e.type === 'affiliated_with' && typeof e.attributes.role === 'string')),
            ),
        );
      if (!subject) return;
      const leaderRole = d.edges.find((e) => e.type === 'leader_of' && e.source === subject.id)?.attributes.role;
      const role = typeof leaderRole === 'string' ? leaderRole : titlesOf(d, subject).find((t) => inList(d, 'leader-words', t));
      const ev = span(d, s, k - 1, j + 1);
      const source = person!.entity!.id;
      const target = country!.entity!.id;
      // the counterpart of a minister is that country's minister in the same office: affiliated with it
      const affiliation = d.edges.find(
        (e) => e.type === 'affiliated_with' && e.source === subject.id && typeof e.attributes.role === 'string',
      );
      const office =
        role ??
        titlesOf(d, subject).find((t) => !inList(d, 'counterpart-words', t)) ??
        (affiliation?.attributes.role as string | undefined);
      if (office === undefined) return;
      if (role && rule !== undefined) out.push(leaderEdge(person!.entity!, target, role, true, ev, rule));
      else if (!role && ids.affiliated_with !== undefined)
        out.push({ type: 'affiliated_with', source, target, attributes: { role: office }, evidence: ev, rule: ids.affiliated_with });
      else return;
      // a pattern that read "counterpart" as the office gets the office it stands for
      const stamp = (role ? rule : ids.affiliated_with)!;
      d.edges.forEach((e, i) => {
        const r = e.attributes.role;
        if (e.source === source && e.target === target && typeof r === 'string' && inList(d, 'counterpart-words', r))
          d.edges[i] = { ...e, attributes: { ...e.attributes, role: office }, via: [...(e.via ?? []), stamp] };
      });
    });
  });
  return out;
}

/**
 * "Varno's father and predecessor Ole Varno", "her predecessor, Ole Varno": led the same country
 * before. The possessor is a person's possessive or a possessive pronoun (lexicon possessive-pronouns)
 * standing for the current leader named last in this or the two sentences before.
 */
export function predecessors(d: Discourse, ids: EdgeRuleIds): LocalEdge[] {
  const out: LocalEdge[] = [];
  const rule = ids.leader_of;
  if (rule === undefined) return out;
  const currentLead = (id: string): LocalEdge | undefined =>
    d.edges.find((e) => e.type === 'leader_of' && e.source === id && e.attributes.current !== false);
  d.sentences.forEach((s, si) => {
    s.items.forEach((it, k) => {
      const pronoun = it.kind === 'word' && inList(d, 'possessive-pronouns', it.symbol);
      if (it.symbol !== 'PERs' && !pronoun) return;
      let j = k + 1;
      while (j < s.items.length && j < k + 5 && !/^(predecessor|successor)$/.test(s.items[j]!.symbol)) j++;
      if (s.items[j]?.symbol !== 'predecessor') return;
      const p = s.items[j + 1]?.symbol === ',' ? j + 2 : j + 1;
      const person = s.items[p];
      if (!isPerson(person)) return;
      const owner = pronoun ? personsBefore(d, si, k, 2).find((x) => currentLead(x.id)) : it.entity;
      const lead = owner && (pronoun ? currentLead(owner.id) : d.edges.find((e) => e.type === 'leader_of' && e.source === owner.id));
      if (!lead || owner.id === person!.entity!.id) return;
      out.push(leaderEdge(person!.entity!, lead.target, String(lead.attributes.role ?? 'leader'), false, span(d, s, k, p + 1), rule));
    });
  });
  return out;
}

/** The memorial cue of lexicon/memorial-cues.json starting at item k: its length and position. */
function memorialCue(d: Discourse, items: readonly Item[], k: number): { len: number; position: string } | undefined {
  const table = d.lexicon.tables.get('memorial-cues');
  const first = items[k];
  // most words start no cue: skip the joins
  if (table === undefined || first === undefined || !firstWordsOf(table).has(first.symbol)) return undefined;
  let found: { len: number; position: string } | undefined;
  const words: string[] = [];
  for (let j = k; j < Math.min(items.length, k + 4); j++) {
    if (items[j]!.kind !== 'word') break;
    words.push(items[j]!.symbol);
    const e = table.get(words.join(' '));
    if (typeof e?.position === 'string') found = { len: j - k + 1, position: e.position };
  }
  return found;
}

const firstWords = new WeakMap<ReadonlyMap<string, unknown>, ReadonlySet<string>>();

/** The first words of a table's entries (its keys up to the first space). */
function firstWordsOf(table: ReadonlyMap<string, unknown>): ReadonlySet<string> {
  let hit = firstWords.get(table);
  if (hit === undefined) {
    hit = new Set([...table.keys()].map((key) => key.split(' ')[0]!));
    firstWords.set(table, hit);
  }
  return hit;
}

/**
 * "His Majesty will be remembered …", "Ada Lund passed away", "the funeral of King Ole": a leader
 * spoken of as dead is a late one. The person stands right before a "before" cue (an honorific or
 * title there stands for the leader named last) or within a title of an "after" cue. The leader's
 * edges get current false, with this rule in their provenance.
 */
export function lateLeaders(d: Discourse, rule: string): void {
  const late = new Set<string>();
  let lastLeader: string | undefined;
  const leads = (id: string): boolean => d.edges.some((e) => e.type === 'leader_of' && e.source === id);
  for (const s of d.sentences) {
    s.items.forEach((it, k) => {
      const cue = it.kind === 'word' ? memorialCue(d, s.items, k) : undefined;
      if (cue?.position === 'before') {
        const prev = s.items[k - 1];
        if (isPerson(prev)) late.add(prev!.entity!.id);
        else if ((prev?.kind === 'title' || prev?.symbol === 'HON') && lastLeader) late.add(lastLeader);
      } else if (cue?.position === 'after') {
        let j = k + cue.len;
        while (s.items[j]?.kind === 'title' || s.items[j]?.symbol === 'the') j++;
        if (isPerson(s.items[j])) late.add(s.items[j]!.entity!.id);
      }
      if (isPerson(it) && leads(it.entity!.id)) lastLeader = it.entity!.id;
    });
  }
  d.edges.forEach((e, i) => {
    if (e.type === 'leader_of' && late.has(e.source) && e.attributes.current !== false)
      d.edges[i] = { ...e, attributes: { ...e.attributes, current: false }, via: [...(e.via ?? []), rule] };
  });
}
