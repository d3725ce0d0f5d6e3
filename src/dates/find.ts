import type { Context } from '../context.js';
import type { WithEntities } from '../entities/index.js';

/** A time expression in the view text (UTF-16 offsets) with its normalized value. */
export interface DateMention {
  readonly start: number;
  readonly end: number;
  readonly value: string | null;
  readonly rule: string;
}

const MONTH =
  '(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sep(?:tember|t\\.|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/** A first, minimal set of date forms; the full rule set lives in rules/date.rules.json. */
export function findDateMentions(doc: WithEntities, docDate: string | null, _ctx: Context): DateMention[] {
  const text = doc.view.text;
  const out: DateMention[] = [];
  const year = docDate ? Number(docDate.slice(0, 4)) : null;
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
  for (let m = iso.exec(text); m; m = iso.exec(text))
    out.push({ start: m.index, end: m.index + m[0].length, value: `${m[1]}-${m[2]}-${m[3]}`, rule: 'date/iso' });
  const md = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:\\s*[-–]\\s*(\\d{1,2}))?(?:,?\\s+(\\d{4}))?\\b`, 'g');
  for (let m = md.exec(text); m; m = md.exec(text)) {
    const mon = MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1;
    const y = m[4] ? Number(m[4]) : year;
    const value =
      y === null
        ? null
        : m[3]
          ? `${y}-${pad(mon)}-${pad(Number(m[2]))}/${y}-${pad(mon)}-${pad(Number(m[3]))}`
          : `${y}-${pad(mon)}-${pad(Number(m[2]))}`;
    out.push({ start: m.index, end: m.index + m[0].length, value, rule: 'date/month-day' });
  }
  const yr = /\b(?:in|since|of|by)\s+((?:1[89]|20)\d{2})\b/g;
  for (let m = yr.exec(text); m; m = yr.exec(text)) {
    const at = m.index + m[0].length - 4;
    out.push({ start: at, end: at + 4, value: m[1]!, rule: 'date/year' });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end).filter((d, i, all) => i === 0 || d.start >= all[i - 1]!.end);
}
