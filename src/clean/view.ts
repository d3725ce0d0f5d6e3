/**
 * A "view" of the document text: the text that extractors read, built from the original by
 * a list of edits (masking furniture, decoding entities, repairing mojibake), with a map from
 * every view character back to the original range it came from. Offsets in the output always
 * refer to the original text; the view only changes what the extractors see.
 */

export interface Edit {
  /** original UTF-16 range replaced */
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
  readonly reason: string;
}

export interface TextView {
  readonly text: string;
  /** for view char i: the original UTF-16 range [origStart[i], origEnd[i]) it stands for */
  readonly origStart: Int32Array;
  readonly origEnd: Int32Array;
}

/** Apply non-overlapping edits to `original`; an edit overlapping an earlier one is dropped. */
export function applyEdits(original: string, edits: readonly Edit[]): TextView {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: Edit[] = [];
  let pos = 0;
  let length = 0;
  for (const e of sorted) {
    if (e.start < pos) continue;
    kept.push(e);
    length += e.start - pos + e.replacement.length;
    pos = e.end;
  }
  length += original.length - pos;
  const origStart = new Int32Array(length);
  const origEnd = new Int32Array(length);
  const parts: string[] = [];
  let v = 0;
  pos = 0;
  const copy = (to: number): void => {
    parts.push(original.slice(pos, to));
    for (let k = pos; k < to; k++, v++) {
      origStart[v] = k;
      origEnd[v] = k + 1;
    }
    pos = to;
  };
  for (const e of kept) {
    copy(e.start);
    parts.push(e.replacement);
    for (let i = 0; i < e.replacement.length; i++, v++) {
      origStart[v] = e.start;
      origEnd[v] = e.end;
    }
    pos = e.end;
  }
  copy(original.length);
  return { text: parts.join(''), origStart, origEnd };
}

/** The original UTF-16 range covered by the view range [start, end). */
export function mapRange(view: TextView, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = start < view.text.length ? (view.origStart[start] ?? 0) : (view.origEnd[view.text.length - 1] ?? 0);
    return { start: at, end: at };
  }
  return { start: view.origStart[start] ?? 0, end: view.origEnd[end - 1] ?? 0 };
}
