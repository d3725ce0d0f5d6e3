import type { BUILTIN_EDGE_TYPES, RelationType } from './graph/relation-types.js';
/** Domain types shared by every stage. Offsets in the graph are Unicode code points. */

export type DateSource = 'option' | 'text' | 'metadata' | 'manifest' | null;
export type TextFrom = 'text' | 'html' | 'markdown' | 'jsonl';
export type EntityType = 'person' | 'country' | 'place' | 'organization';
export type NodeType = EntityType | 'date' | 'meeting';
/** The bundled edge types (rules/relation-types.json); a user's rule file may declare more. */
export type BuiltinEdgeType = (typeof BUILTIN_EDGE_TYPES)[number];
export type EdgeType = BuiltinEdgeType | (string & Record<never, never>);
export type MeetingKind = 'summit' | 'meeting' | 'talks' | 'visit' | 'call';
export type MeetingStatus = 'occurred' | 'planned' | 'proposed' | 'cancelled' | 'negated';

export type ErrorCode =
  | 'NOT_FOUND'
  | 'UNREADABLE'
  | 'NOT_TEXT'
  | 'DECODE_ERROR'
  | 'TOO_LARGE'
  | 'BAD_RECORD'
  | 'TOO_SLOW'
  | 'OUT_OF_MEMORY'
  | 'USAGE'
  | 'WRITE_FAILED'
  | 'NO_INPUT'
  | 'RULES_INVALID'
  | 'GOLD_INVALID'
  | 'BAD_DATE'
  | 'OUTPUT_INVALID'
  | 'INTERNAL';

/** A document as read, before any processing. `path` is its unique key. */
export interface SourceDoc {
  readonly path: string;
  readonly text: string;
  readonly sha256: string;
  readonly title?: string | null;
  readonly date?: string | null;
  readonly dateSource?: DateSource;
  readonly textFrom?: TextFrom;
  readonly url?: string;
}

/** A per-input problem: it goes to graph.errors and the run continues. */
export interface InputError {
  readonly path: string;
  readonly code: ErrorCode;
  readonly message: string;
  readonly line?: number;
}

/** Half-open [start, end) range in code points of the document text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Where something was found and which rule found it (plus merges/promotions in `via`). */
export interface Mention extends Span {
  readonly text: string;
  readonly rule: string;
  readonly via?: readonly string[];
}

export type Attributes = Readonly<Record<string, string | number | boolean | null | readonly string[]>>;

/** An entity as found in one document; `id` is the global node id (person:slug, country:ISO…). */
export interface DocEntity {
  readonly id: string;
  readonly type: EntityType;
  readonly label: string;
  readonly aliases: readonly string[];
  readonly attributes: Attributes;
  readonly mentions: readonly Mention[];
}

/** The TimeML type of a time expression: a calendar date, a time of day, a length of time, a recurrence. */
export type Timex = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface DocDate {
  /** normalized value, or null when it cannot be resolved */
  readonly value: string | null;
  readonly timex: Timex;
  readonly label: string;
  readonly mentions: readonly Mention[];
}

/** A meeting in one document; `localId` (1, 2, …) becomes `meeting:<doc>:<n>` in the graph. */
export interface DocMeeting {
  readonly localId: number;
  readonly label: string;
  readonly kind: MeetingKind;
  readonly status: MeetingStatus;
  readonly date: string | readonly string[] | null;
  readonly mentions: readonly Mention[];
}

/** Edge endpoints inside a DocResult: a node id, or `meeting#<localId>` for this document's meetings. */
export interface DocEdge {
  readonly type: EdgeType;
  readonly source: string;
  readonly target: string;
  readonly attributes: Attributes;
  readonly evidence: readonly Mention[];
}

export interface DocumentInfo {
  readonly path: string;
  readonly sha256: string;
  readonly chars: number;
  readonly title: string | null;
  readonly date: string | null;
  readonly dateSource: DateSource;
  readonly textFrom?: TextFrom;
  readonly url?: string;
}

/** Output of the per-document map: self-contained, holds no document text. */
export interface DocResult {
  readonly doc: DocumentInfo;
  readonly entities: readonly DocEntity[];
  readonly dates: readonly DocDate[];
  readonly meetings: readonly DocMeeting[];
  readonly edges: readonly DocEdge[];
  readonly errors: readonly InputError[];
}

// ---- the graph contract (../shared/spec/OUTPUT.md) ----

/** A document of the graph: its per-document info under the node id the graph gives it. */
export interface GraphDocument extends DocumentInfo {
  readonly id: string;
}

export interface GraphMention extends Span {
  readonly doc: string;
  readonly text: string;
  readonly rule?: string;
  readonly via?: readonly string[];
}

export interface GraphNode {
  readonly id: string;
  readonly type: NodeType;
  readonly label: string;
  readonly aliases?: readonly string[];
  readonly attributes: Attributes;
  readonly mentions: readonly GraphMention[];
}

export interface GraphEvidence extends GraphMention {
  readonly rule: string;
}

export interface GraphEdge {
  readonly id: string;
  readonly type: EdgeType;
  readonly source: string;
  readonly target: string;
  readonly attributes: Attributes;
  readonly evidence: readonly GraphEvidence[];
}

export interface Graph {
  readonly version: '1.0';
  readonly generator: {
    readonly name: string;
    readonly version: string;
    readonly rules: string;
    /** the edge types the rule set declared beyond the bundled ones (a user's --rules file); absent when none */
    readonly relationTypes?: readonly RelationType[];
  };
  readonly documents: readonly GraphDocument[];
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  readonly errors: readonly InputError[];
}

export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: InputError };
