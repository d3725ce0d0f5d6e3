/** The state one document's scoring shares between areas (entities, relations, meetings, dates). */
import type { Graph, GraphEdge, GraphNode } from '../types.js';
import type { Gold } from './gold.js';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export type AreaName = 'person' | 'country' | 'place' | 'organization' | 'leader' | 'affiliation' | 'meeting' | 'participant' | 'date';
export type AccuracyName = 'leaderCurrent' | 'meetingDate' | 'meetingStatus' | 'meetingPlace' | 'dateValue';

/** A spurious prediction and the rule ids (mention/evidence `rule` and `via`) that produced it. */
export interface Spurious {
  readonly item: string;
  readonly rules: readonly string[];
}

export interface DocDetail {
  readonly doc: string;
  readonly missing: string[];
  readonly spurious: Spurious[];
  readonly notes: string[];
}

export interface Tally {
  readonly totals: Record<AreaName, Counts>;
  readonly acc: Record<AccuracyName, [number, number]>;
}

export interface DocScope {
  readonly graph: Graph;
  readonly nodeById: ReadonlyMap<string, GraphNode>;
  readonly edges: readonly GraphEdge[];
  readonly docId: string;
  readonly gold: Gold;
  readonly cps: readonly string[];
  readonly tally: Tally;
  readonly det: DocDetail;
}

export function mentionsIn(node: GraphNode, docId: string): GraphNode['mentions'] {
  return (node.mentions ?? []).filter((m) => m.doc === docId);
}

/** Rule ids of a node's mentions in one document, sorted and unique. */
export function nodeRules(node: GraphNode | undefined, docId: string): string[] {
  if (!node) return [];
  return uniqueSorted(mentionsIn(node, docId).flatMap((m) => [m.rule ?? '', ...(m.via ?? [])]));
}

/** Rule ids of an edge's evidence in one document (all evidence when none is in it). */
export function edgeRules(edges: readonly GraphEdge[], docId: string): string[] {
  return uniqueSorted(
    edges.flatMap((e) => {
      const ev = (e.evidence ?? []).filter((v) => v.doc === docId);
      return (ev.length ? ev : (e.evidence ?? [])).flatMap((v) => [v.rule, ...(v.via ?? [])]);
    }),
  );
}

export function uniqueSorted(xs: readonly string[]): string[] {
  return [...new Set(xs.filter((x) => x !== ''))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Template-literal rendering of a value as score.mjs does (`${x}`: null → "null", undefined → "undefined"). */
export function str(x: string | null | undefined): string {
  return x === null ? 'null' : x === undefined ? 'undefined' : x;
}
