/**
 * The one place where UTF-16 indexes (what JavaScript strings and compromise give) become
 * code points (what the graph contract requires).
 */
export type Utf16Index = number & { readonly __brand: 'Utf16Index' };
export type CodePoint = number & { readonly __brand: 'CodePoint' };

export interface CodePointMap {
  readonly chars: number;
  toCodePoint(i: number): CodePoint;
}

/** Build a converter for `text`; identity (and no allocation) when there are no astral chars. */
export function codePointMap(text: string): CodePointMap {
  let astral = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      astral = true;
      break;
    }
  }
  if (!astral) return { chars: text.length, toCodePoint: (i) => i as CodePoint };
  const prefix = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    prefix[i] = cp;
    const c = text.charCodeAt(i);
    const isHigh = c >= 0xd800 && c <= 0xdbff;
    const next = text.charCodeAt(i + 1);
    if (isHigh && next >= 0xdc00 && next <= 0xdfff) {
      prefix[i + 1] = cp;
      i++;
    }
    cp++;
  }
  prefix[text.length] = cp;
  return { chars: cp, toCodePoint: (i) => prefix[i] as CodePoint };
}
