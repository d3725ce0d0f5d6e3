/** Entity matching of the reference scorer: one-to-one, best score first (iso 3 > label 2 > any name 1). */
import type { GraphNode } from '../types.js';
import type { GoldEntity } from './gold.js';
import { norm } from './norm.js';
import { mentionsIn, nodeRules, type DocScope } from './scope.js';

const ENTITY_TYPES = new Set(['person', 'country', 'place', 'organization']);

export interface EntityMatch {
  /** predicted node id → gold entity id */
  readonly p2g: ReadonlyMap<string, string>;
  readonly optionalIds: ReadonlySet<string>;
}

function matchScore(p: GraphNode, g: GoldEntity, names: ReadonlySet<string>, label: string, all: ReadonlySet<string>): number {
  const iso = p.attributes?.iso;
  if (g.iso && (typeof iso === 'string' ? iso : '').toUpperCase() === g.iso) return 3;
  if (names.has(label)) return 2;
  if ([...all].some((a) => names.has(a))) return 1;
  return 0;
}

export function scoreEntities(s: DocScope): EntityMatch {
  const { docId, det } = s;
  const totals = s.tally.totals;
  const golds = s.gold.entities;
  const gNames = new Map(golds.map((g) => [g.id, new Set([g.name, ...(g.aliases ?? [])].map(norm))]));
  const preds = (s.graph.nodes ?? []).filter((n) => ENTITY_TYPES.has(n.type) && mentionsIn(n, docId).length);
  const pairs: [number, GraphNode, GoldEntity][] = [];
  for (const p of preds) {
    const label = norm(p.label);
    const all = new Set([p.label, ...(p.aliases ?? []), ...mentionsIn(p, docId).map((m) => m.text)].map(norm));
    for (const g of golds) {
      const types = g.acceptTypes ?? [g.type];
      if (!types.includes(p.type)) continue;
      const sc = matchScore(p, g, gNames.get(g.id)!, label, all);
      if (sc) pairs.push([sc, p, g]);
    }
  }
  pairs.sort((a, b) => b[0] - a[0]);
  const p2g = new Map<string, string>();
  const gMatched = new Set<string>();
  for (const [, p, g] of pairs) {
    if (p2g.has(p.id) || gMatched.has(g.id)) continue;
    p2g.set(p.id, g.id);
    gMatched.add(g.id);
  }
  const optionalIds = new Set(golds.filter((g) => g.optional).map((g) => g.id));
  for (const g of golds) {
    if (g.optional) continue;
    const t = totals[g.type];
    if (gMatched.has(g.id)) t.tp++;
    else {
      t.fn++;
      det.missing.push(`${g.type} ${g.name}`);
    }
  }
  for (const p of preds) {
    const gid = p2g.get(p.id);
    if (gid) continue; // matched (optional gold included)
    totals[p.type as GoldEntity['type']].fp++;
    det.spurious.push({ item: `${p.type} ${p.label}`, rules: nodeRules(p, docId) });
  }
  return { p2g, optionalIds };
}
