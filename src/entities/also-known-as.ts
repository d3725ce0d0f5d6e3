import type { DocView } from './classify.js';
import type { EntMention } from './types.js';

/** The initials of a name's capitalized words ("Varnic Trade Council" → "VTC"); function words are skipped. */
export function initialsOf(label: string): string {
  return label
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0]!)
    .join('');
}

/**
 * "the Varnic Trade Council … the VTC": an acronym the chunks found on its own is the organization of the
 * document whose initials it spells, when exactly one does.
 */
function acronymsOfNames(
  v: DocView,
  mentions: readonly EntMention[],
  rename: Map<EntMention, { id: string; label: string; via: string }>,
): void {
  const acronym = v.stamp('chunks', 'acronym');
  const named = mentions.filter((m) => m.type === 'organization' && m.rule !== acronym && m.last - m.first >= 2);
  for (const m of mentions) {
    if (m.rule !== acronym || rename.has(m)) continue;
    const ids = new Map(named.filter((o) => initialsOf(o.label) === m.label).map((o) => [o.id, o]));
    if (ids.size !== 1) continue;
    const o = [...ids.values()][0]!;
    rename.set(m, { id: o.id, label: o.label, via: v.stamp('second-names', 'acronym-of-name') });
  }
}

/**
 * Second names of one entity:
 * - "Ada Lund, also known as Mira Sand" / "Ada Lund (Mira Sand)": the second name is the same person;
 * - "the Varnic Foreign Ministry's Coastal Affairs Bureau": a bureau named after its ministry's
 *   possessive is part of that ministry (same node, kept as an alias).
 */
export function mergeSecondNames(v: DocView, mentions: readonly EntMention[]): EntMention[] {
  const byFirst = new Map<number, EntMention>();
  for (const m of mentions) if (!byFirst.has(m.first)) byFirst.set(m.first, m);
  const rename = new Map<EntMention, { id: string; label: string; via: string }>();
  // an organization named by its head word ("… Bureau", "Bureau of …")
  const headed = new Set([v.stamp('organizations', 'name-head'), v.stamp('organizations', 'head-of-name')]);
  for (const m of mentions) {
    const t = v.tokens;
    if (m.type === 'person') {
      let k = m.last;
      const sep = t[k - 1]!.post;
      if (/,\s*$/.test(sep)) {
        if (t[k]?.norm === 'also' || t[k]?.norm === 'better') k++;
        if (t[k]?.norm === 'known' && t[k + 1]?.norm === 'as') k += 2;
        else continue;
      } else if (!/\(\s*$/.test(sep)) continue;
      const other = byFirst.get(k);
      if (other && other.type === 'person' && other.id !== m.id)
        rename.set(other, { id: m.id, label: m.label, via: v.stamp('second-names', 'also-known-as') });
    } else if (m.type === 'organization' && /[’']s$/u.test(t[m.last - 1]!.text)) {
      const other = byFirst.get(m.last);
      if (other && other.type === 'organization' && headed.has(other.rule))
        rename.set(other, { id: m.id, label: m.label, via: v.stamp('second-names', 'sub-unit-of-organization') });
    }
  }
  acronymsOfNames(v, mentions, rename);
  if (rename.size === 0) return [...mentions];
  const final = new Map<string, { id: string; label: string; via: string }>();
  for (const [m, r] of rename) final.set(m.id, r);
  return mentions.map((m) => {
    const r = rename.get(m) ?? final.get(m.id);
    if (!r) return m;
    return { ...m, id: r.id, label: r.label, via: [...(m.via ?? []), r.via] };
  });
}
