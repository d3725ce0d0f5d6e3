/**
 * The streaming JSON Lines form: a header line, then one record per document as it completes
 * (and one per input error). A record is a lossless encoding of the document's DocResult:
 * entity ids are the global ones (person:slug, country:ISO…) before the corpus-level merge of
 * single names, the document is identified by its path, and a meeting by `meeting:<path>:<n>`.
 * `extract merge` decodes records back into DocResults and runs the same reduce as one run.
 */
import type { NodeAttrs } from './types.js';
import type { DocEdge, DocResult, GraphMention, InputError, Mention } from '../types.js';
import { dateNodeId, type GeneratorInfo } from '../graph/build.js';

export const JSONL_VERSION = '1.0';

export interface HeaderRecord {
  readonly type: 'header';
  readonly version: string;
  readonly generator: GeneratorInfo;
}

export interface RecordNode {
  readonly id: string;
  readonly type: string;
  readonly label: string;
  readonly aliases?: readonly string[];
  readonly attributes: Readonly<Record<string, unknown>>;
  readonly mentions: readonly GraphMention[];
}

export interface RecordEdge extends Omit<DocEdge, 'evidence'> {
  readonly evidence: readonly GraphMention[];
}

export interface DocumentRecord {
  readonly type: 'document';
  /** the document's stable id in the stream: its path (graph ids d1…dn exist only after the reduce) */
  readonly id: string;
  readonly document: DocResult['doc'];
  readonly nodes: readonly RecordNode[];
  readonly edges: readonly RecordEdge[];
  readonly errors: readonly InputError[];
}

export interface ErrorRecord extends InputError {
  readonly type: 'error';
}

export type JsonlRecord = HeaderRecord | DocumentRecord | ErrorRecord;

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export { dateNodeId };

export function headerRecord(generator: GeneratorInfo): HeaderRecord {
  return { type: 'header', version: JSONL_VERSION, generator: { ...generator } };
}

export function errorRecord(e: InputError): ErrorRecord {
  return { type: 'error', ...e };
}

export function documentRecord(r: DocResult): DocumentRecord {
  const path = r.doc.path;
  const meeting = (id: string): string => (id.startsWith('meeting#') ? `meeting:${path}:${id.slice(8)}` : id);
  const at = (m: Mention): GraphMention => ({ doc: path, ...m });
  const nodes: RecordNode[] = [
    ...r.entities.map((e) => ({ ...e, mentions: e.mentions.map(at) })),
    ...r.dates.map((d) => ({
      id: dateNodeId(path, d.value, d.label, d.timex),
      type: 'date',
      label: d.label,
      attributes: { value: d.value, timex: d.timex },
      mentions: d.mentions.map(at),
    })),
    ...r.meetings.map((m) => ({
      id: `meeting:${path}:${m.localId}`,
      type: 'meeting',
      label: m.label,
      attributes: { kind: m.kind, status: m.status, date: m.date },
      mentions: m.mentions.map(at),
    })),
  ];
  const edges = r.edges.map((e) => ({ ...e, source: meeting(e.source), target: meeting(e.target), evidence: e.evidence.map(at) }));
  return { type: 'document', id: path, document: r.doc, nodes, edges, errors: r.errors };
}

export function formatRecord(r: JsonlRecord): string {
  return `${JSON.stringify(r)}\n`;
}

function strip(m: GraphMention): Mention {
  const { doc: _doc, ...rest } = m;
  return rest as Mention;
}

/** Decode a document record back into the DocResult it was made from. */
export function fromDocumentRecord(rec: DocumentRecord): DocResult {
  const prefix = `meeting:${rec.id}:`;
  const local = (id: string): string =>
    id.startsWith(prefix) && /^\d+$/.test(id.slice(prefix.length)) ? `meeting#${id.slice(prefix.length)}` : id;
  const entities: DocResult['entities'][number][] = [];
  const dates: DocResult['dates'][number][] = [];
  const meetings: DocResult['meetings'][number][] = [];
  for (const n of rec.nodes) {
    const mentions = n.mentions.map(strip);
    const a = n.attributes as unknown as NodeAttrs;
    if (n.type === 'date') dates.push({ value: a.value, timex: a.timex ?? 'DATE', label: n.label, mentions });
    else if (n.type === 'meeting')
      meetings.push({ localId: Number(n.id.slice(prefix.length)), label: n.label, kind: a.kind, status: a.status, date: a.date, mentions });
    else entities.push({ ...(n as unknown as DocResult['entities'][number]), mentions });
  }
  meetings.sort((x, y) => x.localId - y.localId);
  entities.sort((x, y) => cmp(x.id, y.id));
  const edges = rec.edges.map((e) => ({ ...e, source: local(e.source), target: local(e.target), evidence: e.evidence.map(strip) }));
  return { doc: rec.document, entities, dates, meetings, edges, errors: rec.errors };
}
