/** One colour per node type, shared by the picture formats (dot, html). */
import type { EdgeType, NodeType } from '../types.js';
import { BUILTIN_EDGE_TYPES } from '../graph/relation-types.js';

export const NODE_TYPES: readonly NodeType[] = ['person', 'country', 'place', 'organization', 'date', 'meeting'];
export const EDGE_TYPES: readonly EdgeType[] = BUILTIN_EDGE_TYPES;

/** fill (light, behind dark text) and stroke (strong) colours */
export const COLORS: Readonly<Record<NodeType, { readonly fill: string; readonly stroke: string }>> = {
  person: { fill: '#fde2b8', stroke: '#d97706' },
  country: { fill: '#c7e0ff', stroke: '#1d4ed8' },
  place: { fill: '#c9f0d4', stroke: '#15803d' },
  organization: { fill: '#e7d4fb', stroke: '#7e22ce' },
  date: { fill: '#e2e8f0', stroke: '#475569' },
  meeting: { fill: '#fecdd3', stroke: '#be123c' },
};

/** A colour for a type that this version does not know (graphs from newer versions). */
export const UNKNOWN_COLOR = { fill: '#f1f5f9', stroke: '#94a3b8' } as const;

export function colorOf(type: string): { readonly fill: string; readonly stroke: string } {
  return (COLORS as Readonly<Record<string, { readonly fill: string; readonly stroke: string }>>)[type] ?? UNKNOWN_COLOR;
}
