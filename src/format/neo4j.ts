/**
 * neo4j-admin import CSV: nodes.csv (`id:ID`, `:LABEL`) and relationships.csv (`:START_ID`, `:END_ID`, `:TYPE`).
 *   neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv --multiline-fields=true
 */
import type { Attributes, Graph } from '../types.js';
import { attributeColumns, ruleIds, scalarText, type AttributeColumn, type ScalarKind } from './attributes.js';

const NEO4J_TYPE: Readonly<Record<ScalarKind, string>> = {
  boolean: 'boolean',
  int: 'long',
  double: 'double',
  string: 'string',
  list: 'string[]',
};

/** A cell a spreadsheet would run as a formula: it starts with = + - @ (or tab / CR); plain numbers are left alone. */
const FORMULA = /^[=+\-@\t\r]/;
const NUMBER = /^-?\d+(\.\d+)?$/;

/** --csv-safe: a formula-like cell gets a leading apostrophe ('=HYPERLINK(…) is shown as text, not run). */
export function csvSafeCell(v: string): string {
  return FORMULA.test(v) && !NUMBER.test(v) ? `'${v}` : v;
}

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; quotes doubled. */
export function csvField(v: string | null, safe = false): string {
  if (v === null) return '';
  if (safe) v = csvSafeCell(v);
  return /[",\r\n]/.test(v) || v !== v.trim() ? `"${v.replace(/"/g, '""')}"` : v;
}

function csvLine(fields: readonly (string | null)[], safe = false): string {
  return `${fields.map((f) => csvField(f, safe)).join(',')}\n`;
}

/** A node type as a neo4j label: person → Person. */
export function neo4jLabel(type: string): string {
  return type.charAt(0).toUpperCase() + type.slice(1);
}

function attributeHeader(columns: readonly AttributeColumn[], taken: ReadonlySet<string>): string[] {
  return columns.map((c) => `${taken.has(c.name) ? `attr_${c.name}` : c.name}:${NEO4J_TYPE[c.kind]}`);
}

function attributeFields(columns: readonly AttributeColumn[], a: Attributes): (string | null)[] {
  return columns.map((c) => scalarText(a[c.name]));
}

function nodesCsv(graph: Graph, safe: boolean): string {
  const cols = attributeColumns(graph.nodes.map((n) => n.attributes));
  const fixed = ['id:ID', ':LABEL', 'label:string', 'aliases:string[]', 'mentions:long'];
  let out = csvLine([...fixed, ...attributeHeader(cols, new Set(['id', 'label', 'aliases', 'mentions']))]);
  for (const n of graph.nodes) {
    const aliases = n.aliases && n.aliases.length > 0 ? n.aliases.join(';') : null;
    out += csvLine([n.id, neo4jLabel(n.type), n.label, aliases, String(n.mentions.length), ...attributeFields(cols, n.attributes)], safe);
  }
  return out;
}

function relationshipsCsv(graph: Graph, safe: boolean): string {
  const cols = attributeColumns(graph.edges.map((e) => e.attributes));
  const fixed = [':START_ID', ':END_ID', ':TYPE', 'id:string', 'rules:string[]', 'evidence:string'];
  let out = csvLine([...fixed, ...attributeHeader(cols, new Set(['id', 'rules', 'evidence']))]);
  for (const e of graph.edges) {
    const evidence = e.evidence.map((x) => x.text).join(' | ');
    out += csvLine(
      [e.source, e.target, e.type.toUpperCase(), e.id, ruleIds(e.evidence).join(';'), evidence, ...attributeFields(cols, e.attributes)],
      safe,
    );
  }
  return out;
}

/**
 * `safe` (--csv-safe): cells that start with = + - @ get a leading apostrophe, so that a graph made
 * from someone else's articles cannot plant a formula in a spreadsheet that opens the CSV. Off by
 * default: neo4j-admin imports the text as it is, and the apostrophe would become part of the value.
 */
export function formatNeo4j(graph: Graph, safe = false): Readonly<Record<string, string>> {
  return { 'nodes.csv': nodesCsv(graph, safe), 'relationships.csv': relationshipsCsv(graph, safe) };
}
