/** The graph as an inline SVG picture: the connected nodes (and the most mentioned others), laid out deterministically. */
import type { Graph, GraphNode } from '../../types.js';
import { readable } from '../../clean/readable.js';
import { compareCodePoints, escapeXml } from '../attributes.js';
import { colorOf } from '../palette.js';
import { edgeStyle } from './edge-style.js';
import { placeLabels } from './labels.js';
import { layoutGraph, type Point } from './layout.js';

const WIDTH = 1200;
const HEIGHT = 720;
const MAX_NODES = 80;

function shorten(s: string, n: number): string {
  const cps = Array.from(s);
  return cps.length <= n ? s : `${cps.slice(0, n - 1).join('')}…`;
}

/** The point `by` short of `to` on the segment from → to (so arrows stop at the circle's edge). */
function pullBack(from: Point, to: Point, by: number): Point {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const d = Math.sqrt(dx * dx + dy * dy);
  if (d <= by) return to;
  const k = (d - by) / d;
  return { x: Math.round((from.x + dx * k) * 10) / 10, y: Math.round((from.y + dy * k) * 10) / 10 };
}

/** Nodes worth drawing: by degree, then by mentions, then id; at most MAX_NODES. */
export function pickNodes(graph: Graph): GraphNode[] {
  const degree = new Map<string, number>();
  for (const e of graph.edges) for (const id of [e.source, e.target]) degree.set(id, (degree.get(id) ?? 0) + 1);
  return [...graph.nodes]
    .sort(
      (a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || b.mentions.length - a.mentions.length || compareCodePoints(a.id, b.id),
    )
    .slice(0, MAX_NODES)
    .sort((a, b) => compareCodePoints(a.id, b.id));
}

export function renderSvg(graph: Graph): { readonly svg: string; readonly shown: number; readonly labelled: number } {
  const nodes = pickNodes(graph);
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const edges = graph.edges.filter((e) => index.has(e.source) && index.has(e.target) && e.source !== e.target);
  const links = edges.map((e) => [index.get(e.source)!, index.get(e.target)!] as const);
  const pos = layoutGraph(nodes.length, links, WIDTH, HEIGHT);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="graph picture">`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">',
    '<path d="M0,0 L10,5 L0,10 z" fill="#64748b"/></marker></defs>',
  ];
  const radius = nodes.map((n) => Math.round(Math.min(18, 5 + 2.5 * Math.log2(1 + n.mentions.length)) * 10) / 10);
  for (const e of edges) {
    const a = pos[index.get(e.source)!]!;
    const t = pos[index.get(e.target)!]!;
    const b = pullBack(a, t, radius[index.get(e.target)!]! + 2);
    const st = edgeStyle(e.type);
    out.push(
      `<line class="edge" x1="${a.x}" y1="${a.y}" x2="${b.x}" y2="${b.y}" stroke="${st.color}"${st.dash ? ` stroke-dasharray="${st.dash}"` : ''} marker-end="url(#arrow)"><title>${escapeXml(`${e.source} ${e.type} ${e.target}`)}</title></line>`,
    );
  }
  const labels = nodes.map((n) => shorten(readable(n.label), 28));
  const order = nodes.map((_, i) => i).sort((a, b) => radius[b]! - radius[a]! || a - b);
  const places = placeLabels(labels, pos, radius, order, WIDTH, HEIGHT);
  nodes.forEach((n, i) => {
    const p = pos[i]!;
    const c = colorOf(n.type);
    const r = radius[i]!;
    const l = places[i];
    out.push(
      `<g class="node"><title>${escapeXml(`${n.id} (${n.type})`)}</title>`,
      `<circle cx="${p.x}" cy="${p.y}" r="${r}" fill="${c.fill}" stroke="${c.stroke}" stroke-width="2"/>`,
      l ? `<text x="${l.x}" y="${l.y}" text-anchor="${l.anchor}">${escapeXml(labels[i]!)}</text></g>` : '</g>',
    );
  });
  out.push('</svg>');
  return { svg: out.join('\n'), shown: nodes.length, labelled: places.filter((p) => p !== null).length };
}
