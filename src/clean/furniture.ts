/**
 * Page furniture: lines and blocks that are not article prose (icon labels, share buttons,
 * paywall and subscription boxes, template placeholders, metadata headers, addresses).
 * Detected by general features of a line, never by listing strings of a known page; the phrases
 * of a language ("subscribe", "read more", "Photo:") are its locale's (src/locales/en/furniture.ts).
 */
import type { FurniturePhrases } from '../locales/types.js';

const TEMPLATE = /\{\{[^}]*\}\}|\$\{[^}]*\}|<%.*%>/;
// not a word list: the Wikinews date template, a line of its own ("{{date|November 30, 2004}}"): its value is the article's date line
const DATE_TEMPLATE = /^\{\{\s*date\s*\|\s*([^{}|]+?)\s*\}\}$/i;
const URL_OR_MAIL = /(https?:\/\/\S+|www\.\S+|\b[\w.+-]+@[\w-]+(\.[\w-]+)+\b)/gi;
/** what every match of URL_OR_MAIL contains */
const URL_CUE = /:\/\/|www\.|@/i;
const GLUED_CAMEL = /[a-z][A-Z][a-z]/g;
// not a word list: the keys of a scraped file's metadata header (a file format, not English words)
const METADATA_HEADER =
  /^(title|date|category|tags|slug|src|source|author|url|id|published(?:_at)?|crawled(?:_at)?|publisher|oid|aid|content_hash|modified|updated)\s*:\s*/i;
const KEEP_VALUE = new Set(['title', 'date', 'published', 'published_at', 'crawled', 'crawled_at', 'modified', 'updated']);

export type LineKind = 'prose' | 'furniture' | 'header';

export interface LineClass {
  readonly kind: LineKind;
  /** for a `Title:`-style header line: where its value starts within the line (UTF-16) */
  readonly valueStart?: number;
  /** where the kept value ends, when markup follows it on the line (a template's closing braces) */
  readonly valueEnd?: number;
}

/** what starts a word of wordCount */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function wordCount(s: string): number {
  const m = s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu);
  return m ? m.length : 0;
}

/** Classify one line of text (without its newline). */
export function classifyLine(line: string, inHeaderBlock: boolean, phrases: FurniturePhrases): LineClass {
  const t = line.trim();
  if (t === '') return { kind: 'prose' };
  const dated = DATE_TEMPLATE.exec(t);
  if (dated) {
    const valueStart = line.indexOf(t) + t.indexOf(dated[1]!, t.indexOf('|'));
    return { kind: 'header', valueStart, valueEnd: valueStart + dated[1]!.length };
  }
  if (TEMPLATE.test(t)) return { kind: 'furniture' };
  const glued = (t.match(GLUED_CAMEL) ?? []).length;
  if (glued >= 3 && glued * 3 >= wordCount(t)) return { kind: 'furniture' };
  if (inHeaderBlock) {
    const h = METADATA_HEADER.exec(t);
    if (h) {
      const key = h[1]!.toLowerCase();
      if (KEEP_VALUE.has(key)) return { kind: 'header', valueStart: line.indexOf(t) + h[0].length };
      return { kind: 'furniture' };
    }
  }
  // no word outside links and addresses (a line without "://", "www." or "@" holds none)
  if (!LETTER_OR_DIGIT.test(t) || (URL_CUE.test(t) && !LETTER_OR_DIGIT.test(t.replace(URL_OR_MAIL, ' ')))) return { kind: 'furniture' };
  if (phrases.boilerplate.test(t)) return { kind: 'furniture' };
  if (phrases.subscription.test(t) && wordCount(t) <= 25 && !/[.!?]["”’]?\s+\p{Lu}/u.test(t)) return { kind: 'furniture' };
  if (phrases.credit.test(t)) return { kind: 'furniture' };
  return { kind: 'prose' };
}

/** Where the paywall/subscription tail of a page starts: the first of a run of furniture lines
 *  that is followed by no more than a little prose. Returns a line index or -1. */
export function furnitureTail(kinds: readonly LineKind[], lines: readonly string[]): number {
  let proseAfter = 0;
  let start = -1;
  for (let i = kinds.length - 1; i >= 0; i--) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    if (kinds[i] === 'furniture') {
      start = i;
      proseAfter = 0;
    } else {
      proseAfter += line.length;
      // a long stretch of real prose ends the tail
      if (proseAfter > 400 || (/[.!?]["”]?$/.test(line) && line.length > 160)) break;
    }
  }
  return start;
}
