/**
 * Initial and surname (rule person/initial-name): in a list of names, a capital letter and its dot before one
 * to three capitalized words is a person's initial ("(A. Ardley 69, H. Varno 4-38)", a batting line
 * "R. Kestow not out 46"). The tokenizer may end a sentence after a letter that is also a word ("A.", "I."),
 * and "M." is also the honorific "Monsieur", so the name is found here, on the tokens, and wins over the
 * mentions found inside it ("Varno" as a lone name, "Irani" as a demonym).
 */
import type { DocView } from './classify.js';
import { initialOfName, isLetterInitial, list, personMention, writesInitials } from './classify.js';
import { isCapitalized } from '../tokenize/norm.js';
import type { EntMention } from './types.js';

/** The end (exclusive) of the capitalized words after the initial at k, or -1. */
function nameEnd(v: DocView, k: number): number {
  const notNames = list(v, 'not-names');
  const particles = list(v, 'name-particles');
  const maxWords = v.param('initial-names', undefined, 'maxInitialNameWords');
  let j = k + 1;
  while (j < v.tokens.length && j - k - 1 < maxWords) {
    const t = v.tokens[j]!;
    const prev = v.tokens[j - 1]!;
    if (j > k + 1 && (t.sent !== prev.sent || /[^\s-]/.test(prev.post) || /[([]/.test(t.pre))) break;
    if (!(isCapitalized(t.text) || (particles.has(t.norm) && isCapitalized(v.tokens[j + 1]?.text ?? ''))) || /\d/.test(t.text)) break;
    if (notNames.has(t.norm) || isLetterInitial(t)) break;
    j++;
  }
  // never end on a particle
  while (j > k + 1 && particles.has(v.tokens[j - 1]!.norm) && !isCapitalized(v.tokens[j - 1]!.text)) j--;
  return j > k + 1 ? j : -1;
}

/** Does the initial at k open a list item: the start of a line, or after a bracket, comma or semicolon? */
function opensItem(v: DocView, k: number): boolean {
  const t = v.tokens[k]!;
  const prev = v.tokens[k - 1];
  return /[([]\s*$/.test(t.pre) || !prev || /[,;:(]\s*$|\n\s*$/.test(prev.post) || v.text.slice(prev.end, t.start).includes('\n');
}

export function initialNames(v: DocView, mentions: readonly EntMention[], rule: string): EntMention[] {
  if (!writesInitials(v)) return [...mentions];
  const found: EntMention[] = [];
  for (let k = 0; k < v.tokens.length; k++) {
    if (!initialOfName(v, k) || !opensItem(v, k)) continue;
    const end = nameEnd(v, k);
    if (end < 0) continue;
    // a mention that reaches beyond the name, or a country ("U. Ardley" never covers "Kenya"), stays
    const clash = mentions.filter((m) => m.first < end && k < m.last);
    if (clash.some((m) => m.first < k || m.last > end || m.type === 'country' || m.type === 'organization')) continue;
    const titles = clash.find((m) => m.type === 'person')?.titles ?? [];
    found.push(personMention(v, k, end, rule, titles));
    k = end - 1;
  }
  if (found.length === 0) return [...mentions];
  const taken = new Set<number>();
  for (const m of found) for (let i = m.first; i < m.last; i++) taken.add(i);
  return [...mentions.filter((m) => !taken.has(m.first)), ...found];
}
