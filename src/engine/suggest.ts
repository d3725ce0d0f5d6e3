/** "did you mean …?" for a misspelt name: the closest known name within a small edit distance. */

export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** The closest of `known` to `name` (ties: the first in code-point order), if close enough. */
export function closest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const k of [...known].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))) {
    const d = editDistance(name.toLowerCase(), k.toLowerCase());
    if (d < bestD) {
      best = k;
      bestD = d;
    }
  }
  return best;
}

/** ' (did you mean "x"?)', with a sigil ' (did you mean @x?)', or ''. */
export function didYouMean(name: string, known: readonly string[], sigil?: string): string {
  const c = closest(name, known);
  if (c === undefined) return '';
  return sigil === undefined ? ` (did you mean "${c}"?)` : ` (did you mean ${sigil}${c}?)`;
}
