/** One colour (and dash) per relation type in the report's picture, and the legend that names them. */
import type { Graph } from '../../types.js';
import { compareCodePoints, escapeXml } from '../attributes.js';
import { EDGE_TYPES } from '../palette.js';

const COLORS = ['#2563eb', '#db2777', '#059669', '#d97706', '#7c3aed', '#0891b2', '#dc2626', '#4d7c0f', '#64748b'];
const DASHES = ['', '6 3', '2 3'];

/** The built-in types in their fixed order; a type declared by a rule file gets a slot from its name (the same in every report). */
function rank(type: string): number {
  const i = EDGE_TYPES.indexOf(type);
  if (i >= 0) return i;
  let h = 0;
  for (const ch of type) h = (h * 31 + ch.codePointAt(0)!) % 9973;
  return EDGE_TYPES.length + (h % (COLORS.length * DASHES.length - EDGE_TYPES.length));
}

export function edgeStyle(type: string): { readonly color: string; readonly dash: string } {
  const r = rank(type);
  return { color: COLORS[r % COLORS.length]!, dash: DASHES[Math.floor(r / COLORS.length) % DASHES.length]! };
}

export function edgeLegend(graph: Graph): string {
  const counts = new Map<string, number>();
  for (const e of graph.edges) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  const types = [...counts.keys()].sort(compareCodePoints);
  if (types.length === 0) return '';
  const items = types.map((t) => {
    const st = edgeStyle(t);
    const sample = `<svg width="28" height="10" aria-hidden="true"><line x1="1" y1="5" x2="27" y2="5" stroke="${st.color}" stroke-width="2.5"${st.dash ? ` stroke-dasharray="${st.dash}"` : ''}/></svg>`;
    return `<li>${sample} ${escapeXml(t)} <b>${counts.get(t)!}</b></li>`;
  });
  return `<ul class="legend edges" aria-label="relation legend">${items.join('')}</ul>`;
}
