/**
 * Sports teams (rule organization/sports-team): in a sports report, a name that stands in a result
 * line ("Ardley 2 Varnholm 1"), a standings table ("Ardley 12 8 3 1 27") or a score card
 * ("Ardley 296, Varnholm 83 and 174") is a team, and so an organization, everywhere in that document
 * (one sense per document: "Ardley beat Varnholm by an innings" in the prose above the table).
 * Countries stay countries (a national team is named by its country) and full personal names stay
 * people (a golfer's or tennis player's line looks like a team's).
 */
import type { DocView } from './classify.js';
import { hasKind, list } from './classify.js';
import type { EntMention } from './types.js';
import { slugify } from './types.js';
import { nameOccurrences, type TokenRange } from './name-occurrences.js';
import { paramDefault } from '../engine/rule-ref.js';

export interface TeamParams {
  /** how many name-and-score segments a line needs before its names count as teams */
  readonly minSegments: number;
  /** how many numbers after a name make a standings row */
  readonly minStandingNumbers: number;
  /** the share of a report's result sides and standings rows that must name no person before those taken for people are teams too */
  readonly minTeamRowShare: number;
  /** tokens before a contest word searched for a fixture list's date */
  readonly fixtureLookBehind: number;
  /** words a side of a contest word may have */
  readonly headlineRunWords: number;
}

/** The rule's params, with the defaults src/engine/registry.ts declares when a record omits them. */
export function teamParams(params: Readonly<Record<string, unknown>> | undefined): TeamParams {
  const num = (k: keyof TeamParams): number => {
    const value = params?.[k] ?? paramDefault(k);
    if (typeof value !== 'number') throw new Error(`no numeric param "${k}" declared for sports-teams`);
    return value;
  };
  return {
    minSegments: num('minSegments'),
    minStandingNumbers: num('minStandingNumbers'),
    minTeamRowShare: num('minTeamRowShare'),
    fixtureLookBehind: num('fixtureLookBehind'),
    headlineRunWords: num('headlineRunWords'),
  };
}

const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’&.-]*`;
const NAME = String.raw`${NAME_WORD}(?: ${NAME_WORD})*`;
const SCORE = String.raw`\d+(?:-\d+)?(?![-\d])`;
const STAND_NUM = String.raw`(?:\d+(?:\.\d+)?|\.\d+|\d+/\d+|-)`;
/** a side's country or region in parentheses after its name in a result line: "Ardley (Kestow) 75" */
const QUALIFIER = String.raw`(?: \(\p{Lu}\p{Ll}[\p{L}\p{M}. -]*\))?`;

interface Span {
  readonly start: number;
  readonly end: number;
}

/** A team's name span, and the kind of line that named it. */
export interface TeamSpan extends Span {
  readonly line: 'result' | 'standing' | 'score-card' | 'contest';
}

/** Is this a sports report? A word of the sports lexicon in its first line ("SOCCER - …"), or a first word that opens with one. */
export function isSportsReport(v: DocView): boolean {
  const nl = v.text.indexOf('\n');
  const head = (nl < 0 ? v.text : v.text.slice(0, nl)).toLowerCase();
  const sports = list(v, 'sports');
  const words = head.split(/[^\p{L}]+/u);
  // "BASKETBALLSOCCER - …": a first word that two sports were glued into still opens with one
  return words.some((w) => sports.has(w)) || [...sports].some((s) => words[0]?.startsWith(s) === true);
}

/** Parenthesised parts blanked out (offsets kept): "(P. Ardley 4-38)" holds players, not teams. */
function blankParentheses(line: string): string {
  let depth = 0;
  let out = '';
  for (const ch of line) {
    if (ch === '(') depth++;
    out += depth > 0 ? ' '.repeat(ch.length) : ch;
    if (ch === ')' && depth > 0) depth--;
  }
  return out;
}

/** Name spans of one line that a result, standings row or score card marks as teams. */
export function teamSpansInLine(line: string, offset: number, p: TeamParams): TeamSpan[] {
  const out: TeamSpan[] = [];
  const at = (s: number, name: string, kind: TeamSpan['line']): TeamSpan => ({
    start: offset + s,
    end: offset + s + name.length,
    line: kind,
  });
  const result = new RegExp(String.raw`^\s*(${NAME})${QUALIFIER} (\d+) (${NAME})${QUALIFIER} (\d+)\s*(?:\(.*\))?\.?\s*$`, 'u').exec(line);
  if (result) {
    const [, a, , b] = result;
    const sa = line.indexOf(a!);
    out.push(at(sa, a!, 'result'), at(line.indexOf(b!, sa + a!.length), b!, 'result'));
    return out;
  }
  const standing = new RegExp(String.raw`^\s*(${NAME})((?:\s+${STAND_NUM}){${p.minStandingNumbers},})\.?\s*$`, 'u').exec(line);
  if (standing) return [at(line.indexOf(standing[1]!), standing[1]!, 'standing')];
  const blank = blankParentheses(line);
  const segment = new RegExp(String.raw`(?:^|[:,;]\s*)(${NAME}) ${SCORE}\b`, 'gu');
  const found: TeamSpan[] = [];
  for (const m of blank.matchAll(segment)) {
    const name = m[1]!;
    found.push(at(m.index + m[0].indexOf(name), name, 'score-card'));
  }
  return found.length >= p.minSegments ? found : [];
}

/** Tagger tags of the words that close a name in a headline in capitals ("AS", "IN", "AND"). */
const CLOSING_TAGS = ['Preposition', 'Conjunction', 'Determiner'];

/**
 * A run of capitalized words that ends just before (dir -1) or starts just after (dir 1) token i, in its sentence.
 * In a headline in capitals (`stops` given) the run also ends at a function word ("AS", "IN": the lexicon
 * or the tagger's prepositions, conjunctions and determiners) or a dash, and a run
 * that nothing ends within `maxWords` words (param headlineRunWords) is no name.
 */
function capitalRun(v: DocView, i: number, dir: 1 | -1, maxWords: number, stops?: ReadonlySet<string>): Span | null {
  const sent = v.tokens[i]!.sent;
  const boundary = stops ? /[,;:()]|\s-\s/ : /[,;:()]/;
  let k = i + dir;
  const run: number[] = [];
  let ended = false;
  while (run.length < maxWords) {
    const t = v.tokens[k];
    const closes = stops !== undefined && (stops.has(t?.norm ?? '') || CLOSING_TAGS.some((tag) => t?.tags.has(tag)));
    if (!t || t.sent !== sent || !/^\p{Lu}/u.test(t.text) || closes) {
      ended = true;
      break;
    }
    const between = dir === 1 ? v.tokens[k - 1]!.post : t.post;
    if (boundary.test(between) && run.length > 0) {
      ended = true;
      break;
    }
    run.push(k);
    if (dir === -1 && boundary.test(v.tokens[k - 1]?.post ?? ',')) {
      ended = true;
      break;
    }
    k += dir;
  }
  if (run.length === 0 || (stops && !ended)) return null;
  const a = Math.min(...run);
  const b = Math.max(...run);
  return { start: v.tokens[a]!.start, end: v.tokens[b]!.end };
}

/** The sentences written all in capitals (a headline): capitals there do not mark names. */
export function capsSentences(v: DocView): Set<number> {
  const lower = new Set<number>();
  const all = new Set<number>();
  for (const t of v.tokens) {
    all.add(t.sent);
    if (/\p{Ll}/u.test(t.text)) lower.add(t.sent);
  }
  return new Set([...all].filter((s) => !lower.has(s)));
}

/** The mention that ends just before (dir -1) or starts just after (dir 1) token i, in its sentence. */
function adjacentMention(v: DocView, mentions: readonly EntMention[], i: number, dir: 1 | -1): Span | null {
  const sent = v.tokens[i]!.sent;
  const m = mentions.find((x) => (dir === 1 ? x.first === i + 1 : x.last === i) && v.tokens[x.first]!.sent === sent);
  return m ? { start: v.tokens[m.first]!.start, end: v.tokens[m.last - 1]!.end } : null;
}

/** Does a lower-case word follow the span in its sentence, so that the span is only part of a longer name? */
function continuesLowerCase(v: DocView, s: Span): boolean {
  const last = v.tokens.find((t) => t.end === s.end);
  const next = last ? v.tokens[last.i + 1] : undefined;
  const joined = next !== undefined && /^\s+$/.test(last!.post) && !/\S/.test(next.pre);
  return joined && next.sent === last!.sent && /^\p{Ll}/u.test(next.text);
}

/** Does a date end just before token i, in its sentence ("May 18", "June 25-27")? */
function fixtureDate(v: DocView, i: number, lookBehind: number): boolean {
  const sent = v.tokens[i]!.sent;
  for (let k = i - 1; k >= 0 && k >= i - lookBehind; k--) {
    const t = v.tokens[k]!;
    if (t.sent !== sent) return false;
    if (t.tags.has('Month')) return true;
    if (!/^[\d–-]+$/u.test(t.text)) return false;
  }
  return false;
}

/**
 * Names on both sides of a contest word in prose ("Ardley beat Varnholm", "Ardley v Varnholm"). In a headline
 * in capitals every word looks like a name ("DORNE HOMERS TWICE AS ARDLEY BEAT KESTOW IN FINAL"), so there a
 * side is a name already found right next to the contest word, else a short run of words that a function
 * word, a dash, a number or the end closes (lexicon/function-words.json).
 */
function contestSpans(v: DocView, mentions: readonly EntMention[], p: TeamParams): TeamSpan[] {
  const words = list(v, 'contest-words');
  const caps = capsSentences(v);
  const stops = list(v, 'function-words');
  const out: TeamSpan[] = [];
  for (const t of v.tokens) {
    if (!words.has(t.norm)) continue;
    const inCaps = caps.has(t.sent);
    const side = (dir: 1 | -1): Span | null =>
      inCaps
        ? (adjacentMention(v, mentions, t.i, dir) ?? capitalRun(v, t.i, dir, p.headlineRunWords, stops))
        : capitalRun(v, t.i, dir, p.headlineRunWords);
    const before = side(-1);
    const after = side(1);
    if (before && after) out.push({ ...before, line: 'contest' }, { ...after, line: 'contest' });
    // a fixture list names the opponent after a date: "May 18 v Kestow", "June 25-27 v Ardley Rovers"
    // ("Duke of Ardley's XI" is cut short by "of": no side there)
    else if (after && fixtureDate(v, t.i, p.fixtureLookBehind) && !continuesLowerCase(v, after)) out.push({ ...after, line: 'contest' });
  }
  return out;
}

/** Every line of the text with its offset. */
function lines(text: string): { line: string; offset: number }[] {
  const out: { line: string; offset: number }[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    out.push({ line, offset });
    offset += line.length + 1;
  }
  return out;
}

/** Token range [first, last) that covers exactly the characters [start, end), or null. */
export function tokenRange(v: DocView, s: Span): { first: number; last: number } | null {
  let first = -1;
  let last = -1;
  for (const t of v.tokens) {
    if (t.end <= s.start) continue;
    if (t.start >= s.end) break;
    if (first < 0) first = t.i;
    last = t.i + 1;
  }
  if (first < 0) return null;
  const a = v.tokens[first]!;
  const b = v.tokens[last - 1]!;
  return a.start === s.start && b.end >= s.end - 1 ? { first, last } : null;
}

/** A name that is not a team: a country, a demonym, a place of the lexicon, a month or day, or a word of the not-names list. */
function excluded(v: DocView, r: { first: number; last: number }, name: string): boolean {
  if (list(v, 'not-names').has(name.toLowerCase())) return true;
  for (let i = r.first; i < r.last; i++) {
    const t = v.tokens[i]!;
    if (t.tags.has('Month') || t.tags.has('WeekDay') || t.tags.has('Date')) return true;
    const h = v.hitAt.get(i);
    // countries, and the nations of the places lexicon ("Wales"), field national sides: they stay countries and places
    if (
      h &&
      h.first === r.first &&
      h.last === r.last &&
      h.entries.some((e) => e.kind === 'country' || e.kind === 'demonym' || e.kind === 'place')
    )
      return true;
  }
  return false;
}

/** Where a team's name stands elsewhere in the report, less venues and datelines (places there). */
export function teamOccurrences(v: DocView, words: readonly string[]): TokenRange[] {
  return nameOccurrences(v, words).filter(({ first, last }) => {
    const prev = v.tokens[first - 1];
    const next = v.tokens[last];
    // a venue: "at Ardley", "in Ardley", and the home side of a fixture list's "KESTOW AT ARDLEY", is where a game
    // is played; the side before "at" is the visiting team ("Kestow at Ardley")
    if (prev?.norm === 'at' || prev?.norm === 'in') return false;
    // a dateline ("ARDLEY 1996-08-30") names the place the report was filed from
    return !(next && next.sent === v.tokens[first]!.sent && (next.tags.has('Date') || /^\d{4}-\d{2}-\d{2}$/.test(next.text)));
  });
}

/** A full personal name (two or more words) is a player, never a team. */
const isFullPerson = (m: EntMention): boolean => m.type === 'person' && m.last - m.first >= 2;

/** Does the first word of a mention carry a first-name tag of the tagger ("Ada")? */
const opensWithFirstName = (v: DocView, m: EntMention): boolean =>
  ['FirstName', 'MaleName', 'FemaleName'].some((tag) => v.tokens[m.first]!.tags.has(tag));

/** The surnames of the document's full personal names ("Dorne" of "P. Dorne"): players' figures look like teams' scores. */
function playerSurnames(v: DocView, mentions: readonly EntMention[], claimed: ReadonlySet<EntMention>): Set<string> {
  const out = new Set<string>();
  for (const m of mentions)
    if (isFullPerson(m) && !claimed.has(m)) out.add(v.tokens[m.last - 1]!.text.replace(/[’']s$|[.,;:]$/u, '').toLowerCase());
  return out;
}

/** The rules of place mentions that name a city or region by itself (others are venues, regions of the lexicon, datelines). */
const cityRules = (v: DocView): Set<string> =>
  new Set([v.stamp('chunks', 'known-place'), v.stamp('lexicon', 'capital'), v.stamp('bare-names', 'after-preposition')]);

/**
 * A city or county named on its own in a sports report is its team ("Essex reached 372", "joined Ardley from
 * Varnholm", "Kestow's lead over Brill"), unless the text places something there: "at Ardley", "in Ardley",
 * "Ardley, Kestow" (a town and its region), a dateline.
 */
function cityTeam(v: DocView, m: EntMention, cities: ReadonlySet<string>): boolean {
  if (m.type !== 'place' || !cities.has(m.rule)) return false;
  const prev = v.tokens[m.first - 1];
  const next = v.tokens[m.last];
  const last = v.tokens[m.last - 1]!;
  const sent = v.tokens[m.first]!.sent;
  if (prev && prev.sent === sent && (prev.norm === 'at' || prev.norm === 'in' || /,\s*$/.test(prev.post))) return false;
  if (next && next.sent === sent && (next.norm === 'at' || next.tags.has('Date') || /^\d{4}-\d{2}-\d{2}$/.test(next.text))) return false;
  if (/,\s*$/.test(last.post) && next && next.sent === sent && /^\p{Lu}/u.test(next.text) && !/,/.test(next.post)) return false;
  // "(Ardley)" after a venue, "the Ardley meeting", "the Kestow club": where, not who
  if (/\(\s*$/.test(v.tokens[m.first]!.pre) && /^\s*\)/.test(last.post)) return false;
  if (prev?.norm === 'the' && next && next.sent === sent && /^\p{Ll}/u.test(next.text)) return false;
  // "the National Tennis Centre": a venue's own name
  return !hasKind(v.hitAt.get(last.i), 'place-head', 'org-head');
}

/**
 * A lone name taken for a person that a sports report uses as a team: after "the" ("the Ardleys blanked",
 * "The Varnholm Rovers remained") or before a noun for a club's people ("Ardley owner Ada Lund",
 * "Kestow defender"). The names of the document's full personal names are never teams.
 */
function personTeams(v: DocView, mentions: readonly EntMention[], players: ReadonlySet<string>): Set<string> {
  const members = list(v, 'team-member-nouns');
  const out = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'person' || (m.titles?.length ?? 0) > 0 || m.via !== undefined) continue;
    // "the Kestow Rovers" is a team; "the Ada Lund" is no one's way of naming a person, but a first name says person
    if (isFullPerson(m) && (opensWithFirstName(v, m) || v.tokens[m.first - 1]?.norm !== 'the')) continue;
    const label = m.label.toLowerCase();
    if (players.has(label)) continue;
    const prev = v.tokens[m.first - 1];
    const next = v.tokens[m.last];
    const last = v.tokens[m.last - 1]!;
    const sent = last.sent;
    const afterThe = prev?.norm === 'the' && prev.sent === sent && /^\s+$/.test(prev.post);
    const beforeMember = next !== undefined && next.sent === sent && /^\s+$/.test(last.post) && members.has(next.text);
    if (afterThe || beforeMember) out.add(m.id);
  }
  return out;
}

/**
 * The full personal names that are teams after all: a name taken for a person only by its shape (no title, no
 * first name) that is a whole side of a result line ("Ardley Vale 2 Kestow 1") or a standings row, in a report
 * whose result sides and standings rows mostly name no person (a golf leaderboard or a squash draw names people
 * on every line).
 */
function claimedPersons(v: DocView, mentions: readonly EntMention[], spans: readonly TeamSpan[], p: TeamParams): Set<EntMention> {
  const personAt = (s: TeamSpan): EntMention | undefined => {
    const r = tokenRange(v, s);
    return r ? mentions.find((m) => isFullPerson(m) && m.first < r.last && r.first < m.last) : undefined;
  };
  const rows = spans.filter((s) => s.line === 'result' || s.line === 'standing');
  const teamRows = rows.filter((s) => personAt(s) === undefined).length;
  if (rows.length === 0 || teamRows / rows.length < p.minTeamRowShare) return new Set();
  const out = new Set<EntMention>();
  for (const s of rows) {
    const m = personAt(s);
    const r = tokenRange(v, s);
    if (!m || !r || m.first !== r.first || m.last !== r.last) continue;
    if ((m.titles?.length ?? 0) > 0 || opensWithFirstName(v, m)) continue;
    out.add(m);
  }
  return out;
}

/** organization/sports-team: retype the teams of a sports report; other mentions are kept. */
export function sportsTeams(v: DocView, input: readonly EntMention[], rule: string, p: TeamParams): EntMention[] {
  let mentions = input;
  if (!isSportsReport(v)) return [...mentions];
  const teams = new Map<string, string[]>();
  const spans = [...lines(v.text).flatMap(({ line, offset }) => teamSpansInLine(line, offset, p)), ...contestSpans(v, mentions, p)];
  const claimed = claimedPersons(v, mentions, spans, p);
  const claimedNames = new Set([...claimed].map((m) => m.label.toLowerCase()));
  // a person of the same name as a claimed one is that team too ("Ardley Vale" in the prose above the results)
  const isPlayer = (m: EntMention): boolean => isFullPerson(m) && !claimedNames.has(m.label.toLowerCase());
  const players = playerSurnames(v, mentions, claimed);
  {
    for (const s of spans) {
      const name = v.text.slice(s.start, s.end);
      const r = tokenRange(v, s);
      if (!r || excluded(v, r, name) || players.has(name.toLowerCase())) continue;
      if (mentions.some((m) => isPlayer(m) && m.first < r.last && r.first < m.last)) continue;
      teams.set(name, name.split(' '));
    }
  }
  const named = personTeams(v, mentions, players);
  const cityRuleIds = cityRules(v);
  const cities = mentions.map((m): EntMention => {
    if (m.type === 'person' && named.has(m.id))
      return { type: 'organization', first: m.first, last: m.last, id: `organization:${slugify(m.label)}`, label: m.label, rule };
    if (!cityTeam(v, m, cityRuleIds)) return m;
    const { country: _country, ...rest } = m;
    return { ...rest, type: 'organization', id: `organization:${slugify(m.label)}`, rule };
  });
  if (teams.size === 0) return cities;
  mentions = cities;
  const added: EntMention[] = [];
  const taken = new Set<number>();
  const names = [...teams.keys()].sort((a, b) => teams.get(b)!.length - teams.get(a)!.length || (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    for (const r of teamOccurrences(v, teams.get(name)!)) {
      if (taken.has(r.first) || taken.has(r.last - 1)) continue;
      const clash = mentions.filter((m) => m.first < r.last && r.first < m.last);
      if (clash.some((m) => isPlayer(m) || m.type === 'country' || m.first < r.first || m.last > r.last)) continue;
      for (let i = r.first; i < r.last; i++) taken.add(i);
      added.push({ type: 'organization', first: r.first, last: r.last, id: `organization:${slugify(name)}`, label: name, rule });
    }
  }
  const kept = mentions.filter((m) => !(taken.has(m.first) && m.type !== 'country'));
  return [...kept, ...added];
}
