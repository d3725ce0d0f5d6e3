import type { Graph } from '../types.js';
import { formatCytoscape } from './cytoscape.js';
import { formatDot } from './dot.js';
import { formatGraphml } from './graphml.js';
import { formatHtml } from './html/index.js';
import { formatJgf } from './jgf.js';
import { formatJson } from './json.js';
import { formatNeo4j } from './neo4j.js';

export interface FormatOptions {
  readonly pretty?: boolean;
  /** document texts keyed by the document's `path` in the graph (the html format highlights mentions in them) */
  readonly texts?: ReadonlyMap<string, string>;
  /** neo4j CSV: prefix cells starting with = + - @ with an apostrophe (spreadsheet formula injection) */
  readonly csvSafe?: boolean;
}

/** The output of a format that writes a folder: file name → content. */
export interface FileSet {
  readonly files: Readonly<Record<string, string>>;
}

export type FormatOutput = string | FileSet;

export interface Formatter {
  readonly name: string;
  readonly description: string;
  readonly mediaType: string;
  /** true when the format writes several files (a folder given with --out DIR) */
  readonly multiFile?: boolean;
  /** true when the format shows document texts (FormatOptions.texts): the CLI then reads them */
  readonly usesTexts?: boolean;
  readonly format: (graph: Graph, options: FormatOptions) => FormatOutput;
}

const LIST: readonly Formatter[] = [
  {
    name: 'json',
    description: 'the graph contract (default)',
    mediaType: 'application/json',
    format: (g, o) => formatJson(g, o.pretty === true),
  },
  {
    name: 'jgf',
    description: 'JSON Graph Format v2',
    mediaType: 'application/vnd.jgf+json',
    format: (g, o) => formatJgf(g, o.pretty === true),
  },
  { name: 'graphml', description: 'GraphML (yEd, Gephi, networkx)', mediaType: 'application/graphml+xml', format: (g) => formatGraphml(g) },
  { name: 'dot', description: 'Graphviz DOT', mediaType: 'text/vnd.graphviz', format: (g) => formatDot(g) },
  {
    name: 'cytoscape',
    description: 'Cytoscape.js elements JSON',
    mediaType: 'application/json',
    format: (g, o) => formatCytoscape(g, o.pretty === true),
  },
  {
    name: 'neo4j',
    description: 'neo4j-admin import CSV files (needs --out DIR)',
    mediaType: 'text/csv',
    multiFile: true,
    format: (g, o) => ({ files: formatNeo4j(g, o.csvSafe === true) }),
  },
  {
    name: 'html',
    description: 'a self-contained HTML report',
    mediaType: 'text/html',
    usesTexts: true,
    format: (g, o) => formatHtml(g, o.texts),
  },
];

/** The registry of output formats: pure (graph, options) → string | files functions. */
export const FORMATS: ReadonlyMap<string, Formatter> = new Map<string, Formatter>(LIST.map((f) => [f.name, f]));

function formatter(name: string): Formatter {
  const f = FORMATS.get(name);
  if (!f) throw new Error(`unknown format ${name}`);
  return f;
}

/** Render a single-file format to a string (throws for a multi-file format: use formatGraphFiles). */
export function formatGraph(graph: Graph, name: string, options: FormatOptions = {}): string {
  const out = formatter(name).format(graph, options);
  if (typeof out !== 'string') throw new Error(`format ${name} writes several files`);
  return out;
}

/** Render any format as a set of files; a single-file format gives one file named `graph.<ext>`. */
export function formatGraphFiles(graph: Graph, name: string, options: FormatOptions = {}): FileSet {
  const out = formatter(name).format(graph, options);
  return typeof out === 'string' ? { files: { [`graph.${name}`]: out } } : out;
}
