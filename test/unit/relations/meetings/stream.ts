/**
 * Hand-built item streams for unit tests of the meeting steps: one token per item, written as
 * `word`, `Name:PER` (a person), `Name:CTY:DK` (a country), `Name:PLC`, `Name:ORG`, `Title:LEAD`, `Summit:Cap` (a capitalized word), `Friday:DATE:0` (a time expression, index 0 into the document's dates).
 */
import type { EntMention } from '../../../../src/entities/index.js';
import { loadRules, type RuleSet } from '../../../../src/index.js';
import type { Item, SentenceItems } from '../../../../src/relations/items.js';
import type { Discourse } from '../../../../src/relations/resolve.js';
import type { LocalEdge } from '../../../../src/relations/types.js';
import type { Token } from '../../../../src/tokenize/index.js';
import { buildLexicon, type Lexicon } from '../../../../src/tokenize/lexicon.js';
import { getLocale } from '../../../../src/locales/index.js';

export const RULES = loadRules();
export const LEXICON: Lexicon = buildLexicon(RULES, getLocale(RULES.locale));

const TYPES: Readonly<Record<string, EntMention['type']>> = {
  PER: 'person',
  CTY: 'country',
  PLC: 'place',
  ORG: 'organization',
};

const slug = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

function idOf(type: string, name: string, code?: string): string {
  return type === 'CTY' ? `country:${code ?? name.slice(0, 2).toUpperCase()}` : `${TYPES[type]}:${slug(name)}`;
}

/** A copy of a rule set with some rules switched off (`active: false`) or dropped. */
export function withRules(
  rules: RuleSet,
  change: { off?: readonly string[]; drop?: readonly string[]; params?: Record<string, Record<string, number>> },
): RuleSet {
  const list = rules.rules
    .filter((r) => !(change.drop ?? []).includes(r.id))
    .map((r) => ({
      ...r,
      ...((change.off ?? []).includes(r.id) ? { active: false } : {}),
      ...(change.params?.[r.id] ? { params: { ...(r.params ?? {}), ...change.params[r.id] } } : {}),
    }));
  return { ...rules, rules: list, byId: new Map(list.map((r) => [r.id, r])) };
}

/** A discourse of the given sentences (each a list of items as above), with leader edges if given. */
export function discourse(sentences: readonly (readonly string[])[], opts: { rules?: RuleSet; edges?: LocalEdge[] } = {}): Discourse {
  const tokens: Token[] = [];
  const out: SentenceItems[] = [];
  let offset = 0;
  sentences.forEach((words, sent) => {
    const items: Item[] = words.map((w, pos) => {
      const [text, cls, code] = w.split(':') as [string, string | undefined, string | undefined];
      const i = tokens.length;
      const last = pos === words.length - 1;
      tokens.push({
        i,
        sent,
        pos,
        text,
        norm: text.toLowerCase(),
        pre: '',
        post: last ? '. ' : ' ',
        start: offset,
        end: offset + text.length,
        tags: new Set<string>(),
      } as unknown as Token);
      offset += text.length + (last ? 2 : 1);
      const span = { first: i, last: i + 1 };
      if (cls === 'LEAD')
        return { kind: 'title', symbol: 'LEAD', ...span, title: { kind: 'leader-title', value: text } } as unknown as Item;
      if (cls !== undefined && TYPES[cls]) {
        const entity = { type: TYPES[cls], id: idOf(cls, text, code), label: text, first: i, last: i + 1, rule: 'test' } as EntMention;
        return { kind: 'entity', symbol: cls, ...span, entity };
      }
      if (cls === 'Cap') return { kind: 'word', symbol: 'Cap', ...span };
      if (cls === 'DATE') return { kind: 'date', symbol: 'DATE', ...span, date: Number(code ?? 0) };
      if (/^[,;()]$/.test(text)) return { kind: 'punct', symbol: text, ...span };
      return { kind: 'word', symbol: text, ...span };
    });
    // the item string and, per character, its item (what the step patterns match)
    const at: number[] = [];
    items.forEach((x, k) => {
      if (k > 0) at.push(k);
      for (let c = 0; c < x.symbol.length; c++) at.push(k);
    });
    out.push({ sent, items, text: items.map((x) => x.symbol).join(' '), itemAt: Int32Array.from(at) });
  });
  return { tokens, sentences: out, titles: new Map(), edges: opts.edges ?? [], rules: opts.rules ?? RULES, lexicon: LEXICON };
}

/** A leader_of edge for `person` over `country`, its evidence at offset `at`. */
export function leaderEdge(person: string, country: string, at = 0): LocalEdge {
  return {
    type: 'leader_of',
    source: person,
    target: country,
    attributes: { role: 'President', current: true },
    evidence: { start: at, end: at + 1 },
    rule: 'test',
  } as unknown as LocalEdge;
}

/**
 * Tag these tokens of a discourse as verbs (compromise's `Verb`, what a trigger pattern's `#Verb`
 * reads), before its item strings are first matched.
 */
export function tagVerbs(d: Discourse, tokens: readonly number[]): Discourse {
  for (const i of tokens) (d.tokens[i]!.tags as Set<string>).add('Verb');
  return d;
}
