import type { LexiconFile } from '../engine/load.js';
import { listAlternation } from '../tokenize/lexicon.js';
import type { Edit } from './view.js';

/** Text repairs that keep the original intact: HTML entities and UTF-8 read as Latin-1. */

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  eacute: 'é',
  copy: '©',
};

export function entityEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  const re = /&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const body = m[1]!;
    let ch: string | undefined;
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)) ch = String.fromCodePoint(code);
    } else ch = NAMED[body.toLowerCase()];
    if (ch !== undefined) edits.push({ start: m.index, end: m.index + m[0].length, replacement: ch, reason: 'html-entity' });
  }
  return edits;
}

/** "Egyptâ\u0080\u0099s" → "Egypt’s", "Â " → " ": runs of Latin-1 chars that decode as UTF-8. */
export function mojibakeEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  const re = /[\u00c2-\u00f4][\u0080-\u00bf]{1,3}/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const bytes = Buffer.from(m[0], 'latin1');
    const decoded = bytes.toString('utf8');
    if (decoded.includes('\ufffd') || Buffer.byteLength(decoded) !== bytes.length) continue;
    const replacement = decoded === '\u00a0' ? ' ' : decoded;
    edits.push({ start: m.index, end: m.index + m[0].length, replacement, reason: 'mojibake' });
  }
  // a lone "Â" before a space or letter (a non-breaking space that lost its second byte)
  const lone = /\u00c2(?=[\s\p{L}])/gu;
  for (let m = lone.exec(text); m; m = lone.exec(text)) {
    edits.push({ start: m.index, end: m.index + 1, replacement: ' ', reason: 'mojibake' });
  }
  return edits;
}

/** Markdown emphasis and heading markers: "**Yonhap**" reads as "Yonhap". */
export function markdownEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  const re = /\*\*|__|^#{1,6}\s/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    edits.push({ start: m.index, end: m.index + m[0].length, replacement: ' '.repeat(m[0].length), reason: 'markdown' });
  }
  return edits;
}

/**
 * Spacing that scraped text lost: "U.S.-led" → "U.S. led", "China(LEAD)" → "China (LEAD)",
 * "Washington.auto" → "Washington. auto". Each edit replaces one character, so offsets stay exact.
 */
export function spacingEdits(text: string, lexicons: ReadonlyMap<string, LexiconFile>): Edit[] {
  const edits: Edit[] = [];
  const former = listAlternation(lexicons, 'former-modifiers');
  const heads = listAlternation(lexicons, 'hyphen-compound-heads');
  const rules: readonly [RegExp, string][] = [
    [/(?<=\p{Lu}\.)-(?=\p{L})/gu, ' '],
    // "ex-President", "then-Premier" (lexicon/former-modifiers.json, any case)
    [new RegExp(`(?<=\\b${former})-(?=\\p{Lu})`, 'giu'), ' '],
    // "U.S.-led", "Soviet-era" (lexicon/hyphen-compound-heads.json)
    [new RegExp(`(?<=\\p{L})-(?=${heads}\\b)`, 'gu'), ' '],
    [/(?<=\p{L}\p{L})\((?=\p{L})/gu, ' ('],
    // compromise keeps 'said "… end." Next' as one sentence: a line break after the closing quote splits it
    [/(?<=[.!?]["”’'])[ \t](?=["“]?\p{Lu})/gu, '\n'],
    [/(?<=\p{Ll}{3})\.(?=\p{Ll}{3,}\b)/gu, '. '],
  ];
  for (const [re, replacement] of rules) {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      edits.push({ start: m.index, end: m.index + m[0].length, replacement, reason: 'spacing' });
    }
  }
  return edits;
}
