import type { Graph } from '../types.js';
import { formatCytoscape } from './cytoscape.js';
import { formatDot } from './dot.js';
import { formatGraphml } from './graphml.js';
import { formatHtml } from './html/index.js';
import { formatJgf } from './jgf.js';
import { formatJson } from './json.js';
import { formatNeo4j } from './neo4j.js';
import { FORMAT_INFO, type FormatFn, type FormatInfo } from './info.js';

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

export interface Formatter extends FormatInfo {
  readonly format: (graph: Graph, options: FormatOptions) => FormatOutput;
}

/** The format functions, by name; names, media types and flags are in ./info.ts (which the CLI loads alone). */
const FUNCTIONS: Readonly<Record<string, FormatFn>> = {
  json: (g, o) => formatJson(g, o.pretty === true),
  jgf: (g, o) => formatJgf(g, o.pretty === true),
  graphml: (g) => formatGraphml(g),
  dot: (g) => formatDot(g),
  cytoscape: (g, o) => formatCytoscape(g, o.pretty === true),
  neo4j: (g, o) => ({ files: formatNeo4j(g, o.csvSafe === true) }),
  html: (g, o) => formatHtml(g, o.texts),
};

const LIST: readonly Formatter[] = [...FORMAT_INFO.values()].map((info) => ({ ...info, format: FUNCTIONS[info.name]! }));

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
