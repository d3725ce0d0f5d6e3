/** Date scoring of the reference scorer: gold spans placed in the text, overlap with predicted date mentions. */
import type { GraphNode } from '../types.js';
import type { GoldDate } from './gold.js';
import { cpIndexOf } from './norm.js';
import { mentionsIn, uniqueSorted, type DocScope } from './scope.js';

interface Placed {
  readonly g: GoldDate;
  readonly start: number;
  readonly end: number;
}
interface DateMention {
  readonly n: GraphNode;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly rules: readonly string[];
}

/**
 * Durations and sets (attributes.timex DURATION / SET) are time expressions, but the gold files list them
 * only now and then: one that overlaps no gold date is not judged (neither tp nor fp), as in score.mjs.
 */
const unjudged = (m: DateMention): boolean => /^(DURATION|SET)$/i.test(String(m.n.attributes?.timex ?? ''));

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

function placeGoldDates(s: DocScope): Placed[] {
  const spans: Placed[] = [];
  for (const g of s.gold.dates) {
    const at = cpIndexOf(s.cps, g.text);
    if (at < 0) {
      s.det.notes.push(`gold date text not found: ${g.text}`);
      continue;
    }
    const inner = g.span ? cpIndexOf(s.cps, g.span, at) : at;
    const len = Array.from(g.span ?? g.text).length;
    spans.push({ g, start: inner, end: inner + len });
  }
  return spans;
}

export function scoreDates(s: DocScope): void {
  const { totals, acc } = s.tally;
  const det = s.det;
  const spans = placeGoldDates(s);
  const dm: DateMention[] = [];
  for (const n of (s.graph.nodes ?? []).filter((x) => x.type === 'date')) {
    for (const m of mentionsIn(n, s.docId))
      dm.push({ n, start: m.start, end: m.end, text: m.text, rules: uniqueSorted([m.rule ?? '', ...(m.via ?? [])]) });
  }
  for (const sp of spans) {
    const hit = dm.find((m) => overlaps(m, sp));
    if (sp.g.optional && !hit) continue;
    if (!hit) {
      totals.date.fn++;
      det.missing.push(`date "${sp.g.span ?? sp.g.text}" = ${String(sp.g.value)}`);
      continue;
    }
    if (sp.g.optional) continue;
    totals.date.tp++;
    acc.dateValue[1]++;
    const ok = new Set<string | null>([sp.g.value, ...(sp.g.acceptValues ?? [])]);
    const raw = hit.n.attributes?.value;
    const v = raw === undefined ? null : raw;
    if (ok.has(v as string | null)) acc.dateValue[0]++;
    else det.notes.push(`date "${sp.g.span ?? sp.g.text}": value ${String(v)}, gold ${String(sp.g.value)}`);
  }
  for (const m of dm)
    if (!spans.some((sp) => overlaps(m, sp)) && !unjudged(m)) {
      totals.date.fp++;
      det.spurious.push({ item: `date "${m.text}"`, rules: m.rules });
    }
}
