import { mapRange, type TextView } from '../clean/index.js';
import type { Token } from '../tokenize/index.js';
import { codePointMap, type CodePointMap } from '../tokenize/offsets.js';
import type { Mention } from '../types.js';

/** Converts view ranges to code-point mentions of the original text. */
export class SpanMapper {
  private readonly cp: CodePointMap;
  /** `cp`: the code-point map of `original` when one is at hand (the windows of one document share it) */
  constructor(
    private readonly original: string,
    private readonly view: TextView,
    cp?: CodePointMap,
  ) {
    this.cp = cp ?? codePointMap(original);
  }

  /** The same text and code points, for another view of it (a window: offsets still into the whole text). */
  forView(view: TextView): SpanMapper {
    return new SpanMapper(this.original, view, this.cp);
  }

  get chars(): number {
    return this.cp.chars;
  }

  /** A mention for the view range [start, end), trimmed of whitespace and a possessive. */
  mention(start: number, end: number, rule: string, via?: readonly string[], trimPossessive = false): Mention {
    const o = mapRange(this.view, start, end);
    let s = o.start;
    let e = o.end;
    while (s < e && /\s/.test(this.original[s]!)) s++;
    while (e > s && /\s/.test(this.original[e - 1]!)) e--;
    if (trimPossessive) {
      const m = /(?:['’]|â\u0080\u0099)s$/u.exec(this.original.slice(s, e));
      if (m && e - m[0].length > s) e -= m[0].length;
      if (this.original[e - 1] === "'" || this.original[e - 1] === '’') e--;
    }
    const cs = this.cp.toCodePoint(s);
    const ce = this.cp.toCodePoint(e);
    const text = this.original.slice(s, e);
    return via && via.length > 0 ? { start: cs, end: ce, text, rule, via } : { start: cs, end: ce, text, rule };
  }

  tokens(tokens: readonly Token[], first: number, last: number, rule: string, via?: readonly string[]): Mention {
    return this.mention(tokens[first]!.start, tokens[last - 1]!.end, rule, via, true);
  }
}
