/** Countries from context: for titled people whose phrase names no country, and for entities. */
import type { EntMention } from '../entities/index.js';
import type { Attributes } from '../types.js';
import { inList, type Discourse } from './resolve.js';
import type { Item, SentenceItems } from './items.js';
import type { LocalEdge } from './types.js';
import { current } from './guards.js';

function evidenceOf(d: Discourse, s: SentenceItems, first: number, last: number): { start: number; end: number } {
  const a = s.items[first]!;
  const b = s.items[last - 1]!;
  return { start: d.tokens[a.first]!.start, end: d.tokens[b.last - 1]!.end };
}

function titleBefore(s: SentenceItems, k: number): Item | undefined {
  let j = k - 1;
  while (j >= 0 && s.items[j]!.symbol === 'HON') j--;
  const t = s.items[j];
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

export function contextCountries(d: Discourse): LocalEdge[] {
  const out: LocalEdge[] = [];
  const bound = new Set(d.edges.filter((e) => e.type === 'leader_of' || e.type === 'affiliated_with').map((e) => e.source));
  const ranking = countryRanking(d);
  const ledBy = new Map<string, Set<string>>();
  for (const e of d.edges)
    if (e.type === 'leader_of' && e.attributes.current !== false)
      ledBy.set(e.target, new Set([...(ledBy.get(e.target) ?? []), String(e.attributes.role)]));
  for (const s of d.sentences) {
    const free = freeCountries(d, s);
    s.items.forEach((it, k) => {
      const person: EntMention | undefined = it.entity?.type === 'person' ? it.entity : undefined;
      if (!person || bound.has(person.id)) return;
      const title = titleBefore(s, k);
      if (!title?.title || title.title.job === true) return;
      const leader = title.title.kind === 'leader-title';
      const rule = leader ? 'leader/title-name-context-country' : 'affiliated/title-name-context-country';
      let country = free.size === 1 ? [...free][0] : undefined;
      if (!country && leader)
        country = sameMonarchy(d, title.title.value) ?? (free.size === 0 ? ranking.find((c) => !ledBy.has(c)) : undefined);
      if (!country) return;
      const attributes: Attributes = leader
        ? { role: title.title.value, current: current({ s, m: { first: k - 1, last: k + 1, groups: new Map() } }) }
        : { role: title.title.value };
      out.push({
        type: leader ? 'leader_of' : 'affiliated_with',
        source: person.id,
        target: country,
        attributes,
        evidence: evidenceOf(d, s, k - 1, k + 1),
        rule,
      });
      bound.add(person.id);
      if (leader && attributes.current !== false) ledBy.set(country, new Set([...(ledBy.get(country) ?? []), title.title.value]));
    });
  }
  return out;
}

/** "King Olav … his foreign minister, Ada Morrow": the possessive's country. */
export function possessiveRoles(d: Discourse): LocalEdge[] {
  const out: LocalEdge[] = [];
  d.sentences.forEach((s) => {
    s.items.forEach((it, k) => {
      if (!/^(his|her|their)$/.test(it.symbol)) return;
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
        rule: 'affiliated/possessive-role-name',
      });
    });
  });
  return out;
}

/** Organizations and places whose country the text gives: affiliated_with that country. */
export function entityCountries(d: Discourse): LocalEdge[] {
  const out: LocalEdge[] = [];
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
        rule: 'affiliated/entity-country',
      });
    });
  }
  return out;
}
