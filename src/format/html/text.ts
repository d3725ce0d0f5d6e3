/** A document's text with the entity mentions highlighted: <mark> per mention, coloured by type, title = id and type. */
import type { Graph, GraphDocument } from '../../types.js';
import { readable } from '../../clean/readable.js';
import { compareCodePoints, escapeXml } from '../attributes.js';

/** Text as the reader should see it: entities decoded and mojibake repaired once (offsets stay those of the text as read), then escaped. */
export function shown(s: string): string {
  return escapeXml(readable(s));
}

interface Highlight {
  readonly start: number;
  readonly end: number;
  readonly id: string;
  readonly type: string;
  readonly text: string;
  readonly rule: string;
  readonly via: readonly string[];
}

/** Every mention in one document, sorted by start, longer first, then id. */
export function highlightsOf(graph: Graph, docId: string): Highlight[] {
  const out: Highlight[] = [];
  for (const n of graph.nodes)
    for (const m of n.mentions)
      if (m.doc === docId)
        out.push({ start: m.start, end: m.end, id: n.id, type: n.type, text: m.text, rule: m.rule ?? '', via: m.via ?? [] });
  return out.sort((a, b) => a.start - b.start || b.end - a.end || compareCodePoints(a.id, b.id));
}

/** Drop mentions that overlap an earlier (or longer) one, or whose text is not at their offsets. */
function usable(highlights: readonly Highlight[], cps: readonly string[]): { kept: Highlight[]; mismatched: number } {
  const kept: Highlight[] = [];
  let mismatched = 0;
  let end = 0;
  for (const h of highlights) {
    if (h.end > cps.length || cps.slice(h.start, h.end).join('') !== h.text) mismatched++;
    else if (h.start >= end) {
      kept.push(h);
      end = h.end;
    }
  }
  return { kept, mismatched };
}

function mark(h: Highlight): string {
  const title = `${h.id} (${h.type})${h.rule ? ` · ${h.rule}` : ''}${h.via.map((v) => ` + ${v}`).join('')}`;
  return `<mark class="t-${escapeXml(h.type)}" title="${escapeXml(title)}">${shown(h.text)}</mark>`;
}

/** The document body: highlighted text, or a note and the list of mentions when the text is not available. */
export function renderDocumentText(graph: Graph, doc: GraphDocument, text: string | undefined): string {
  const highlights = highlightsOf(graph, doc.id);
  if (text === undefined) {
    const list = highlights.map((h) => `<li>${mark(h)} <span class="span">[${h.start}, ${h.end})</span></li>`).join('');
    return `<p class="note">The text of this document was not available (render the graph with <code>extract render GRAPH -f html --texts-from DIR</code>, or <code>extract merge … -f html --texts-from DIR</code>); its mentions:</p><ul class="mentions">${list}</ul>`;
  }
  const cps = Array.from(text);
  const { kept, mismatched } = usable(highlights, cps);
  const parts: string[] = [];
  let at = 0;
  for (const h of kept) {
    parts.push(shown(cps.slice(at, h.start).join('')), mark(h));
    at = h.end;
  }
  parts.push(shown(cps.slice(at).join('')));
  const note =
    mismatched > 0
      ? `<p class="note">${mismatched} mention(s) do not match this text (was the file changed after extraction?) and are not shown.</p>`
      : '';
  return `${note}<div class="text">${parts.join('')}</div>`;
}

/** Up to `width` code points of context on each side of a span, the span itself in <b>. */
export function snippet(text: string | undefined, start: number, end: number, fallback: string, width = 60): string {
  if (text === undefined) return `<b>${shown(fallback)}</b>`;
  const cps = Array.from(text);
  if (cps.slice(start, end).join('') !== fallback) return `<b>${shown(fallback)}</b>`;
  const from = Math.max(0, start - width);
  const to = Math.min(cps.length, end + width);
  const before = (from > 0 ? '…' : '') + cps.slice(from, start).join('');
  const after = cps.slice(end, to).join('') + (to < cps.length ? '…' : '');
  const flat = (s: string): string => shown(s).replace(/\s+/g, ' ');
  return `${flat(before)}<b>${shown(fallback)}</b>${flat(after)}`;
}
