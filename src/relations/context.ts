/** Countries from context: for titled people whose phrase names no country, and for entities. */
import type { EntMention, TitleHit } from '../entities/index.js';
import type { Attributes } from '../types.js';
import { inList, type Discourse } from './resolve.js';
import type { Item, SentenceItems } from './items.js';
import type { LocalEdge } from './types.js';
import { current } from './guards.js';
import type { EdgeRuleIds } from '../engine/rule-ref.js';

function evidenceOf(d: Discourse, s: SentenceItems, first: number, last: number): { start: number; end: number } {
  const a = s.items[first]!;
  const b = s.items[last - 1]!;
  return { start: d.tokens[a.first]!.start, end: d.tokens[b.last - 1]!.end };
}

function titleBefore(s: SentenceItems, k: number): Item | undefined {
  let j = k - 1;
  while (j >= 0 && s.items[j]!.symbol === 'HON') j--;
  const t = s.items[j];
  // "Petrolux president Ada Lund", "Kestow's chairman Ada Lund": an office right after an organization's name is that organization's
  if (s.items[j - 1]?.entity?.type === 'organization') return undefined;
  return t?.kind === 'title' && t.title?.kind !== 'honorific' ? t : undefined;
}

/** Countries of the sentence that no edge found so far uses as its evidence. */
function freeCountries(d: Discourse, s: SentenceItems): Set<string> {
  const claimed = new Set<string>();
  const sStart = d.tokens[s.items[0]?.first ?? 0]?.start ?? 0;
  const sEnd = d.tokens[(s.items[s.items.length - 1]?.last ?? 1) - 1]?.end ?? 0;
  for (const e of d.edges) if (e.evidence.start >= sStart && e.evidence.end <= sEnd) claimed.add(e.target);
  const out = new Set<string>();
  for (const it of s.items) {
    const e = it.entity;
    const id = e?.type === 'country' ? e.id : e?.country ? `country:${e.country}` : undefined;
    if (id && !claimed.has(id)) out.add(id);
  }
  return out;
}

const BRIDGES = new Set(['in', 'into', 'to']);

/**
 * Countries of the sentence named as where someone goes or is ("arrived in Oslo", "a visit to
 * Norway"), each with the item index of its cue: the visitor is named before the cue.
 */
function destinations(d: Discourse, s: SentenceItems): Map<string, number> {
  const cues = d.lexicon.lists.get('destination-cues') ?? new Set<string>();
  const out = new Map<string, number>();
  s.items.forEach((it, k) => {
    const e = it.entity;
    const id = e?.type === 'country' ? e.id : e?.country ? `country:${e.country}` : undefined;
    if (!id) return;
    let j = k - 1;
    if (s.items[j]?.symbol === 'the') j--;
    if (BRIDGES.has(s.items[j]?.symbol ?? '')) j--;
    if (cues.has(s.items[j]?.symbol ?? '') && !out.has(id)) out.set(id, j);
  });
  return out;
}

/** The destinations of the sentence whose cue comes after item k (the person there is the one who goes). */
function awayFrom(dest: ReadonlyMap<string, number>, k: number): Set<string> {
  return new Set([...dest].filter(([, cue]) => cue > k).map(([id]) => id));
}

/** A monarch's title names one country at a time: "King Olav … King Harald" share it. */
function sameMonarchy(d: Discourse, title: string): string | undefined {
  if (!inList(d, 'monarch-titles', title)) return undefined;
  return d.edges.find((e) => e.type === 'leader_of' && String(e.attributes.role).toLowerCase() === title.toLowerCase())?.target;
}

/** The document's countries by number of mentions (most first, then id). */
function countryRanking(d: Discourse): string[] {
  const counts = new Map<string, number>();
  for (const s of d.sentences)
    for (const it of s.items) if (it.entity?.type === 'country') counts.set(it.entity.id, (counts.get(it.entity.id) ?? 0) + 1);
  // a country named once is no basis for giving it a leader
  return [...counts]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([id]) => id);
}

/** Countries of the sentence claimed only by leaders holding another office ("President Ada … Premier Keld"). */
function otherOfficeCountries(d: Discourse, s: SentenceItems, role: string, edges: readonly LocalEdge[]): Set<string> {
  const out = new Set<string>();
  const sStart = d.tokens[s.items[0]?.first ?? 0]?.start ?? 0;
  const sEnd = d.tokens[(s.items[s.items.length - 1]?.last ?? 1) - 1]?.end ?? 0;
  const inSentence = edges.filter((e) => e.evidence.start >= sStart && e.evidence.end <= sEnd);
  for (const it of s.items) {
    const id = it.entity?.type === 'country' ? it.entity.id : undefined;
    if (!id) continue;
    const claims = inSentence.filter((e) => e.target === id);
    const leaders = edges.filter((e) => e.type === 'leader_of' && e.target === id && e.attributes.current !== false);
    const sameOffice = leaders.some((e) => String(e.attributes.role).toLowerCase() === role.toLowerCase());
    const byLeaders = claims.every((c) => leaders.some((e) => e.source === c.source));
    if (!sameOffice && claims.length > 0 && byLeaders) out.add(id);
  }
  return out;
}

interface Pending {
  readonly s: SentenceItems;
  readonly k: number;
  readonly person: EntMention;
  readonly title: TitleHit;
  /** countries the sentence names as where the person goes or is */
  readonly away?: ReadonlySet<string>;
}

/**
 * Titled people whose phrase names no country. First, everywhere, what the sentence itself says:
 * the one country no other relation claims, a monarch's realm named before, or the one country led
 * only in another office. Then, for leaders still without one, the document's most named country
 * that nobody leads yet.
 */
export function contextCountries(d: Discourse, ids: EdgeRuleIds): LocalEdge[] {
  const out: LocalEdge[] = [];
  const bound = new Set(d.edges.filter((e) => e.type === 'leader_of' || e.type === 'affiliated_with').map((e) => e.source));
  const leaders = new Set(d.edges.filter((e) => e.type === 'leader_of').map((e) => e.source));
  // "Zimbabwe's Ada Lund … President Lund": a leader title given to someone the text ties to one country
  const tiedTo = new Map<string, Set<string>>();
  // (an office the phrase rules already judged in that country, such as "UK chancellor", stays an office)
  const judged = new Set<string>();
  for (const e of d.edges) {
    if (e.type !== 'affiliated_with' || !e.source.startsWith('person:')) continue;
    tiedTo.set(e.source, new Set([...(tiedTo.get(e.source) ?? []), e.target]));
    if (typeof e.attributes.role === 'string') judged.add(`${e.source}|${e.attributes.role.toLowerCase()}`);
  }
  const ranking = countryRanking(d);
  const ledBy = new Map<string, Set<string>>();
  for (const e of d.edges)
    if (e.type === 'leader_of' && e.attributes.current !== false)
      ledBy.set(e.target, new Set([...(ledBy.get(e.target) ?? []), String(e.attributes.role)]));
  const emit = (p: Pending, country: string): void => {
    const leader = p.title.kind === 'leader-title';
    const rule = leader ? ids.leader_of : ids.affiliated_with;
    if (rule === undefined) return; // no record outputs this edge type
    const { s, k } = p;
    const attributes: Attributes = leader
      ? { role: p.title.value, current: current({ s, m: { first: k - 1, last: k + 1, groups: new Map() }, lexicon: d.lexicon }) }
      : { role: p.title.value };
    const edge: LocalEdge = {
      type: leader ? 'leader_of' : 'affiliated_with',
      source: p.person.id,
      target: country,
      attributes,
      evidence: evidenceOf(d, s, k - 1, k + 1),
      rule,
    };
    out.push(edge);
    bound.add(p.person.id);
    if (leader && attributes.current !== false) ledBy.set(country, new Set([...(ledBy.get(country) ?? []), p.title.value]));
  };
  const later: Pending[] = [];
  for (const s of d.sentences) {
    const dest = destinations(d, s);
    const sentenceFree = freeCountries(d, s);
    s.items.forEach((it, k) => {
      const person: EntMention | undefined = it.entity?.type === 'person' ? it.entity : undefined;
      if (!person) return;
      const title = titleBefore(s, k)?.title;
      if (!title || title.job === true) return;
      const away = awayFrom(dest, k);
      const free = new Set([...sentenceFree].filter((c) => !away.has(c)));
      const p: Pending = { s, k, person, title };
      const leader = title.kind === 'leader-title';
      const tied = tiedTo.get(person.id);
      const fresh = !leaders.has(person.id) && !judged.has(`${person.id}|${title.value.toLowerCase()}`);
      if (leader && fresh && tied?.size === 1 && title.current !== false && !out.some((e) => e.source === person.id)) {
        emit(p, [...tied][0]!);
        leaders.add(person.id);
        return;
      }
      if (bound.has(person.id)) return;
      let country = free.size === 1 ? [...free][0] : undefined;
      if (!country && leader) country = sameMonarchy(d, title.value);
      if (!country && leader && free.size === 0) {
        const other = otherOfficeCountries(d, s, title.value, [...d.edges, ...out]);
        const here = [...other].filter((c) => !away.has(c));
        if (here.length === 1) country = here[0];
      }
      if (country) emit(p, country);
      else if (leader && free.size === 0) later.push({ ...p, away });
    });
  }
  for (const p of later) {
    if (bound.has(p.person.id)) continue;
    const country = ranking.find((c) => !ledBy.has(c) && !p.away?.has(c));
    if (country) emit(p, country);
  }
  return out;
}

/** "King Olav … his foreign minister, Ada Morrow": the possessive's country. */
export function possessiveRoles(d: Discourse, ids: EdgeRuleIds): LocalEdge[] {
  const out: LocalEdge[] = [];
  const rule = ids.affiliated_with;
  if (rule === undefined) return out;
  d.sentences.forEach((s) => {
    s.items.forEach((it, k) => {
      if (it.kind !== 'word' || !inList(d, 'possessive-pronouns', it.symbol)) return;
      const title = s.items[k + 1];
      let j = k + 2;
      if (s.items[j]?.symbol === ',') j++;
      const person = s.items[j]?.entity;
      if (title?.kind !== 'title' || person?.type !== 'person') return;
      const owner = [...s.items.slice(0, k)].reverse().find((x) => x.entity?.type === 'person')?.entity;
      const lead = owner && d.edges.find((e) => e.type === 'leader_of' && e.source === owner.id);
      if (!lead) return;
      out.push({
        type: 'affiliated_with',
        source: person.id,
        target: lead.target,
        attributes: { role: title.title!.value },
        evidence: evidenceOf(d, s, k, j + 1),
        rule,
      });
    });
  });
  return out;
}

/** Organizations and places whose country the text gives: affiliated_with that country. */
export function entityCountries(d: Discourse, ids: EdgeRuleIds): LocalEdge[] {
  const out: LocalEdge[] = [];
  const rule = ids.affiliated_with;
  if (rule === undefined) return out;
  const seen = new Set<string>();
  for (const s of d.sentences) {
    s.items.forEach((it, k) => {
      const e = it.entity;
      if (!e || (e.type !== 'organization' && e.type !== 'place') || !e.country) return;
      const key = `${e.id}>${e.country}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push({
        type: 'affiliated_with',
        source: e.id,
        target: `country:${e.country}`,
        attributes: {},
        evidence: evidenceOf(d, s, k, k + 1),
        rule,
      });
    });
  }
  return out;
}
