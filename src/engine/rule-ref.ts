/**
 * How stage code consults the compiled rule records it implements: is the rule switched on
 * (`active`), and what are its params. A rule id without a record (a --rules-dir copy that
 * dropped it) keeps running with its declared defaults; `active: false` is how a rule is
 * switched off. The relation extractors take their ids from the records (edgeRuleIds): one
 * that no record names does not run. test/rule-ids.test.ts fails when stage code names an id that no rule file defines.
 */
import { outcomeKey, type Rule, type RuleSet } from './load.js';
import { CALLBACKS } from './registry.js';

/** The record of a rule id, when the rule set has one. */
export function ruleRecord(rules: RuleSet, id: string): Rule | undefined {
  return rules.byId.get(id);
}

/** Is this rule switched on (not `active: false`)? An output of an outcome no record maps is off. */
export function ruleOn(rules: RuleSet, id: string): boolean {
  return !id.startsWith(UNMAPPED) && rules.byId.get(id)?.active !== false;
}

/** The prefix of the stamp on an output whose outcome no rule record maps (a --rules-dir copy dropped it). */
export const UNMAPPED = 'unmapped:';

/**
 * The record that implements a registered extractor's named outcome (`"extractor": X, "outcome": Y`),
 * or, for an extractor without outcomes, the record that names it.
 */
export function outcomeRecord(rules: RuleSet, extractor: string, outcome?: string): Rule | undefined {
  return rules.byOutcome.get(outcomeKey(extractor, outcome));
}

/**
 * The rule id the engine stamps on what an extractor's outcome produces: the id of the record that
 * maps it. Without such a record the stamp is `unmapped:…`, which no rule switches on, so the output
 * is dropped like that of a rule set `active: false`.
 */
export function stampOf(rules: RuleSet, extractor: string, outcome?: string): string {
  return outcomeRecord(rules, extractor, outcome)?.id ?? `${UNMAPPED}${outcomeKey(extractor, outcome)}`;
}

/** Is the record implementing this extractor (outcome) there and switched on? */
export function outcomeOn(rules: RuleSet, extractor: string, outcome?: string): boolean {
  return outcomeRecord(rules, extractor, outcome)?.active === true;
}

/** Is every rule an output was stamped with (its rule and its `via` chain) on? */
export function chainOn(rules: RuleSet, x: { readonly rule: string; readonly via?: readonly string[] | undefined }): boolean {
  return ruleOn(rules, x.rule) && (x.via ?? []).every((id) => ruleOn(rules, id));
}

/** The outputs whose rules are all on (the rest were produced by a rule that is switched off). */
export function activeOnly<T extends { readonly rule: string; readonly via?: readonly string[] | undefined }>(
  rules: RuleSet,
  xs: readonly T[],
): T[] {
  return xs.filter((x) => chainOn(rules, x));
}

/** The default of a param as the registry declares it (param names are unique across callbacks). */
export function paramDefault(name: string): number | boolean | string | undefined {
  for (const c of CALLBACKS) {
    const spec = c.params?.[name];
    if (spec) return spec.default;
  }
  return undefined;
}

/** A numeric param of a rule: the record's value (the loader fills in declared defaults), else the declared default. */
export function numParam(rules: RuleSet, id: string, name: string): number {
  const v = rules.byId.get(id)?.params?.[name] ?? paramDefault(name);
  if (typeof v !== 'number') throw new Error(`no numeric param "${name}" declared for ${id}`);
  return v;
}

/** Drop the parties found by a rule that is switched off. */
export function activeParties<T extends { readonly parties: readonly { readonly rule: string }[] }>(rules: RuleSet, xs: readonly T[]): T[] {
  return xs.map((x) =>
    x.parties.every((p) => ruleOn(rules, p.rule)) ? x : { ...x, parties: x.parties.filter((p) => ruleOn(rules, p.rule)) },
  );
}

/** Rule ids by the edge type their records output: what an extractor stamps on the edges it makes. */
export type EdgeRuleIds = Readonly<Partial<Record<string, string>>>;

/**
 * The records that name a registered extractor, as the ids it stamps, by the type of edge each
 * record outputs ("context-country": leader_of → leader/title-name-context-country, affiliated_with
 * → affiliated/title-name-context-country). Undefined when no record names it: the extractor does
 * not run. This is how stage code gets its rule ids from the rule files instead of typing them.
 */
export function edgeRuleIds(rules: RuleSet, extractor: string): EdgeRuleIds | undefined {
  const out: Record<string, string> = {};
  for (const r of rules.rules) {
    if (r.extractor !== extractor) continue;
    const type = (r.output.edge as { type?: unknown } | undefined)?.type;
    if (typeof type === 'string' && out[type] === undefined) out[type] = r.id;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The item class a rule's mentions take in relation patterns when it is not their type's (`output.mention.item`, e.g. DEM). */
export function mentionItem(rules: RuleSet, id: string): string | undefined {
  const item = (rules.byId.get(id)?.output.mention as { item?: unknown } | undefined)?.item;
  return typeof item === 'string' ? item : undefined;
}
