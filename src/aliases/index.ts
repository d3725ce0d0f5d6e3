import type { Context } from '../context.js';
import type { WithRelations } from '../relations/index.js';
import type { DocDate, DocEdge, DocEntity, DocMeeting, DocResult, Mention, Timex } from '../types.js';
import type { EntMention } from '../entities/index.js';
import { SpanMapper } from './spans.js';
import { mergePeople } from './within-doc.js';
import { titleFromText } from './doc-title.js';
import { readable } from '../clean/readable.js';

export { mergeAcrossDocs } from './across-docs.js';

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byPosition(a: Mention, b: Mention): number {
  return a.start - b.start || a.end - b.end || cmp(a.rule, b.rule);
}

function uniqueMentions(ms: Mention[]): Mention[] {
  ms.sort(byPosition);
  return ms.filter((m, i) => i === 0 || m.start !== ms[i - 1]!.start || m.end !== ms[i - 1]!.end);
}

function docTitle(doc: WithRelations): string | null {
  if (doc.source.title !== undefined && doc.source.title !== null) return doc.source.title;
  return titleFromText(doc.source.text);
}

function entityNodes(doc: WithRelations, map: SpanMapper, mentions: readonly EntMention[]): DocEntity[] {
  const groups = new Map<string, EntMention[]>();
  for (const m of mentions) groups.set(m.id, [...(groups.get(m.id) ?? []), m]);
  const out: DocEntity[] = [];
  for (const [id, ms] of groups) {
    const first = ms[0]!;
    const spans = uniqueMentions(ms.map((m) => map.tokens(doc.tokens, m.first, m.last, m.rule, m.via)));
    const label = first.type === 'person' ? ms.reduce((a, b) => (b.label.length > a.length ? b.label : a), first.label) : first.label;
    const aliases = [...new Set(spans.map((s) => readable(s.text).replace(/\s+/g, ' ')))].filter((a) => a !== label).sort(cmp);
    const attrs: Record<string, string | readonly string[]> = {};
    if (first.type === 'country' && first.iso) attrs.iso = first.iso;
    const country = ms.find((m) => m.country)?.country;
    if ((first.type === 'place' || first.type === 'organization') && country) attrs.country = country;
    if (first.type === 'person') {
      const titles = [...new Set(ms.flatMap((m) => m.titles ?? []))].sort(cmp);
      if (titles.length > 0) attrs.titles = titles;
    }
    out.push({ id, type: first.type, label, aliases, attributes: attrs, mentions: spans });
  }
  return out.sort((a, b) => cmp(a.id, b.id));
}

function dateNodes(doc: WithRelations, map: SpanMapper): DocDate[] {
  const groups = new Map<string, { value: string | null; timex: Timex; label: string; mentions: Mention[] }>();
  for (const d of doc.dates) {
    const m = map.mention(d.start, d.end, d.rule);
    const key = `${d.timex}:${d.value ?? `null:${m.text.toLowerCase()}`}`;
    const g = groups.get(key) ?? { value: d.value, timex: d.timex, label: m.text, mentions: [] };
    g.mentions.push(m);
    groups.set(key, g);
  }
  return [...groups.values()].map((g) => ({ value: g.value, timex: g.timex, label: g.label, mentions: uniqueMentions(g.mentions) }));
}

/** The end of the per-document map: merge aliases, convert every span to code points. */
/**
 * A country an edge points at that the text never names ("flew to Oslo": the visit's party is the
 * country Oslo lies in) gets a node of its own, without mentions, so that no edge dangles.
 */
function impliedCountries(entities: readonly DocEntity[], edges: readonly DocEdge[], ctx: Context): DocEntity[] {
  const known = new Set(entities.map((e) => e.id));
  const out = new Map<string, DocEntity>();
  for (const e of edges)
    for (const id of [e.source, e.target])
      if (id.startsWith('country:') && !known.has(id) && !out.has(id)) {
        const iso = id.slice('country:'.length);
        out.set(id, {
          id,
          type: 'country',
          label: ctx.lexicon.countryName.get(iso) ?? iso,
          aliases: [],
          attributes: { iso },
          mentions: [],
        });
      }
  return [...entities, ...out.values()].sort((a, b) => cmp(a.id, b.id));
}

export function toDocResult(doc: WithRelations, ctx: Context): DocResult {
  const map = new SpanMapper(doc.source.text, doc.view);
  const merged = mergePeople(doc.entities, ctx);
  const entities = entityNodes(doc, map, merged);
  // a person merged into a longer name keeps no node of its own: its edges follow it
  const renamed = new Map<string, string>();
  doc.entities.forEach((m, i) => {
    if (merged[i]!.id !== m.id) renamed.set(m.id, merged[i]!.id);
  });
  const kept = new Set(merged.map((m) => m.id));
  const follow = (id: string): string => (kept.has(id) ? id : (renamed.get(id) ?? id));
  const meetings: DocMeeting[] = doc.meetings.map((m) => ({
    localId: m.localId,
    label: m.label,
    kind: m.kind,
    status: m.status,
    date: m.date,
    mentions: uniqueMentions(m.mentions.map((x) => map.mention(x.start, x.end, x.rule, x.via))),
  }));
  const edges: DocEdge[] = doc.edges.map((e) => ({
    type: e.type,
    source: follow(e.source),
    target: follow(e.target),
    attributes: e.attributes,
    evidence: [map.mention(e.evidence.start, e.evidence.end, e.rule, e.via)],
  }));
  const info = {
    path: doc.source.path,
    sha256: doc.source.sha256,
    chars: map.chars,
    title: docTitle(doc),
    date: doc.docDate,
    dateSource: doc.dateSource,
    ...(doc.source.textFrom ? { textFrom: doc.source.textFrom } : {}),
    ...(doc.source.url ? { url: doc.source.url } : {}),
  };
  return { doc: info, entities: impliedCountries(entities, edges, ctx), dates: dateNodes(doc, map), meetings, edges, errors: [] };
}
