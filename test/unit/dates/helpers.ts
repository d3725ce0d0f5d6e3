import { extractText, type GraphNode } from '../../../src/index.js';

export interface FoundDate {
  readonly text: string;
  readonly value: string | null;
  readonly rule: string;
}

/** Every date mention of a text run through the whole pipeline, in text order. */
export function datesOf(text: string, docDate?: string): FoundDate[] {
  const g = extractText(text, docDate ? { docDate } : {});
  const out: (FoundDate & { start: number })[] = [];
  for (const n of g.nodes as GraphNode[]) {
    if (n.type !== 'date') continue;
    const value = n.attributes.value as string | null;
    for (const m of n.mentions) out.push({ text: m.text, value, rule: m.rule ?? '', start: m.start });
  }
  return out.sort((a, b) => a.start - b.start).map(({ text, value, rule }) => ({ text, value, rule }));
}

/** The value of the one mention whose text is `span`. */
export function valueOf(text: string, span: string, docDate?: string): string | null | undefined {
  return datesOf(text, docDate).find((d) => d.text === span)?.value;
}
