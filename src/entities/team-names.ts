/**
 * Teams a sports report names outside result lines and standings, one sense per document:
 * - organization/team-nickname: a nickname in the plural after "the" ("the Varnholm Comets", "the
 *   Kestrels and Herons"), a team everywhere in the report ("Kestrels shortstop", "the Herons' loss");
 * - organization/ranked-result-team: in a ranked result line of a rider or a driver, the name after the
 *   person's country in parentheses is the person's team ("1. Ada Lund (Kestow) Varnholm Tools 4 hours").
 */
import type { Token } from '../tokenize/index.js';
import type { DocView } from './classify.js';
import { hasKind, list } from './classify.js';
import type { TokenRange } from './name-occurrences.js';
import type { EntMention } from './types.js';
import { slugify } from './types.js';
import { capsSentences, isSportsReport, teamOccurrences, tokenRange } from './teams.js';

/** A word's text without a possessive or a trailing stop: "Herons'" → "Herons". */
const bareWord = (t: Token): string => t.text.replace(/[’']s$|[’'.,;:]$/u, '');

/** A capitalized word in the plural: "Kestrels", "Herons", "Blacks" (not "Ross", not "Abbas" of one letter before s). */
const PLURAL = /^\p{Lu}[\p{L}-]*[^sS'’\W]s$/u;

const PLACE_TAGS = ['Place', 'City', 'Region', 'Country'];

const isFullPerson = (m: EntMention): boolean => m.type === 'person' && m.last - m.first >= 2;

/**
 * Retype a team's name at the given ranges and wherever else the report names it (less venues and
 * datelines): the mentions inside are replaced; a country or an organization there already, or a mention
 * reaching beyond the name, is kept.
 * A person at a seed range is the team (`claimSeeds`: a ranked line's team taken for a person by its shape).
 */
function teamEverywhere(
  v: DocView,
  mentions: readonly EntMention[],
  name: string,
  seeds: readonly TokenRange[],
  rule: string,
  claimSeeds: boolean,
): EntMention[] {
  const words = name.split(' ');
  const ranges = [...seeds, ...teamOccurrences(v, words)];
  const taken = new Set<number>();
  const added: EntMention[] = [];
  const seedStarts = new Set(seeds.map((s) => s.first));
  for (const r of ranges) {
    if (taken.has(r.first)) continue;
    const clash = mentions.filter((m) => m.first < r.last && r.first < m.last);
    const claims = claimSeeds && (seedStarts.has(r.first) || clash.every((m) => m.label === name));
    if (
      clash.some(
        (m) => m.type === 'country' || m.type === 'organization' || m.first < r.first || m.last > r.last || (isFullPerson(m) && !claims),
      )
    )
      continue;
    for (let i = r.first; i < r.last; i++) taken.add(i);
    added.push({ type: 'organization', first: r.first, last: r.last, id: `organization:${slugify(name)}`, label: name, rule });
  }
  if (added.length === 0) return [...mentions];
  return [...mentions.filter((m) => !(taken.has(m.first) && m.type !== 'country')), ...added];
}

/** The surnames of the report's full personal names: a player's name is never a team's nickname. */
function surnames(v: DocView, mentions: readonly EntMention[]): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) if (isFullPerson(m)) out.add(bareWord(v.tokens[m.last - 1]!).toLowerCase());
  return out;
}

/** Is token k a plural word that may end a nickname (no country, place, person's surname, event or non-name word)? */
function nicknameWord(v: DocView, k: number, players: ReadonlySet<string>): boolean {
  const t = v.tokens[k]!;
  const word = bareWord(t);
  const lower = word.toLowerCase();
  if (!PLURAL.test(word) || players.has(lower)) return false;
  if (list(v, 'sports-event-nouns').has(lower) || list(v, 'not-names').has(lower)) return false;
  if (PLACE_TAGS.some((tag) => t.tags.has(tag))) return false;
  return !hasKind(v.hitAt.get(k), 'country', 'demonym', 'capital', 'place', 'organization');
}

/** The capitalized words right after token i in its sentence, up to `maxWords`, no punctuation between. */
function capitalsAfter(v: DocView, i: number, maxWords: number): number[] {
  const run: number[] = [];
  const sent = v.tokens[i]!.sent;
  for (let k = i + 1; run.length < maxWords; k++) {
    const t = v.tokens[k];
    if (!t || t.sent !== sent || !/^\p{Lu}/u.test(t.text) || /[,;:()]/.test(v.tokens[k - 1]!.post)) break;
    run.push(k);
  }
  return run;
}

/** organization/team-nickname: nicknames in the plural after "the" in a sports report, and a plural coordinated with one. */
export function teamNicknames(v: DocView, input: readonly EntMention[], rule: string, maxWords: number): EntMention[] {
  if (!isSportsReport(v)) return [...input];
  const caps = capsSentences(v);
  const locatives = list(v, 'locative-prepositions');
  const players = surnames(v, input);
  const names = new Map<string, TokenRange[]>();
  const note = (first: number, last: number): void => {
    const name = v.tokens
      .slice(first, last)
      .map((t, k) => (first + k === last - 1 ? bareWord(t) : t.text))
      .join(' ');
    names.set(name, [...(names.get(name) ?? []), { first, last }]);
  };
  for (const t of v.tokens) {
    if (t.norm !== 'the' || caps.has(t.sent)) continue;
    const prev = v.tokens[t.i - 1];
    // "in the Highlands", "into the Kestrels": where, not who
    if (prev && prev.sent === t.sent && locatives.has(prev.norm)) continue;
    const run = capitalsAfter(v, t.i, maxWords);
    const end = run[run.length - 1];
    if (end === undefined || !nicknameWord(v, end, players)) continue;
    const next = v.tokens[end + 1];
    // "the Kestrels' Ada Lund", fine; "the Herons Trophy": a longer name goes on
    if (next && next.sent === t.sent && /^\p{Lu}/u.test(next.text) && !/[,;:()]/.test(v.tokens[end]!.post)) continue;
    note(run[0]!, end + 1);
    // "the Kestrels and Herons split a doubleheader"
    const and = v.tokens[end + 1];
    const other = v.tokens[end + 2];
    if (and?.norm === 'and' && and.sent === t.sent && other && other.sent === t.sent && nicknameWord(v, other.i, players)) {
      const after = v.tokens[other.i + 1];
      if (!(after && after.sent === t.sent && /^\p{Lu}/u.test(after.text))) note(other.i, other.i + 1);
    }
  }
  let mentions: EntMention[] = [...input];
  const order = [...names.keys()].sort((a, b) => b.split(' ').length - a.split(' ').length || (a < b ? -1 : a > b ? 1 : 0));
  for (const name of order) mentions = teamEverywhere(v, mentions, name, names.get(name)!, rule, false);
  return mentions;
}

const TEAM_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’&.-]*`;
/**
 * "1. Ada Lund (Kestow) Varnholm Tools 4 hours 48 mins", "2. Tomas Brill (Ardley), Kestow Motors, 54.483",
 * "3. Ivo Dorne (Tarn) Varnholm same time": a rank, a person, the person's country, then the team, closed by
 * a comma, a number, a lower-case word or the end of the line.
 */
const RANKED = new RegExp(
  String.raw`^\s*\d+\.\s+\p{Lu}[^()\d\n]*?\s\((?:\p{Lu}[\p{L}. ]*)\),?\s+(${TEAM_WORD}(?: ${TEAM_WORD})*)(?=\s*$|,|\s+\d|\s+\p{Ll})`,
  'u',
);

/** organization/ranked-result-team: the team after a rider's or driver's country in a ranked result line. */
export function rankedResultTeams(v: DocView, input: readonly EntMention[], rule: string): EntMention[] {
  if (!isSportsReport(v)) return [...input];
  const names = new Map<string, TokenRange[]>();
  let offset = 0;
  for (const line of v.text.split('\n')) {
    const m = RANKED.exec(line);
    if (m) {
      const name = m[1]!;
      const start = offset + m.index + m[0].length - name.length;
      const r = tokenRange(v, { start, end: start + name.length });
      if (r && !hasKind(v.hitAt.get(r.first), 'country', 'demonym')) names.set(name, [...(names.get(name) ?? []), r]);
    }
    offset += line.length + 1;
  }
  let mentions: EntMention[] = [...input];
  for (const [name, seeds] of [...names].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    mentions = teamEverywhere(v, mentions, name, seeds, rule, true);
  return mentions;
}

/** The mention that starts at token i, or ends just before it (dir -1), in the sentence of token `at`. */
const mentionAt = (v: DocView, ms: readonly EntMention[], i: number, dir: 1 | -1, at: number): EntMention | undefined =>
  ms.find((m) => (dir === 1 ? m.first === i : m.last === i) && v.tokens[m.first]!.sent === v.tokens[at]!.sent);

/** A one-word person taken by its shape alone, or a one-word place: what a list of teams may hold besides teams. */
function loneName(m: EntMention, players: ReadonlySet<string>): boolean {
  if (m.last - m.first !== 1) return false;
  if (m.type === 'place') return true;
  return m.type === 'person' && (m.titles?.length ?? 0) === 0 && m.via === undefined && !players.has(m.label.toLowerCase());
}

/**
 * organization/coordinated-team: in a sports report, a one-word name in a list with a team ("Ardley and Kestow",
 * "Ardley, Kestow and Brill") is a team too, everywhere in that report.
 */
export function coordinatedTeams(v: DocView, input: readonly EntMention[], rule: string, teamRules: ReadonlySet<string>): EntMention[] {
  if (!isSportsReport(v)) return [...input];
  const players = surnames(v, input);
  const teams = new Set(input.filter((m) => m.type === 'organization' && teamRules.has(m.rule)));
  const found = new Map<string, TokenRange[]>();
  const queue = [...teams];
  for (let q = queue.shift(); q !== undefined; q = queue.shift()) {
    const t = q;
    const after = v.tokens[t.last];
    const lastPost = v.tokens[t.last - 1]!.post;
    // the next item: ", Kestow" or "and Kestow"
    const next = /^,\s*$/.test(lastPost)
      ? mentionAt(v, input, t.last, 1, t.first)
      : after?.norm === 'and' && /^\s+$/.test(lastPost)
        ? mentionAt(v, input, t.last + 1, 1, t.first)
        : undefined;
    // the item before: "Ardley, " or "Ardley and "
    const before = v.tokens[t.first - 1];
    const prev =
      before?.norm === 'and'
        ? mentionAt(v, input, t.first - 1, -1, t.first)
        : before && /^,\s*$/.test(before.post)
          ? mentionAt(v, input, t.first, -1, t.first)
          : undefined;
    for (const c of [next, prev]) {
      if (!c || !loneName(c, players) || hasKind(v.hitAt.get(c.first), 'country', 'demonym', 'capital', 'place')) continue;
      const m: EntMention = { ...c, type: 'organization' };
      if ([...teams].some((x) => x.first === c.first)) continue;
      teams.add(m);
      queue.push(m);
      found.set(c.label, [...(found.get(c.label) ?? []), { first: c.first, last: c.last }]);
    }
  }
  let mentions: EntMention[] = [...input];
  for (const [name, seeds] of [...found].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    mentions = teamEverywhere(v, mentions, name, seeds, rule, false);
  return mentions;
}
