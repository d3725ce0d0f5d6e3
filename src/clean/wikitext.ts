import type { Edit } from './view.js';

/**
 * Wiki link markup (Wikinews, Wikipedia dumps): "[[w:Target|Label]]" and "[[Label]]" read as
 * their label, "[http://… label]" as its label (the URL itself is masked as a URL). The target
 * of a link is page furniture; only the rendered label is text. Offsets stay exact.
 */
export function wikiEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  const link = /\[\[([^[\]\n]*\|)?[^[\]|\n]*\]\]/g;
  for (let m = link.exec(text); m; m = link.exec(text)) {
    const open = 2 + (m[1]?.length ?? 0);
    edits.push({ start: m.index, end: m.index + open, replacement: '', reason: 'wiki-link' });
    edits.push({ start: m.index + m[0].length - 2, end: m.index + m[0].length, replacement: '', reason: 'wiki-link' });
  }
  const external = /\[(?:https?:\/\/|www\.)[^\s\]]+[ \t]([^[\]\n]*)\]/g;
  for (let m = external.exec(text); m; m = external.exec(text)) {
    edits.push({ start: m.index, end: m.index + 1, replacement: '', reason: 'wiki-link' });
    edits.push({ start: m.index + m[0].length - 1, end: m.index + m[0].length, replacement: '', reason: 'wiki-link' });
  }
  return edits;
}
