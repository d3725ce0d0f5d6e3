/**
 * Relation types as data (rules/relation-types.json, plus any a user's rule file declares): which
 * node types an edge type joins and which attributes it carries. The same list produces the edge
 * part of the graph schema (schema/graph.schema.json is kept equal to `edgeSchema(builtin)` by
 * test/unit/graph/relation-types.test.ts) and is checked again when a rule emits an edge.
 */

export type NodeKind = 'person' | 'country' | 'place' | 'organization' | 'date' | 'meeting';

export interface AttributeSpec {
  readonly type: 'string' | 'boolean';
  readonly required?: boolean;
}

export interface RelationType {
  readonly type: string;
  readonly description: string;
  readonly source: readonly NodeKind[];
  readonly target: readonly NodeKind[];
  readonly attributes?: Readonly<Record<string, AttributeSpec>>;
}

/** The edge types the package ships (rules/relation-types.json); the test keeps the two equal. */
export const BUILTIN_EDGE_TYPES = ['leader_of', 'affiliated_with', 'participant_in', 'held_on', 'held_in'] as const;

function prefixPattern(kinds: readonly NodeKind[]): string {
  return kinds.length === 1 ? `^${kinds[0]!}:` : `^(${kinds.join('|')}):`;
}

/** The `if type … then …` clause of one relation type. */
function clause(t: RelationType): Record<string, unknown> {
  const then: Record<string, unknown> = {
    source: { pattern: prefixPattern(t.source) },
    target: { pattern: prefixPattern(t.target) },
  };
  const attrs = Object.entries(t.attributes ?? {});
  if (attrs.length > 0) {
    const required = attrs.filter(([, a]) => a.required === true).map(([k]) => k);
    then.attributes = {
      ...(required.length > 0 ? { required } : {}),
      properties: Object.fromEntries(attrs.map(([k, a]) => [k, { type: a.type }])),
    };
  }
  return { if: { properties: { type: { const: t.type } } }, then: { properties: then } };
}

/** The `type` enum and `allOf` of the graph schema's edge definition for these relation types. */
export function edgeSchema(types: readonly RelationType[]): { type: { enum: string[] }; allOf: Record<string, unknown>[] } {
  return { type: { enum: types.map((t) => t.type) }, allOf: types.map(clause) };
}

/** Does an edge fit its type (node kinds of its ends, required attributes)? Edges that do not are not emitted. */
export function edgeFits(t: RelationType, source: string, target: string, attributes: Readonly<Record<string, unknown>>): boolean {
  const kind = (id: string): string => id.slice(0, Math.max(0, id.indexOf(':')));
  if (!(t.source as readonly string[]).includes(kind(source)) || !(t.target as readonly string[]).includes(kind(target))) return false;
  return Object.entries(t.attributes ?? {}).every(([k, a]) => {
    const v = attributes[k];
    if (v === undefined || v === null) return a.required !== true;
    return typeof v === a.type;
  });
}
