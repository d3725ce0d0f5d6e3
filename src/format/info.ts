/**
 * What the CLI needs to know of the output formats before it renders anything (names, media
 * types, which write folders or show texts), and a loader that imports one format's module on
 * first use: a run printing JSON loads neither the HTML report nor the other formats.
 * src/format/index.ts builds the library's synchronous FORMATS registry from the same list.
 */
import type { FormatOutput, FormatOptions } from './index.js';
import type { Graph } from '../types.js';

export interface FormatInfo {
  readonly name: string;
  readonly description: string;
  readonly mediaType: string;
  /** true when the format writes several files (a folder given with --out DIR) */
  readonly multiFile?: boolean;
  /** true when the format shows document texts (FormatOptions.texts): the CLI then reads them */
  readonly usesTexts?: boolean;
}

export type FormatFn = (graph: Graph, options: FormatOptions) => FormatOutput;

const LIST: readonly FormatInfo[] = [
  { name: 'json', description: 'the graph contract (default)', mediaType: 'application/json' },
  { name: 'jgf', description: 'JSON Graph Format v2', mediaType: 'application/vnd.jgf+json' },
  { name: 'graphml', description: 'GraphML (yEd, Gephi, networkx)', mediaType: 'application/graphml+xml' },
  { name: 'dot', description: 'Graphviz DOT', mediaType: 'text/vnd.graphviz' },
  { name: 'cytoscape', description: 'Cytoscape.js elements JSON', mediaType: 'application/json' },
  { name: 'neo4j', description: 'neo4j-admin import CSV files (needs --out DIR)', mediaType: 'text/csv', multiFile: true },
  { name: 'html', description: 'a self-contained HTML report', mediaType: 'text/html', usesTexts: true },
];

/** The output formats by name, in the registry's order (no format code loaded). */
export const FORMAT_INFO: ReadonlyMap<string, FormatInfo> = new Map(LIST.map((f) => [f.name, f]));

/** Each format's module, imported on first use (the same calls as FORMATS in ./index.ts). */
const LOADERS: Readonly<Record<string, () => Promise<FormatFn>>> = {
  json: async () => {
    const { formatJson } = await import('./json.js');
    return (g, o) => formatJson(g, o.pretty === true);
  },
  jgf: async () => {
    const { formatJgf } = await import('./jgf.js');
    return (g, o) => formatJgf(g, o.pretty === true);
  },
  graphml: async () => {
    const { formatGraphml } = await import('./graphml.js');
    return (g) => formatGraphml(g);
  },
  dot: async () => {
    const { formatDot } = await import('./dot.js');
    return (g) => formatDot(g);
  },
  cytoscape: async () => {
    const { formatCytoscape } = await import('./cytoscape.js');
    return (g, o) => formatCytoscape(g, o.pretty === true);
  },
  neo4j: async () => {
    const { formatNeo4j } = await import('./neo4j.js');
    return (g, o) => ({ files: formatNeo4j(g, o.csvSafe === true) });
  },
  html: async () => {
    const { formatHtml } = await import('./html/index.js');
    return (g, o) => formatHtml(g, o.texts);
  },
};

/** The format function of a format named in FORMAT_INFO, its module loaded now. */
export async function loadFormat(name: string): Promise<FormatFn> {
  const load = LOADERS[name];
  if (!load) throw new Error(`unknown format ${name}`);
  return load();
}
