/** Numbers as written in digits, in any language (the words are the locale's: src/locales/). */

/** "21st" → 21 */
export function dayOfMonth(word: string): number {
  return Number(word.replace(/\D+$/, ''));
}

/** A year as written: "2019" → 2019, "'80" / "80" → null without a century. */
export function fullYear(word: string | undefined): number | null {
  if (word === undefined) return null;
  return /^\d{4}$/.test(word) ? Number(word) : null;
}
