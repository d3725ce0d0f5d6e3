import type { Graph } from '../types.js';
import { formatJson } from './json.js';

export interface FormatOptions {
  readonly pretty?: boolean;
}

export interface Formatter {
  readonly name: string;
  readonly description: string;
  readonly mediaType: string;
  readonly format: (graph: Graph, options: FormatOptions) => string;
}

/** The registry of output formats: pure (graph) → string functions. */
export const FORMATS: ReadonlyMap<string, Formatter> = new Map<string, Formatter>([
  [
    'json',
    {
      name: 'json',
      description: 'the graph contract (default)',
      mediaType: 'application/json',
      format: (g, o) => formatJson(g, o.pretty === true),
    },
  ],
]);

export function formatGraph(graph: Graph, name: string, options: FormatOptions = {}): string {
  const f = FORMATS.get(name);
  if (!f) throw new Error(`unknown format ${name}`);
  return f.format(graph, options);
}
