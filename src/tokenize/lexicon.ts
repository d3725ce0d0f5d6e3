/**
 * Phrase tables built once per process: countries, demonyms and capitals from the locale's
 * country source (English: the world-countries package), plus the word lists of the rules
 * folder (rules/en/lexicon/).
 */
import type { LexiconFile, RuleSet } from '../engine/load.js';
import type { Locale } from '../locales/types.js';
import { normToken } from './norm.js';

export type LexKind =
  | 'country'
  | 'demonym'
  | 'capital'
  | 'place'
  | 'organization'
  | 'leader-title'
  | 'role-title'
  | 'honorific'
  | 'meeting-noun'
  | 'org-head'
  | 'place-head'
  | 'name-particle'
  | 'not-name';

export interface LexEntry {
  readonly kind: LexKind;
  /** the lexicon (or package) the entry came from, kept as provenance */
  readonly source: string;
  readonly text: string;
  readonly iso?: string;
  readonly value?: string;
  readonly caseSensitive: boolean;
  readonly data: Readonly<Record<string, unknown>>;
}

export interface Lexicon {
  /** normalized phrase ("north korea", "u.s") → entries */
  readonly phrases: ReadonlyMap<string, readonly LexEntry[]>;
  readonly maxWords: number;
  readonly countryName: ReadonlyMap<string, string>;
  /** lexicon id → set of normalized phrases (for cue-word lists) */
  readonly lists: ReadonlyMap<string, ReadonlySet<string>>;
  /** lexicon id → normalized phrase → its entry (for lists whose entries carry data, e.g. a status) */
  readonly tables: ReadonlyMap<string, ReadonlyMap<string, Readonly<Record<string, unknown>>>>;
}

export function phraseKey(text: string): string {
  return text
    .split(/[\s\-–‐]+/u)
    .map(normToken)
    .filter((w) => w !== '')
    .join(' ');
}

/** Build the lexicon from the locale's countries and the rule set's word lists. */
export function buildLexicon(rules: RuleSet, locale: Locale): Lexicon {
  const phrases = new Map<string, LexEntry[]>();
  const countryName = new Map<string, string>();
  let maxWords = 1;
  const add = (
    text: string,
    e: Omit<LexEntry, 'text' | 'caseSensitive' | 'data'> & { caseSensitive?: boolean; data?: Readonly<Record<string, unknown>> },
  ): void => {
    const key = phraseKey(text);
    if (key === '') return;
    const list = phrases.get(key) ?? [];
    if (list.some((x) => x.kind === e.kind && x.iso === e.iso && x.value === e.value)) return;
    const allCaps = /\p{Lu}.*\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
    list.push({ ...e, text, caseSensitive: e.caseSensitive === true || allCaps, data: e.data ?? {} });
    phrases.set(key, list);
    maxWords = Math.max(maxWords, key.split(' ').length);
  };
  const excluded = new Set((rules.lexicons.get('country-excluded-names')?.entries ?? []).map((e) => phraseKey(e.text)));
  const usable = (s: string): boolean => locale.usableName(s);
  // the entries' provenance: the country source's name without its version ("world-countries")
  const source = locale.countrySource;
  for (const c of locale.countries()) {
    if (!c.recognized) continue;
    countryName.set(c.iso, c.name);
    const names = [c.name, c.official, ...c.altNames.filter((a) => a.length >= 4 && usable(a) && !a.includes(','))];
    for (const n of names) if (!excluded.has(phraseKey(n))) add(n, { kind: 'country', source, iso: c.iso });
    for (const a of c.altNames) if (/^[A-Z]{3,5}$/.test(a)) add(a, { kind: 'country', source, iso: c.iso, caseSensitive: true });
    for (const d of new Set(c.demonyms)) {
      if (!usable(d)) continue;
      add(d, { kind: 'demonym', source, iso: c.iso });
      const pl = locale.pluralDemonym(d);
      if (pl) add(pl, { kind: 'demonym', source, iso: c.iso });
    }
    for (const cap of c.capitals) if (usable(cap)) add(cap, { kind: 'capital', source, iso: c.iso });
  }
  const lists = new Map<string, Set<string>>();
  const tables = new Map<string, Map<string, Readonly<Record<string, unknown>>>>();
  for (const [id, lf] of rules.lexicons) {
    const set = new Set<string>();
    const table = new Map<string, Readonly<Record<string, unknown>>>();
    tables.set(id, table);
    const kind = (lf as unknown as { kind?: LexKind }).kind ?? kindOfList(id);
    for (const entry of lf.entries) {
      set.add(phraseKey(entry.text));
      table.set(phraseKey(entry.text), entry);
      if (kind) {
        const iso = typeof entry.iso === 'string' ? entry.iso : undefined;
        const value = typeof entry.value === 'string' ? entry.value : undefined;
        const e: Parameters<typeof add>[1] = {
          kind,
          source: id,
          caseSensitive: lf.caseSensitive === true || entry.caseSensitive === true,
          data: entry,
        };
        add(entry.text, { ...e, ...(iso !== undefined ? { iso } : {}), ...(value !== undefined ? { value } : {}) });
        if (kind === 'country' && iso && typeof entry.name === 'string') countryName.set(iso, entry.name);
      }
    }
    lists.set(id, set);
  }
  return { phrases, maxWords, countryName, lists, tables };
}

/** Which lexicon files feed the phrase table, and as what. */
function kindOfList(id: string): LexKind | undefined {
  const map: Readonly<Record<string, LexKind>> = {
    'country-aliases': 'country',
    'historical-states': 'country',
    'demonym-aliases': 'demonym',
    'capital-aliases': 'capital',
    places: 'place',
    organizations: 'organization',
    'leader-titles': 'leader-title',
    'role-titles': 'role-title',
    'job-titles': 'role-title',
    honorifics: 'honorific',
    'org-heads': 'org-head',
    'place-heads': 'place-head',
    'name-particles': 'name-particle',
    'not-names': 'not-name',
  };
  return map[id];
}

const exactWords = new WeakMap<Lexicon, Map<string, ReadonlySet<string>>>();

/**
 * Is a word, exactly as written (case-sensitive, not normalized), an entry of a word list of
 * the rules folder's lexicon/ (rules/en/lexicon/)? The stand-in for an inline `/^(a|b|c)$/.test(word)`.
 */
export function isListWord(lexicon: Lexicon, id: string, word: string): boolean {
  let byId = exactWords.get(lexicon);
  if (!byId) exactWords.set(lexicon, (byId = new Map<string, ReadonlySet<string>>()));
  let set = byId.get(id);
  if (!set) {
    set = new Set([...(lexicon.tables.get(id)?.values() ?? [])].map((e) => String(e.text)));
    byId.set(id, set);
  }
  return set.has(word);
}

const alternations = new WeakMap<ReadonlyMap<string, LexiconFile>, Map<string, string>>();

/**
 * A word list of the rules folder (rules/en/lexicon/) as a regex group `(?:a|b|c)` of its entries as written (regex
 * characters escaped), for text-level patterns; `(?!)` (never matches) if the list is missing or empty.
 */
export function listAlternation(lexicons: ReadonlyMap<string, LexiconFile>, id: string): string {
  let byId = alternations.get(lexicons);
  if (!byId) alternations.set(lexicons, (byId = new Map<string, string>()));
  let group = byId.get(id);
  if (group === undefined) {
    const words = (lexicons.get(id)?.entries ?? []).map((e) => e.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    group = words.length > 0 ? `(?:${words.join('|')})` : '(?!)';
    byId.set(id, group);
  }
  return group;
}
