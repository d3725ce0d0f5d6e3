/**
 * The locales a rules folder can name in its index.json ("locale"). English is bundled; a program
 * that embeds newsgraph (or a test) may register another before it loads rules that name it.
 */
import type { Locale } from './types.js';
import { english } from './en/index.js';

export type { Locale, LocaleTerm, LocaleCountry, FurniturePhrases } from './types.js';

/** the locale of a rules folder whose index.json names none */
export const DEFAULT_LOCALE = 'en';

const locales = new Map<string, Locale>([[english.id, english]]);

/** The locale with this id, or undefined. */
export function findLocale(id: string): Locale | undefined {
  return locales.get(id);
}

/** The locale with this id; throws if there is none (the rule loader has checked the id). */
export function getLocale(id: string = DEFAULT_LOCALE): Locale {
  const l = locales.get(id);
  if (!l) throw new Error(`no locale "${id}"`);
  return l;
}

/** The ids of the known locales, sorted. */
export function localeIds(): string[] {
  return [...locales.keys()].sort();
}

/** Add a locale (an id already known is refused: the bundled ones cannot be replaced). */
export function registerLocale(locale: Locale): void {
  if (locales.has(locale.id)) throw new Error(`locale "${locale.id}" is already registered`);
  locales.set(locale.id, locale);
}
