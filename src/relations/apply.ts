import type { Context } from '../context.js';
import type { Rule, RuleSet } from '../engine/load.js';
import { compilePattern, lexiconTexts, matchSentence, type CompiledPattern, type ItemMatch } from '../engine/item-pattern.js';
import type { Token } from '../tokenize/index.js';
import type { Attributes, EdgeType } from '../types.js';
import { ATTRIBUTE_GUARDS, VETO_GUARDS, type GuardInput } from './guards.js';
import { annotatedText, type Item, type SentenceItems } from './items.js';
import { edgeFits } from '../graph/relation-types.js';
import { findCallback } from '../engine/registry.js';
import type { LocalEdge } from './types.js';

const compiled = new WeakMap<RuleSet, readonly CompiledPattern[]>();

/** A bundled rule whose extractor runs its pattern (a meeting step): not an edge rule of its own. */
function runByExtractor(r: Rule): boolean {
  return r.extractor !== undefined && findCallback('extractor', r.extractor)?.runsPattern !== undefined;
}

/** The relation rules with patterns, compiled once per rule set. */
export function relationPatterns(rules: RuleSet): readonly CompiledPattern[] {
  let list = compiled.get(rules);
  if (!list) {
    const lexicons = lexiconTexts(rules.lexicons);
    list = rules.rules
      .filter((r) => r.active && r.stage === 'relations' && r.pattern !== undefined && r.output.edge !== undefined && !runByExtractor(r))
      .sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : 1))
      .map((r) => compilePattern(r, rules.macros[r.family] ?? {}, lexicons));
    compiled.set(rules, list);
  }
  return list;
}

interface EdgeSpec {
  readonly type: EdgeType;
  readonly source: string;
  readonly target: string;
  readonly attributes?: Readonly<Record<string, unknown>>;
}

/** The entity item inside a slot: the first entity item in the group's range. */
function slotItem(s: SentenceItems, m: ItemMatch, slot: string): Item | undefined {
  const g = m.groups.get(slot.replace(/^\$/, ''));
  if (!g) return undefined;
  for (let k = g[0]; k < g[1]; k++) {
    const it = s.items[k]!;
    if (it.kind === 'entity' || it.kind === 'title') return it;
  }
  return undefined;
}

/** A node id for a slot: the entity itself, or the country of an organization or place. */
function endpoint(it: Item | undefined, wantCountry: boolean): string | undefined {
  const e = it?.entity;
  if (!e) return undefined;
  if (!wantCountry || e.type === 'country') return e.id;
  return e.country ? `country:${e.country}` : undefined;
}

/** The node for a slot as its relation type allows: the entity, else (when countries are allowed) its country. */
function endpointOf(it: Item | undefined, kinds: readonly string[]): string | undefined {
  const e = it?.entity;
  if (!e) return undefined;
  if (kinds.includes(e.type)) return e.id;
  return kinds.includes('country') && e.country ? `country:${e.country}` : undefined;
}

function evidence(tokens: readonly Token[], s: SentenceItems, m: ItemMatch): { start: number; end: number } {
  const first = s.items[m.first]!;
  const last = s.items[m.last - 1]!;
  return { start: tokens[first.first]!.start, end: tokens[Math.max(first.first, last.last - 1)]!.end };
}

function attributes(spec: EdgeSpec, g: GuardInput): Attributes {
  const out: Record<string, string | boolean | null> = {};
  for (const [k, v] of Object.entries(spec.attributes ?? {})) {
    if (typeof v === 'string' && v.startsWith('@')) {
      const guard = ATTRIBUTE_GUARDS[v.slice(1)];
      const value = guard ? guard(g) : null;
      if (value !== null) out[k] = value;
    } else if (typeof v === 'string' || typeof v === 'boolean') out[k] = v;
  }
  return out;
}

/** Run every pattern rule of the relations stage over the item streams. */
export function applyPatternRules(tokens: readonly Token[], sentences: readonly SentenceItems[], ctx: Context): LocalEdge[] {
  const edges: LocalEdge[] = [];
  const seen = new Set<string>();
  for (const p of relationPatterns(ctx.rules)) {
    const rule: Rule = p.rule;
    const spec = rule.output.edge as EdgeSpec;
    for (const s of sentences) {
      for (const m of matchSentence(p, { text: s.text, itemAt: s.itemAt, annotated: () => annotatedText(s, tokens, ctx.locale) })) {
        const src = slotItem(s, m, spec.source);
        const tgt = slotItem(s, m, spec.target);
        const decl = ctx.rules.relationTypes.get(spec.type);
        if (!decl) continue;
        const source =
          spec.type === 'affiliated_with'
            ? endpoint(src, src?.entity?.type !== 'person' && spec.source !== '$org')
            : endpointOf(src, decl.source);
        const target = endpointOf(tgt, decl.target);
        if (!source || !target || source === target) continue;
        const g: GuardInput = {
          s,
          m,
          lexicon: ctx.lexicon,
          ...(src ? { source: src } : {}),
          ...(tgt ? { target: tgt } : {}),
          ...(slotItem(s, m, '$role') ? { role: slotItem(s, m, '$role')! } : {}),
        };
        if ((rule.guards ?? []).some((name) => VETO_GUARDS[name]?.(g) === false)) continue;
        const attrs = attributes(spec, g);
        if (!edgeFits(decl, source, target, attrs)) continue; // e.g. an organization in a person slot
        const key = `${spec.type}|${source}|${target}|${s.sent}|${m.first}`;
        if (seen.has(key)) continue;
        seen.add(key);
        edges.push({ type: spec.type, source, target, attributes: attrs, evidence: evidence(tokens, s, m), rule: rule.id });
      }
    }
  }
  return edges;
}
