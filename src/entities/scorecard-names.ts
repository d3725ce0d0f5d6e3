/**
 * Players named by the layout of a sports report's score card or line-up (rule person/scorecard-name):
 * - a cricket batting line credits a fielder or a bowler after a dismissal mark (lexicon
 *   cricket-dismissal-marks): "Ada Lund c Varno b Dorne 12" names Varno and Dorne;
 * - a bowling analysis gives a bowler's figures right after the name: "Bowling: Varno 7-0-29-0, Dorne 4-1-25-1";
 * - a line-up gives each player after a shirt number and a dash, with a substitute in parentheses and the
 *   minute he came on: "Kestow - 1 - Ada Lund; 2 - Ivo Varno (14 - Dorne 87th), 5 - Tomas Brill"
 *   (a line with at least `minLineupItems` such items).
 * The names are found on the text, and win over a one-word mention a team rule or a demonym gave them.
 */
import type { DocView } from './classify.js';
import { list, personMention } from './classify.js';
import type { EntMention } from './types.js';
import { isSportsReport } from './teams.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A capitalized word of a name: "Varno", "McLund", "O'Dorne", "Ata-ul-Varno". */
const WORD = String.raw`(?:\p{Lu}\p{Ll}[\p{L}'’]*|\p{Lu}['’]\p{Lu}\p{Ll}+)(?:-\p{L}+)*`;

function namePattern(v: DocView): string {
  const particles = [...list(v, 'name-particles')].sort((a, b) => b.length - a.length).map(escape);
  const p = particles.length > 0 ? String.raw`(?:(?:${particles.join('|')})[ \t]+)?` : '';
  return String.raw`${p}${WORD}(?:[ \t]+${p}${WORD}){0,2}`;
}

interface Found {
  start: number;
  end: number;
}

function scorecardSpans(v: DocView, minLineupItems: number): Found[] {
  const name = namePattern(v);
  const marks = [...list(v, 'cricket-dismissal-marks')].map(escape).join('|');
  const out: Found[] = [];
  const add = (re: RegExp, text: string, offset: number): void => {
    for (const m of text.matchAll(re)) {
      const g = m.groups?.name;
      if (g === undefined || m.index === undefined) continue;
      const start = offset + m.index + m[0].indexOf(g);
      out.push({ start, end: start + g.length });
    }
  };
  if (marks) {
    // "c Varno b Dorne 12": a name after a mark, before the next mark or the runs that end the line
    add(
      new RegExp(String.raw`(?<=(?:^|[ \t])(?:${marks})[ \t]+)(?<name>${name})(?=[ \t]+(?:(?:${marks})[ \t]|\d+[ \t]*\.?[ \t]*$))`, 'gmu'),
      v.text,
      0,
    );
  }
  // "Varno 7-0-29-0": a bowler's overs, maidens, runs and wickets
  add(new RegExp(String.raw`(?<=(?:^|[,:;])[ \t]*)(?<name>${name})(?=\s+\d+(?:\.\d+)?-\d+-\d+-\d+(?!\d))`, 'gmu'), v.text, 0);
  // "2 - Ivo Varno (14 - Dorne 87th)": a line-up's shirt numbers
  const shirt = new RegExp(
    String.raw`(?<=(?:^|[,;(])[ \t]*\d{1,2}[ \t]*-[ \t]*)(?<name>${name})(?=[ \t]*(?:[,;()]|\d{1,3}\p{Ll}{2}\b|\.?[ \t]*$))`,
    'gmu',
  );
  const sub = new RegExp(String.raw`(?<=\()(?<name>${name})(?=[ \t]+\d{1,3}\p{Ll}{2}\))`, 'gu');
  let offset = 0;
  for (const line of v.text.split('\n')) {
    if ([...line.matchAll(shirt)].length >= minLineupItems) {
      add(shirt, line, offset);
      add(sub, line, offset);
    }
    offset += line.length + 1;
  }
  return out;
}

export function scorecardNames(
  v: DocView,
  mentions: readonly EntMention[],
  rule: string,
  minLineupItems: number,
  teamRules: ReadonlySet<string>,
): EntMention[] {
  if (!isSportsReport(v)) return [...mentions];
  const found: EntMention[] = [];
  const seen = new Set<number>();
  for (const s of scorecardSpans(v, minLineupItems)) {
    const first = v.tokens.findIndex((t) => t.start === s.start);
    const lastTok = v.tokens.findIndex((t) => t.end === s.end);
    if (first < 0 || lastTok < first || seen.has(first)) continue;
    const last = lastTok + 1;
    const clash = mentions.filter((m) => m.first < last && first < m.last);
    // a mention reaching beyond the name stays, and so do a country named as such and an organization no team rule made
    const keeps = (m: EntMention): boolean =>
      m.first < first ||
      m.last > last ||
      (m.type === 'country' && m.label === v.text.slice(v.tokens[m.first]!.start, v.tokens[m.last - 1]!.end)) ||
      (m.type === 'organization' && !teamRules.has(m.rule));
    if (clash.some(keeps)) continue;
    seen.add(first);
    found.push(personMention(v, first, last, rule, clash.find((m) => m.type === 'person')?.titles ?? []));
  }
  if (found.length === 0) return [...mentions];
  const taken = new Set<number>();
  for (const m of found) for (let i = m.first; i < m.last; i++) taken.add(i);
  return [
    ...mentions.filter((m) => !(m.first < m.last && [...Array(m.last - m.first).keys()].some((k) => taken.has(m.first + k)))),
    ...found,
  ];
}

/**
 * Players in a list (rule person/player-list): in a sports report, a line's list after its last colon or
 * dash of at least `minListItems` names, one to three capitalized words each and a note in parentheses
 * at most ("Ada Lund (captain), Ivo Varno, Dorne, Brill"), of which at least `minPersonShare` are persons,
 * names persons in all its items: a one-word team or a demonym there is a player too.
 */
export function playerLists(
  v: DocView,
  mentions: readonly EntMention[],
  rule: string,
  minListItems: number,
  minPersonShare: number,
  teamRules: ReadonlySet<string>,
): EntMention[] {
  if (!isSportsReport(v)) return [...mentions];
  const item = new RegExp(String.raw`^(?:\p{Lu}\.[ \t]*)?${namePattern(v)}$`, 'u');
  const found: EntMention[] = [];
  let offset = 0;
  for (const line of v.text.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    const cut = Math.max(line.lastIndexOf(':'), line.lastIndexOf(' - ') + 2);
    const body = line.slice(cut + 1);
    const spans: { first: number; last: number }[] = [];
    let pos = lineStart + cut + 1;
    for (const raw of body.split(/[,;]/)) {
      const start = pos + (raw.length - raw.trimStart().length);
      pos += raw.length + 1;
      const text = raw
        .trim()
        .replace(/[ \t]*\([^()]*\)$/u, '')
        .replace(/\.$/u, '');
      if (!item.test(text)) continue;
      const first = v.tokens.findIndex((t) => t.start === start);
      const lastTok = v.tokens.findIndex((t) => t.end === start + text.length);
      if (first >= 0 && lastTok >= first) spans.push({ first, last: lastTok + 1 });
    }
    if (spans.length < minListItems) continue;
    const inside = (s: { first: number; last: number }): EntMention[] => mentions.filter((m) => m.first < s.last && s.first < m.last);
    const persons = spans.filter((s) => inside(s).some((m) => m.type === 'person' && m.first === s.first && m.last === s.last));
    if (persons.length < minPersonShare * spans.length) continue;
    for (const s of spans) {
      const clash = inside(s);
      if (clash.some((m) => m.type === 'person' && m.first === s.first && m.last === s.last)) continue;
      const keeps = (m: EntMention): boolean =>
        m.first < s.first ||
        m.last > s.last ||
        (m.type === 'country' && m.label === v.text.slice(v.tokens[m.first]!.start, v.tokens[m.last - 1]!.end)) ||
        (m.type === 'organization' && !teamRules.has(m.rule));
      if (clash.some(keeps)) continue;
      found.push(personMention(v, s.first, s.last, rule, []));
    }
  }
  if (found.length === 0) return [...mentions];
  const taken = new Set<number>();
  for (const m of found) for (let i = m.first; i < m.last; i++) taken.add(i);
  return [...mentions.filter((m) => ![...Array(m.last - m.first).keys()].some((k) => taken.has(m.first + k))), ...found];
}
