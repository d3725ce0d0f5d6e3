/** Helpers shared by the table-like formats (GraphML, CSV): typed attribute columns and scalar values. */
import type { Attributes } from '../types.js';

/** `list` is a list of strings */
export type ScalarKind = 'boolean' | 'int' | 'double' | 'string' | 'list';

export interface AttributeColumn {
  readonly name: string;
  readonly kind: ScalarKind;
}

type Value = Attributes[string];

/** Compare strings by code point (never localeCompare: output must not depend on the machine). */
export function compareCodePoints(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

function kindOf(v: Value): ScalarKind | null {
  if (v === null) return null;
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'double';
  if (Array.isArray(v)) return 'list';
  return 'string';
}

function merge(a: ScalarKind | null, b: ScalarKind | null): ScalarKind | null {
  if (a === null) return b;
  if (b === null || a === b) return a;
  if ((a === 'int' && b === 'double') || (a === 'double' && b === 'int')) return 'double';
  return 'string';
}

/** Every attribute key used by the records, sorted, with the narrowest type that holds all its values. */
export function attributeColumns(records: readonly Attributes[]): AttributeColumn[] {
  const kinds = new Map<string, ScalarKind | null>();
  for (const r of records) for (const [k, v] of Object.entries(r)) kinds.set(k, merge(kinds.get(k) ?? null, kindOf(v)));
  return [...kinds.entries()].sort((a, b) => compareCodePoints(a[0], b[0])).map(([name, kind]) => ({ name, kind: kind ?? 'string' }));
}

/** A value as one string: lists joined with ";" (neo4j's array delimiter), null as null. */
export function scalarText(v: Value | undefined): string | null {
  if (v === null || v === undefined) return null;
  if (Array.isArray(v)) return v.join(';');
  return String(v);
}

/** Distinct rule ids of a list of mentions or evidence, sorted. */
export function ruleIds(items: readonly { readonly rule?: string }[]): string[] {
  return [...new Set(items.map((m) => m.rule).filter((r): r is string => r !== undefined))].sort(compareCodePoints);
}

/** Escape text for XML/HTML content and attribute values; drops characters XML 1.0 forbids. */
const XML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
// eslint-disable-next-line no-control-regex -- these are the characters XML 1.0 forbids
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(s: string): string {
  return s.replace(XML_FORBIDDEN, '').replace(/[&<>"']/g, (c) => XML_ENTITIES[c]!);
}
