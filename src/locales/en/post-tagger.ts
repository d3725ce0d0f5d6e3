/**
 * compromise's post-tagger (its `postTagger` compute hook: ~570 match rules swept over each comma-split
 * piece of every sentence), run by us with the same rules, the same order and the same tagging, but
 * without work whose result it throws away (see docs/performance.md, "Throughput"). Given a tag
 * set (`postTag`'s `only`), only the rules that set one of its tags run, in the order compromise gives
 * the net of those rules (the English locale runs the name, place, organization and date rules: focus.ts):
 *
 * - which rules to try on a piece: compromise walks *every* hook key of its rule net for each piece
 *   (~9 % of a parse); here the piece's own cache words are looked up, and the candidates put back in
 *   the net's key order, so the list and its order are the same;
 * - a rule is tried on a piece only if some term of it can start the match: the rule's first
 *   match token (and the second, when the first is a plain single-term token) is checked against each
 *   term with a test that is never stricter than compromise's own term test, so no match is lost;
 * - a rule that cannot start before the piece's term j is matched on the piece from j on (its pointers
 *   shifted back): compromise's matcher tries every start, each on a copy of the rest of the piece, and a
 *   match's only use of its place is against the piece's end (`$`) and start (`^`), so a rule with a `^`
 *   other than on its first token is always matched on the whole piece;
 * - no result views: compromise's `sweep` builds a view per match, which the post-tagger drops.
 *
 * The matches are all found on the pre-tagger's tags and then applied in order by compromise's own
 * `bulkTagger`, as in compromise: a sentence's tags depend only on that sentence, which is what lets
 * `postTag` skip sentences or pieces (`keep`). test/unit/tokenize/post-tagger.test.ts checks that every term's
 * tags equal those of compromise's own hook.
 */

/** What we use of a compromise term. */
export interface Term {
  readonly text: string;
  readonly normal: string;
  readonly machine?: string | null;
  readonly root?: string;
  readonly implicit?: string;
  readonly alias?: readonly string[];
  readonly index: readonly [number, number];
  readonly tags: Set<string>;
}

/** One parsed match token (compromise's `parseMatch` output); only the fields the pre-check reads. */
interface Reg {
  readonly optional?: boolean;
  readonly negative?: boolean;
  readonly greedy?: boolean;
  readonly anything?: boolean;
  readonly start?: boolean;
  readonly end?: boolean;
  readonly fuzzy?: boolean;
  readonly id?: string;
  readonly word?: string;
  readonly use?: string;
  readonly tag?: string;
  readonly fastOr?: ReadonlySet<string>;
  readonly pos?: string;
  readonly choices?: unknown;
  readonly min?: number;
  readonly max?: number;
  readonly [other: string]: unknown;
}

/** A post-tagger rule after compromise's `buildNet`. */
interface Rule {
  readonly match: string;
  readonly regs: readonly Reg[];
  readonly needs: readonly string[];
  readonly wants: readonly string[];
  readonly minWant: number;
  readonly minWords: number;
  readonly ifNo?: readonly string[];
  readonly notIf?: unknown;
  readonly unTag?: unknown;
}

interface Net {
  readonly hooks: Readonly<Record<string, readonly Rule[]>>;
  readonly always: readonly Rule[];
}

interface Todo extends Rule {
  pointer: number[];
}

interface Methods {
  readonly one: {
    buildNet(matches: readonly object[], world: World): Net;
    cacheDoc(document: readonly (readonly Term[])[]): Set<string>[];
    match(docs: readonly (readonly Term[])[], todo: Rule): { ptrs: number[][] };
    bulkTagger(found: readonly Todo[], docs: readonly (readonly Term[])[], world: World): unknown;
  };
  readonly two: { quickSplit(document: readonly (readonly Term[])[]): Term[][] };
}

interface World {
  readonly methods: Methods;
  readonly model: {
    readonly one: { readonly tagSet: Readonly<Record<string, { readonly parents?: readonly string[] } | undefined>> };
    readonly two: { readonly matches: readonly Record<string, unknown>[] };
  };
}

/** What we use of a compromise view. */
export interface TaggableView {
  readonly world: unknown;
  readonly docs: readonly (readonly Term[])[];
  update(ptrs: number[][]): TaggableView;
  uncache(): unknown;
}

/**
 * The rule net, indexed. compromise lists a piece's rules by walking the net's hook keys in their
 * Object.keys order and taking each listed rule the first time it is seen, so a rule's place is set by
 * the first of its keys the piece has: `order` holds each rule's keys by rank with the rule's place in
 * that key's list. To find the candidates, each rule is filed under one key the piece must have (its
 * most specific need) or, with no needs, under each of its wants: then the piece's keys themselves
 * count the wants it has and give the rule's place, as they are walked.
 */
interface Prepared {
  readonly rules: readonly Rule[];
  /** the rules' fields the filters read, copied into objects of one shape (compromise's rules have many) */
  readonly info: readonly RuleInfo[];
  /** per rule: its place in the list, for the piece being listed */
  readonly at: Int32Array;
  readonly starts: readonly StartTest[];
  /** per rule: [key, rank * PLACES + place in the key's list], by rank */
  readonly order: readonly (readonly (readonly [string, number])[])[];
  /** key → the rules filed under it */
  readonly filed: ReadonlyMap<string, Filed>;
  /** per rule: filed under its wants (1) or under one need (0) */
  readonly byWants: Uint8Array;
  /** per rule filed under its wants: how many of them the piece being listed has */
  readonly hits: Int32Array;
  /** the rules with no needs and no wants, tried on every piece */
  readonly always: readonly Rule[];
  /** per rule: the last piece it was looked at for (a reusable 'seen' set) */
  readonly stamp: Int32Array;
  piece: number;
}

/** The rules filed under one key: their numbers, and for a rule filed under its wants, how many of its wants the key is and the rule's place under it. */
interface Filed {
  readonly rules: Int32Array;
  readonly weight: Int32Array;
  readonly place: Int32Array;
}

/** What the match loop reads of a rule: its own fields (the arrays copied), and its place under each hook key. */
type RuleInfo = Pick<Rule, 'minWords' | 'needs' | 'wants' | 'minWant'> & {
  readonly ifNo: readonly string[];
  readonly order: readonly (readonly [string, number])[];
};

function ruleInfo(rule: Rule, order: readonly (readonly [string, number])[]): RuleInfo {
  return {
    minWords: rule.minWords,
    needs: [...rule.needs],
    ifNo: [...(rule.ifNo ?? [])],
    wants: [...rule.wants],
    minWant: rule.minWant,
    order,
  };
}

/** More than any hook key's list length (the longest has under 100 rules). */
const PLACES = 1 << 16;

type TokenTest = ((t: Term) => boolean) | null;

interface StartTest {
  /** the match is anchored at the piece's first term (`^`) */
  readonly anchored: boolean;
  readonly first: TokenTest;
  /** the second token, tested on the next term; null when it cannot be checked soundly */
  readonly second: TokenTest;
  /** no token (nested ones included) is anchored at the piece's start: the rule may be matched on the piece's tail */
  readonly tail: boolean;
}

const prepared = new WeakMap<object, Map<ReadonlySet<string> | undefined, Prepared>>();

/** The tags a rule sets (its `tag`: one, an array, or one per term: '#Noun . #Verb'), with their parent tags. */
function ruleTags(rule: Record<string, unknown>, world: World): string[] {
  const { tag } = rule;
  const names = (Array.isArray(tag) ? tag.map(String) : typeof tag === 'string' ? tag.split(' ') : [])
    .map((t) => t.trim().replace(/^#/, ''))
    .filter((t) => t !== '' && t !== '.');
  return names.flatMap((t) => [t, ...(world.model.one.tagSet[t]?.parents ?? [])]);
}

/**
 * The net of the rule list (or of the rules that set one of `only`'s tags), built once per world
 * (and per tag set: one Set object, as the locale gives it).
 * compromise's `buildNet` parses each rule in place; it is given copies, and a `notIf` that
 * compromise's own post-tagger has already parsed is kept as it is.
 */
function prepare(world: World, only?: ReadonlySet<string>): Prepared {
  let byKey = prepared.get(world);
  if (!byKey) prepared.set(world, (byKey = new Map<ReadonlySet<string> | undefined, Prepared>()));
  let p = byKey.get(only);
  if (p) return p;
  const parsedNotIf: [Record<string, unknown>, unknown][] = [];
  const chosen =
    only === undefined ? world.model.two.matches : world.model.two.matches.filter((o) => ruleTags(o, world).some((t) => only.has(t)));
  const copies = chosen.map((o) => {
    const c: Record<string, unknown> = { ...o };
    if (c.notIf !== undefined && typeof c.notIf !== 'string') {
      parsedNotIf.push([c, c.notIf]);
      delete c.notIf;
    }
    return c;
  });
  const net = world.methods.one.buildNet(copies, world);
  for (const [c, n] of parsedNotIf) c.notIf = n;
  const keys = Object.keys(net.hooks);
  const number = new Map<Rule, number>();
  const rules: Rule[] = [];
  const order: [string, number][][] = [];
  keys.forEach((k, rank) => {
    const list = net.hooks[k]!;
    if (list.length >= PLACES) throw new Error(`compromise's post-tagger net: ${list.length} rules under one key`);
    list.forEach((rule, place) => {
      let i = number.get(rule);
      if (i === undefined) {
        number.set(rule, (i = rules.push(rule) - 1));
        order.push([]);
      }
      order[i]!.push([k, rank * PLACES + place]);
    });
  });
  const filing = new Map<string, [number, number, number][]>();
  const file = (k: string, i: number, weight: number, place: number): void => {
    const list = filing.get(k) ?? [];
    list.push([i, weight, place]);
    filing.set(k, list);
  };
  const byWants = new Uint8Array(rules.length);
  rules.forEach((rule, i) => {
    if (rule.needs.length > 0) {
      // any need will do (a piece without it cannot list the rule): take the key with the fewest rules
      const need = rule.needs.reduce((a, b) => ((net.hooks[b]?.length ?? 0) < (net.hooks[a]?.length ?? 0) ? b : a));
      file(need, i, 0, 0);
    } else {
      byWants[i] = 1;
      const places = new Map(order[i]);
      for (const w of new Set(rule.wants)) {
        const place = places.get(w);
        if (place === undefined) throw new Error(`compromise's post-tagger net: a rule not listed under its want ${w}`);
        file(w, i, rule.wants.filter((x) => x === w).length, place);
      }
    }
  });
  p = {
    rules,
    info: rules.map((rule, i) => ruleInfo(rule, order[i]!)),
    at: new Int32Array(rules.length),
    starts: rules.map(startTest),
    order,
    filed: new Map(
      [...filing].map(([k, list]) => [
        k,
        {
          rules: Int32Array.from(list, (x) => x[0]),
          weight: Int32Array.from(list, (x) => x[1]),
          place: Int32Array.from(list, (x) => x[2]),
        },
      ]),
    ),
    byWants,
    hits: new Int32Array(rules.length),
    always: net.always,
    stamp: new Int32Array(rules.length).fill(-1),
    piece: 0,
  };
  byKey.set(only, p);
  return p;
}

/** A single-term token whose test we can mirror. */
function plain(reg: Reg): boolean {
  return (
    reg.optional !== true &&
    // 'foo+$' before the piece's last term is taken without a term test (compromise's isEndGreedy)
    !(reg.end === true && reg.greedy === true) &&
    reg.negative !== true &&
    reg.anything !== true &&
    reg.choices === undefined &&
    reg.fuzzy !== true &&
    reg.min === undefined &&
    reg.max === undefined
  );
}

/**
 * A term test never stricter than compromise's `doesMatch` for a plain token (null: cannot tell, so
 * any term may start the match). It mirrors doesMatch's order: id, word, tag, then only fastOr.
 */
function termTest(reg: Reg): TokenTest {
  if (!plain(reg) || reg.id !== undefined) return null;
  const { word, tag } = reg;
  if (word !== undefined) {
    const use = reg.use;
    if (use !== undefined) return (t) => (t as unknown as Record<string, unknown>)[use] === word;
    return (t) => t.machine === word || t.text === word || t.normal === word || (t.alias?.includes(word) ?? false);
  }
  if (tag !== undefined) return (t) => t.tags.has(tag);
  const other = ['method', 'pre', 'post', 'regex', 'chunk', 'switch', 'machine', 'sense'].some((k) => reg[k] !== undefined);
  const fastOr = reg.fastOr;
  if (other || fastOr === undefined) return null;
  const pos = reg.pos;
  return (t) => {
    if (pos !== undefined && !t.tags.has(pos)) return false;
    const str = t.root || t.implicit || t.machine || t.normal;
    return fastOr.has(str) || fastOr.has(t.text);
  };
}

/** Does a token, or one nested in its choices, hold a `^`? */
function anchors(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(anchors);
  if (value === null || typeof value !== 'object') return false;
  const reg = value as Reg;
  return reg.start === true || anchors(reg.choices);
}

function startTest(rule: Rule): StartTest {
  const [r0, r1] = rule.regs;
  if (r0 === undefined) return { anchored: false, first: null, second: null, tail: false };
  const first = termTest(r0);
  // the second token is the next term only after a one-term first token (no +, no contraction: see firstStart)
  const second = first !== null && r0.greedy !== true && r0.end !== true && r1 !== undefined ? termTest(r1) : null;
  return { anchored: r0.start === true, first, second, tail: !anchors(rule.regs) };
}

/**
 * The first term of the piece where the rule's match can start, or -1 when it cannot start anywhere
 * (-1 or a later term only when compromise's matcher finds nothing before it).
 */
function firstStart(s: StartTest, terms: readonly Term[]): number {
  const { first, second } = s;
  if (first === null) return 0;
  const n = s.anchored ? Math.min(1, terms.length) : terms.length;
  for (let i = 0; i < n; i++) {
    const t = terms[i]!;
    if (!first(t)) continue;
    if (second === null || t.implicit) return i;
    const next = terms[i + 1];
    if (next !== undefined && second(next)) return i;
  }
  return -1;
}

/**
 * The numbers of the rules to try on a piece, in the order compromise's getHooks + trimDown + tooSmall
 * list them (the always-rules come after, see postTag).
 */
function candidates(p: Prepared, haves: ReadonlySet<string>, termCount: number): number[] {
  if (p.piece === 0x7fffffff) {
    p.stamp.fill(-1);
    p.piece = 0;
  }
  const piece = ++p.piece;
  const { stamp, info, at, hits, byWants } = p;
  const seen: number[] = [];
  for (const k of haves) {
    const filed = p.filed.get(k);
    if (filed === undefined) continue;
    const { rules, weight, place } = filed;
    for (let x = 0; x < rules.length; x++) {
      const i = rules[x]!;
      if (stamp[i] !== piece) {
        stamp[i] = piece;
        seen.push(i);
        if (byWants[i] === 0) continue;
        hits[i] = 0;
        at[i] = place[x]!;
      } else if (byWants[i] === 0) continue;
      else if (place[x]! < at[i]!) at[i] = place[x]!;
      hits[i]! += weight[x]!;
    }
  }
  const found: number[] = [];
  for (const i of seen) {
    const rule = info[i]!;
    if (termCount < rule.minWords || some(rule.ifNo, haves)) continue;
    if (byWants[i] === 1) {
      if (hits[i]! < rule.minWant) continue;
    } else {
      if (!all(rule.needs, haves)) continue;
      if (rule.wants.length > 0 && count(rule.wants, haves) < rule.minWant) continue;
      for (const [k, place] of rule.order) {
        if (haves.has(k)) {
          at[i] = place;
          break;
        }
      }
    }
    found.push(i);
  }
  return found.length < 2 ? found : found.sort((a, b) => at[a]! - at[b]!);
}

function all(keys: readonly string[], haves: ReadonlySet<string>): boolean {
  for (const k of keys) if (!haves.has(k)) return false;
  return true;
}

function some(keys: readonly string[], haves: ReadonlySet<string>): boolean {
  for (const k of keys) if (haves.has(k)) return true;
  return false;
}

function count(keys: readonly string[], haves: ReadonlySet<string>): number {
  let n = 0;
  for (const k of keys) if (haves.has(k)) n++;
  return n;
}

/**
 * Run compromise's post-tagger on the view, on the comma-split pieces of its sentences that `keep`
 * accepts (all by default).
 * Same result as the view's `compute('postTagger')` on those sentences.
 */
export function postTag(view: TaggableView, keep?: (piece: readonly Term[]) => boolean, only?: ReadonlySet<string>): void {
  const world = view.world as World;
  const { methods } = world;
  const p = prepare(world, only);
  let pieces = methods.two.quickSplit(view.docs);
  if (keep) pieces = pieces.filter(keep);
  if (pieces.length > 0) {
    const ptrs = pieces.map((terms) => {
      const t = terms[0]!;
      return [t.index[0], t.index[1], t.index[1] + terms.length];
    });
    const docs = view.update(ptrs).docs;
    const cache = methods.one.cacheDoc(docs);
    const found: Todo[] = [];
    for (let n = 0; n < docs.length; n++) {
      const terms = docs[n]!;
      const tryRule = (rule: Rule, start: StartTest): void => {
        const from = firstStart(start, terms);
        if (from < 0) return;
        // from the first term the match can start at (the same matches, see the header)
        const shift = start.tail ? from : 0;
        for (const ptr of methods.one.match([shift > 0 ? terms.slice(shift) : terms], rule).ptrs) {
          ptr[0] = n;
          ptr[1]! += shift;
          ptr[2]! += shift;
          found.push(Object.assign({}, rule, { pointer: ptr }));
        }
      };
      for (const i of candidates(p, cache[n]!, terms.length)) tryRule(p.rules[i]!, p.starts[i]!);
      // compromise adds the rules with no needs and no wants after its filters: only the length applies
      for (const rule of p.always) if (terms.length >= rule.minWords) tryRule(rule, startTest(rule));
    }
    methods.one.bulkTagger(found, docs, world);
  }
  view.uncache();
  // what view.unfreeze() does (compute('unfreeze'): `delete term.frozen` on every term of the view),
  // with the delete only on the few terms that have the property (a lexicon's frozen words)
  for (const terms of view.docs) for (const t of terms) if ('frozen' in t) delete (t as { frozen?: boolean }).frozen;
}
