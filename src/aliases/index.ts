import type { Context } from '../context.js';
import type { WithRelations } from '../relations/index.js';
import type { DateSource, DocDate, DocEdge, DocEntity, DocMeeting, DocResult, Mention, SourceDoc, Timex } from '../types.js';
import type { EntMention } from '../entities/index.js';
import { SpanMapper } from './spans.js';
import { mergePeople } from './within-doc.js';
import { titleFromText } from './doc-title.js';
import { readable } from '../clean/readable.js';

export { mergeAcrossDocs } from './across-docs.js';
export { SpanMapper } from './spans.js';

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

function docTitle(source: SourceDoc, ctx: Context): string | null {
  if (source.title !== undefined && source.title !== null) return source.title;
  return titleFromText(source.text, ctx.locale);
}

/** A date mention of one window, in code points of the whole text. */
interface PartDate {
  readonly value: string | null;
  readonly timex: Timex;
  readonly mention: Mention;
}

/**
 * What one window of a document found (a short document is one window), every span already in
 * code points of the whole text, so the window's tokens can go: the entity mentions as found
 * (before the document's alias merge) with the span of each, dates, meetings (numbered on from
 * the windows before) and edges (their endpoints renamed by the alias merge at the end).
 */
export interface DocPart {
  readonly entities: readonly EntMention[];
  /** spans[i]: the span of entities[i], without `via` (the alias merge may add to it) */
  readonly spans: readonly Mention[];
  readonly dates: readonly PartDate[];
  readonly meetings: readonly DocMeeting[];
  readonly edges: readonly DocEdge[];
}

/** One window's findings (see DocPart); its meetings are numbered from `meetingsBefore` + 1 on. */
export function docPart(doc: WithRelations, map: SpanMapper, meetingsBefore = 0): DocPart {
  const spans = doc.entities.map((m) => map.tokens(doc.tokens, m.first, m.last, m.rule));
  const dates = doc.dates.map((d) => ({ value: d.value, timex: d.timex, mention: map.mention(d.start, d.end, d.rule) }));
  const renumber = (id: string): string => (id.startsWith('meeting#') ? `meeting#${Number(id.slice(8)) + meetingsBefore}` : id);
  const meetings: DocMeeting[] = doc.meetings.map((m) => ({
    localId: m.localId + meetingsBefore,
    label: m.label,
    kind: m.kind,
    status: m.status,
    date: m.date,
    mentions: uniqueMentions(m.mentions.map((x) => map.mention(x.start, x.end, x.rule, x.via))),
  }));
  const edges: DocEdge[] = doc.edges.map((e) => ({
    type: e.type,
    source: meetingsBefore > 0 ? renumber(e.source) : e.source,
    target: meetingsBefore > 0 ? renumber(e.target) : e.target,
    attributes: e.attributes,
    evidence: [map.mention(e.evidence.start, e.evidence.end, e.rule, e.via)],
  }));
  return { entities: doc.entities, spans, dates, meetings, edges };
}

function withVia(span: Mention, via: readonly string[] | undefined): Mention {
  return via && via.length > 0 ? { ...span, via } : span;
}

/**
 * A name's label as the text writes it: a dateline or a headline in capitals ("OSLO, Feb 12") gives way to
 * the same name in the running text ("Oslo"); an acronym written only in capitals stays as it is.
 */
function caseOfText(ms: readonly EntMention[]): string {
  const first = ms[0]!.label;
  if (/\p{Ll}/u.test(first)) return first;
  const key = first.toLowerCase();
  return ms.find((m) => /\p{Ll}/u.test(m.label) && m.label.toLowerCase() === key)?.label ?? first;
}

function entityNodes(merged: readonly EntMention[], spans: readonly Mention[]): DocEntity[] {
  const groups = new Map<string, number[]>();
  merged.forEach((m, i) => {
    const g = groups.get(m.id);
    if (g) g.push(i);
    else groups.set(m.id, [i]);
  });
  const out: DocEntity[] = [];
  for (const [id, at] of groups) {
    const ms = at.map((i) => merged[i]!);
    const first = ms[0]!;
    const found = uniqueMentions(at.map((i) => withVia(spans[i]!, merged[i]!.via)));
    const label = first.type === 'person' ? ms.reduce((a, b) => (b.label.length > a.length ? b.label : a), first.label) : caseOfText(ms);
    const aliases = [...new Set(found.map((s) => readable(s.text).replace(/\s+/g, ' ')))].filter((a) => a !== label).sort(cmp);
    const attrs: Record<string, string | readonly string[]> = {};
    if (first.type === 'country' && first.iso) attrs.iso = first.iso;
    const country = ms.find((m) => m.country)?.country;
    if ((first.type === 'place' || first.type === 'organization') && country) attrs.country = country;
    if (first.type === 'person') {
      const titles = [...new Set(ms.flatMap((m) => m.titles ?? []))].sort(cmp);
      if (titles.length > 0) attrs.titles = titles;
    }
    out.push({ id, type: first.type, label, aliases, attributes: attrs, mentions: found });
  }
  return out.sort((a, b) => cmp(a.id, b.id));
}

function dateNodes(dates: readonly PartDate[]): DocDate[] {
  const groups = new Map<string, { value: string | null; timex: Timex; label: string; mentions: Mention[] }>();
  for (const d of dates) {
    const m = d.mention;
    const key = `${d.timex}:${d.value ?? `null:${m.text.toLowerCase()}`}`;
    const g = groups.get(key) ?? { value: d.value, timex: d.timex, label: m.text, mentions: [] };
    g.mentions.push(m);
    groups.set(key, g);
  }
  return [...groups.values()].map((g) => ({ value: g.value, timex: g.timex, label: g.label, mentions: uniqueMentions(g.mentions) }));
}

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

/** What a document's windows found, as one document: the document's alias merge, its nodes and edges. */
export interface DocHead {
  readonly source: SourceDoc;
  readonly docDate: string | null;
  readonly dateSource: DateSource;
  /** the length of the whole text in code points */
  readonly chars: number;
}

export function finishDocument(parts: readonly DocPart[], head: DocHead, ctx: Context): DocResult {
  const found = parts.length === 1 ? parts[0]!.entities : parts.flatMap((p) => p.entities);
  const spans = parts.length === 1 ? parts[0]!.spans : parts.flatMap((p) => p.spans);
  const merged = mergePeople(found, ctx);
  const entities = entityNodes(merged, spans);
  // a person merged into a longer name keeps no node of its own: its edges follow it
  const renamed = new Map<string, string>();
  found.forEach((m, i) => {
    if (merged[i]!.id !== m.id) renamed.set(m.id, merged[i]!.id);
  });
  const kept = new Set(merged.map((m) => m.id));
  const follow = (id: string): string => (kept.has(id) ? id : (renamed.get(id) ?? id));
  const meetings = parts.flatMap((p) => p.meetings);
  const edges: DocEdge[] = parts.flatMap((p) => p.edges.map((e) => ({ ...e, source: follow(e.source), target: follow(e.target) })));
  const { source } = head;
  const info = {
    path: source.path,
    sha256: source.sha256,
    chars: head.chars,
    title: docTitle(source, ctx),
    date: head.docDate,
    dateSource: head.dateSource,
    ...(source.textFrom ? { textFrom: source.textFrom } : {}),
    ...(source.url ? { url: source.url } : {}),
  };
  return {
    doc: info,
    entities: impliedCountries(entities, edges, ctx),
    dates: dateNodes(parts.flatMap((p) => p.dates)),
    meetings,
    edges,
    errors: [],
  };
}

/** aliases: the end of the per-document map for a document processed in one piece (see finishDocument). */
export function toDocResult(doc: WithRelations, ctx: Context): DocResult {
  const map = new SpanMapper(doc.source.text, doc.view);
  return finishDocument(
    [docPart(doc, map)],
    { source: doc.source, docDate: doc.docDate, dateSource: doc.dateSource, chars: map.chars },
    ctx,
  );
}
