/** One meeting per real-world event: mentions with the same parties, kind and time are merged. */
import type { MeetingKind, MeetingStatus } from '../../types.js';
import type { Party } from './participants.js';
import type { MeetingMention } from './mention.js';

export interface Meeting {
  readonly mentions: MeetingMention[];
  readonly parties: Map<string, Party & { readonly mention: MeetingMention }>;
  readonly excluded: Set<string>;
}

export const FAMILY: Readonly<Record<MeetingKind, string>> = { summit: 'm', meeting: 'm', talks: 'm', visit: 'v', call: 'c' };

/** A date value as a day range [from, to] (ISO strings compare as dates). */
export function dayRange(v: string): [string, string] | null {
  const iv = /^(\d{4}(?:-\d{2}){0,2})\/(\d{4}(?:-\d{2}){0,2})$/.exec(v);
  if (iv) return [dayRange(iv[1]!)![0], dayRange(iv[2]!)![1]];
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return [v, v];
  if (/^\d{4}-\d{2}$/.test(v)) return [`${v}-01`, `${v}-31`];
  if (/^\d{4}$/.test(v)) return [`${v}-01-01`, `${v}-12-31`];
  const w = /^(\d{4})-W(\d{2})$/.exec(v);
  if (w) {
    const y = Number(w[1]);
    const jan4 = Date.UTC(y, 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86400000 + (Number(w[2]) - 1) * 7 * 86400000;
    const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);
    return [iso(monday), iso(monday + 6 * 86400000)];
  }
  const season = /^(\d{4})-(SP|SU|FA|WI)$/.exec(v);
  if (season) return [`${season[1]}-01-01`, `${season[1]}-12-31`];
  return null;
}

export function datesCompatible(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  return a.some((x) =>
    b.some((y) => {
      const rx = dayRange(x);
      const ry = dayRange(y);
      return rx !== null && ry !== null && rx[0] <= ry[1] && ry[0] <= rx[1];
    }),
  );
}

const STATUS_CLASS: Readonly<Record<MeetingStatus, string>> = {
  occurred: 'past',
  planned: 'future',
  proposed: 'future',
  cancelled: 'any',
  negated: 'any',
};

function explicit(m: MeetingMention): boolean {
  return m.statusStep !== 'default' && m.statusStep !== 'future-date';
}

const SAME_KIND: Readonly<Record<MeetingKind, readonly MeetingKind[]>> = {
  summit: ['summit', 'talks', 'meeting'],
  meeting: ['meeting', 'summit', 'talks'],
  talks: ['talks', 'summit', 'meeting'],
  visit: ['visit'],
  call: ['call'],
};

function viable(mt: Meeting): boolean {
  return mt.parties.size >= 2 || [...mt.parties.keys()].some((id) => id.startsWith('organization:'));
}

/**
 * Can one meeting be held at both places? The same place, or a place and the country it lies in
 * (`countryOf` gives a place's country id). "met in Oslo" and "a summit in Berlin" are two meetings.
 */
export function placesCompatible(a: string | undefined, b: string | undefined, countryOf: (id: string) => string | undefined): boolean {
  if (a === undefined || b === undefined || a === b) return true;
  return countryOf(a) === b || countryOf(b) === a;
}

/**
 * Merge mentions into meetings. `side` maps a party to the side it stands for (a sitting leader
 * to the country: "the Lund-Varno summit" is "the Denmark-Chile summit"); mentions held at places
 * that exclude each other stay apart.
 */
export function clusterMentions(
  mentions: readonly MeetingMention[],
  valueOf: (dateIndex: number) => string | null,
  side: (id: string) => string = (id) => id,
  countryOf: (id: string) => string | undefined = () => undefined,
): Meeting[] {
  const meetings: Meeting[] = [];
  // vague references (PAST_REF …) place nothing in time, so they never keep two mentions apart
  const values = (m: MeetingMention): string[] => m.dates.map(valueOf).filter((v): v is string => v !== null && dayRange(v) !== null);
  const meetingValues = (mt: Meeting): string[] => mt.mentions.flatMap(values);
  for (const m of mentions) {
    const ids = new Set(m.parties.map((p) => p.id));
    let target: Meeting | undefined;
    for (let i = meetings.length - 1; i >= 0 && !target; i--) {
      const mt = meetings[i]!;
      const first = mt.mentions[0]!;
      if (FAMILY[first.kind] !== FAMILY[m.kind]) continue;
      // two triggers of one sentence name two meetings (joint ones were merged before)
      const differs = (x: MeetingMention): boolean =>
        x.parties.some((p) => !ids.has(p.id)) && [...ids].some((id) => !x.parties.some((p) => p.id === id));
      if (!m.anaphoric && mt.mentions.some((x) => x.trigger.si === m.trigger.si && !x.anaphoric && differs(x))) continue;
      // a summit attended by the people of another meeting of its sentence is not that meeting
      if (mt.mentions.some((x) => x.trigger.si === m.trigger.si && (x.attended === true) !== (m.attended === true))) continue;
      // a dated meeting recalled by the two who speak ("last time we met on …") joins only a dated meeting
      const recalled = m.recalled === true || mt.mentions.some((x) => x.recalled === true);
      if (recalled && (values(m).length === 0 || !mt.mentions.some((x) => values(x).length > 0))) continue;
      if (m.ordinal && first.ordinal && m.ordinal !== first.ordinal && m.ordinal !== 'latest') continue;
      if (!datesCompatible(values(m), meetingValues(mt))) continue;
      if (!mt.mentions.every((x) => placesCompatible(m.place, x.place, countryOf))) continue;
      if (m.anaphoric) {
        // "a conference in London next month" does not refer back to talks that took place
        const a = STATUS_CLASS[m.status];
        const b = STATUS_CLASS[first.status];
        if (explicit(m) && a !== 'any' && b !== 'any' && a !== b) continue;
        const kinds = SAME_KIND[m.kind];
        if (viable(mt) && (kinds[0] === first.kind || (m.kind === 'meeting' && kinds.includes(first.kind)))) {
          target = mt;
          break;
        }
        continue;
      }
      // a sitting leader stands for the country only where countries are named ("Japan-US summit")
      const allCountries = (xs: Iterable<string>): boolean => [...xs].every((id) => id.startsWith('country:'));
      const countries = allCountries(ids) !== allCountries(mt.parties.keys());
      const map = countries ? side : (id: string): string => id;
      const theirs = new Set([...mt.parties.keys()].map(map));
      const mine = new Set([...ids].map(map));
      const shared = [...mine].filter((id) => theirs.has(id)).length;
      // a specific mention (two parties) does not join a meeting known by one party only
      if (mine.size >= 2 && theirs.size < 2) continue;
      const need = Math.min(2, mine.size, theirs.size);
      // countries standing in for leaders must be the same set ("Denmark-Chile" is "Lund-Varno", not a three-way meeting)
      if (countries && m.kind !== 'visit' && (mine.size !== theirs.size || shared !== mine.size)) continue;
      if (need === 0 || shared < need) continue;
      const a = STATUS_CLASS[m.status];
      const b = STATUS_CLASS[first.status];
      if (a !== 'any' && b !== 'any' && a !== b && explicit(m) && explicit(first)) continue;
      target = mt;
    }
    if (!target) {
      if (m.anaphoric) continue;
      target = { mentions: [], parties: new Map(), excluded: new Set() };
      meetings.push(target);
    }
    target.mentions.push(m);
    for (const p of m.parties) if (!target.parties.has(p.id)) target.parties.set(p.id, { ...p, mention: m });
    for (const x of m.excluded) target.excluded.add(x);
  }
  return meetings;
}

/**
 * A headline's meeting ("Lund meets Varno in Oslo") is told again in the body, where its place
 * or date may be left out: the first body meeting of the same family that shares a person with it
 * and agrees with its status, date and place takes the headline's mention (its place and date
 * count only where the body gives none).
 */
export function attachHeadline(
  meetings: readonly Meeting[],
  headline: readonly MeetingMention[],
  valueOf: (dateIndex: number) => string | null,
  countryOf: (id: string) => string | undefined = () => undefined,
): void {
  const values = (m: MeetingMention): string[] => m.dates.map(valueOf).filter((v): v is string => v !== null && dayRange(v) !== null);
  for (const h of headline) {
    if (h.anaphoric || (h.place === undefined && values(h).length === 0)) continue;
    const people = h.parties.filter((p) => p.id.startsWith('person:')).map((p) => p.id);
    const target = meetings.find(
      (mt) =>
        FAMILY[mt.mentions[0]!.kind] === FAMILY[h.kind] &&
        people.some((id) => mt.parties.has(id)) &&
        STATUS_CLASS[mt.mentions[0]!.status] === STATUS_CLASS[h.status] &&
        datesCompatible(values(h), mt.mentions.flatMap(values)) &&
        mt.mentions.every((x) => placesCompatible(h.place, x.place, countryOf)),
    );
    if (target) target.mentions.push({ ...h, anaphoric: true });
  }
}
