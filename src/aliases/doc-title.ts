/**
 * A document's title when no metadata gave one: the `title:` of a header block at the top (YAML
 * front matter, or "title: …" lines), its quotes removed; otherwise the first line that reads
 * like a headline. A dateline ("Posted on : 2023-04-05"), a label ("PUBLISHED:"), a breadcrumb
 * ("You are here: :: ::") or a one-word section kicker above the headline is never the title,
 * nor is a kicker on the headline's own line ("WORLD | …", "EXCLUSIVE: …", "Politics — …").
 */
import { frontMatter } from '../input/markdown.js';
import { readable } from '../clean/readable.js';
import { classifyLine } from '../clean/furniture.js';
import { applyEdits } from '../clean/view.js';
import { wikiEdits } from '../clean/wikitext.js';
import type { Locale } from '../locales/types.js';

const HEADER_LINE = /^[A-Za-z_]{2,20}\s*:(\s|$)/;
const TITLE_LINE = /^title\s*:\s*(.*)$/i;

function unquote(s: string): string {
  const t = s.trim();
  const m = /^"(.*)"$|^'(.*)'$/.exec(t);
  return (m ? (m[1] ?? m[2]!) : t).replace(/\s+/g, ' ').trim();
}

/** The top header block's lines ("---" … "---", or two or more "key: value" lines). */
function headerLines(lines: readonly string[]): { lines: readonly string[]; end: number } {
  if (lines[0]?.trim() === '---') {
    const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
    return close > 0 ? { lines: lines.slice(1, close), end: close + 1 } : { lines: [], end: 0 };
  }
  let i = 0;
  while (i < lines.length && HEADER_LINE.test(lines[i]!)) i++;
  return i >= 2 ? { lines: lines.slice(0, i), end: i } : { lines: [], end: 0 };
}

function headerTitle(text: string, header: readonly string[]): string | null {
  const fm = frontMatter(text);
  if (fm?.title) return readable(fm.title);
  for (const l of header) {
    const m = TITLE_LINE.exec(l.trim());
    if (m && unquote(m[1]!) !== '') return readable(unquote(m[1]!));
  }
  return null;
}

/** The words of a line that are neither numbers nor month names (a month is read by its first three letters, as in dates/). */
function plainWords(line: string, locale: Locale): string[] {
  return line
    .split(/\s+/)
    .filter((w) => w !== '' && !/\d/.test(w))
    .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter((w) => w !== '' && locale.monthNumber(w) === 0);
}

/**
 * A line that is one wiki element and nothing else: a namespaced link such as an image with its
 * caption ("[[Image:x.jpg|thumb|Protesters march]]") or a category, or a template ("{{date|…}}").
 */
const WIKI_ELEMENT_LINE = /^\s*(?:\[\[[^[\]|]*:[^[\]]*\]\]|\{\{[^{}]*\}\})\s*$/;

/** A line that dates or files the article rather than naming it. */
function notAHeadline(line: string, locale: Locale): boolean {
  if (line.length < 3 || line.length > 200 || !/\p{L}/u.test(line)) return true;
  if (/:$/.test(line)) return true; // a label: "PUBLISHED:"
  if (line.split(/\s+/).filter((w) => /^[^\p{L}\p{N}]{2,}$/u.test(w)).length >= 2) return true; // "You are here: :: ::"
  const hasDate = /\d{4}|\d{1,2}[/.:-]\d{1,2}/.test(line);
  return hasDate && plainWords(line, locale).length <= 2; // "Posted on : 2023-04-05", "15:17 EST, 8 April 2012"
}

/** Words, all capitals: "WORLD", "BREAKING NEWS", "U.S." (at least two letters). */
const ALL_CAPS = /^(?=(?:[^\p{L}]*\p{L}){2})[\p{Lu}\p{N}\s&'’./-]+$/u;
const wordCount = (s: string): number => s.split(/\s+/).filter((w) => w !== '').length;

/**
 * The headline without a section kicker on its own line: of "WORLD | Leaders meet in Oslo | Site",
 * the first part between pipes that reads like a headline; "EXCLUSIVE: …" and "BREAKING NEWS: …"
 * (a short all-capitals label before a colon); "Politics — …" and "WORLD – …" (one capitalized word,
 * or up to three in capitals, before a spaced dash, the headline going on with a capital). What is
 * left must have three words or more, so "Morrow: I will win" and "Morrow — the long road" are kept.
 */
export function withoutKicker(line: string, locale: Locale): string {
  const headline = (s: string): boolean => plainWords(s, locale).length >= 3;
  const parts = line.split(/\s*[|¦]\s*/).filter((p) => p !== '');
  if (parts.length > 1) return parts.find(headline) ?? line;
  const colon = /^([^:]{2,30}):\s+(.+)$/u.exec(line);
  if (colon && wordCount(colon[1]!) <= 3 && ALL_CAPS.test(colon[1]!) && headline(colon[2]!)) return colon[2]!;
  const dash = /^(\S+(?:\s\S+){0,2})\s+[—–-]+\s+(\p{Lu}.*)$/u.exec(line);
  if (dash && (ALL_CAPS.test(dash[1]!) || /^\p{Lu}\p{Ll}+$/u.test(dash[1]!)) && headline(dash[2]!)) return dash[2]!;
  return line;
}

/** The title from the document's own lines (as read, furniture left out: clean/ may join wrapped lines). */
export function titleFromText(sourceText: string, locale: Locale): string | null {
  const lines = sourceText.split(/\r\n|\r|\n|\u2028|\u2029/);
  const header = headerLines(lines);
  const fromHeader = headerTitle(sourceText, header.lines);
  if (fromHeader !== null) return fromHeader;
  // the first two headline candidates among the next 40 lines (only these two are read below)
  const candidates: string[] = [];
  for (const l of lines.slice(header.end, header.end + 40)) {
    if (WIKI_ELEMENT_LINE.test(l)) continue;
    // "EXCLUSIVE: …" reads as furniture (a paywall word) until its kicker is taken off
    if (
      classifyLine(l, false, locale.furniture).kind === 'furniture' &&
      classifyLine(withoutKicker(l, locale), false, locale.furniture).kind === 'furniture'
    )
      continue;
    const line = withoutKicker(
      readable(
        applyEdits(l, wikiEdits(l))
          .text.replace(/^\s*#{1,6}\s+/, '')
          .replace(/\*\*|__|'{2,3}/g, ''),
      )
        .replace(/\s+/g, ' ')
        .replace(/\.$/, '')
        .trim(),
      locale,
    );
    if (notAHeadline(line, locale)) continue;
    candidates.push(line);
    if (candidates.length === 2) break;
  }
  const first = candidates[0];
  if (first === undefined) return null;
  // a one-word kicker ("Politics", "WORLD") above a headline
  if (plainWords(first, locale).length <= 1 && candidates[1] !== undefined && plainWords(candidates[1], locale).length >= 3)
    return candidates[1];
  return first;
}
