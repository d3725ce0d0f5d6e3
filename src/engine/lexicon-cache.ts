/**
 * The bundled rule set's Lexicon (tokenize/lexicon.ts), built once at build time
 * (scripts/build-lexicon-cache.mjs → dist/generated/lexicon.json) instead of at every start
 * (~65 ms CPU of a one-file run: world-countries' 250 countries, the word lists' phrase keys;
 * reading the JSON back costs ~10 ms). The file records a key over everything the lexicon is made
 * from — the rule set's hash (rules, word lists and locale), the version of the locale's country source
 * (world-countries) and the builder's compiled code — and is used only when that key still matches; else the run builds as before.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { RuleSet } from './load.js';
import type { Lexicon } from '../tokenize/lexicon.js';
import type { Locale } from '../locales/types.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const LEXICON_CACHE = path.resolve(here, '..', 'generated', 'lexicon.json');
/** the builder's code (tokenize/lexicon.ts and what it imports, and the bundled locale's country reader), as compiled */
const BUILDER = ['tokenize/lexicon.js', 'tokenize/norm.js', 'locales/en/countries.js'];

/** The key of a rule set's lexicon, or undefined when the builder's compiled code is not there (e.g. under jest). */
export function lexiconKey(rules: RuleSet, locale: Locale): string | undefined {
  try {
    const h = createHash('sha256').update(rules.hash).update('\0');
    h.update(`${locale.id}\0${locale.countrySourceVersion()}\0`);
    for (const f of BUILDER)
      h.update(f)
        .update('\0')
        .update(fs.readFileSync(path.join(here, '..', f)))
        .update('\0');
    return h.digest('hex');
  } catch {
    return undefined;
  }
}

/** JSON with Maps and Sets kept as such ({"$map": [...]}, {"$set": [...]}). */
export function encodeLexicon(key: string, lexicon: Lexicon): string {
  return JSON.stringify({ key, lexicon }, (_k, v: unknown) =>
    v instanceof Map ? { $map: [...(v as Map<unknown, unknown>)] } : v instanceof Set ? { $set: [...(v as Set<unknown>)] } : v,
  );
}

/** Back from encodeLexicon: a plain parse, then one walk that turns the markers back into Maps and Sets. */
export function decodeLexicon(text: string): { readonly key: string; readonly lexicon: Lexicon } {
  const revive = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) v[i] = revive(v[i]);
      return v;
    }
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o);
    if (keys.length === 1 && keys[0] === '$map' && Array.isArray(o.$map))
      return new Map((o.$map as [unknown, unknown][]).map(([k, x]) => [revive(k), revive(x)]));
    if (keys.length === 1 && keys[0] === '$set' && Array.isArray(o.$set)) return new Set((o.$set as unknown[]).map(revive));
    for (const k of keys) o[k] = revive(o[k]);
    return o;
  };
  return revive(JSON.parse(text)) as { key: string; lexicon: Lexicon };
}

/** The lexicon the build made for this very rule set, or undefined (then build it). */
export function cachedLexicon(rules: RuleSet, locale: Locale): Lexicon | undefined {
  let text: string;
  try {
    text = fs.readFileSync(LEXICON_CACHE, 'utf8');
  } catch {
    return undefined;
  }
  const key = lexiconKey(rules, locale);
  if (key === undefined) return undefined;
  try {
    const cached = decodeLexicon(text);
    return cached.key === key ? cached.lexicon : undefined;
  } catch {
    return undefined;
  }
}
