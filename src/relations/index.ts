import type { Context } from '../context.js';
import type { WithDates } from '../dates/index.js';
import { activeOnly } from '../engine/rule-ref.js';
import { applyPatternRules } from './apply.js';
import { contextCountries, entityCountries, possessiveRoles } from './context.js';
import { buildItems } from './items.js';
import { findMeetings } from './meetings/index.js';
import { counterparts, definiteDescriptions, lateLeaders, predecessors, type Discourse } from './resolve.js';
import { edgeRuleIds, mentionItem, ruleOn, type EdgeRuleIds } from '../engine/rule-ref.js';
import type { LocalEdge, LocalMeeting } from './types.js';

export type { LocalEdge, LocalMeeting, ViewSpan } from './types.js';

export interface WithRelations extends WithDates {
  readonly edges: readonly LocalEdge[];
  readonly meetings: readonly LocalMeeting[];
}

/** Edges to countries that the document never mentions are dropped (their node would not exist). */
function knownTargets(doc: WithDates, edges: readonly LocalEdge[]): LocalEdge[] {
  const ids = new Set(doc.entities.map((e) => e.id));
  return edges.filter((e) => ids.has(e.source) && (ids.has(e.target) || e.target.startsWith('meeting#') || e.target.startsWith('date:')));
}

/** The registered relation extractors that add edges (src/engine/registry.ts), in the order they run. */
const STEPS: readonly (readonly [string, (d: Discourse, ids: EdgeRuleIds) => LocalEdge[]])[] = [
  // predecessors first: a predecessor is no candidate for "the Danish prime minister" of today
  ['predecessor', predecessors],
  ['definite-description', definiteDescriptions],
  ['counterpart', counterparts],
  ['possessive-role', possessiveRoles],
  ['context-country', contextCountries],
  ['entity-country', entityCountries],
];

/** relations: leader_of, affiliated_with and meetings with their participants, date and place. */
export function findRelations(doc: WithDates, ctx: Context): WithRelations {
  const sentences = buildItems(
    doc,
    ctx.lexicon.lists.get('not-names') ?? new Set(),
    ctx.lexicon.lists.get('function-words') ?? new Set(),
    (rule) => mentionItem(ctx.rules, rule),
  );
  const titles = new Map<string, string[]>();
  for (const e of doc.entities)
    if (e.type === 'person' && e.titles?.length) titles.set(e.id, [...new Set([...(titles.get(e.id) ?? []), ...e.titles])]);
  const d: Discourse = {
    tokens: doc.tokens,
    sentences,
    titles,
    edges: applyPatternRules(doc.tokens, sentences, ctx),
    rules: ctx.rules,
    lexicon: ctx.lexicon,
  };
  // the extractors of the rule records, in stage order; each stamps the ids of the records that name it
  for (const [extractor, step] of STEPS) {
    const ids = edgeRuleIds(ctx.rules, extractor);
    if (ids) d.edges.push(...activeOnly(ctx.rules, step(d, ids)));
  }
  const late = edgeRuleIds(ctx.rules, 'late-remembered')?.leader_of;
  if (late !== undefined && ruleOn(ctx.rules, late)) lateLeaders(d, late);
  const meetings = findMeetings(doc, d, ctx);
  return { ...doc, edges: [...knownTargets(doc, d.edges), ...meetings.edges], meetings: meetings.meetings };
}
