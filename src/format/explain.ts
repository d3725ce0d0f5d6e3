/** `extract explain`: one document with every rule that fired and what it produced, as plain text for rule writers. */
import type { Attributes, Graph, GraphDocument } from '../types.js';
import { compareCodePoints, scalarText } from './attributes.js';

interface Fired {
  readonly start: number;
  readonly line: string;
}

function attrs(a: Attributes): string {
  const parts = Object.entries(a).map(([k, v]) => `${k}: ${scalarText(v) ?? 'null'}`);
  return parts.length > 0 ? ` {${parts.join(', ')}}` : '';
}

const span = (s: { start: number; end: number }): string => `[${s.start}, ${s.end})`;

/** rule id → what it produced in this document (mentions it found or merged, edges it supports). */
function firedRules(graph: Graph, docId: string): Map<string, Fired[]> {
  const fired = new Map<string, Fired[]>();
  const add = (rule: string, f: Fired): void => {
    fired.set(rule, [...(fired.get(rule) ?? []), f]);
  };
  for (const n of graph.nodes)
    for (const m of n.mentions) {
      if (m.doc !== docId) continue;
      const line = `${span(m)} ${JSON.stringify(m.text)} → ${n.id}`;
      if (m.rule) add(m.rule, { start: m.start, line });
      for (const v of m.via ?? []) add(v, { start: m.start, line: `${line} (found by ${m.rule ?? '?'})` });
    }
  for (const e of graph.edges)
    for (const ev of e.evidence) {
      if (ev.doc !== docId) continue;
      const line = `${e.id} ${e.source} —${e.type}→ ${e.target}${attrs(e.attributes)}\n      evidence ${span(ev)} ${JSON.stringify(ev.text)}`;
      add(ev.rule, { start: ev.start, line });
      for (const v of ev.via ?? []) add(v, { start: ev.start, line: `${line} (found by ${ev.rule})` });
    }
  return fired;
}

/** The text with each (non-overlapping) mention written as [text](node id). */
function annotate(graph: Graph, docId: string, text: string): string {
  const ms = graph.nodes
    .flatMap((n) => n.mentions.filter((m) => m.doc === docId).map((m) => ({ ...m, id: n.id })))
    .sort((a, b) => a.start - b.start || b.end - a.end || compareCodePoints(a.id, b.id));
  const cps = Array.from(text);
  let out = '';
  let at = 0;
  for (const m of ms) {
    if (m.start < at || cps.slice(m.start, m.end).join('') !== m.text) continue;
    out += `${cps.slice(at, m.start).join('')}[${m.text}](${m.id})`;
    at = m.end;
  }
  return out + cps.slice(at).join('');
}

function header(d: GraphDocument): string {
  const date = d.date ? `date ${d.date} (${d.dateSource ?? 'unknown source'})` : 'no date';
  return `${d.path}\n  ${d.id} · ${d.chars} characters · ${date}${d.title ? ` · title ${JSON.stringify(d.title)}` : ''}\n`;
}

/**
 * Explain one document of a graph. `text` is the document's text (for the annotated copy);
 * `ruleIds`, when given, lets the report name the rules that did not fire.
 */
export function explainDocument(graph: Graph, docId: string, text?: string, ruleIds: readonly string[] = []): string {
  const doc = graph.documents.find((d) => d.id === docId);
  if (!doc) return `no document ${docId} in the graph\n`;
  const fired = firedRules(graph, docId);
  const parts = [header(doc)];
  if (text !== undefined) parts.push(`\n── text, each mention as [text](node) ──\n${annotate(graph, docId, text).trimEnd()}\n`);
  parts.push(`\n── rules that fired: ${fired.size} ──\n`);
  for (const rule of [...fired.keys()].sort(compareCodePoints)) {
    const items = [...fired.get(rule)!].sort((a, b) => a.start - b.start || compareCodePoints(a.line, b.line));
    parts.push(`${rule} (${items.length})\n${items.map((f) => `    ${f.line}\n`).join('')}`);
  }
  const silent = ruleIds.filter((r) => !fired.has(r));
  if (silent.length > 0) parts.push(`\n── rules that did not fire: ${silent.length} ──\n${silent.map((r) => `  ${r}\n`).join('')}`);
  const errors = graph.errors.filter((e) => e.path === doc.path);
  if (errors.length > 0) parts.push(`\n── errors ──\n${errors.map((e) => `  ${e.code} ${e.message}\n`).join('')}`);
  return parts.join('');
}
