/**
 * Datelines (rule place/dateline): a wire report opens with the place it was filed from, in capitals,
 * then its date ("ARDLEY 1996-08-30", "NORTH VARNHOLM, Kestow 1996-08-30"). The whole capitalized name
 * is a place, even where the tagger knew only a part of it ("YORK" of "NEW YORK"). A country keeps its
 * country mention.
 */
import type { Token } from '../tokenize/index.js';
import type { DocView } from './classify.js';
import { labelOf } from './classify.js';
import type { EntMention } from './types.js';
import { slugify } from './types.js';

const startsLine = (v: DocView, i: number): boolean => i === 0 || /\n/.test(v.tokens[i - 1]!.post + v.tokens[i]!.pre);
const capitals = (t: Token): boolean => /^\p{Lu}[\p{Lu}.'’-]+$/u.test(t.text.replace(/,$/, ''));
const isDate = (t: Token | undefined): boolean => t !== undefined && (/^\d{4}-\d{2}-\d{2}\.?$/.test(t.text) || t.tags.has('Date'));

/** The token range of each dateline's place name: capitals at the start of a line, right before a date. */
export function datelineNames(v: DocView, maxWords: number): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  for (let i = 0; i < v.tokens.length; i++) {
    if (!startsLine(v, i) || !capitals(v.tokens[i]!)) continue;
    let k = i;
    while (k < v.tokens.length && k - i < maxWords && capitals(v.tokens[k]!) && !isDate(v.tokens[k])) {
      k++;
      if (/[,\n]/.test(v.tokens[k - 1]!.post)) break;
    }
    // "NORTH VARNHOLM, Kestow 1996-08-30": a region or country after the comma, then the date
    let d = k;
    if (/,/.test(v.tokens[k - 1]?.post ?? ''))
      while (d < k + 3 && v.tokens[d] && /^\p{Lu}/u.test(v.tokens[d]!.text) && !isDate(v.tokens[d])) d++;
    const after = v.tokens[d];
    const onLine =
      after !== undefined &&
      !/\n/.test(
        v.tokens
          .slice(i, d)
          .map((t) => t.post)
          .join(''),
      );
    if (k > i && onLine && isDate(after)) out.push({ first: i, last: k });
  }
  return out;
}

/** place/dateline: the dateline's name as one place, replacing the parts of it that were found alone. */
export function datelinePlaces(v: DocView, mentions: readonly EntMention[], rule: string, maxWords: number): EntMention[] {
  let out = [...mentions];
  for (const r of datelineNames(v, maxWords)) {
    const inside = out.filter((m) => m.first >= r.first && m.last <= r.last);
    if (inside.some((m) => m.type === 'country' || (m.first === r.first && m.last === r.last))) continue;
    if (out.some((m) => m.first < r.last && r.first < m.last && (m.first < r.first || m.last > r.last))) continue;
    const label = labelOf(v, r.first, r.last);
    out = out.filter((m) => !inside.includes(m));
    out.push({ type: 'place', first: r.first, last: r.last, id: `place:${slugify(label)}`, label, rule });
  }
  return out;
}
