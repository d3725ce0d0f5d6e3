/**
 * The scorer: a faithful port of shared/eval/score.mjs (same matching, same numbers), plus the rule ids
 * behind every spurious item. Pure: the caller supplies the graph, the golds and each document's text.
 */
import type { Graph, GraphNode } from '../types.js';
import type { Gold } from './gold.js';
import { scoreEntities } from './score-entities.js';
import { resolver, scoreAffiliations, scoreLeaders } from './score-relations.js';
import { scoreMeetings } from './score-meetings.js';
import { scoreDates } from './score-dates.js';
import type { AccuracyName, AreaName, Counts, DocDetail, DocScope, Tally } from './scope.js';

export type { AccuracyName, AreaName, Counts, DocDetail, Spurious } from './scope.js';

export interface GoldInput {
  readonly gold: Gold;
  /** the document's text (BOM removed), used to place gold date spans */
  readonly text: string;
}

export interface AreaScore {
  readonly p: number;
  readonly r: number;
  readonly f1: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}
export interface AccuracyScore {
  readonly ok: number;
  readonly n: number;
  readonly rate: number | null;
}
export type AreaKey = AreaName | 'entities' | 'relations';

export interface ScoreResult {
  readonly areas: Readonly<Record<AreaKey, AreaScore>>;
  readonly accuracy: Readonly<Record<AccuracyName, AccuracyScore>>;
  readonly details: readonly DocDetail[];
}

/** Area names in the reference scorer's order, then the accuracies: every name --min accepts. */
export const AREA_NAMES: readonly AreaKey[] = [
  'person',
  'country',
  'place',
  'organization',
  'leader',
  'affiliation',
  'meeting',
  'participant',
  'date',
  'entities',
  'relations',
];
export const ACCURACY_NAMES: readonly AccuracyName[] = ['leaderCurrent', 'meetingDate', 'meetingStatus', 'meetingPlace', 'dateValue'];

const counts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function prf({ tp, fp, fn }: Counts): AreaScore {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, tp, fp, fn };
}

function sum(totals: Record<AreaName, Counts>, keys: readonly AreaName[]): Counts {
  return keys.reduce((a, k) => ({ tp: a.tp + totals[k].tp, fp: a.fp + totals[k].fp, fn: a.fn + totals[k].fn }), counts());
}

function newTally(): Tally {
  const totals = {} as Record<AreaName, Counts>;
  for (const k of AREA_NAMES.slice(0, 9) as AreaName[]) totals[k] = counts();
  const acc = {} as Record<AccuracyName, [number, number]>;
  for (const k of ACCURACY_NAMES) acc[k] = [0, 0];
  return { totals, acc };
}

const baseName = (p: string): string => p.slice(Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1);

export const DOC_NOT_IN_GRAPH = 'document not in graph';

/** Score a graph against gold annotations (documents matched on the base name of documents[].path). */
export function scoreGraph(graph: Graph, golds: readonly GoldInput[]): ScoreResult {
  const tally = newTally();
  const details: DocDetail[] = [];
  const nodeById = new Map<string, GraphNode>((graph.nodes ?? []).map((n) => [n.id, n]));
  const edges = graph.edges ?? [];
  for (const { gold, text } of golds) {
    const doc = (graph.documents ?? []).find((d) => baseName(d.path ?? '') === gold.doc);
    const det: DocDetail = { doc: gold.doc, missing: [], spurious: [], notes: [] };
    details.push(det);
    if (!doc) det.notes.push(DOC_NOT_IN_GRAPH);
    // a document missing from the graph is scored against nothing: every gold item of it is a miss
    const docId = doc ? doc.id : '';
    const s: DocScope = { graph, nodeById, edges, docId, gold, cps: Array.from(text.replace(/^\uFEFF/, '')), tally, det };
    const match = scoreEntities(s);
    const resolve = resolver(match);
    scoreLeaders(s, resolve);
    scoreAffiliations(s, resolve, match.optionalIds);
    scoreMeetings(s, resolve);
    scoreDates(s);
  }
  const areas = {} as Record<AreaKey, AreaScore>;
  for (const k of AREA_NAMES.slice(0, 9) as AreaName[]) areas[k] = prf(tally.totals[k]);
  areas.entities = prf(sum(tally.totals, ['person', 'country', 'place', 'organization']));
  areas.relations = prf(sum(tally.totals, ['leader', 'affiliation', 'meeting']));
  const accuracy = {} as Record<AccuracyName, AccuracyScore>;
  for (const k of ACCURACY_NAMES) {
    const [ok, n] = tally.acc[k];
    accuracy[k] = { ok, n, rate: n ? ok / n : null };
  }
  return { areas, accuracy, details };
}

/** An area's F1, or an accuracy's rate; undefined for an unknown name, null for an accuracy with n = 0. */
export function metric(result: ScoreResult, name: string): number | null | undefined {
  if ((AREA_NAMES as readonly string[]).includes(name)) return result.areas[name as AreaKey].f1;
  if ((ACCURACY_NAMES as readonly string[]).includes(name)) return result.accuracy[name as AccuracyName].rate;
  return undefined;
}
