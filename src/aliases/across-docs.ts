/**
 * Merge across documents: a person known in some document only by a single name ("Lund")
 * joins the one full name in the corpus whose surname (or family name) it is ("Ada Lund") —
 * unless both appear in one document, where the document-level resolution kept them apart;
 * when two full names fit, it stays apart rather than merge two people.
 *
 * An organization of a country named two ways is one node: "the Varnic Foreign Ministry",
 * "Varnia's Ministry of Foreign Affairs" and "Ministry of Foreign Affairs" (of Varnia) — the same
 * country attribute and the same name once the country's own names and demonyms are left out and
 * "Ministry of X (Affairs)" is read as "X Ministry". It joins the first of them in graph order.
 */
import type { Locale } from '../locales/types.js';

interface NodeLike {
  readonly id: string;
  readonly type: string;
  readonly label?: string;
  readonly attributes?: Readonly<Record<string, unknown>>;
  readonly mentions: readonly { readonly path: string }[];
}

const plain = (s: string): string[] =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[.’']/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');

const countryWordsByIso = new WeakMap<Locale, Map<string, Set<string>>>();

/** The words of a country's names and demonyms (the locale's country source), by ISO code: "JP" → japan, japanese, nippon, … */
function countryWords(iso: string, locale: Locale): ReadonlySet<string> {
  let byIso = countryWordsByIso.get(locale);
  if (!byIso) {
    byIso = new Map();
    countryWordsByIso.set(locale, byIso);
    for (const c of locale.countries()) {
      const names = [c.name, c.official, ...c.altNames, ...c.demonyms];
      // capitalized words only: "Republic of Korea" gives republic and korea, never "of"
      const capitalized = names.flatMap((n) => n.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)));
      byIso.set(c.iso, new Set(capitalized.flatMap(plain)));
    }
  }
  return byIso.get(iso) ?? new Set();
}

/** "Varnia's Ministry of Foreign Affairs" (VA) → "foreign ministry"; '' when nothing is left. */
export function organizationKey(label: string, iso: string, locale: Locale): string {
  const own = countryWords(iso, locale);
  let words = plain(label).filter((w) => !own.has(w));
  if (words[0] === 'the') words = words.slice(1);
  if (words.length >= 3 && words[1] === 'of') {
    const rest = words.slice(words[2] === 'the' ? 3 : 2);
    if (rest.length > 1 && rest[rest.length - 1] === 'affairs') rest.pop();
    words = [...rest, words[0]!];
  } else if (words.length >= 3 && words[words.length - 2] === 'affairs') words.splice(words.length - 2, 1);
  return words.join(' ');
}

/** Organizations of one country under two names: each one → the first node of its group. */
function mergeOrganizations(nodes: readonly NodeLike[], rename: Map<string, string>, locale: Locale): void {
  const first = new Map<string, string>();
  for (const n of nodes) {
    const iso = n.attributes?.country;
    if (n.type !== 'organization' || typeof iso !== 'string' || n.label === undefined) continue;
    const key = organizationKey(n.label, iso, locale);
    if (key === '') continue;
    const k = `${iso}\u0000${key}`;
    const into = first.get(k);
    if (into === undefined) first.set(k, n.id);
    else if (into !== n.id) rename.set(n.id, into);
  }
}

const PATRONYMIC = new Set(['bin', 'ibn', 'bint', 'ben']);
const PARTICLES = new Set(['al', 'el', 'de', 'da', 'di', 'van', 'von', 'le', 'la', 'du']);

function nameParts(id: string): string[] {
  const parts: string[] = [];
  for (const p of id.slice('person:'.length).split('-')) {
    if (PATRONYMIC.has(p)) break;
    if (!PARTICLES.has(p)) parts.push(p);
  }
  return parts;
}

export function mergeAcrossDocs(nodes: readonly NodeLike[], locale: Locale): Map<string, string> {
  const rename = new Map<string, string>();
  const people = nodes.filter((n) => n.type === 'person');
  const docsOf = new Map(people.map((n) => [n.id, new Set(n.mentions.map((m) => m.path))]));
  const bySurname = new Map<string, Set<string>>();
  for (const n of people) {
    const parts = nameParts(n.id);
    if (parts.length < 2) continue;
    for (const key of new Set([parts[parts.length - 1]!, parts[0]!])) {
      const s = bySurname.get(key) ?? new Set<string>();
      s.add(n.id);
      bySurname.set(key, s);
    }
  }
  for (const n of people) {
    const parts = nameParts(n.id);
    if (parts.length !== 1) continue;
    const ids = bySurname.get(parts[0]!);
    if (!ids || ids.size !== 1) continue;
    const target = [...ids][0]!;
    const shared = [...docsOf.get(n.id)!].some((d) => docsOf.get(target)!.has(d));
    if (!shared) rename.set(n.id, target);
  }
  mergeOrganizations(nodes, rename, locale);
  return rename;
}
