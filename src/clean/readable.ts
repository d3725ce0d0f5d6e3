/** A string as a reader should see it: HTML entities decoded and UTF-8-read-as-Latin-1 repaired, once (the repairs clean/ applies). */
import { entityEdits, mojibakeEdits } from './repair.js';
import { applyEdits } from './view.js';

export function readable(s: string): string {
  return applyEdits(s, [...entityEdits(s), ...mojibakeEdits(s)]).text;
}
