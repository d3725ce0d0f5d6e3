/**
 * All-capitals names (rule alias/all-caps-name): a headline or table in capitals ("SOCCER - VARNO NAMED
 * CAPTAIN.", "TENNIS - ARDLEY, LUND ADVANCE") spells a person the body names in ordinary case ("Keld Varno",
 * "Varno said"). The capitals are too weak to find a name by themselves, so only a name the document already
 * has is taken: the full name or the surname of one person (a surname two people share is left alone).
 */
import type { DocView } from './classify.js';
import { nameOccurrences } from './name-occurrences.js';
import type { EntMention } from './types.js';

const capsWord = (s: string): boolean => /\p{Lu}{2}/u.test(s) && !/\p{Ll}/u.test(s);

export function allCapsNames(v: DocView, mentions: readonly EntMention[], rule: string): EntMention[] {
  if (!v.tokens.some((t) => capsWord(t.text))) return [...mentions];
  // spelling (words of a full name, or a surname) → the one person it names
  const byName = new Map<string, EntMention | null>();
  const offer = (words: string[], m: EntMention): void => {
    const key = words.join(' ');
    const had = byName.get(key);
    byName.set(key, had === undefined || had?.id === m.id ? m : null);
  };
  for (const m of mentions) {
    if (m.type !== 'person' || v.tokens.slice(m.first, m.last).some((t) => capsWord(t.text))) continue;
    const words = m.label.split(' ');
    offer(words, m);
    if (words.length >= 2) offer([words[words.length - 1]!], m);
  }
  const covered = new Set<number>();
  for (const m of mentions) for (let i = m.first; i < m.last; i++) covered.add(i);
  const added: EntMention[] = [];
  const keys = [...byName.keys()].sort((a, b) => b.split(' ').length - a.split(' ').length || (a < b ? -1 : a > b ? 1 : 0));
  for (const key of keys) {
    const person = byName.get(key);
    if (!person) continue;
    for (const r of nameOccurrences(v, key.split(' '))) {
      const toks = v.tokens.slice(r.first, r.last);
      if (!toks.every((t) => capsWord(t.text))) continue;
      let free = true;
      for (let i = r.first; i < r.last; i++) if (covered.has(i)) free = false;
      if (!free) continue;
      for (let i = r.first; i < r.last; i++) covered.add(i);
      const { via: _via, ...base } = person;
      added.push({ ...base, first: r.first, last: r.last, rule });
    }
  }
  return [...mentions, ...added];
}
