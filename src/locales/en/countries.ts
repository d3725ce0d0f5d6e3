/**
 * The English country names, demonyms and capitals: the world-countries package (its English
 * names and `demonyms.eng`), read once per process and only when a lexicon is built (the bundled
 * rule set's lexicon is cached at build time, see engine/lexicon-cache.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { LocaleCountry } from '../types.js';

interface WorldCountry {
  readonly cca2: string;
  readonly independent: boolean | null;
  readonly unMember: boolean;
  readonly name: { readonly common: string; readonly official: string };
  readonly altSpellings: readonly string[];
  readonly capital: readonly string[];
  readonly demonyms?: { readonly eng?: { readonly m: string; readonly f: string } };
}

let countries: readonly LocaleCountry[] | undefined;

export function worldCountries(): readonly LocaleCountry[] {
  countries ??= (createRequire(import.meta.url)('world-countries') as readonly WorldCountry[]).map((c) => {
    const dem = c.demonyms?.eng;
    return {
      iso: c.cca2,
      recognized: c.independent === true || c.unMember || ['PS', 'TW', 'XK', 'EH'].includes(c.cca2),
      name: c.name.common,
      official: c.name.official,
      altNames: c.altSpellings,
      demonyms: dem ? [dem.m, dem.f] : [],
      capitals: c.capital,
    };
  });
  return countries;
}

export function worldCountriesVersion(): string {
  const main = createRequire(import.meta.url).resolve('world-countries');
  const pkg = JSON.parse(fs.readFileSync(path.join(path.dirname(main), 'package.json'), 'utf8')) as { version?: string };
  return `world-countries@${pkg.version ?? '?'}`;
}

/** A name written in the Latin script, without the diacritics of transliterations ("Tōkyō"). */
export function isLatin(s: string): boolean {
  return /^[\p{Script=Latin}\s.'’,()-]+$/u.test(s) && !/[āēīōūǎǐǒǔṣḥ]/u.test(s);
}

// not word lists: English demonym suffixes (spelling patterns matched at a word's end, not words)
export function pluralDemonym(d: string): string | null {
  if (/(ese|ish|ch|ss|i)$/i.test(d) && !/i$/i.test(d)) return null;
  if (/i$/i.test(d)) return `${d}s`;
  if (/(an|er|ian|ite|ot|ic)$/i.test(d)) return `${d}s`;
  return null;
}
