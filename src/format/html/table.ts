/** The relation table: one row per piece of evidence, with its snippet and the rule that fired. */
import type { Graph, GraphEdge } from '../../types.js';
import { escapeXml, scalarText } from '../attributes.js';
import { shown, snippet } from './text.js';

function attributesText(e: GraphEdge): string {
  return Object.entries(e.attributes)
    .map(([k, v]) => `${k}: ${scalarText(v) ?? 'null'}`)
    .join(', ');
}

export function renderRelationTable(graph: Graph, textOf: (docId: string) => string | undefined): string {
  if (graph.edges.length === 0) return '<p class="note">No relations were found.</p>';
  const labels = new Map(graph.nodes.map((n) => [n.id, n]));
  const node = (id: string): string => {
    const n = labels.get(id);
    const cls = n ? ` class="t-${escapeXml(n.type)}"` : '';
    return `<span${cls} title="${escapeXml(id)}">${shown(n?.label ?? id)}</span>`;
  };
  const rows: string[] = [];
  for (const e of graph.edges) {
    const evidence = e.evidence.length > 0 ? e.evidence : [{ doc: '', start: 0, end: 0, text: '', rule: '' }];
    evidence.forEach((ev, i) => {
      const head =
        i === 0
          ? `<td rowspan="${evidence.length}">${escapeXml(e.type)}</td><td rowspan="${evidence.length}">${node(e.source)}</td>` +
            `<td rowspan="${evidence.length}">${node(e.target)}</td><td rowspan="${evidence.length}">${escapeXml(attributesText(e))}</td>`
          : '';
      rows.push(
        `<tr>${head}<td class="ev"><a href="#doc-${escapeXml(ev.doc)}">${escapeXml(ev.doc)}</a> ${snippet(textOf(ev.doc), ev.start, ev.end, ev.text)}</td>` +
          `<td><code>${escapeXml(ev.rule)}</code>${(ev.via ?? []).map((v) => ` <code class="via">${escapeXml(v)}</code>`).join('')}</td></tr>`,
      );
    });
  }
  return `<table class="relations"><thead><tr><th>relation</th><th>source</th><th>target</th><th>attributes</th><th>evidence</th><th>rule</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
}
