/**
 * A word's lemma for `~lemma` patterns: compromise's root form (what its `compute('root')` gives,
 * from the same tags: "met" → "meet", "talks" → "talk", "held" → "hold", "cancelled" → "cancel"),
 * computed from our Token's lower-case form and tags, on demand and memoized. A suffix-stripping
 * normalizer of our own gets the irregular verbs wrong ("met", "held") and "meeting" the noun;
 * compromise's transforms read its irregular tables, and cost nothing when no pattern asks.
 */
import { configureNlp } from './nlp.js';

interface Transform {
  readonly noun: { toSingular: (s: string, model: unknown) => string };
  readonly verb: { toInfinitive: (s: string, model: unknown, tense: string) => string };
  readonly adjective: {
    fromComparative: (s: string, model: unknown) => string;
    fromSuperlative: (s: string, model: unknown) => string;
  };
}

/** compromise's root.js, in its order: the first of these tags a word has decides its root. */
const ROOTS: readonly (readonly [string, (s: string, t: Transform, model: unknown, tags: ReadonlySet<string>) => string])[] = [
  ['Possessive', (s) => s.replace(/'s$/, '')],
  ['Plural', (s, t, m) => t.noun.toSingular(s, m)],
  ['Copula', () => 'is'],
  ['PastTense', (s, t, m) => t.verb.toInfinitive(s, m, 'PastTense')],
  ['Gerund', (s, t, m) => t.verb.toInfinitive(s, m, 'Gerund')],
  ['PresentTense', (s, t, m, tags) => (tags.has('Infinitive') ? s : t.verb.toInfinitive(s, m, 'PresentTense'))],
  ['Comparative', (s, t, m) => t.adjective.fromComparative(s, m)],
  ['Superlative', (s, t, m) => t.adjective.fromSuperlative(s, m)],
];

const memo = new Map<string, string>();

/** The lemma of a word (its lower-case form `norm`) with these compromise tags. */
export function lemmaOf(norm: string, tags: ReadonlySet<string>): string {
  const root = ROOTS.find(([tag]) => tags.has(tag));
  if (!root || norm === '') return norm;
  const key = `${root[0]}\u0000${tags.has('Infinitive') ? 'i' : ''}\u0000${norm}`;
  let hit = memo.get(key);
  if (hit === undefined) {
    const world = configureNlp().world() as unknown as { methods: { two: { transform: Transform } }; model: unknown };
    const out = root[1](norm, world.methods.two.transform, world.model, tags);
    hit = typeof out === 'string' && out !== '' ? out.toLowerCase() : norm;
    memo.set(key, hit);
  }
  return hit;
}
