/**
 * Find the date mentions of a document: run every compiled date rule over the view text, keep
 * the best of overlapping matches (priority, then longer, then earlier, then id), then normalize
 * each one in text order against the document date.
 */
import type { Context } from '../context.js';
import type { Timex } from '../types.js';
import type { Sentence, Tokenized, Token } from '../tokenize/index.js';
import { tokenIndexAt } from '../tokenize/search.js';
import { dayNumber, parseDay } from './calendar.js';
import { compileDateRules, type CompiledDateRule } from './compile.js';
import type { GuardInput } from './guards.js';
import type { Direction } from './normalize/index.js';
import { cueLists, tenseOf, type TenseCue } from './tense.js';

/** A time expression in the view text (UTF-16 offsets) with its normalized value. */
export interface DateMention {
  readonly start: number;
  readonly end: number;
  readonly value: string | null;
  readonly timex: Timex;
  readonly rule: string;
}

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly rule: CompiledDateRule;
  readonly groups: Readonly<Record<string, string | undefined>>;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function candidates(text: string, rules: readonly CompiledDateRule[], tokens: readonly Token[]): Candidate[] {
  const tokenAt = (offset: number): Token | undefined => {
    const t = tokens[tokenIndexAt(tokens, offset)];
    return t !== undefined && t.start <= offset ? t : undefined;
  };
  const out: Candidate[] = [];
  for (const rule of rules) {
    rule.regex.lastIndex = 0;
    for (let m = rule.regex.exec(text); m; m = rule.regex.exec(text)) {
      if (m[0] === '') rule.regex.lastIndex++;
      const [start, end] = m.indices?.groups?.span ?? [m.index, m.index + m[0].length];
      if (end <= start) continue;
      const input: GuardInput = { text, start, end, tokenAt };
      if (rule.guards.every((g) => g(input))) out.push({ start, end, rule, groups: { ...m.groups } });
    }
  }
  return out;
}

/** Overlaps resolved: priority, then the longer span, then the earlier start, then the rule id. */
function resolve(all: readonly Candidate[]): Candidate[] {
  const ranked = [...all].sort(
    (a, b) => b.rule.priority - a.rule.priority || b.end - b.start - (a.end - a.start) || a.start - b.start || cmp(a.rule.id, b.rule.id),
  );
  const kept: Candidate[] = [];
  for (const c of ranked) if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

function toDirection(cue: TenseCue | null, presentIsFuture: boolean): Direction {
  if (cue === null) return null;
  // "agreed to buy it in February": the infinitive, not the past before it, governs a month or a day
  if (cue.pastBeforeInfinitive === true && !presentIsFuture) return null;
  // a month in a present clause of a sentence that reports in the past is the past one
  if (cue.tense === 'present') return presentIsFuture ? 'future' : cue.pastInSentence === true ? 'past' : null;
  return cue.tense;
}

/** A weekday name means one day throughout an article: its mentions vote on the direction. */
function weekdayKey(c: Candidate): string | null {
  return c.rule.normalizerName === 'weekday' && c.groups.rel === undefined ? (c.groups.weekday ?? '').slice(0, 3).toLowerCase() : null;
}

/** Whether quarter `q` (1998-Q3) had ended by day number `anchor`. */
function quarterEnded(q: string, anchor: number): boolean {
  const y = Number(q.slice(0, 4));
  const n = Number(q.slice(6));
  const end = n === 4 ? dayNumber(y + 1, 1, 1) : dayNumber(y, 3 * n + 1, 1);
  return end !== null && end <= anchor + 1;
}

/**
 * The sentence a date's tense scan reads: its own, joined with its neighbours across a break the
 * tokenizer made after an abbreviation of lexicon sentence-internal-abbreviations ("In January, a
 * week after the Roe vs. | Wade decision, a bombing killed …": the verb after the break governs).
 */
function tenseSentence(doc: Tokenized, index: number, abbreviations: ReadonlySet<string>): Sentence | undefined {
  const own = doc.sentences[index];
  if (own === undefined || abbreviations.size === 0) return own;
  const joins = (s: Sentence | undefined): boolean =>
    s !== undefined && s.last > s.first && abbreviations.has(doc.tokens[s.last - 1]!.norm) && doc.tokens[s.last - 1]!.post.startsWith('.');
  let first = index;
  while (first > 0 && joins(doc.sentences[first - 1]) && doc.sentences[first - 1]!.last === doc.sentences[first]!.first) first--;
  let last = index;
  while (
    joins(doc.sentences[last]) &&
    doc.sentences[last + 1] !== undefined &&
    doc.sentences[last]!.last === doc.sentences[last + 1]!.first
  )
    last++;
  if (first === index && last === index) return own;
  const a = doc.sentences[first]!;
  const b = doc.sentences[last]!;
  return { index, start: a.start, end: b.end, first: a.first, last: b.last };
}

export function findDateMentions(doc: Tokenized, anchorDate: string | null, ctx: Context): DateMention[] {
  const text = doc.view.text;
  const tokens = doc.tokens;
  const lists = cueLists(ctx.lexicon);
  const abbreviations = ctx.lexicon.lists.get('sentence-internal-abbreviations') ?? new Set<string>();
  const kept = resolve(candidates(text, compileDateRules(ctx.rules), tokens));
  const cues = kept.map((c) => {
    const first = tokenIndexAt(tokens, c.start);
    const last = Math.max(first + 1, tokenIndexAt(tokens, c.end));
    const sentence = tenseSentence(doc, tokens[first]?.sent ?? -1, abbreviations);
    if (!sentence) return null;
    const possessive = /^['’]s\b/.test(text.slice(c.end, c.end + 3));
    return tenseOf(tokens, sentence, first, Math.min(last, sentence.last), lists, possessive);
  });
  const votes = new Map<string, number>();
  kept.forEach((c, i) => {
    const key = weekdayKey(c);
    const dir = toDirection(cues[i] ?? null, true);
    // a tie goes to the past (news reports what happened): the past side gets a head start of 0.5
    if (key !== null && dir !== null)
      votes.set(key, (votes.get(key) ?? 0) + (dir === 'future' ? 1 : -1) * (cues[i]?.weight ?? 1) - (votes.has(key) ? 0 : 0.5));
  });
  const anchor = anchorDate === null ? null : parseDay(anchorDate);
  const out: DateMention[] = [];
  let previous: number | null = null;
  let lastQuarter: string | null = null;
  let reportQuarter: string | null = null;
  let lastDate: string | null = null;
  kept.forEach((c, i) => {
    const key = weekdayKey(c);
    const vote = key === null ? 0 : (votes.get(key) ?? 0);
    const direction =
      vote > 0 ? 'future' : vote < 0 ? 'past' : toDirection(cues[i] ?? null, key !== null || c.groups.weekday !== undefined);
    const text0 = text.slice(c.start, c.end);
    const r = c.rule.normalizer({
      groups: c.groups,
      text: text0,
      anchor,
      direction,
      previous,
      lastQuarter,
      reportQuarter,
      lastDate,
      params: c.rule.params,
      locale: ctx.locale,
    });
    if (r === null) return;
    out.push({ start: c.start, end: c.end, value: r.value, timex: r.timex ?? c.rule.timex, rule: c.rule.id });
    const day = r.value === null || (r.timex ?? c.rule.timex) === 'DURATION' ? null : parseDay(r.value);
    if (day !== null) previous = day;
    const timex = r.timex ?? c.rule.timex;
    if (r.value !== null && (timex === 'DATE' || timex === 'TIME') && /^\d{4}(?:-\d{2}){0,2}$/.test(r.value)) lastDate = r.value;
    if (r.value !== null && /^\d{4}-Q[1-4]$/.test(r.value) && c.rule.normalizerName === 'quarter' && c.groups.ord !== undefined) {
      lastQuarter = r.value;
      if (anchor !== null && quarterEnded(r.value, anchor) && (reportQuarter === null || r.value > reportQuarter)) reportQuarter = r.value;
    }
  });
  return out;
}
