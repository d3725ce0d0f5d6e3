/** `extract eval`'s data flow: golds → (extraction, one document at a time | a given graph) → score. */
import fs from 'node:fs';
import path from 'node:path';
import { RunError } from '../errors.js';
import type { Graph } from '../types.js';
import { validateGraph } from '../graph/validate.js';
import { findGoldFiles, loadGolds, type GoldFile } from './gold.js';
import { mergeRunGraphs } from './merge.js';
import { DOC_NOT_IN_GRAPH, scoreGraph, type GoldInput, type ScoreResult } from './score.js';

/** Extracts one document with the gold's docDate (null: detect it), as `extract FILE --doc-date D` does. */
export type ExtractOne = (file: string, docDate: string | null) => Promise<Graph>;

export interface EvalRunOptions {
  /** gold files and directories (recursed for *.gold.json) */
  readonly gold: readonly string[];
  /** where documents are found by file name (default: beside each gold file) */
  readonly textFiles?: readonly string[];
  /** a graph to score instead of running extraction */
  readonly pred?: string;
  readonly extractOne: ExtractOne;
  readonly onDocument?: (done: number, total: number, doc: string) => void;
}

export interface EvalRun {
  readonly golds: readonly GoldFile[];
  readonly graph: Graph;
  readonly result: ScoreResult;
}

function locateText(g: GoldFile, byName: ReadonlyMap<string, string> | null): string {
  const file = byName ? byName.get(g.gold.doc) : path.join(path.dirname(g.file), g.gold.doc);
  if (!file || !fs.existsSync(file))
    throw new RunError('USAGE', `${g.file}: its document ${g.gold.doc} was not found ${byName ? 'among the inputs' : 'beside it'}`);
  return file;
}

/** Read --pred: unreadable, not JSON or not a valid graph is a usage error (exit 2), on one line. */
export function readPredGraph(file: string): Graph {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
  } catch (e) {
    throw new RunError('USAGE', `--pred ${file}: ${(e as Error).message.replace(/\s*\n\s*/g, ' ')}`);
  }
  const errors = validateGraph(data);
  if (errors.length > 0) throw new RunError('USAGE', `--pred ${file} is not a valid graph: ${errors.slice(0, 3).join('; ')}`);
  return data as Graph;
}

export async function runEval(o: EvalRunOptions): Promise<EvalRun> {
  const golds = loadGolds(findGoldFiles(o.gold));
  const byName = o.textFiles ? new Map(o.textFiles.map((f) => [path.basename(f), f])) : null;
  const texts = golds.map((g) => locateText(g, byName));
  let graph: Graph;
  if (o.pred !== undefined) graph = readPredGraph(o.pred);
  else {
    const graphs: Graph[] = [];
    for (const [i, g] of golds.entries()) {
      graphs.push(await o.extractOne(texts[i]!, g.gold.docDate));
      o.onDocument?.(i + 1, golds.length, g.gold.doc);
    }
    graph = mergeRunGraphs(graphs);
  }
  const inputs: GoldInput[] = golds.map((g, i) => ({ gold: g.gold, text: fs.readFileSync(texts[i]!, 'utf8') }));
  const result = scoreGraph(graph, inputs);
  const absent = result.details.filter((d) => d.notes.includes(DOC_NOT_IN_GRAPH)).length;
  if (golds.length > 0 && absent === golds.length)
    throw new RunError(
      'NO_INPUT',
      `${o.pred !== undefined ? `--pred ${o.pred}` : 'the extracted graph'} has none of the ${golds.length} gold document(s) (first: ${golds[0]!.gold.doc})`,
      'documents are matched by file name',
    );
  return { golds, graph, result };
}
