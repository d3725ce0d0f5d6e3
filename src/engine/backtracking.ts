/**
 * A static check for regular expressions that can backtrack super-linearly (ReDoS), run on every
 * rule regex and relation pattern after macro expansion. The expression is parsed into a small
 * tree; what each piece can match is approximated by the sample characters it accepts. Refused:
 *
 * - nested repetition: an unbounded repetition inside an unbounded one (`(a+)+`), or repetitions
 *   whose bounds multiply past NESTED_BOUND_LIMIT when one iteration can end with a character the
 *   next can start with (`(?:a{1,20}){1,20}`; `(?:\s+\w+){0,3}` is fine);
 * - ambiguous alternatives under a repetition: two alternatives that can start alike, unless both
 *   are plain words neither of which is a prefix of the other (`(a|aa)+`, `(?:\w|\d)+`; `(?:top|then) `
 *   is fine), or an alternative that matches nothing;
 * - MAX_OVERLAPPING_RUN or more unbounded repetitions in a row that can all match one character
 *   (`a*a*a*b`, `.*.*.*`): polynomial backtracking of that degree.
 *
 * It is a heuristic: it can refuse a safe expression (rewrite it) and miss an exotic one, which
 * is why every document also has a time budget (src/run/pool.ts).
 */

/** Product of nested repetition bounds above which a re-enterable loop is refused. */
export const NESTED_BOUND_LIMIT = 100;
/** Unbounded repetitions in a row over a shared character that are refused (degree of the polynomial). */
export const MAX_OVERLAPPING_RUN = 3;

/** The characters an atom is tried on: ASCII, tab and newline, and a few non-ASCII letters and spaces. */
const SAMPLE: readonly string[] = [
  ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)),
  '\t',
  '\n',
  'é',
  'ß',
  'Ж',
  '日',
  '\u00a0',
];

type CharSet = readonly boolean[];
const EMPTY: CharSet = SAMPLE.map(() => false);
const ALL: CharSet = SAMPLE.map(() => true);

interface Item {
  readonly atom: Atom;
  readonly min: number;
  readonly max: number;
}
type Seq = readonly Item[];
type Atom =
  | { readonly kind: 'char'; readonly set: CharSet; readonly literal: string | null }
  | { readonly kind: 'group'; readonly alts: readonly Seq[] }
  | { readonly kind: 'assert' }
  | { readonly kind: 'backref' };

function union(a: CharSet, b: CharSet): CharSet {
  return a.map((x, i) => x || b[i]!);
}
function meets(a: CharSet, b: CharSet): boolean {
  return a.some((x, i) => x && b[i]!);
}
function intersect(a: CharSet, b: CharSet): CharSet {
  return a.map((x, i) => x && b[i]!);
}

class Parser {
  private i = 0;
  constructor(
    private readonly src: string,
    private readonly flags: string,
  ) {}

  parse(): readonly Seq[] {
    return this.alternatives();
  }

  private alternatives(): Seq[] {
    const alts: Seq[] = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts;
  }

  private sequence(): Seq {
    const items: Item[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      const [min, max] = this.quantifier();
      items.push({ atom, min, max });
    }
    return items;
  }

  private quantifier(): [number, number] {
    const c = this.src[this.i];
    let q: [number, number] = [1, 1];
    if (c === '*') q = [0, Infinity];
    else if (c === '+') q = [1, Infinity];
    else if (c === '?') q = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return q;
      const min = Number(m[1]);
      q = [min, m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3])];
      this.i += m[0].length - 1;
    } else return q;
    this.i++;
    if (this.src[this.i] === '?') this.i++; // lazy: the same backtracking, in another order
    return q;
  }

  private charAtom(source: string): Atom {
    let re: RegExp;
    try {
      re = new RegExp(`^(?:${source})$`, this.flags.replace(/[gyd]/g, ''));
    } catch {
      return { kind: 'char', set: ALL, literal: null };
    }
    const literal = /^[\p{L}\p{N} ,'-]$/u.test(source)
      ? source
      : source.startsWith('\\') && /^\\[.^$|?*+()[\]{}/\\-]$/.test(source)
        ? source[1]!
        : null;
    return { kind: 'char', set: SAMPLE.map((ch) => re.test(ch)), literal };
  }

  private atom(): Atom {
    const s = this.src;
    const c = s[this.i]!;
    const start = this.i;
    if (c === '(') {
      this.i++;
      let lookaround = false;
      if (s[this.i] === '?') {
        const m = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(s.slice(this.i));
        if (m) {
          lookaround = /^\?(=|!|<=|<!)$/.test(m[0]);
          this.i += m[0].length;
        }
      }
      const alts = this.alternatives();
      this.i++; // ')'
      return lookaround ? { kind: 'assert' } : { kind: 'group', alts };
    }
    if (c === '[') {
      this.i++;
      if (s[this.i] === '^') this.i++;
      if (s[this.i] === ']') this.i++;
      while (this.i < s.length && s[this.i] !== ']') this.i += s[this.i] === '\\' ? 2 : 1;
      this.i++;
      return this.charAtom(s.slice(start, this.i));
    }
    if (c === '\\') {
      const rest = s.slice(this.i);
      const m = /^\\(?:[pP]\{[^}]*\}|k<[^>]*>|u\{[0-9A-Fa-f]+\}|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|c[A-Za-z]|[1-9]\d*|[\s\S])/.exec(rest)!;
      this.i += m[0].length;
      if (/^\\[bB]$/.test(m[0])) return { kind: 'assert' };
      if (/^\\(?:k<|[1-9])/.test(m[0])) return { kind: 'backref' };
      return this.charAtom(m[0]);
    }
    this.i++;
    if (c === '^' || c === '$') return { kind: 'assert' };
    return this.charAtom(c === '.' ? '.' : c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  }
}

function atomNullable(a: Atom): boolean {
  return a.kind === 'assert' || a.kind === 'backref' || (a.kind === 'group' && a.alts.some(seqNullable));
}
function itemNullable(it: Item): boolean {
  return it.min === 0 || atomNullable(it.atom);
}
function seqNullable(seq: Seq): boolean {
  return seq.every(itemNullable);
}

/** The characters an atom can start (or end, `last`) with. */
function atomEdge(a: Atom, last: boolean): CharSet {
  switch (a.kind) {
    case 'char':
      return a.set;
    case 'assert':
      return EMPTY;
    case 'backref':
      return ALL;
    case 'group':
      return a.alts.map((s) => seqEdge(s, last)).reduce(union, EMPTY);
  }
}
function seqEdge(seq: Seq, last: boolean): CharSet {
  let out = EMPTY;
  for (const it of last ? [...seq].reverse() : seq) {
    out = union(out, atomEdge(it.atom, last));
    if (!itemNullable(it)) break;
  }
  return out;
}
/** Every character an atom can match somewhere. */
function atomChars(a: Atom): CharSet {
  if (a.kind === 'group') return a.alts.flatMap((s) => s.map((it) => atomChars(it.atom))).reduce(union, EMPTY);
  return atomEdge(a, false);
}

/** The largest repetition bound inside an atom (1 when nothing repeats). */
function innerBound(a: Atom): number {
  if (a.kind !== 'group') return 1;
  let best = 1;
  for (const seq of a.alts) for (const it of seq) best = Math.max(best, it.max * innerBound(it.atom), innerBound(it.atom));
  return best;
}

/** A plain word (no classes, no repetition) of an alternative, or null. */
function literalOf(seq: Seq): string | null {
  let out = '';
  for (const it of seq) {
    if (it.min !== 1 || it.max !== 1 || it.atom.kind !== 'char' || it.atom.literal === null) return null;
    out += it.atom.literal;
  }
  return out;
}

function ambiguousAlternatives(alts: readonly Seq[]): string | null {
  if (alts.some(seqNullable)) return 'an alternative that can match nothing';
  for (let x = 0; x < alts.length; x++)
    for (let y = x + 1; y < alts.length; y++) {
      const a = literalOf(alts[x]!);
      const b = literalOf(alts[y]!);
      if (a !== null && b !== null ? a.startsWith(b) || b.startsWith(a) : meets(seqEdge(alts[x]!, false), seqEdge(alts[y]!, false)))
        return 'alternatives that can match the same text';
    }
  return null;
}

/** A group that only wraps one group ("(?:(?:a|aa))") stands for the inner one. */
function unwrap(a: Atom): Atom {
  while (a.kind === 'group' && a.alts.length === 1 && a.alts[0]!.length === 1) {
    const only = a.alts[0]![0]!;
    if (only.min !== 1 || only.max !== 1 || only.atom.kind !== 'group') break;
    a = only.atom;
  }
  return a;
}

function checkItem(item: Item): string | null {
  const it = { ...item, atom: unwrap(item.atom) };
  if (it.max < 2 || it.atom.kind !== 'group') return null;
  const inner = innerBound(it.atom);
  if (inner > 1) {
    if (it.max === Infinity && inner === Infinity) return 'an unbounded repetition inside an unbounded repetition';
    const reenter = meets(atomEdge(it.atom, true), atomEdge(it.atom, false));
    if (reenter && it.max * inner > NESTED_BOUND_LIMIT) return 'nested repetitions whose iterations can run into each other';
  }
  if (it.atom.alts.length > 1) {
    const why = ambiguousAlternatives(it.atom.alts);
    if (why !== null) return `${why} under a repetition`;
  }
  return null;
}

function checkSeq(seq: Seq): string | null {
  let run: CharSet = ALL;
  let count = 0;
  for (const it of seq) {
    const own = checkItem(it);
    if (own !== null) return own;
    if (it.atom.kind === 'group')
      for (const s of it.atom.alts) {
        const why = checkSeq(s);
        if (why !== null) return why;
      }
    if (it.max === Infinity) {
      const shared = intersect(run, atomChars(it.atom));
      if (count > 0 && shared.some(Boolean)) {
        run = shared;
        count++;
      } else {
        run = atomChars(it.atom);
        count = 1;
      }
      if (count >= MAX_OVERLAPPING_RUN) return `${count} unbounded repetitions in a row over the same characters`;
    } else if (!itemNullable(it)) {
      run = ALL;
      count = 0;
    }
  }
  return null;
}

/** Why a (valid) regular expression can backtrack catastrophically, or null. */
export function backtrackingProblem(source: string, flags = ''): string | null {
  const alts = new Parser(source, flags).parse();
  for (const seq of alts) {
    const why = checkSeq(seq);
    if (why !== null) return why;
  }
  return null;
}
