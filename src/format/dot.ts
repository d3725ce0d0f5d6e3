/** Graphviz DOT: `extract news/ --format dot | dot -Tsvg > graph.svg`. */
import type { Graph } from '../types.js';
import { ruleIds } from './attributes.js';
import { colorOf } from './palette.js';

const SHAPES: Readonly<Record<string, string>> = {
  person: 'ellipse',
  country: 'box',
  place: 'house',
  organization: 'component',
  date: 'note',
  meeting: 'octagon',
};

/** A DOT double-quoted string: backslashes, quotes and line breaks escaped, control characters dropped. */
export function dotString(s: string): string {
  const body = s
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\r\n|\r|\n/g, '\\n')
    // eslint-disable-next-line no-control-regex -- control characters have no place in a DOT label
    .replace(/[\u0000-\u001F\u007F]/g, '');
  return `"${body}"`;
}

export function formatDot(graph: Graph): string {
  const out: string[] = [
    'digraph newsgraph {\n',
    '  graph [rankdir=LR, overlap=false, splines=true, fontname="Helvetica"];\n',
    '  node [style="filled", fontname="Helvetica", fontsize=10];\n',
    '  edge [fontname="Helvetica", fontsize=8, color="#64748b"];\n',
  ];
  for (const n of graph.nodes) {
    const c = colorOf(n.type);
    const attrs = [
      `label=${dotString(n.label)}`,
      `shape=${SHAPES[n.type] ?? 'ellipse'}`,
      `fillcolor="${c.fill}"`,
      `color="${c.stroke}"`,
      `tooltip=${dotString(`${n.id} (${n.type})`)}`,
      `class=${dotString(n.type)}`,
    ];
    out.push(`  ${dotString(n.id)} [${attrs.join(', ')}];\n`);
  }
  for (const e of graph.edges) {
    const tip = `${e.type}: ${e.evidence.map((x) => x.text).join(' | ')} [${ruleIds(e.evidence).join(', ')}]`;
    out.push(
      `  ${dotString(e.source)} -> ${dotString(e.target)} [label=${dotString(e.type)}, id=${dotString(e.id)}, tooltip=${dotString(tip)}];\n`,
    );
  }
  out.push('}\n');
  return out.join('');
}
