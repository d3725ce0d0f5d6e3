import type { DocView } from './classify.js';
import { labelOf, list, nameTokensOf, personMention } from './classify.js';
import type { EntMention } from './types.js';
import { slugify } from './types.js';

/** A single capitalized word that may be a person (a surname), a place, or nothing. */
export interface BareName {
  readonly first: number;
  readonly last: number;
  readonly titles: readonly string[];
  /** the rule that makes it a person on its own (a title, a known first name) */
  readonly evidence?: string;
  /** after "in", "to", "from" … */
  readonly locative?: boolean;
}

/**
 * Persons a single name cannot stand for because of a kin word:
 * - "Park's father and predecessor Park Ji Sun": the possessor is not the person named after the kin word;
 * - "Ada Lund, daughter of President Lund": the name after "<kin> of" is not the person before the kin word.
 */
function excludedByKin(v: DocView, bare: BareName, persons: readonly EntMention[]): Set<string> {
  const out = new Set<string>();
  const kin = list(v, 'kin-terms');
  const tok = v.tokens[bare.first]!;
  const reach = v.param('bare-names', 'surname-of-full-name', 'kinWindow');
  if (/[’']s$/u.test(tok.text)) {
    for (let k = bare.last; k < Math.min(bare.last + reach, v.tokens.length); k++) {
      if (kin.has(v.tokens[k]!.norm)) {
        for (const p of persons) if (p.first > bare.first && p.first <= k + reach && v.tokens[p.first]!.sent === tok.sent) out.add(p.id);
      }
    }
  }
  let j = bare.first - 1;
  while (j >= 0 && v.titles.some((t) => t.last === j + 1 && t.first <= j)) j = v.titles.find((t) => t.last === j + 1)!.first - 1;
  if (j >= 1 && v.tokens[j]!.norm === 'of' && kin.has(v.tokens[j - 1]!.norm)) {
    for (const p of persons) if (p.last === j - 1 && v.tokens[p.first]!.sent === tok.sent) out.add(p.id);
  }
  return out;
}

/** A single name fits a full name as its last or first part, or any part of a long name ("Bemba" of "Tomas Ilario Bemba da Costa"). */
function matches(v: DocView, p: EntMention, word: string): boolean {
  const n = p.nameTokens ?? [];
  if (n.length < 2) return false;
  if (n[n.length - 1] === word || n[0] === word) return true;
  const long = n.length >= v.param('bare-names', 'surname-of-full-name', 'longNameWords');
  return long && word.length >= v.param('bare-names', 'surname-of-full-name', 'minNamePartLength') && n.includes(word);
}

function wordOf(v: DocView, b: BareName): string {
  const names = nameTokensOf(labelOf(v, b.first, b.last), list(v, 'name-particles'), list(v, 'patronymic-markers'));
  return names[names.length - 1] ?? slugify(v.tokens[b.first]!.norm).replace(/-/g, '');
}

/** Attach single names to the full names they stand for; decide what is left. */
export function resolveBareNames(v: DocView, mentions: EntMention[], bare: readonly BareName[]): EntMention[] {
  const persons = mentions.filter((m) => m.type === 'person');
  const byWord = new Map<string, string>(); // one sense per discourse: a surname keeps its first resolution
  const out = [...mentions];
  const sorted = [...bare].sort((a, b) => a.first - b.first);
  // a single name that some mention establishes as a person ("Mr Lund") is a person everywhere
  const known = new Set(sorted.filter((b) => b.evidence !== undefined).map((b) => wordOf(v, b)));
  const heads = new Set(
    mentions
      .filter((m) => (m.type === 'place' || m.type === 'organization') && m.last - m.first >= 2)
      .map((m) => v.tokens[m.last - 1]!.norm),
  );
  // "the carmaker Varnex … Varnex said": a single word the text names an organization is that organization's, no one's name
  const orgWords = new Map<string, EntMention>();
  for (const m of mentions)
    if (m.type === 'organization' && m.last - m.first === 1 && !orgWords.has(v.tokens[m.first]!.norm))
      orgWords.set(v.tokens[m.first]!.norm, m);
  for (const b of sorted) {
    const tok = v.tokens[b.first]!;
    const word = wordOf(v, b);
    const excluded = excludedByKin(v, b, persons);
    const candidates = persons.filter((p) => matches(v, p, word.replace(/-/g, '')) && !excluded.has(p.id));
    const ids = [...new Set(candidates.map((c) => c.id))];
    let chosen: EntMention | undefined;
    if (ids.length === 1) chosen = candidates[0];
    else if (ids.length > 1) {
      const sameSentence = candidates.filter((c) => v.tokens[c.first]!.sent === tok.sent);
      const sameIds = [...new Set(sameSentence.map((c) => c.id))];
      const remembered = byWord.get(word);
      if (sameIds.length === 1) chosen = sameSentence[0];
      else if (remembered !== undefined) chosen = candidates.find((c) => c.id === remembered);
      else {
        const before = candidates.filter((c) => c.last <= b.first && !v.headlineSentences.has(v.tokens[c.first]!.sent));
        chosen = before.length > 0 ? before[before.length - 1] : candidates.find((c) => c.first > b.first);
      }
    }
    if (chosen) {
      if (!byWord.has(word) && excluded.size === 0) byWord.set(word, chosen.id);
      out.push({
        ...personMention(v, b.first, b.last, v.stamp('bare-names', 'surname'), b.titles),
        id: chosen.id,
        label: chosen.label,
        via: [v.stamp('bare-names', 'surname-of-full-name')],
        nameTokens: chosen.nameTokens ?? [],
      });
      continue;
    }
    if (b.evidence) {
      out.push(personMention(v, b.first, b.last, b.evidence, b.titles));
      continue;
    }
    // "Westminster Abbey … the Abbey": the head word of a place or organization named in the text is no one's name
    if (heads.has(word)) continue;
    const org = orgWords.get(tok.norm);
    if (org) {
      const { via: _via, ...base } = org;
      out.push({ ...base, first: b.first, last: b.last, rule: v.stamp('bare-names', 'organization') });
      continue;
    }
    if (known.has(word) && !tok.tags.has('Place')) {
      out.push(personMention(v, b.first, b.last, v.stamp('chunks', 'known-single-name'), b.titles));
      continue;
    }
    if (b.locative && !tok.tags.has('Person')) {
      const label = labelOf(v, b.first, b.last);
      out.push({
        type: 'place',
        first: b.first,
        last: b.last,
        id: `place:${slugify(label)}`,
        label,
        rule: v.stamp('bare-names', 'after-preposition'),
      });
      continue;
    }
    const next = v.tokens[b.last];
    const subject =
      next !== undefined &&
      next.sent === tok.sent &&
      tok.pos > 0 &&
      !/[,;:]/.test(tok.post) &&
      next.tags.has('Verb') &&
      (next.tags.has('PastTense') || next.tags.has('PresentTense') || next.tags.has('Modal') || next.tags.has('Auxiliary'));
    // "MPs say", "NGOs warned": a plural acronym is a group of people, not a name
    const pluralAcronym = /^\p{Lu}{2,}s$/u.test(tok.text);
    if (
      subject &&
      !pluralAcronym &&
      !tok.tags.has('Place') &&
      !tok.tags.has('Organization') &&
      !tok.tags.has('Plural') &&
      !/[’']s$/u.test(tok.text)
    ) {
      out.push(personMention(v, b.first, b.last, v.stamp('bare-names', 'subject'), []));
    }
  }
  // later single names that repeat a single-name person found above ("Varno … Varno")
  return out;
}
