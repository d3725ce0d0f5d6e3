/** The party that holds, pays or makes a meeting: the clause's subject, a pronoun's referent, or a group. */
import type { SentenceItems } from '../items.js';
import type { Discourse } from '../resolve.js';
import { describedPerson, isParty, type Party } from './participants.js';
import type { Trigger } from './triggers.js';

const PRONOUN = /^(he|she|his|her)$/;

function qualifierOnly(s: SentenceItems, k: number): boolean {
  const it = s.items[k]!;
  const next = s.items[k + 1];
  return it.entity?.type === 'country' && next?.kind === 'title' && isParty(s.items[k + 2]);
}

function leftmostPerson(s: SentenceItems, from: number, to: number): number | undefined {
  for (let k = from; k < to; k++) if (s.items[k]!.entity?.type === 'person') return k;
  return undefined;
}

/** He / she / his: the first person of this sentence before it, else of the closest sentence before. */
function pronounReferent(d: Discourse, si: number, before: number): Party | undefined {
  const here = leftmostPerson(d.sentences[si]!, 0, before);
  if (here !== undefined) return { id: d.sentences[si]!.items[here]!.entity!.id, item: before, rule: 'meeting/pronoun-subject' };
  for (let x = si - 1; x >= Math.max(0, si - 3); x--) {
    const s = d.sentences[x]!;
    const k = leftmostPerson(s, 0, s.items.length);
    if (k !== undefined) return { id: s.items[k]!.entity!.id, item: before, rule: 'meeting/pronoun-subject' };
  }
  return undefined;
}

/**
 * The subject of a meeting: the leftmost person of the clause before the trigger that no other
 * meeting words claim; else the main clause's person after a comma ("Before visiting X, Lund …");
 * else a country or organization before the trigger; else a pronoun's referent.
 */
export function clauseSubject(
  d: Discourse,
  si: number,
  from: number,
  t: Trigger,
  claimed: ReadonlySet<number>,
  own: ReadonlySet<string> = new Set(),
): Party | undefined {
  const s = d.sentences[si]!;
  const free = (k: number): boolean => !claimed.has(k) && isParty(s.items[k]) && !qualifierOnly(s, k) && !own.has(s.items[k]!.entity!.id);
  for (let k = from; k < t.first; k++)
    if (free(k) && s.items[k]!.entity!.type === 'person') return { id: s.items[k]!.entity!.id, item: k, rule: 'meeting/subject' };
  let k = t.last;
  while (k < s.items.length && s.items[k]!.symbol !== ',') k++;
  for (k++; k < s.items.length; k++) {
    const it = s.items[k]!;
    if (free(k) && it.entity!.type === 'person') return { id: it.entity!.id, item: k, rule: 'meeting/subject' };
    if (it.kind === 'word' && !/^(the|a|an|Cap)$/.test(it.symbol)) break;
  }
  for (let j = from; j < t.first; j++) {
    // "India's prime minister has arrived": the person the description stands for
    if (
      s.items[j]!.entity?.type === 'country' &&
      s.items[j + 1]?.kind === 'title' &&
      s.items[j + 1]!.title?.kind === 'leader-title' &&
      !claimed.has(j)
    ) {
      const p = describedPerson(d, s, j);
      if (p) return { id: p.id, item: j, rule: 'meeting/subject' };
    }
  }
  for (let j = t.first - 1; j >= from; j--) if (free(j)) return { id: s.items[j]!.entity!.id, item: j, rule: 'meeting/subject' };
  for (let j = from; j < t.first; j++)
    if (s.items[j]!.kind === 'word' && PRONOUN.test(s.items[j]!.symbol)) return pronounReferent(d, si, j);
  return undefined;
}

/** "the two leaders", "both sides": the two leaders named last, or the document's two main countries. */
export function groupReference(d: Discourse, s: SentenceItems, from: number, t: Trigger): Party[] {
  for (let k = from; k < t.first; k++) {
    const w = s.items[k]!.symbol;
    const next = s.items[k + 1]?.symbol ?? '';
    const after = s.items[k + 2]?.symbol ?? '';
    const group = /^(two|both|the)$/.test(w)
      ? /^(leaders|presidents)$/.test(next)
        ? 'leaders'
        : /^(sides|countries|nations|governments)$/.test(next)
          ? 'sides'
          : next === 'two' && /^(leaders|presidents)$/.test(after)
            ? 'leaders'
            : next === 'two' && /^(sides|countries|nations|governments)$/.test(after)
              ? 'sides'
              : ''
      : '';
    if (group === 'leaders') {
      const at = d.tokens[s.items[k]!.first]!.start;
      const ids: string[] = [];
      for (const e of [...d.edges].reverse())
        if (e.type === 'leader_of' && e.evidence.start < at && !ids.includes(e.source)) ids.push(e.source);
      if (ids.length >= 2) return ids.slice(0, 2).map((id) => ({ id, item: k, rule: 'meeting/two-leaders' }));
    }
    if (group === 'sides') {
      const counts = new Map<string, number>();
      for (const x of d.sentences)
        for (const it of x.items) if (it.entity?.type === 'country') counts.set(it.entity.id, (counts.get(it.entity.id) ?? 0) + 1);
      const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 2);
      if (top.length === 2) return top.map(([id]) => ({ id, item: k, rule: 'meeting/two-sides' }));
    }
  }
  return [];
}
