/**
 * Builds a graph from a gold annotation, "perfect" or deliberately damaged, so that the scorer and the
 * reference scorer can be compared on relations, meetings and dates (areas extraction does not reach yet).
 */
import type { Gold } from '../../src/index.js';

interface M {
  doc: string;
  start: number;
  end: number;
  text: string;
  rule: string;
}
type Obj = Record<string, unknown>;

function find(cps: string[], needle: string, from = 0): number {
  const n = Array.from(needle);
  outer: for (let i = from; i + n.length <= cps.length; i++) {
    for (let j = 0; j < n.length; j++) if (cps[i + j] !== n[j]) continue outer;
    return i;
  }
  return -1;
}

function mention(cps: string[], doc: string, text: string, rule: string): M {
  const at = Math.max(0, find(cps, text));
  return { doc, start: at, end: at + Array.from(text).length, text, rule };
}

/** damage = 0: the gold as a graph; damage = k > 0: every k-th item dropped, altered or made up. */
export function graphFromGold(gold: Gold, text: string, damage = 0, docId = 'd1'): Obj {
  const cps = Array.from(text);
  const hit = (i: number): boolean => damage > 0 && i % damage === damage - 1;
  const nid = (id: string): string => `g:${id}`;
  const nodes: Obj[] = [];
  const edges: Obj[] = [];
  gold.entities.forEach((e, i) => {
    if (hit(i)) return;
    const label = i % 4 === 1 && e.aliases?.[0] ? e.aliases[0] : e.name;
    nodes.push({
      id: nid(e.id),
      type: e.type,
      label,
      aliases: e.aliases ?? [],
      attributes: e.iso && !hit(i + 1) ? { iso: e.iso } : {},
      mentions: [mention(cps, docId, e.name, `test/${e.type}`)],
    });
  });
  if (damage)
    nodes.push({
      id: 'g:x-person',
      type: 'person',
      label: 'Nobody Here',
      attributes: {},
      mentions: [mention(cps, docId, 'the', 'test/spurious')],
    });
  gold.leaders.forEach((l, i) => {
    if (hit(i)) return;
    const current = hit(i + 2) ? !l.current : l.current;
    edges.push({
      id: `l${i}`,
      type: 'leader_of',
      source: nid(l.person),
      target: nid(l.country),
      attributes: { role: l.role, current },
      evidence: [mention(cps, docId, 'the', 'test/leader')],
    });
  });
  gold.affiliations.forEach((a, i) => {
    if (hit(i + 1)) return;
    edges.push({
      id: `a${i}`,
      type: 'affiliated_with',
      source: nid(a.entity),
      target: nid(a.country),
      attributes: {},
      evidence: [mention(cps, docId, 'a', 'test/aff')],
    });
  });
  if (damage && gold.entities.length > 1)
    edges.push({
      id: 'ax',
      type: 'affiliated_with',
      source: nid(gold.entities[1]!.id),
      target: nid(gold.entities[0]!.id),
      attributes: {},
      evidence: [mention(cps, docId, 'a', 'test/aff-x')],
    });
  gold.meetings.forEach((m, i) => {
    if (hit(i)) return;
    const id = `meeting:${i}`;
    const date = hit(i + 1) ? '1999' : Array.isArray(m.date) ? m.date[0]! : m.date;
    const status = hit(i + 2) ? 'negated' : m.status;
    nodes.push({
      id,
      type: 'meeting',
      label: m.kind,
      attributes: { kind: m.kind, status, date },
      mentions: [mention(cps, docId, m.evidence[0] ?? 'the', 'test/meeting')],
    });
    const parts = [...m.participants.filter((_, j) => !hit(j + i)), ...(m.optionalParticipants ?? []).slice(0, 1)];
    if (damage && i % 2 === 0) parts.push(gold.entities[0]!.id);
    for (const p of parts)
      edges.push({
        id: `p${i}-${p}`,
        type: 'participant_in',
        source: nid(p),
        target: id,
        attributes: {},
        evidence: [mention(cps, docId, 'the', 'test/part')],
      });
    if (m.place && !hit(i + 3))
      edges.push({
        id: `h${i}`,
        type: 'held_in',
        source: id,
        target: nid(m.place),
        attributes: {},
        evidence: [mention(cps, docId, 'in', 'test/in')],
      });
  });
  if (damage)
    nodes.push({
      id: 'meeting:x',
      type: 'meeting',
      label: 'talks',
      attributes: { kind: 'talks', status: 'occurred', date: null },
      mentions: [mention(cps, docId, 'the', 'test/meeting-x')],
    });
  gold.dates.forEach((d, i) => {
    if (hit(i)) return;
    const value = hit(i + 1) ? '1999' : d.value;
    nodes.push({
      id: `date:${i}`,
      type: 'date',
      label: d.span ?? d.text,
      attributes: { value },
      mentions: [mention(cps, docId, d.span ?? d.text, 'test/date')],
    });
  });
  if (damage)
    nodes.push({
      id: 'date:x',
      type: 'date',
      label: 'x',
      attributes: { value: null },
      mentions: [{ doc: docId, start: 0, end: 1, text: cps[0] ?? '', rule: 'test/date-x' }],
    });
  return { version: '1.0', documents: [{ id: docId, path: `some/dir/${gold.doc}` }], nodes, edges, errors: [] };
}

/** Several documents' graphs in one (ids prefixed per document, as run-gold does). */
export function mergeObjs(graphs: Obj[]): Obj {
  const out = { version: '1.0', documents: [] as Obj[], nodes: [] as Obj[], edges: [] as Obj[], errors: [] };
  graphs.forEach((g, i) => {
    const p = (id: unknown): string => `r${i}/${String(id)}`;
    const fix = (ms: unknown): Obj[] => (ms as Obj[]).map((m) => ({ ...m, doc: p(m.doc) }));
    for (const d of g.documents as Obj[]) out.documents.push({ ...d, id: p(d.id) });
    for (const n of g.nodes as Obj[]) out.nodes.push({ ...n, id: p(n.id), mentions: fix(n.mentions) });
    for (const e of g.edges as Obj[])
      out.edges.push({ ...e, id: p(e.id), source: p(e.source), target: p(e.target), evidence: fix(e.evidence) });
  });
  return out;
}
