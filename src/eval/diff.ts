/** `extract diff`: nodes and edges added, removed and changed between two graphs, keyed by their stable ids. */
import type { Graph, GraphEdge, GraphMention, GraphNode } from '../types.js';

export type ChangeKind = 'added' | 'removed' | 'changed';

export interface DiffItem {
  readonly kind: ChangeKind;
  readonly what: 'node' | 'edge';
  readonly id: string;
  /** node type or edge type */
  readonly type: string;
  /** node label, or "source -> target" for an edge */
  readonly label: string;
  /** rule ids of the (new, or for a removal the old) mentions / evidence */
  readonly rules: readonly string[];
  /** the first mention / evidence text */
  readonly evidence: string | null;
  /** for a change: the top-level fields that differ */
  readonly fields?: readonly string[];
}

export interface GraphDiff {
  readonly equal: boolean;
  readonly items: readonly DiffItem[];
  readonly summary: Readonly<Record<'node' | 'edge', Readonly<Record<ChangeKind, number>>>>;
}

type Item = GraphNode | GraphEdge;
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** JSON with sorted object keys, so that key order never counts as a change. */
export function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object')
    return `{${Object.keys(v)
      .sort(cmp)
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v) ?? 'null';
}

function spans(x: Item): readonly GraphMention[] {
  return 'evidence' in x ? x.evidence : x.mentions;
}

function describe(x: Item, what: 'node' | 'edge'): Pick<DiffItem, 'what' | 'id' | 'type' | 'label' | 'rules' | 'evidence'> {
  const ms = spans(x) ?? [];
  const rules = [...new Set(ms.flatMap((m) => [m.rule ?? '', ...(m.via ?? [])]).filter(Boolean))].sort(cmp);
  const label = 'source' in x ? `${x.source} -> ${x.target}` : x.label;
  return { what, id: x.id, type: x.type, label, rules, evidence: ms[0]?.text ?? null };
}

function changedFields(a: Item, b: Item): string[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort(cmp);
  return keys.filter(
    (k) => canonical((a as unknown as Record<string, unknown>)[k]) !== canonical((b as unknown as Record<string, unknown>)[k]),
  );
}

function diffList(what: 'node' | 'edge', before: readonly Item[], after: readonly Item[]): DiffItem[] {
  const old = new Map(before.map((x) => [x.id, x]));
  const now = new Map(after.map((x) => [x.id, x]));
  const ids = [...new Set([...old.keys(), ...now.keys()])].sort(cmp);
  const out: DiffItem[] = [];
  for (const id of ids) {
    const a = old.get(id);
    const b = now.get(id);
    if (a && !b) out.push({ kind: 'removed', ...describe(a, what) });
    else if (!a && b) out.push({ kind: 'added', ...describe(b, what) });
    else if (a && b) {
      const fields = changedFields(a, b);
      if (fields.length) out.push({ kind: 'changed', ...describe(b, what), fields });
    }
  }
  return out;
}

export function diffGraphs(before: Graph, after: Graph): GraphDiff {
  const items = [...diffList('node', before.nodes, after.nodes), ...diffList('edge', before.edges, after.edges)];
  const count = (what: 'node' | 'edge', kind: ChangeKind): number => items.filter((i) => i.what === what && i.kind === kind).length;
  const summary = {
    node: { added: count('node', 'added'), removed: count('node', 'removed'), changed: count('node', 'changed') },
    edge: { added: count('edge', 'added'), removed: count('edge', 'removed'), changed: count('edge', 'changed') },
  };
  return { equal: items.length === 0, items, summary };
}

export interface DiffColors {
  readonly added: (s: string) => string;
  readonly removed: (s: string) => string;
  readonly changed: (s: string) => string;
  readonly dim: (s: string) => string;
}
const plain: DiffColors = { added: (s) => s, removed: (s) => s, changed: (s) => s, dim: (s) => s };
const SIGN: Readonly<Record<ChangeKind, string>> = { added: '+', removed: '-', changed: '~' };

const snippet = (s: string): string => (s.length > 80 ? `${s.slice(0, 77)}...` : s).replace(/\s+/g, ' ');

/** Readable text: one line per item, its rule ids and evidence on the next; "" when the graphs are equal. */
export function renderDiff(d: GraphDiff, colors: DiffColors = plain): string {
  if (d.equal) return '';
  const lines: string[] = [];
  for (const i of d.items) {
    const head = `${SIGN[i.kind]} ${i.what} ${i.kind.padEnd(7)} ${i.id}${i.what === 'node' ? ` (${i.type}) "${i.label}"` : ''}`;
    lines.push(colors[i.kind](head));
    const fields = i.fields ? `changed: ${i.fields.join(', ')}; ` : '';
    const rule = i.rules.length ? `rule ${i.rules.join(', ')}` : 'no rule';
    lines.push(colors.dim(`    ${fields}${rule}${i.evidence !== null ? `; "${snippet(i.evidence)}"` : ''}`));
  }
  const s = d.summary;
  lines.push(
    `nodes: +${s.node.added} -${s.node.removed} ~${s.node.changed}; edges: +${s.edge.added} -${s.edge.removed} ~${s.edge.changed}`,
  );
  return `${lines.join('\n')}\n`;
}
