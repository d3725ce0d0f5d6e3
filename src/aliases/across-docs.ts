/**
 * Merge across documents: a person known in one document only by a single name ("Lund") joins
 * the one full name in the corpus that it is the surname of ("Ada Lund"); when two full
 * names fit, it stays apart rather than merge two people.
 */
interface NodeLike {
  readonly id: string;
  readonly type: string;
  readonly label: string;
}

export function mergeAcrossDocs(nodes: readonly NodeLike[]): Map<string, string> {
  const rename = new Map<string, string>();
  const full = nodes.filter((n) => n.type === 'person' && n.id.split('-').length > 1);
  const bySurname = new Map<string, Set<string>>();
  for (const n of full) {
    const parts = n.id.slice('person:'.length).split('-');
    for (const key of [parts[parts.length - 1]!, parts[0]!]) {
      const s = bySurname.get(key) ?? new Set<string>();
      s.add(n.id);
      bySurname.set(key, s);
    }
  }
  for (const n of nodes) {
    if (n.type !== 'person' || n.id.includes('-')) continue;
    const ids = bySurname.get(n.id.slice('person:'.length));
    if (ids && ids.size === 1) rename.set(n.id, [...ids][0]!);
  }
  return rename;
}
