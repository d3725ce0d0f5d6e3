import { labelMeetings } from './meeting-label.js';
import type {
  Attributes,
  DocResult,
  Graph,
  GraphDocument,
  GraphEdge,
  GraphEvidence,
  GraphMention,
  GraphNode,
  InputError,
  Mention,
  NodeType,
  Timex,
} from '../types.js';
import { mergeAcrossDocs } from '../aliases/across-docs.js';
import { getLocale, type Locale } from '../locales/index.js';
import { slugify } from '../entities/types.js';
import type { RelationType } from './relation-types.js';

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface NodeAcc {
  id: string;
  type: NodeType;
  label: string;
  aliases: Set<string>;
  attributes: Record<string, unknown>;
  mentions: { path: string; m: Mention }[];
}

interface EdgeAcc {
  type: GraphEdge['type'];
  source: string;
  target: string;
  attributes: Attributes;
  evidence: { path: string; m: Mention }[];
}

/**
 * A date node's id, derived from its value: `date:2019-02-12` for a DATE or TIME (held_on edges point
 * there), `date:duration:P3Y` and `date:set:P1W` for the other TimeML types, so that a duration and a
 * date written alike ("P1D", "XXXX") never share a node. Unresolved ones are per document and label.
 */
export function dateNodeId(path: string, value: string | null, label: string, timex: Timex = 'DATE'): string {
  const kind = timex === 'DURATION' || timex === 'SET' ? `${timex.toLowerCase()}:` : '';
  return value !== null ? `date:${kind}${value}` : `date:unresolved:${kind}${slugify(path)}:${slugify(label) || 'x'}`;
}

export interface GeneratorInfo {
  readonly name: string;
  readonly version: string;
  readonly rules: string;
  /** the relation types the rule set declares beyond the bundled ones (absent when none) */
  readonly relationTypes?: readonly RelationType[];
}

/**
 * The corpus reduce: documents are added one at a time (in any order) and hold no text;
 * finish() folds them in path order (so first-wins attribute merges do not depend on the
 * order of arrival, e.g. from parallel workers), assigns document ids and sorts everything.
 */
export class GraphBuilder {
  private readonly pending = new Map<string, DocResult>();
  private readonly docs = new Map<string, DocResult['doc']>();
  private readonly nodes = new Map<string, NodeAcc>();
  private readonly edges = new Map<string, EdgeAcc>();
  private readonly errors: InputError[] = [];

  /**
   * `locale`: the rules' locale (its country names join an organization's two names); a merge of
   * saved graphs (run/merge.ts), which do not record one, uses the default locale.
   */
  constructor(
    private readonly generator: GeneratorInfo,
    private readonly locale: Locale = getLocale(),
  ) {}

  addError(e: InputError): void {
    this.errors.push(e);
  }

  /** Add one document's result; a second result for the same path replaces the first. */
  add(r: DocResult): void {
    this.pending.set(r.doc.path, r);
  }

  private fold(r: DocResult): void {
    const path = r.doc.path;
    this.docs.set(path, r.doc);
    for (const e of r.errors) this.errors.push(e);
    for (const e of r.entities) {
      this.node(e.id, e.type, e.label, e.attributes, e.aliases, path, e.mentions);
    }
    for (const d of r.dates) {
      this.node(dateNodeId(path, d.value, d.label, d.timex), 'date', d.label, { value: d.value, timex: d.timex }, [], path, d.mentions);
    }
    const meetingId = (local: string): string => (local.startsWith('meeting#') ? `meeting:${path}#${local.slice(8)}` : local);
    for (const m of r.meetings) {
      this.node(
        meetingId(`meeting#${m.localId}`),
        'meeting',
        m.label,
        { kind: m.kind, status: m.status, date: m.date },
        [],
        path,
        m.mentions,
      );
    }
    for (const e of r.edges) {
      const source = meetingId(e.source);
      const target = meetingId(e.target);
      const key = `${e.type}\u0000${source}\u0000${target}`;
      const acc = this.edges.get(key) ?? { type: e.type, source, target, attributes: e.attributes, evidence: [] };
      acc.attributes = mergeEdgeAttributes(acc.attributes, e.attributes);
      for (const m of e.evidence) acc.evidence.push({ path, m });
      this.edges.set(key, acc);
    }
  }

  private node(
    id: string,
    type: NodeType,
    label: string,
    attributes: Attributes,
    aliases: readonly string[],
    path: string,
    mentions: readonly Mention[],
  ): void {
    const acc = this.nodes.get(id) ?? { id, type, label, aliases: new Set<string>(), attributes: {}, mentions: [] };
    if (type === 'person' && label.length > acc.label.length) acc.label = label;
    for (const a of aliases) acc.aliases.add(a);
    for (const [k, v] of Object.entries(attributes)) {
      const prev = acc.attributes[k];
      if (Array.isArray(prev) && Array.isArray(v)) acc.attributes[k] = [...new Set([...(prev as string[]), ...(v as string[])])].sort(cmp);
      else if (prev === undefined) acc.attributes[k] = v;
    }
    for (const m of mentions) acc.mentions.push({ path, m });
    this.nodes.set(id, acc);
  }

  finish(): Graph {
    for (const p of [...this.pending.keys()].sort(cmp)) this.fold(this.pending.get(p)!);
    this.pending.clear();
    const paths = [...this.docs.keys()].sort(cmp);
    const docId = new Map(paths.map((p, i) => [p, `d${i + 1}`]));
    const order = new Map(paths.map((p, i) => [p, i]));
    const documents: GraphDocument[] = paths.map((p) => ({ id: docId.get(p)!, ...this.docs.get(p)! }));
    const rename = mergeAcrossDocs([...this.nodes.values()], this.locale);
    const realId = (id: string): string => {
      const r = rename.get(id) ?? id;
      const m = /^meeting:(.*)#(\d+)$/.exec(r);
      return m ? `meeting:${docId.get(m[1]!) ?? 'd0'}:${m[2]}` : r;
    };
    const merged = new Map<string, NodeAcc>();
    for (const n of this.nodes.values()) {
      const id = realId(n.id);
      const into = merged.get(id);
      if (!into) {
        merged.set(id, { ...n, id, aliases: new Set(n.aliases), mentions: [...n.mentions] });
        continue;
      }
      into.aliases.add(n.label);
      for (const a of n.aliases) into.aliases.add(a);
      for (const m of n.mentions) into.mentions.push(m); // not push(...): a node may have 10⁵ mentions
      if (n.type === 'person' && n.label.length > into.label.length) {
        into.aliases.add(into.label);
        into.label = n.label;
      }
    }
    const mention = (x: { path: string; m: Mention }): GraphMention => ({ doc: docId.get(x.path)!, ...x.m });
    const byMention = (a: { path: string; m: Mention }, b: { path: string; m: Mention }): number =>
      order.get(a.path)! - order.get(b.path)! || a.m.start - b.m.start || a.m.end - b.m.end || cmp(a.m.rule, b.m.rule);
    const nodes: GraphNode[] = [...merged.values()]
      .map((n) => {
        n.aliases.delete(n.label);
        const base = { id: n.id, type: n.type, label: n.label };
        const mentions = n.mentions.sort(byMention).map(mention);
        const withAliases = n.type === 'date' || n.type === 'meeting' ? base : { ...base, aliases: [...n.aliases].sort(cmp) };
        return { ...withAliases, attributes: sortKeys(n.attributes) as Attributes, mentions };
      })
      .sort((a, b) => cmp(a.id, b.id));
    const edgeMap = new Map<string, EdgeAcc>();
    for (const e of this.edges.values()) {
      const source = realId(e.source);
      const target = realId(e.target);
      if (source === target) continue;
      const key = `${e.type}:${source}->${target}`;
      const acc = edgeMap.get(key);
      if (acc) {
        for (const m of e.evidence) acc.evidence.push(m);
        acc.attributes = mergeEdgeAttributes(acc.attributes, e.attributes);
      } else edgeMap.set(key, { ...e, source, target, evidence: [...e.evidence] });
    }
    const edges: GraphEdge[] = [...edgeMap.entries()]
      .map(([id, e]) => {
        const evidence = e.evidence.sort(byMention).map((x) => mention(x) as GraphEvidence);
        const dedup = evidence.filter(
          (v, i) =>
            i === 0 ||
            v.doc !== evidence[i - 1]!.doc ||
            v.start !== evidence[i - 1]!.start ||
            v.end !== evidence[i - 1]!.end ||
            v.rule !== evidence[i - 1]!.rule,
        );
        return { id, type: e.type, source: e.source, target: e.target, attributes: sortKeys(e.attributes) as Attributes, evidence: dedup };
      })
      .sort((a, b) => cmp(a.id, b.id));
    const errors = [...this.errors].sort((a, b) => cmp(a.path, b.path) || (a.line ?? 0) - (b.line ?? 0) || cmp(a.code, b.code));
    return { version: '1.0', generator: { ...this.generator }, documents, nodes: labelMeetings(nodes, edges), edges, errors };
  }
}

/** Two findings of one relation: keep both evidences; an explicit `current: false` wins. */
function mergeEdgeAttributes(a: Attributes, b: Attributes): Attributes {
  const out: Record<string, unknown> = { ...b, ...a };
  if (a.current === false || b.current === false) out.current = false;
  if (typeof a.role !== 'string' && typeof b.role === 'string') out.role = b.role;
  return out as Attributes;
}

function sortKeys(o: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(o).sort(cmp)) out[k] = o[k];
  return out;
}

export function buildGraph(results: Iterable<DocResult>, errors: readonly InputError[], generator: GeneratorInfo): Graph {
  const b = new GraphBuilder(generator);
  for (const r of results) b.add(r);
  for (const e of errors) b.addError(e);
  return b.finish();
}
