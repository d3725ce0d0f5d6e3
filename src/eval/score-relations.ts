/** leader_of and affiliated_with scoring of the reference scorer (a leader is affiliated with the country it leads). */
import type { GraphEdge } from '../types.js';
import { mentionsIn, edgeRules, str, type DocScope } from './scope.js';
import type { EntityMatch } from './score-entities.js';

export type Resolve = (id: string) => string | null;

export function resolver(m: EntityMatch): Resolve {
  return (id) => m.p2g.get(id) ?? null;
}

/** An edge belongs to the document when its evidence does (or, without evidence, its source node). */
export function inDocFilter(s: DocScope): (e: GraphEdge) => boolean {
  return (e) => {
    const ds = new Set((e.evidence ?? []).map((ev) => ev.doc));
    if (ds.size) return ds.has(s.docId);
    const src = s.nodeById.get(e.source);
    return src ? mentionsIn(src, s.docId).length > 0 : false;
  };
}

/** Edges in this document grouped by their resolved key, first edge first (as the reference iterates). */
function byKey(edges: readonly GraphEdge[], key: (e: GraphEdge) => string | null): Map<string, GraphEdge[]> {
  const out = new Map<string, GraphEdge[]>();
  for (const e of edges) {
    const k = key(e);
    if (k === null) continue;
    const list = out.get(k);
    if (list) list.push(e);
    else out.set(k, [e]);
  }
  return out;
}

export function scoreLeaders(s: DocScope, resolve: Resolve): void {
  const { totals, acc } = s.tally;
  const inDoc = inDocFilter(s);
  const gLeaders = new Map(s.gold.leaders.map((l) => [`${l.person}>${l.country}`, l]));
  const seen = byKey(
    s.edges.filter((e) => e.type === 'leader_of' && inDoc(e)),
    (e) => `${str(resolve(e.source))}>${str(resolve(e.target))}`,
  );
  for (const [k, group] of seen) {
    const e = group[0]!;
    const g = gLeaders.get(k);
    if (g && g.optional) continue;
    if (g) {
      totals.leader.tp++;
      const cur = e.attributes?.current;
      acc.leaderCurrent[1]++;
      if (cur === g.current) acc.leaderCurrent[0]++;
      else s.det.notes.push(`leader ${k}: current=${String(cur)}, gold ${g.current}`);
    } else {
      totals.leader.fp++;
      s.det.spurious.push({
        item: `leader_of ${str(s.nodeById.get(e.source)?.label)} -> ${str(s.nodeById.get(e.target)?.label)}`,
        rules: edgeRules(group, s.docId),
      });
    }
  }
  for (const [k, l] of gLeaders)
    if (!l.optional && !seen.has(k)) {
      totals.leader.fn++;
      s.det.missing.push(`leader_of ${k}`);
    }
}

export function scoreAffiliations(s: DocScope, resolve: Resolve, optionalIds: ReadonlySet<string>): void {
  const { totals } = s.tally;
  const inDoc = inDocFilter(s);
  const gAff = new Map(s.gold.affiliations.map((a) => [`${a.entity}>${a.country}`, a]));
  const seen = byKey(
    s.edges.filter((e) => (e.type === 'affiliated_with' || e.type === 'leader_of') && inDoc(e)),
    (e) => (s.nodeById.get(e.target)?.type === 'country' ? `${str(resolve(e.source))}>${str(resolve(e.target))}` : null),
  );
  for (const [k, group] of seen) {
    const e = group[0]!;
    const g = gAff.get(k);
    if (g && g.optional) continue;
    if (g) totals.affiliation.tp++;
    else {
      const src = resolve(e.source);
      if (src && optionalIds.has(src)) continue;
      totals.affiliation.fp++;
      s.det.spurious.push({
        item: `affiliated_with ${str(s.nodeById.get(e.source)?.label)} -> ${s.nodeById.get(e.target)!.label}`,
        rules: edgeRules(group, s.docId),
      });
    }
  }
  for (const [k, a] of gAff)
    if (!a.optional && !seen.has(k)) {
      totals.affiliation.fn++;
      s.det.missing.push(`affiliated_with ${k}`);
    }
}
