import type { Context } from '../context.js';
import type { EntMention } from '../entities/index.js';
import { outcomeOn, stampOf } from '../engine/rule-ref.js';

function fullKey(m: EntMention): string {
  return (m.nameTokens ?? []).filter((w) => w.length > 1).join(' ');
}

/**
 * Merge people within a document: spelling variants ("Park Ji-won" / "Park Ji Won") share a
 * slug already; a name that extends another by a middle initial ("Ada Lund" / "Ada B. Lund")
 * or by more tokens of the same person keeps the longer label.
 */
export function mergePeople(mentions: readonly EntMention[], ctx: Context): EntMention[] {
  const on = outcomeOn(ctx.rules, 'within-doc');
  const rule = stampOf(ctx.rules, 'within-doc');
  const persons = mentions.filter((m) => m.type === 'person' && (m.nameTokens?.length ?? 0) > 1);
  const canonical = new Map<string, EntMention>();
  for (const p of persons) {
    const key = fullKey(p);
    const prev = canonical.get(key);
    if (!prev || p.label.length > prev.label.length) canonical.set(key, p);
  }
  return mentions.map((m) => {
    if (m.type !== 'person' || (m.nameTokens?.length ?? 0) < 2) return m;
    const c = canonical.get(fullKey(m));
    if (!c || c.id === m.id || !on) return m;
    return { ...m, id: c.id, label: c.label, via: [...(m.via ?? []), rule] };
  });
}
