/**
 * How entity code stamps what it finds: a registered extractor reports a named outcome and the engine
 * gives back the id of the rule record that maps it (`"extractor"` + `"outcome"` in rules/*.rules.json).
 * No rule id is written in entity code; the outcome names are declared in src/engine/registry.ts
 * (test/unit/entities/outcomes.test.ts checks the rule records against them).
 */
import type { RuleSet } from '../engine/load.js';
import { outcomeRecord, paramDefault, stampOf } from '../engine/rule-ref.js';
import { ENTITY_OUTCOMES } from '../engine/registry.js';

/** Each entity extractor's named outcomes: declared once, with the callbacks, in src/engine/registry.ts. */
export { ENTITY_OUTCOMES };

export type EntityOutcomes = { readonly [E in keyof typeof ENTITY_OUTCOMES]: (typeof ENTITY_OUTCOMES)[E][number] };

/** The extractors implemented by one record each (no named outcomes). */
export const SINGLE_RECORD_EXTRACTORS = [
  'all-caps-names',
  'capital-government',
  'company-short-names',
  'coordinated-teams',
  'initial-names',
  'player-lists',
  'ranked-result-teams',
  'scorecard-names',
  'sports-teams',
  'team-nicknames',
  'the-north',
  'within-doc',
] as const;

export type SingleRecordExtractor = (typeof SINGLE_RECORD_EXTRACTORS)[number];

/** The rule id to stamp on an output of an extractor's named outcome, or of a single-record extractor. */
export interface Stamp {
  <E extends keyof EntityOutcomes>(extractor: E, outcome: EntityOutcomes[E]): string;
  (extractor: SingleRecordExtractor): string;
}

export function stamper(rules: RuleSet): Stamp {
  const cache = new Map<string, string>();
  return (extractor: string, outcome?: string): string => {
    const key = outcome === undefined ? extractor : `${extractor}/${outcome}`;
    let id = cache.get(key);
    if (id === undefined) cache.set(key, (id = stampOf(rules, extractor, outcome)));
    return id;
  };
}

/**
 * A numeric param (a window, a threshold) of the record that maps an extractor's outcome, or of a
 * single-record extractor's record: its value in the rule file, else the default the registry declares.
 */
export type ParamOf = (extractor: string, outcome: string | undefined, name: string) => number;

export function paramReader(rules: RuleSet): ParamOf {
  return (extractor, outcome, name) => {
    const value = outcomeRecord(rules, extractor, outcome)?.params?.[name] ?? paramDefault(name);
    if (typeof value !== 'number') throw new Error(`no numeric param "${name}" declared for extractor ${extractor}`);
    return value;
  };
}
