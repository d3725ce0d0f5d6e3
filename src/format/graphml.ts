/** GraphML (http://graphml.graphdrawing.org): typed <key>s for every node and edge attribute. */
import type { Attributes, Graph } from '../types.js';
import { attributeColumns, escapeXml, ruleIds, scalarText, type AttributeColumn, type ScalarKind } from './attributes.js';

interface Key {
  readonly id: string;
  readonly for: 'node' | 'edge';
  readonly name: string;
  readonly kind: ScalarKind;
  readonly value: (attributes: Attributes, fixed: Readonly<Record<string, string | number>>) => string | null;
}

const NODE_FIXED: readonly AttributeColumn[] = [
  { name: 'type', kind: 'string' },
  { name: 'label', kind: 'string' },
  { name: 'aliases', kind: 'string' },
  { name: 'mentions', kind: 'int' },
];
const EDGE_FIXED: readonly AttributeColumn[] = [
  { name: 'type', kind: 'string' },
  { name: 'rules', kind: 'string' },
  { name: 'evidence', kind: 'string' },
];

/** Fixed columns first, then the graph's attributes (renamed attr.<name> if they clash with a fixed one). */
function keys(target: 'node' | 'edge', fixed: readonly AttributeColumn[], attrs: readonly Attributes[]): Key[] {
  const prefix = target === 'node' ? 'n' : 'e';
  const out: Key[] = fixed.map((c, i) => ({
    id: `${prefix}${i}`,
    for: target,
    name: c.name,
    kind: c.kind,
    value: (_a, f) => (f[c.name] === undefined ? null : String(f[c.name])),
  }));
  const taken = new Set(fixed.map((c) => c.name));
  for (const c of attributeColumns(attrs)) {
    out.push({
      id: `${prefix}${out.length}`,
      for: target,
      name: taken.has(c.name) ? `attr.${c.name}` : c.name,
      kind: c.kind,
      value: (a) => scalarText(a[c.name]),
    });
  }
  return out;
}

function data(ks: readonly Key[], attributes: Attributes, fixed: Readonly<Record<string, string | number>>): string {
  return ks
    .map((k) => {
      const v = k.value(attributes, fixed);
      return v === null ? '' : `      <data key="${k.id}">${escapeXml(v)}</data>\n`;
    })
    .join('');
}

export function formatGraphml(graph: Graph): string {
  const nodeKeys = keys(
    'node',
    NODE_FIXED,
    graph.nodes.map((n) => n.attributes),
  );
  const edgeKeys = keys(
    'edge',
    EDGE_FIXED,
    graph.edges.map((e) => e.attributes),
  );
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n',
  ];
  for (const k of [...nodeKeys, ...edgeKeys])
    out.push(
      `  <key id="${k.id}" for="${k.for}" attr.name="${escapeXml(k.name)}" attr.type="${k.kind === 'list' ? 'string' : k.kind}"/>\n`,
    );
  out.push('  <graph id="newsgraph" edgedefault="directed">\n');
  for (const n of graph.nodes) {
    const aliases = n.aliases && n.aliases.length > 0 ? { aliases: n.aliases.join(';') } : {};
    const fixed = { type: n.type, label: n.label, ...aliases, mentions: n.mentions.length };
    out.push(`    <node id="${escapeXml(n.id)}">\n${data(nodeKeys, n.attributes, fixed)}    </node>\n`);
  }
  for (const e of graph.edges) {
    const fixed = { type: e.type, rules: ruleIds(e.evidence).join(';'), evidence: e.evidence.map((x) => x.text).join(' | ') };
    out.push(
      `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">\n${data(edgeKeys, e.attributes, fixed)}    </edge>\n`,
    );
  }
  out.push('  </graph>\n</graphml>\n');
  return out.join('');
}
