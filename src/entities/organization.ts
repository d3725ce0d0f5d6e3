import type { Token } from '../tokenize/index.js';
import { isCapitalized } from '../tokenize/norm.js';
import type { DocView } from './classify.js';
import { entryOf, hasKind, labelOf, list } from './classify.js';
import type { EntMention } from './types.js';
import { slugify } from './types.js';

const BREAK = /[,;:()"“”[\]|!?]/;
const CONNECTORS = new Set(['of', 'and', 'for', 'the', '&', 'on', 'de']);

function breaksBefore(tokens: readonly Token[], i: number): boolean {
  const p = tokens[i - 1];
  return p === undefined || p.sent !== tokens[i]!.sent || BREAK.test(p.post) || BREAK.test(tokens[i]!.pre);
}

function isTitle(v: DocView, i: number): boolean {
  return hasKind(v.hitAt.get(i), 'role-title', 'leader-title', 'honorific');
}

const FUNCTION_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'Verb', 'Date', 'Month', 'WeekDay', 'Person'];

function extendLeft(v: DocView, head: number): number {
  const t = v.tokens;
  // "Morgan Varn Holdings Inc": a company is often named after a person, so a designator's name keeps personal names
  const company = list(v, 'company-designators').has(t[head]!.norm);
  const stops = company ? FUNCTION_TAGS.filter((x) => x !== 'Person') : FUNCTION_TAGS;
  let left = head;
  while (left > 0 && !breaksBefore(t, left)) {
    const p = t[left - 1]!;
    const hit = v.hitAt.get(p.i);
    if (hit && hasKind(hit, 'organization')) break;
    if (isTitle(v, p.i)) break;
    // "Ohio-based Kestow Bancshares", "U.S.-backed Varn Front": a compound adjective describes the name, it is no part of it
    if (/-\p{Ll}+$/u.test(p.text) && list(v, 'hyphen-compound-heads').has(p.text.slice(p.text.lastIndexOf('-') + 1))) break;
    if (hit && hasKind(hit, 'country', 'demonym', 'capital')) {
      // a country or demonym is the leftmost modifier: "South Korean Ministry", "US State Department"
      if (/[’']s$/u.test(p.text)) break;
      left = hit.first;
      break;
    }
    if (/[’']s?$/u.test(p.text)) {
      // "National People's Congress" keeps its possessive; "Japan's Ministry", "Mr Lund's Fund" do not
      if (!list(v, 'collective-possessors').has(p.norm)) break;
      left--;
      continue;
    }
    if (isCapitalized(p.text) && !stops.some((x) => p.tags.has(x))) {
      left--;
      continue;
    }
    const before = t[left - 2];
    if (
      (p.norm === 'and' || p.text === '&' || p.norm === 'of' || p.norm === 'for') &&
      before &&
      isCapitalized(before.text) &&
      // "Kestow Inc and Ardley Corp": a company designator ends the name before "and"
      !((p.norm === 'and' || p.text === '&') && list(v, 'company-designators').has(before.norm)) &&
      // "Shares of Kestow Holdings", "Officials of the Council": a sentence-initial common noun is no part of the name
      !(before.pos === 0 && p.text !== '&' && !before.tags.has('ProperNoun') && !hasKind(v.hitAt.get(before.i), 'org-head')) &&
      !breaksBefore(t, left - 1) &&
      !isTitle(v, left - 2) &&
      !hasKind(v.hitAt.get(left - 2), 'country', 'demonym', 'capital', 'organization', 'place') &&
      !before.tags.has('Person')
    ) {
      left--;
      continue;
    }
    break;
  }
  while (left < head && (t[left]!.norm === 'the' || CONNECTORS.has(t[left]!.norm))) left++;
  return left;
}

function extendRight(v: DocView, head: number): number {
  const t = v.tokens;
  let right = head + 1;
  for (;;) {
    const c = t[right];
    if (!c || c.sent !== t[head]!.sent || BREAK.test(t[right - 1]!.post) || BREAK.test(c.pre) || /[’']s$/u.test(t[right - 1]!.text)) break;
    if (!/^(of|for)$/.test(c.norm)) break;
    // "Kestow Chemical Co of Varnland": after a company designator, "of" names where the company is
    if (list(v, 'company-designators').has(t[right - 1]!.norm)) break;
    let k = right + 1;
    if (t[k]?.norm === 'the') k++;
    const start = k;
    while (
      t[k] &&
      t[k]!.sent === c.sent &&
      isCapitalized(t[k]!.text) &&
      !isTitle(v, k) &&
      !BREAK.test(t[k - 1]!.post) &&
      !BREAK.test(t[k]!.pre) &&
      !['Date', 'Month', 'WeekDay', 'Person'].some((x) => t[k]!.tags.has(x))
    ) {
      k++;
      if (/[’']s$/u.test(t[k - 1]!.text) && !isCapitalized(t[k]?.text ?? '')) break;
      if (t[k]?.norm === 'and' && isCapitalized(t[k + 1]?.text ?? '') && !isTitle(v, k + 1)) k++;
    }
    if (k === start) break;
    right = k;
  }
  return right;
}

function countryOf(v: DocView, first: number, last: number): string | undefined {
  for (let i = first; i < last; i++) {
    const hit = v.hitAt.get(i);
    const e = hit && entryOf(hit, 'country', 'demonym');
    if (e?.iso) return e.iso;
  }
  // "Japan's Ministry of Foreign Affairs"
  const p = v.tokens[first - 1];
  if (p && /[’']s$/u.test(p.text)) {
    const hit = v.hitAt.get(p.i);
    const e = hit && entryOf(hit, 'country', 'capital');
    if (e?.iso) return e.iso;
  }
  return undefined;
}

export function orgMention(v: DocView, first: number, last: number, rule: string): EntMention {
  const label = labelOf(v, first, last);
  const country = countryOf(v, first, last);
  const namesCountry =
    country !== undefined &&
    Array.from({ length: last - first }, (_, k) => v.hitAt.get(first + k)).some((h) => h && hasKind(h, 'country', 'demonym'));
  const slug = slugify(label);
  const id = country && !namesCountry ? `organization:${slug}-${country.toLowerCase()}` : `organization:${slug}`;
  return { type: 'organization', first, last, id, label, rule, ...(country ? { country } : {}) };
}

/** Organizations named by a head word ("… Ministry", "… Party", "Ministry of …"). */
export function findOrganizations(v: DocView): EntMention[] {
  const t = v.tokens;
  const out: EntMention[] = [];
  let coveredFrom = Infinity;
  for (let i = t.length - 1; i >= 0; i--) {
    if (i >= coveredFrom) continue;
    const tok = t[i]!;
    const found = v.hitAt.get(i);
    // "the Varnic Labour Party leader Ada Lund": a title phrase ("party leader") that opens with a capitalized head word
    const titleOpens =
      found !== undefined &&
      found.first === i &&
      found.last - found.first > 1 &&
      isCapitalized(tok.text) &&
      hasKind(found, 'role-title', 'leader-title') &&
      !hasKind(found, 'org-head') &&
      list(v, 'org-heads').has(tok.norm);
    const hit = titleOpens ? { ...found, last: i + 1 } : found;
    if (!hit || (!titleOpens && !hasKind(hit, 'org-head')) || hit.first !== i) continue;
    if (!titleOpens && hasKind(hit, 'organization', 'country', 'place', 'capital', 'role-title', 'leader-title')) continue;
    const capital = isCapitalized(tok.text);
    let left: number;
    let right: number;
    if (capital) {
      left = extendLeft(v, i);
      right = extendRight(v, hit.last - 1);
    } else {
      // "Egyptian embassy", "German parliament": a demonym before a lower-case institution
      const p = t[i - 1];
      const ph = p && v.hitAt.get(p.i);
      if (!ph || !hasKind(ph, 'demonym') || !list(v, 'institution-heads').has(tok.norm) || breaksBefore(t, i)) continue;
      left = ph.first;
      right = hit.last;
    }
    // "Task Force 59": a number right after the head is part of the name
    if (
      capital &&
      right === hit.last &&
      /^\d+$/.test(t[right]?.text ?? '') &&
      t[right]!.sent === tok.sent &&
      !BREAK.test(t[right - 1]!.post)
    )
      right++;
    const hasModifier = left < i || right > hit.last;
    if (!hasModifier) continue;
    if (right > coveredFrom) {
      // "Standing Committee of the National People's Congress": the larger name absorbs the inner one
      const inner = out[out.length - 1];
      if (inner && inner.first === coveredFrom) {
        out.pop();
        right = Math.max(right, inner.last);
      } else right = coveredFrom;
    }
    out.push(
      orgMention(
        v,
        left,
        right,
        v.stamp('organizations', capital ? (right > hit.last ? 'head-of-name' : 'name-head') : 'demonym-institution'),
      ),
    );
    coveredFrom = left;
  }
  out.reverse();
  const named = countryNamedOrgs(v, out);
  return named.length === 0 ? out : [...out, ...named].sort((a, b) => a.first - b.first);
}

/** "Air Chile", "Statistics Norway": an opener word (lexicon country-name-org-openers) right before a country's name. */
function countryNamedOrgs(v: DocView, found: readonly EntMention[]): EntMention[] {
  const openers = list(v, 'country-name-org-openers');
  const out: EntMention[] = [];
  for (const tok of v.tokens) {
    if (!isCapitalized(tok.text) || !openers.has(tok.norm) || v.hitAt.has(tok.i)) continue;
    const hit = v.hitAt.get(tok.i + 1);
    if (!hit || hit.first !== tok.i + 1 || !entryOf(hit, 'country') || hasKind(hit, 'demonym') || breaksBefore(v.tokens, tok.i + 1))
      continue;
    if (found.some((o) => o.first <= hit.last - 1 && tok.i < o.last)) continue;
    out.push(orgMention(v, tok.i, hit.last, v.stamp('organizations', 'country-name-org')));
  }
  return out;
}

/** "the publication Al-Masry Al-Youm", "news agency Jiji Press", "the lender Kolbe Bank": a capitalized name after an outlet or company noun. */
export function appositionOrg(v: DocView, first: number, last: number): EntMention | null {
  const p = v.tokens[first - 1];
  if (!p || p.sent !== v.tokens[first]!.sent || BREAK.test(p.post)) return null;
  if (!list(v, 'outlet-apposition-nouns').has(p.norm) && !list(v, 'company-nouns').has(p.norm)) return null;
  return orgMention(v, first, last, v.stamp('chunks', 'outlet-apposition'));
}

/** "working with Congress", "the Treasury said": a capitalized designator alone, inside a sentence, names its institution. */
export function bareInstitution(v: DocView, first: number, last: number): EntMention | null {
  const t = v.tokens[first]!;
  if (last - first !== 1 || !isCapitalized(t.text) || !list(v, 'bare-institutions').has(t.norm)) return null;
  const p = v.tokens[first - 1];
  if (t.pos === 0 && !(p?.norm === 'the' && p.sent === t.sent)) return null;
  return orgMention(v, first, last, v.stamp('chunks', 'bare-institution'));
}

export function lexiconOrg(v: DocView, first: number, last: number, canonical: string | undefined): EntMention {
  const m = orgMention(v, first, last, v.stamp('lexicon', 'organization'));
  if (canonical === undefined) return m;
  return { ...m, id: `organization:${slugify(canonical)}`, label: canonical };
}

/** A trailing "(EAC)" after an organization name. */
export function acronymAfter(v: DocView, last: number): { first: number; last: number } | null {
  const open = v.tokens[last - 1];
  const acr = v.tokens[last];
  if (!open || !acr || !(/\(\s*$/.test(open.post) || /\(\s*$/.test(acr.pre))) return null;
  if (!/^\p{Lu}{2,6}$/u.test(acr.text.replace(/[()]/g, ''))) return null;
  // "(NYSE: NPK)": an exchange's code and a ticker, not the name's acronym
  if (/^:/.test(acr.post)) return null;
  return { first: last, last: last + 1 };
}

/**
 * "the Bank of Varnland ... Varnland's exports": a country named inside an organization's name is a mention of its
 * own only when the document names that country nowhere else (then the country, and what ties to it, would be lost).
 */
export function countriesOutsideOrgs(ms: readonly EntMention[]): EntMention[] {
  const orgs = ms.filter((m) => m.type === 'organization');
  const inside = (m: EntMention): boolean =>
    m.type === 'country' && orgs.some((o) => o.first <= m.first && m.last <= o.last && o.last - o.first > m.last - m.first);
  const outside = new Set(ms.filter((m) => m.type === 'country' && !inside(m)).map((m) => m.id));
  return ms.filter((m) => !inside(m) || !outside.has(m.id));
}

const CODE = /^\p{Lu}[\p{Lu}\d.]{0,7}$/u;

/**
 * "Northpeak Resources (NYSE: NPK)": a listing in parentheses, an exchange's code, a colon and a ticker.
 * The index of the exchange's code when one opens at token i, else -1.
 */
export function listingAt(v: DocView, i: number): number {
  const t = v.tokens;
  const code = t[i];
  const ticker = t[i + 1];
  const before = t[i - 1];
  if (!code || !ticker || !before || before.sent !== code.sent || ticker.sent !== code.sent) return -1;
  if (!/\(\s*$/.test(before.post) && !/\(\s*$/.test(code.pre)) return -1;
  if (!/^:\s*$/.test(code.post) || !CODE.test(code.text) || !CODE.test(ticker.text) || !/^\)/.test(ticker.post)) return -1;
  return i;
}

/** "Kestow's chief executive", "Kestow chairman Ada Lund": a name right before a company officer's title (lexicon company-officer-titles). */
export function beforeOfficerTitle(v: DocView, last: number): boolean {
  const t = v.tokens;
  const end = t[last - 1]!;
  if (/[,;:()—–-]/.test(end.post)) return false;
  const officers = list(v, 'company-officer-titles');
  const words: string[] = [];
  for (let k = last; k < last + 4 && t[k]?.sent === end.sent; k++) {
    words.push(t[k]!.norm);
    if (officers.has(words.join(' '))) return true;
    if (BREAK.test(t[k]!.post)) break;
  }
  return false;
}

/**
 * "shares of Kestow", "Shares in Kestow", "a stake in the Varnholm Mills": a name after a noun of equity (lexicon share-nouns)
 * and "of"/"in"; "analysts at Kestow Securities": after a firm's people (lexicon firm-staff-nouns) and "at"/"with".
 */
export function afterShareNoun(v: DocView, first: number): boolean {
  const t = v.tokens;
  let k = first - 1;
  if (t[k]?.norm === 'the') k--;
  const prep = t[k];
  const noun = t[k - 1];
  if (!prep || !noun || noun.sent !== t[first]!.sent) return false;
  if (BREAK.test(noun.post) || BREAK.test(prep.post)) return false;
  if (/^(of|in)$/.test(prep.norm)) return list(v, 'share-nouns').has(noun.norm);
  return /^(at|with)$/.test(prep.norm) && list(v, 'firm-staff-nouns').has(noun.norm);
}
