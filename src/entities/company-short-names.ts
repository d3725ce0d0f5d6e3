/**
 * Short names of companies (rule organization/company-short-name): once a report names "Ardley
 * Varnholm Holdings Inc", it goes on to write "Ardley Varnholm" and "Ardley" for it. The name less its
 * corporate designators (lexicon company-designators), and the first word of a longer core, are that
 * company wherever they stand as a name of their own in the same document, unless a full personal name,
 * a country or a longer name holds them there, or two companies share the short form.
 */
import type { DocView } from './classify.js';
import { list } from './classify.js';
import type { EntMention } from './types.js';
import { nameOccurrences } from './name-occurrences.js';

const word = (text: string): string => text.replace(/[’']s$|[.,;:]$/u, '');

/**
 * The short forms of one company name, longest first; none when the name has no designator at its end. A name
 * that ends in a word of its trade (lexicon business-heads: "Kestrel Airways") has its first word as one.
 */
export function shortForms(
  words: readonly string[],
  designators: ReadonlySet<string>,
  businessHeads: ReadonlySet<string> = new Set(),
): string[][] {
  const core = [...words];
  while (core.length > 1 && designators.has(core[core.length - 1]!.toLowerCase())) core.pop();
  if (core.length === words.length) {
    const head = words[words.length - 1]?.toLowerCase() ?? '';
    return words.length >= 2 && businessHeads.has(head) && /^\p{Lu}\p{L}{2,}$/u.test(words[0]!) ? [[words[0]!]] : [];
  }
  const out = [core];
  if (core.length >= 2 && /^\p{Lu}\p{L}{2,}$/u.test(core[0]!)) out.push([core[0]!]);
  return out;
}

/**
 * A person the text gives reasons for (a title, an apposition, a byline) keeps the name; a capitalized
 * pair taken for a person only by its shape or its words (chunks' outcomes unknown-full-name, known-name,
 * speaker: "Morgan Varn said") does not, where it is exactly a company's name less its designators.
 */
const strongPerson = (v: DocView, m: EntMention): boolean =>
  m.type === 'person' &&
  m.last - m.first >= 2 &&
  ((m.titles?.length ?? 0) > 0 ||
    ![v.stamp('chunks', 'unknown-full-name'), v.stamp('chunks', 'known-name'), v.stamp('chunks', 'speaker')].includes(m.rule));

/** A company name's first word can stand for it alone: no lexicon hit (a country, a demonym, a title) and no not-name. */
function forms1Ok(v: DocView, first: number): boolean {
  return !v.hitAt.has(first) && !list(v, 'not-names').has(v.tokens[first]!.norm);
}

export function companyShortNames(v: DocView, mentions: readonly EntMention[], rule: string): EntMention[] {
  const designators = list(v, 'company-designators');
  const businessHeads = list(v, 'business-heads');
  const owner = new Map<string, { words: string[]; org: EntMention } | null>();
  for (const m of mentions) {
    if (m.type !== 'organization' || m.last - m.first < 2) continue;
    const words = v.tokens.slice(m.first, m.last).map((t) => word(t.text));
    for (const form of shortForms(words, designators, businessHeads)) {
      // "British Airways", "General Motors": a first word that is a country's, a people's or a common word is no short name
      if (form.length === 1 && !designators.has(words[words.length - 1]!.toLowerCase()) && !forms1Ok(v, m.first)) continue;
      const key = form.join(' ');
      const had = owner.get(key);
      owner.set(key, had === undefined || had?.org.id === m.id ? { words: form, org: m } : null);
    }
  }
  const forms = [...owner.values()].filter((x): x is { words: string[]; org: EntMention } => x !== null);
  if (forms.length === 0) return [...mentions];
  forms.sort((a, b) => b.words.length - a.words.length || (a.words.join(' ') < b.words.join(' ') ? -1 : 1));
  const taken = new Set<number>();
  const added: EntMention[] = [];
  for (const { words, org } of forms) {
    for (const r of nameOccurrences(v, words)) {
      if (taken.has(r.first) || taken.has(r.last - 1)) continue;
      const clash = mentions.filter((m) => m.first < r.last && r.first < m.last);
      const held = clash.some(
        (m) =>
          // "Brill Motor" found by its head word is the short form of "Brill Motor Corp", not an organization of its own
          // and "Kestow" found on its own inside "Kestow & Varn" is that short form's too
          (m.type === 'organization' && (m.first < r.first || m.last > r.last)) ||
          m.type === 'country' ||
          strongPerson(v, m) ||
          m.first < r.first ||
          m.last > r.last,
      );
      if (held) continue;
      for (let i = r.first; i < r.last; i++) taken.add(i);
      const { via: _via, ...base } = org;
      added.push({ ...base, first: r.first, last: r.last, rule });
    }
  }
  const kept = mentions.filter((m) => !taken.has(m.first));
  return [...kept, ...added];
}
