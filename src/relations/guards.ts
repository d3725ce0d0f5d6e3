/**
 * Named guards: the logic a relation rule needs beyond its pattern. Rules name them in
 * `output.edge.attributes` ("@current") or in `guards` (vetoes); each is unit-tested.
 */
import type { Item, SentenceItems } from './items.js';
import type { ItemMatch } from '../engine/item-pattern.js';
import { phraseKey, type Lexicon } from '../tokenize/lexicon.js';

export interface GuardInput {
  readonly s: SentenceItems;
  readonly m: ItemMatch;
  readonly lexicon?: Lexicon;
  /** the item the `person` (or source) slot resolved to */
  readonly source?: Item;
  readonly target?: Item;
  readonly role?: Item;
}

/** Is a word item (or two, joined) on a word list? Item symbols join a phrase's words with "_". */
function onList(g: GuardInput, list: string, ...symbols: string[]): boolean {
  return g.lexicon?.lists.get(list)?.has(phraseKey(symbols.join(' ').replace(/_/g, ' '))) === true;
}

/**
 * false for "then", "former", "late", "ex-", "predecessor" (lexicon/not-current-cues.json) in or
 * just before the phrase, or "… died", "… was ousted" (lexicon/left-office-cues.json) right after it; true otherwise.
 */
export function current(g: GuardInput): boolean {
  const items = g.s.items;
  const from = Math.max(0, g.m.first - 3);
  for (let k = from; k < g.m.last; k++) {
    const it = items[k]!;
    if (it.kind === 'word' && onList(g, 'not-current-cues', it.symbol)) return false;
    if (it.kind === 'title' && it.title && it.title.current === false) return false;
  }
  const after = items[g.m.last];
  const after2 = items[g.m.last + 1];
  if (after && (onList(g, 'left-office-cues', after.symbol) || (after2 && onList(g, 'left-office-cues', after.symbol, after2.symbol))))
    return false;
  return true;
}

/** The canonical title of the role slot ("Prime Minister"). */
export function role(g: GuardInput): string | null {
  return g.role?.title?.value ?? null;
}

/** Veto a leader edge whose title is not a leadership title in that country ("UK chancellor"). */
export function leaderTitleValid(g: GuardInput): boolean {
  const title = g.role?.title?.value?.toLowerCase();
  const iso = g.target?.entity?.iso ?? g.target?.entity?.country;
  if (!title || !iso) return true;
  const exceptions = g.lexicon?.lists.get('title-exceptions');
  return !exceptions?.has(`${title} ${iso.toLowerCase()}`);
}

export const ATTRIBUTE_GUARDS: Readonly<Record<string, (g: GuardInput) => string | boolean | null>> = { current, role };
export const VETO_GUARDS: Readonly<Record<string, (g: GuardInput) => boolean>> = { 'leader-title-valid': leaderTitleValid };
