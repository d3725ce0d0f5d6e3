/**
 * `extract merge`: the reduce over parts made by sharded runs. JSON Lines parts are lossless
 * (their records decode to the very DocResults of the run). A JSON graph part is split back into
 * per-document results; that is exact for everything except corpus-level choices that one part
 * already made without seeing the others (a single surname folded into the one full name of its
 * part; the first of two conflicting attribute values), so JSONL is the format for shards.
 */
import { RunError } from '../errors.js';
import { GraphBuilder, type GeneratorInfo } from '../graph/build.js';
import { danglingEdges } from '../graph/validate.js';
import type { DocResult, Graph, GraphMention, InputError, Mention } from '../types.js';
import type { NodeAttrs } from './types.js';
import { fromDocumentRecord, type JsonlRecord } from './jsonl.js';

export interface Part {
  readonly name: string;
  readonly text: string;
}

export interface Parsed {
  readonly generator: GeneratorInfo | undefined;
  readonly results: DocResult[];
  readonly errors: InputError[];
}

function parseJsonl(part: Part): Parsed {
  let generator: GeneratorInfo | undefined;
  const results: DocResult[] = [];
  const errors: InputError[] = [];
  part.text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let rec: JsonlRecord;
    try {
      rec = JSON.parse(line) as JsonlRecord;
    } catch (e) {
      throw new RunError('USAGE', `${part.name}:${i + 1}: not JSON (${(e as Error).message.replace(/\s*\n\s*/g, ' ')})`);
    }
    if (rec.type === 'header') generator = sameGenerator(generator, rec.generator, part.name);
    else if (rec.type === 'document') results.push(fromDocumentRecord(rec));
    else {
      const { type: _type, ...e } = rec;
      errors.push(e);
    }
  });
  return { generator, results, errors };
}

function strip(m: GraphMention): Mention {
  const { doc: _doc, ...rest } = m;
  return rest as Mention;
}

/** Split a finished graph back into per-document results. */
export function graphToResults(g: Graph): Parsed {
  const byDoc = new Map<string, Mutable>(g.documents.map((d) => [d.id, { doc: d, entities: [], dates: [], meetings: [], edges: [] }]));
  const idOf = new Map<string, string>();
  for (const n of g.nodes) {
    const per = new Map<string, Mention[]>();
    for (const m of n.mentions) per.set(m.doc, [...(per.get(m.doc) ?? []), strip(m)]);
    const a = n.attributes as unknown as NodeAttrs;
    for (const [doc, mentions] of per) {
      const r = byDoc.get(doc);
      if (!r) continue;
      if (n.type === 'date') r.dates.push({ value: a.value, timex: a.timex ?? 'DATE', label: n.label, mentions });
      else if (n.type === 'meeting') {
        const local = Number(/:(\d+)$/.exec(n.id)?.[1] ?? 0);
        idOf.set(n.id, `meeting#${local}`);
        r.meetings.push({ localId: local, label: n.label, kind: a.kind, status: a.status, date: a.date, mentions });
      } else r.entities.push({ id: n.id, type: n.type, label: n.label, aliases: n.aliases ?? [], attributes: n.attributes, mentions });
    }
  }
  for (const e of g.edges) {
    const per = new Map<string, Mention[]>();
    for (const m of e.evidence) per.set(m.doc, [...(per.get(m.doc) ?? []), strip(m)]);
    for (const [doc, evidence] of per) {
      const r = byDoc.get(doc);
      if (!r) continue;
      const end = (id: string): string => idOf.get(id) ?? id;
      r.edges.push({ type: e.type, source: end(e.source), target: end(e.target), attributes: e.attributes, evidence });
    }
  }
  const results = [...byDoc.values()].map(({ doc, ...rest }) => {
    const { id: _id, ...info } = doc;
    rest.meetings.sort((x, y) => x.localId - y.localId);
    return { ...rest, doc: info, errors: [] };
  });
  return { generator: g.generator, results, errors: [...g.errors] };
}

interface Mutable {
  doc: Graph['documents'][number];
  entities: DocResult['entities'][number][];
  dates: DocResult['dates'][number][];
  meetings: DocResult['meetings'][number][];
  edges: DocResult['edges'][number][];
}

function sameGenerator(a: GeneratorInfo | undefined, b: GeneratorInfo, name: string): GeneratorInfo {
  if (a && (a.name !== b.name || a.version !== b.version || a.rules !== b.rules))
    throw new RunError('USAGE', `${name}: made by ${b.name} ${b.version} with rules ${b.rules.slice(0, 12)}…, not like the other parts`);
  return b;
}

export function parsePart(part: Part): Parsed {
  const first = part.text.slice(0, part.text.indexOf('\n') + 1 || undefined).trim();
  if (/^\{"type":"(header|document|error)"/.test(first)) return parseJsonl(part);
  let g: Graph;
  try {
    g = JSON.parse(part.text) as Graph;
  } catch (e) {
    throw new RunError(
      'USAGE',
      `${part.name}: neither a JSON graph nor extract's JSON Lines (${(e as Error).message.replace(/\s*\n\s*/g, ' ')})`,
    );
  }
  if (!Array.isArray(g.documents) || !Array.isArray(g.nodes)) throw new RunError('USAGE', `${part.name}: not a graph`);
  const dangling = Array.isArray(g.edges) ? danglingEdges(g) : [];
  if (dangling.length > 0) throw new RunError('USAGE', `${part.name}: not a valid graph: ${dangling.slice(0, 3).join('; ')}`);
  return graphToResults(g);
}

/** Merge parts into one graph, as one run over all their documents would have built it. */
export function mergeParts(parts: Iterable<Part>): Graph {
  let generator: GeneratorInfo | undefined;
  const errors: InputError[] = [];
  const results: DocResult[] = [];
  for (const part of parts) {
    const p = parsePart(part);
    if (p.generator) generator = sameGenerator(generator, p.generator, part.name);
    results.push(...p.results);
    errors.push(...p.errors);
  }
  if (!generator) throw new RunError('NO_INPUT', 'merge: no part has a header (give JSON graphs or JSONL made by extract)');
  const builder = new GraphBuilder(generator);
  for (const r of results) builder.add(r);
  for (const e of errors) builder.addError(e);
  return builder.finish();
}
