import type { SourceDoc } from '../types.js';
import type { Context } from '../context.js';
import { classifyLine, type LineKind } from './furniture.js';
import { entityEdits, markdownEdits, mojibakeEdits, spacingEdits } from './repair.js';
import { applyEdits, type Edit, type TextView } from './view.js';
import { wikiEdits } from './wikitext.js';

export { mapRange, type TextView } from './view.js';

export interface CleanDoc {
  readonly source: SourceDoc;
  readonly view: TextView;
}

interface Line {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\r|\n|\u2028|\u2029/g;
  let pos = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push({ start: pos, end: m.index, text: text.slice(pos, m.index) });
    pos = m.index + m[0].length;
  }
  lines.push({ start: pos, end: text.length, text: text.slice(pos) });
  return lines;
}

/** Front matter ("---" … "---" at the top) or a block of "Key: value" lines at the top. */
function headerBlockEnd(lines: readonly Line[]): number {
  if (lines[0]?.text.trim() === '---') {
    for (let i = 1; i < lines.length; i++) if (lines[i]!.text.trim() === '---') return i + 1;
    return 0;
  }
  let i = 0;
  while (i < lines.length && /^[A-Za-z_]{2,20}\s*:\s/.test(lines[i]!.text)) i++;
  return i >= 2 ? i : 0;
}

/**
 * The start of a trailing run of furniture and short lines (a paywall box, a footer); wrapped prose
 * is no tail, and the tail never reaches into the header block (front matter's "---" lines are
 * furniture: a short body after them is the article, not a footer).
 */
function tailStart(lines: readonly Line[], kinds: readonly LineKind[], wrapped: ReadonlySet<number>, headerEnd: number): number {
  let start = lines.length;
  let furniture = 0;
  for (let i = lines.length - 1; i >= headerEnd; i--) {
    const t = lines[i]!.text.trim();
    if (t === '') continue;
    if (kinds[i] === 'furniture') {
      furniture++;
      start = i;
    } else if (t.length > 100 || wrapped.has(i) || (t.split(/\s+/).length >= 8 && /[.!?"”]$/.test(t))) break;
  }
  return furniture >= 2 ? start : lines.length;
}

const WRAP_WIDTH_MAX = 100;
const WRAP_FILL = 0.6;
const WRAP_MIN_LINES = 3;
const WRAP_LOWER_SHARE = 0.3;

/**
 * Lines of hard-wrapped prose that run on into the next line. In a block of at least three
 * non-empty lines, none longer than a wrap width and with many lower-case words, a line that fills
 * most of the width is cut by the wrap, not ended ("… with President Ada\nMorrow of …").
 */
function hardWrapped(lines: readonly Line[], from: number): Set<number> {
  const out = new Set<number>();
  let i = from;
  while (i < lines.length) {
    if (lines[i]!.text.trim() === '') {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && lines[j]!.text.trim() !== '') j++;
    const texts = lines.slice(i, j).map((l) => l.text.trim());
    const width = texts.reduce((w, t) => Math.max(w, t.length), 0); // not Math.max(...): a block may have 10⁵ lines
    const words = texts.join(' ').split(/\s+/);
    const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
    if (j - i >= WRAP_MIN_LINES && width <= WRAP_WIDTH_MAX && lower >= WRAP_LOWER_SHARE * words.length) {
      for (let k = i; k < j - 1; k++) if (texts[k - i]!.length >= WRAP_FILL * width) out.add(k);
    }
    i = j;
  }
  return out;
}

/** clean: mask page furniture and repair the text the extractors read; offsets stay exact. */
export function clean(doc: SourceDoc, ctx: Context): CleanDoc {
  const text = doc.text;
  const lines = splitLines(text);
  const headerEnd = headerBlockEnd(lines);
  const classes = lines.map((l, i) => {
    if (headerEnd > 0 && (i === 0 || i === headerEnd - 1) && l.text.trim() === '---') return { kind: 'furniture' as const };
    return classifyLine(l.text, i < headerEnd, ctx.locale.furniture);
  });
  const kinds = classes.map((c) => c.kind);
  const wrapped = hardWrapped(lines, headerEnd);
  const tail = tailStart(lines, kinds, wrapped, headerEnd);
  const edits: Edit[] = [];
  lines.forEach((line, i) => {
    const c = classes[i]!;
    if (i >= tail || c.kind === 'furniture') {
      if (line.end > line.start) edits.push({ start: line.start, end: line.end, replacement: '', reason: 'furniture' });
    } else if (c.kind === 'header' && c.valueStart !== undefined) {
      // keep the value of "Title: …" / "Date: …", end it as a sentence of its own
      edits.push({ start: line.start, end: line.start + c.valueStart, replacement: '', reason: 'header-key' });
      if (c.valueEnd !== undefined && line.start + c.valueEnd < line.end)
        edits.push({ start: line.start + c.valueEnd, end: line.end, replacement: '', reason: 'header-key' });
    }
  });
  const inline = /(https?:\/\/\S+|www\.\S+\.\S+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b|\[\s*\]|\(\s*\))/gi;
  for (let m = inline.exec(text); m; m = inline.exec(text)) {
    edits.push({ start: m.index, end: m.index + m[0].length, replacement: ' ', reason: 'url' });
  }
  const hashtag = /(^|\s)#(?=\p{L})/gu;
  for (let m = hashtag.exec(text); m; m = hashtag.exec(text)) {
    const at = m.index + m[1]!.length;
    edits.push({ start: at, end: at + 1, replacement: ' ', reason: 'hashtag' });
  }
  // one by one, not push(...list): a long document has more edits than a call takes arguments
  for (const list of [entityEdits(text), mojibakeEdits(text), markdownEdits(text), spacingEdits(text, ctx.rules.lexicons), wikiEdits(text)])
    for (const e of list) edits.push(e);
  // a hard wrap inside a paragraph is a space, not a line break (compromise ends a sentence at each line)
  for (const k of wrapped) {
    const next = lines[k + 1]!;
    if (kinds[k] === 'furniture' || kinds[k + 1] === 'furniture' || k >= tail - 1) continue;
    edits.push({ start: lines[k]!.end, end: next.start, replacement: ' '.repeat(next.start - lines[k]!.end), reason: 'hard-wrap' });
  }
  // sentence break after headline-like lines so that a title never runs into the next line
  lines.forEach((line, i) => {
    const t = line.text.trim();
    const next = lines[i + 1];
    const breaks =
      next !== undefined && (next.text.trim() === '' || (t.length <= 120 && !wrapped.has(i) && /^[\p{Lu}\d"“‘'(]/u.test(next.text.trim())));
    if (breaks && t.length > 0 && !/[.!?:;,"”'’)\]]$/.test(t)) {
      edits.push({ start: line.end, end: line.end, replacement: '.', reason: 'line-end' });
    }
  });
  return { source: doc, view: applyEdits(text, edits) };
}
