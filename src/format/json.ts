import type { Graph } from '../types.js';

/** Compact JSON (one line) or indented with two spaces; always a trailing newline. */
export function formatJson(graph: Graph, pretty = false): string {
  return `${JSON.stringify(graph, null, pretty ? 2 : undefined)}\n`;
}
