/** Every span of a graph slices the document text (by code point) to exactly its text. */
import type { Graph, Span } from '../../src/index.js';

/** The first span of `spans` that does not slice `text` (by code point) to its own text, as a message; null when all do. */
export function badSpan(text: string, spans: Iterable<Span & { readonly text: string }>, what = 'mention'): string | null {
  const cps = Array.from(text);
  for (const m of spans)
    if (cps.slice(m.start, m.end).join('') !== m.text) return `${what} ${JSON.stringify(m)} does not slice to its text`;
  return null;
}

/** Throws unless the graph of the one document `text` counts its code points and every mention and evidence slices exactly. */
export function checkSpans(text: string, g: Graph): void {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (g.documents[0]!.chars !== Array.from(t).length) throw new Error(`chars ${g.documents[0]!.chars} is not the text's length`);
  const bad =
    badSpan(
      t,
      g.nodes.flatMap((n) => n.mentions),
    ) ??
    badSpan(
      t,
      g.edges.flatMap((e) => e.evidence),
      'evidence',
    );
  if (bad !== null) throw new Error(bad);
}
