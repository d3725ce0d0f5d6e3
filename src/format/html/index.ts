/**
 * A self-contained HTML report: legend, graph picture, relation table, each document with its mentions highlighted.
 * Pure: the document texts come in `texts` (keyed by document path); no script, no network, everything escaped.
 */
import type { Graph } from '../../types.js';
import { escapeXml } from '../attributes.js';
import { NODE_TYPES } from '../palette.js';
import { edgeLegend } from './edge-style.js';
import { CSS } from './style.js';
import { renderSvg } from './svg.js';
import { renderRelationTable } from './table.js';
import { renderDocumentText, shown } from './text.js';

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

function legend(graph: Graph): string {
  const count = (t: string): number => graph.nodes.filter((n) => n.type === t).length;
  const items = NODE_TYPES.map((t) => `<li class="t-${t}">${t} <b>${count(t)}</b></li>`).join('');
  return `<ul class="legend" aria-label="colour legend">${items}</ul>`;
}

function documents(graph: Graph, texts: ReadonlyMap<string, string> | undefined): string {
  return graph.documents
    .map((d) => {
      const meta = [d.path, d.date ? `date ${d.date}${d.dateSource ? ` (${d.dateSource})` : ''}` : 'no date', `${d.chars} characters`];
      return (
        `<article id="doc-${escapeXml(d.id)}"><h3>${escapeXml(d.id)} · ${shown(d.title ?? d.path)}</h3>` +
        `<p class="meta">${meta.map(escapeXml).join(' · ')}</p>${renderDocumentText(graph, d, texts?.get(d.path))}</article>`
      );
    })
    .join('\n');
}

function errors(graph: Graph): string {
  if (graph.errors.length === 0) return '';
  const rows = graph.errors.map(
    (e) => `<tr><td>${escapeXml(e.path)}</td><td><code>${escapeXml(e.code)}</code></td><td>${escapeXml(e.message)}</td></tr>`,
  );
  return `<h2>Errors</h2><table><thead><tr><th>path</th><th>code</th><th>message</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

export function formatHtml(graph: Graph, texts?: ReadonlyMap<string, string>): string {
  const pathOf = new Map(graph.documents.map((d) => [d.id, d.path]));
  const textOf = (docId: string): string | undefined => {
    const p = pathOf.get(docId);
    return p === undefined ? undefined : texts?.get(p);
  };
  const picture = renderSvg(graph);
  const summary = `${graph.documents.length} documents · ${graph.nodes.length} nodes · ${graph.edges.length} relations · ${graph.generator.name} ${graph.generator.version} · rules ${graph.generator.rules.slice(0, 12)}`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newsgraph report</title>
<style>${CSS}</style>
</head>
<body>
<header><h1>newsgraph report</h1><p>${escapeXml(summary)}</p>${legend(graph)}</header>
<main>
<h2>Graph</h2>
<figure class="picture">${picture.svg}</figure>
${edgeLegend(graph)}
<p class="caption">${picture.shown} of ${graph.nodes.length} nodes shown (the connected and most mentioned ones), ${picture.labelled} of them labelled (labels never overlap; the rest are left out); hover a node for its id and type.</p>
<h2>Relations</h2>
${renderRelationTable(graph, textOf)}
<h2>Documents</h2>
${documents(graph, texts)}
${errors(graph)}
</main>
</body>
</html>
`;
}
