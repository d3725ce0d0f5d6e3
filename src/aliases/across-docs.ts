/**
 * Merge across documents: a person known in some document only by a single name ("Lund")
 * joins the one full name in the corpus whose surname (or family name) it is ("Ada Lund") —
 * unless both appear in one document, where the document-level resolution kept them apart;
 * when two full names fit, it stays apart rather than merge two people.
 */
interface NodeLike {
  readonly id: string;
  readonly type: string;
  readonly mentions: readonly { readonly path: string }[];
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

export function mergeAcrossDocs(nodes: readonly NodeLike[]): Map<string, string> {
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
  return rename;
}
