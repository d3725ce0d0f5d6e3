/** The end-of-run summary on stderr: documents, entities and relations per type, errors, time. */
import type { ChalkInstance } from 'chalk';
import type { Graph } from '../types.js';

const ENTITY_ORDER = ['person', 'country', 'place', 'organization', 'date', 'meeting'];

function counts(items: readonly { readonly type: string }[], order: readonly string[]): [string, number][] {
  const c = new Map<string, number>();
  for (const x of items) c.set(x.type, (c.get(x.type) ?? 0) + 1);
  const rank = (t: string): number => (order.includes(t) ? order.indexOf(t) : order.length);
  return [...c.entries()].sort((a, b) => rank(a[0]) - rank(b[0]) || b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

function list(color: ChalkInstance, entries: readonly [string, number][]): string {
  return entries.length === 0 ? color.dim('none') : entries.map(([t, n]) => `${t} ${color.bold(n)}`).join(color.dim(' · '));
}

export function formatDuration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(ms < 10000 ? 2 : 1)} s`;
}

/** What a summary counts: a graph, or the documents streamed by --format jsonl (counted per document, not merged). */
export interface Counted {
  readonly documents: number;
  readonly nodes: readonly { readonly type: string }[];
  readonly edges: readonly { readonly type: string }[];
  readonly errors: number;
}

export function graphCounts(graph: Graph): Counted {
  return { documents: graph.documents.length, nodes: graph.nodes, edges: graph.edges, errors: graph.errors.length };
}

/** A few lines for people; `ms` is the run's wall time measured by the CLI. */
export function summary(counted: Counted, ms: number, color: ChalkInstance): string {
  const docs = counted.documents;
  const errs = counted.errors;
  const mark = errs > 0 ? color.yellow('!') : color.green('✔');
  const head = `${mark} ${color.bold(docs)} document${docs === 1 ? '' : 's'} in ${formatDuration(ms)}`;
  const label = (s: string): string => color.cyan(s.padEnd(10));
  return [
    head,
    `  ${label('entities')}${list(color, counts(counted.nodes, ENTITY_ORDER))}`,
    `  ${label('relations')}${list(color, counts(counted.edges, []))}`,
    `  ${label('errors')}${errs > 0 ? color.red.bold(errs) : color.green(0)}`,
  ].join('\n');
}
