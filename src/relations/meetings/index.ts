import type { Context } from '../../context.js';
import { isListWord, type Lexicon } from '../../tokenize/lexicon.js';
import { mapRange } from '../../clean/index.js';
import type { WithDates } from '../../dates/index.js';
import type { MeetingKind, MeetingStatus } from '../../types.js';
import type { Discourse } from '../resolve.js';
import type { LocalEdge, LocalMeeting, ViewSpan } from '../types.js';
import { attachHeadline, clusterMentions, type Meeting } from './cluster.js';
import { attendees, buildMentions, type MeetingMention } from './mention.js';
import { findTriggers } from './triggers.js';
import { numParam } from '../../engine/rule-ref.js';
import { meetingSteps, type MeetingSteps } from './steps.js';

const RANK: Readonly<Record<MeetingStatus, number>> = { cancelled: 5, negated: 4, proposed: 3, planned: 2, occurred: 1 };
const KIND_RANK: Readonly<Record<MeetingKind, number>> = { summit: 5, talks: 4, meeting: 3, call: 2, visit: 1 };

/** "visit X for talks with Y": the visit and the talks in one sentence are one meeting. */
function mergePurpose(d: Discourse, mentions: MeetingMention[]): MeetingMention[] {
  const out: MeetingMention[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    const s = d.sentences[m.trigger.si]!;
    const sameSentence = prev !== undefined && prev.trigger.si === m.trigger.si && (prev.kind === 'visit') !== (m.kind === 'visit');
    const between = sameSentence ? s.items.slice(Math.min(prev.last, m.last), Math.max(prev.first, m.first)) : [];
    // "visit X for talks with Y" is one meeting; so is "shakes hands with Y after arriving in X"
    const purpose = sameSentence && prev.kind === 'visit' && between.some((it) => it.symbol === 'for');
    const temporal =
      between.some((it) => isListWord(d.lexicon, 'meeting-temporal-links', it.symbol)) && !between.some((it) => it.symbol === ',');
    const sharedSubject =
      sameSentence &&
      temporal &&
      prev.status === m.status &&
      prev.parties.some((p) => p.id.startsWith('person:') && m.parties.some((q) => q.id === p.id));
    if (prev && (purpose || sharedSubject)) {
      const visit = prev.kind === 'visit' ? prev : m;
      const other = prev.kind === 'visit' ? m : prev;
      const kind = other.kind === 'meeting' && !purpose ? 'visit' : other.kind;
      const parties = [...prev.parties, ...m.parties.filter((p) => !prev.parties.some((q) => q.id === p.id))];
      const place = visit.place ?? other.place;
      out[out.length - 1] = {
        ...other,
        kind,
        parties,
        dates: other.dates.length > 0 ? other.dates : visit.dates,
        ...(place !== undefined ? { place } : {}),
        anaphoric: false,
        first: Math.min(prev.first, m.first),
        last: Math.max(prev.last, m.last),
        status: RANK[m.status] >= RANK[prev.status] ? m.status : prev.status,
      };
    } else out.push(m);
  }
  return out;
}

/**
 * "spoke separately with A and B", "held separate talks with A and B", "A will meet President B,
 * Premier C and Speaker D" (each of one country, A of another): one meeting with each of the
 * objects, the other parties (the subject) in each.
 */
function splitSeparate(d: Discourse, mentions: MeetingMention[]): MeetingMention[] {
  const countryOf = (id: string): string | undefined =>
    d.edges.find((e) => (e.type === 'leader_of' || e.type === 'affiliated_with') && e.source === id && e.target.startsWith('country:'))
      ?.target;
  return mentions.flatMap((m) => {
    const s = d.sentences[m.trigger.si]!;
    const reach = numParam(d.rules, meetingSteps(d.rules).party('with'), 'separateCueWindow');
    const words = s.items.slice(Math.max(0, m.first - reach), Math.min(s.items.length, m.last + reach));
    const objects = m.parties.filter((p) => p.step === 'with' || p.step === 'object');
    if (objects.length < 2) return [m];
    // "A will meet President B, Premier C and Speaker D" (all of one other country): the visitor meets each host
    // (a person of no known country among them, "top legislator D", is one of the hosts too)
    if (!objects.every((o) => o.id.startsWith('person:'))) return [m];
    const hosts = objects.map((o) => countryOf(o.id)).filter((c) => c !== undefined);
    const visitors = m.parties.filter((p) => !objects.includes(p) && p.id.startsWith('person:')).map((p) => countryOf(p.id));
    const oneHost =
      hosts.length >= 2 &&
      hosts.every((c) => c === hosts[0]) &&
      visitors.length > 0 &&
      visitors.every((c) => c !== undefined && c !== hosts[0]);
    if (!oneHost && !words.some((it) => it.symbol === 'separately' || it.symbol === 'separate')) return [m];
    const rest = m.parties.filter((p) => !objects.includes(p));
    return objects.map((o) => ({ ...m, parties: [...rest, o] }));
  });
}

/**
 * "the previous Norway-Peru summits held on D1 in Oslo, and on D2 and D3 in Lima": a plural meeting
 * noun with a list of dates is one meeting per date, each at the place named after its date.
 */
export function splitDates(d: Discourse, mentions: readonly MeetingMention[]): MeetingMention[] {
  return mentions.flatMap((m) => {
    if (!m.trigger.plural || m.dates.length < 2) return [m];
    const s = d.sentences[m.trigger.si]!;
    const at = m.dates.map((x) => s.items.findIndex((it) => it.kind === 'date' && it.date === x));
    return m.dates.map((x, n) => {
      let place: string | undefined;
      const end = at.slice(n + 1).find((k) => k > at[n]!) ?? s.items.length;
      for (let k = at[n]! + 1; k < end && place === undefined; k++) {
        const e = s.items[k]!.entity;
        if (e && (e.type === 'place' || e.type === 'country') && !m.parties.some((p) => p.id === e.id)) place = e.id;
      }
      // the last dates of a list share the place named after them ("on D2 and D3 in Lima")
      for (let j = n + 1; place === undefined && j < m.dates.length; j++) {
        const next = at.slice(j + 1).find((k) => k > at[j]!) ?? s.items.length;
        for (let k = at[j]! + 1; k < next && place === undefined; k++) {
          const e = s.items[k]!.entity;
          if (e && (e.type === 'place' || e.type === 'country') && !m.parties.some((p) => p.id === e.id)) place = e.id;
        }
      }
      const { place: _old, ...rest } = m;
      const where = place ?? m.place;
      return { ...rest, dates: [x], ...(where !== undefined ? { place: where } : {}) };
    });
  });
}

/**
 * "Varno arrived in Oslo for a visit to Norway. A planned meeting with Lund was postponed": a meeting
 * noun whose only parties follow "with", with nothing named before it in its sentence, is the
 * meeting of the one visitor (a person) of a visit reported within `visitorSentences` before.
 */
function visitorOfPrevious(d: Discourse, steps: MeetingSteps, mentions: readonly MeetingMention[]): MeetingMention[] {
  const id = steps.party('visitor');
  if (!steps.on(id)) return [...mentions];
  const reach = numParam(d.rules, id, 'visitorSentences');
  return mentions.map((m) => {
    if (m.trigger.verb || m.kind === 'visit' || m.parties.length === 0 || !m.parties.every((p) => p.step === 'with')) return m;
    if (d.sentences[m.trigger.si]!.items.slice(0, m.first).some((it) => it.kind !== 'word')) return m;
    const visit = [...mentions]
      .reverse()
      .find((x) => x.trigger.si < m.trigger.si && m.trigger.si - x.trigger.si <= reach && x.kind === 'visit');
    const visitors = (visit?.parties ?? []).filter(
      (p) => p.id.startsWith('person:') && p.step !== 'destination' && !m.parties.some((q) => q.id === p.id),
    );
    if (visitors.length !== 1) return m;
    return { ...m, parties: [{ id: visitors[0]!.id, item: m.first, step: 'visitor' as const }, ...m.parties], anaphoric: false };
  });
}

/**
 * "my visits to Thailand and Malaysia": a plural visit noun with a list of destinations is one visit
 * to each, by the same visitors, held in that destination.
 */
function splitDestinations(d: Discourse, mentions: readonly MeetingMention[]): MeetingMention[] {
  return mentions.flatMap((m) => {
    if (!m.alsoTo || m.alsoTo.length === 0) return [m];
    const { alsoTo, ...first } = m;
    const visitors = m.parties.filter((p) => p.step !== 'destination');
    // held in the place listed ("visits to Oslo and Lima": in Lima), its party the country
    const at = (to: { item: number; id: string }): string => d.sentences[m.trigger.si]!.items[to.item]?.entity?.id ?? to.id;
    return [first, ...alsoTo.map((to) => ({ ...first, parties: [...visitors, to], place: at(to) }))];
  });
}

/**
 * "a meeting with A during B's visit to X next month": the meeting takes the visit's date and place
 * (not across a new clause: "talks after it was raised during B's summit").
 */
function inheritDuring(d: Discourse, lexicon: Lexicon, mentions: MeetingMention[]): MeetingMention[] {
  const opener = lexicon.tables.get('clause-openers');
  return mentions.map((m, n) => {
    const next = mentions[n + 1];
    if (!next || next.trigger.si !== m.trigger.si) return m;
    const between = d.sentences[m.trigger.si]!.items.slice(m.last, next.first);
    if (!between.some((it) => it.symbol === 'during')) return m;
    if (between.some((it) => it.kind === 'word' && opener?.has(it.symbol) === true)) return m;
    const place = m.place ?? next.place;
    return { ...m, dates: m.dates.length > 0 ? m.dates : next.dates, ...(place !== undefined ? { place } : {}) };
  });
}

/** Drop the parties found by a step whose record is missing or switched off. */
function liveParties(steps: MeetingSteps, xs: readonly MeetingMention[]): MeetingMention[] {
  return xs.map((x) =>
    x.parties.every((p) => steps.on(steps.party(p.step))) ? x : { ...x, parties: x.parties.filter((p) => steps.on(steps.party(p.step))) },
  );
}

function span(d: Discourse, si: number, first: number, last: number): ViewSpan {
  const s = d.sentences[si]!;
  const a = s.items[first]!;
  const b = s.items[Math.max(first, last - 1)]!;
  return { start: d.tokens[a.first]!.start, end: d.tokens[Math.max(a.first, b.last - 1)]!.end };
}

function attributes(
  mt: Meeting,
  valueOf: (i: number) => string | null,
  countryOf: (id: string) => string | undefined,
): { kind: MeetingKind; status: MeetingStatus; dates: string[]; place?: string } {
  const first = mt.mentions[0]!;
  const kind = mt.mentions.reduce<MeetingKind>(
    (k, m) => (!m.anaphoric && KIND_RANK[m.kind] > KIND_RANK[k] && k !== 'visit' ? m.kind : k),
    first.kind,
  );
  let status = first.status;
  for (const m of mt.mentions.slice(1)) {
    if (m.status === 'cancelled' && RANK[m.status] > RANK[status]) status = m.status;
  }
  // a meeting is dated by a calendar value (a year or finer), not by a reference or a century ("12", PAST_REF)
  const calendar = (v: string | null): v is string => v !== null && /^\d{4}/.test(v);
  const withDates = mt.mentions.find((m) => m.dates.some((i) => calendar(valueOf(i))));
  const dates = withDates ? [...new Set(withDates.dates.map(valueOf).filter(calendar))] : [];
  const at = mt.mentions.find((m) => m.place !== undefined);
  // a visit is to the country the same sentence names, not the city it arrived in ("arrived in Oslo,
  // beginning a visit to Norway"); a city told apart from the country stays ("arriving in Oslo" in a caption)
  const land = kind === 'visit' && at?.place !== undefined ? countryOf(at.place) : undefined;
  const place =
    land !== undefined &&
    mt.mentions.some(
      (m) =>
        m.place === land && mt.mentions.some((c) => c.place !== undefined && countryOf(c.place) === land && c.trigger.si === m.trigger.si),
    )
      ? land
      : at?.place;
  return { kind, status, dates, ...(place !== undefined ? { place } : {}) };
}

/** Is the first sentence a headline: a line of its own without closing punctuation? */
function isTitleLine(doc: WithDates, d: Discourse): boolean {
  const s = d.sentences[0]!;
  const last = s.items[s.items.length - 1];
  if (!last) return false;
  const end = d.tokens[last.last - 1]!.end;
  const original = mapRange(doc.view, Math.max(0, end - 1), end).end;
  const rest = doc.source.text.slice(original, original + 3);
  return !/[.!?"”]/.test(doc.source.text[original - 1] ?? '') && /^\s*(\r?\n|$)/.test(rest);
}

/**
 * The dateline: the last sentence before the first meeting of the body that holds a date with the
 * document's own day ("2022-05-16T19:20:00Z", "PUBLISHED: 8 April 2012"); meetings reported in the
 * leadSentences after it without a date of their own took place that day.
 */
function leadDate(
  doc: WithDates,
  d: Discourse,
  body: readonly { si: number }[],
  ctx: Context,
): { si: number; until: number; value: string } | undefined {
  const day = doc.docDate;
  const firstTrigger = body[0]?.si;
  if (day === null || firstTrigger === undefined) return undefined;
  for (let si = firstTrigger - 1; si >= 0; si--) {
    if (d.sentences[si]!.items.some((it) => it.kind === 'date' && doc.dates[it.date!]?.value === day))
      return { si, until: si + numParam(ctx.rules, meetingSteps(ctx.rules).heldOn, 'leadSentences'), value: day };
  }
  return undefined;
}

/**
 * The dateline's place: a line of its own near the dateline that names only where the report was
 * filed ("The Kremlin, Moscow", "OSLO, March 4"), the last place of it (a city after its venue). A
 * meeting the lead reports without a place of its own, face to face, was held there.
 */
function leadPlace(d: Discourse, lead: { si: number }, firstBody: number, from: number, ctx: Context): string | undefined {
  const reach = numParam(ctx.rules, meetingSteps(ctx.rules).heldIn, 'datelineReach');
  for (let si = Math.max(from, lead.si - reach); si < firstBody; si++) {
    const items = d.sentences[si]!.items;
    const only = items.every(
      (it) =>
        it.kind === 'punct' ||
        it.kind === 'date' ||
        (it.kind === 'word' && (it.symbol === 'the' || /^\p{Lu}/u.test(d.tokens[it.first]?.text ?? ''))) ||
        (it.kind === 'entity' && it.entity !== undefined && it.entity.type !== 'person'),
    );
    // the place ends the line, but for a date ("OSLO, March 4"): "Oslo Talks" is a heading, not a dateline
    const named = items.filter((it) => it.kind !== 'punct' && it.kind !== 'date');
    const end = named[named.length - 1]?.entity;
    if (only && end?.type === 'place') return end.id;
  }
  return undefined;
}

/**
 * "Lund held talks with Varno in Oslo. … Lund also on Monday met Keld Roos": a meeting whose clause
 * says "also" before its trigger (within `alsoReach` items) and names its own day tells that the meetings of the same person
 * reported just before (within `alsoSentences`), without a date of their own, took place that day.
 * The day for each meeting, or undefined.
 */
function alsoDated(
  d: Discourse,
  meetings: readonly Meeting[],
  told: readonly { dates: string[] }[],
  valueOf: (i: number) => string | null,
  steps: MeetingSteps,
): (string | undefined)[] {
  if (!steps.on(steps.heldOnAlso)) return meetings.map(() => undefined);
  const reach = numParam(d.rules, steps.heldOnAlso, 'alsoSentences');
  const alsoReach = numParam(d.rules, steps.heldOnAlso, 'alsoReach');
  const people = (mt: Meeting): string[] => [...mt.parties.keys()].filter((id) => id.startsWith('person:') && !mt.excluded.has(id));
  const cues: { si: number; day: string; people: string[] }[] = [];
  meetings.forEach((mt) => {
    for (const m of mt.mentions) {
      const s = d.sentences[m.trigger.si]!;
      const day = m.dates.map(valueOf).find((v): v is string => v !== null && /^\d{4}-\d{2}-\d{2}$/.test(v));
      // "also" in the trigger's own clause, before it, with no comma between ("Lund also on Monday held talks")
      let also = false;
      for (let k = m.trigger.first - 1; k >= Math.max(0, m.trigger.first - alsoReach) && !also; k--) {
        if (s.items[k]!.symbol === ',' || s.items[k]!.symbol === ';') break;
        also = s.items[k]!.symbol === 'also';
      }
      if (also && day !== undefined) cues.push({ si: m.trigger.si, day, people: people(mt) });
    }
  });
  return meetings.map((mt, n) => {
    if (told[n]!.dates.length > 0) return undefined;
    const mine = people(mt);
    const last = Math.max(...mt.mentions.filter((m) => !m.anaphoric).map((m) => m.trigger.si));
    const cue = cues.find((c) => c.si > last && c.si - last <= reach && c.people.some((id) => mine.includes(id)));
    return cue?.day;
  });
}

/**
 * "Lund arrived in Oslo on Monday for a visit to Norway. … Lund will meet Prime Minister Varno": a
 * meeting that names no date of its own, of a visitor with a host of the country visited (a person
 * whose leader or affiliation edge is that country, none of another), reported within
 * `visitSentences` of the visit, took place during it and takes its date. A meeting placed elsewhere,
 * a sentence with a time expression of its own, a visit of other people, a host of another country,
 * a past meeting of a future visit: none. The index of the visit, or
 * undefined, for each meeting.
 */
function duringVisit(
  d: Discourse,
  meetings: readonly Meeting[],
  told: readonly { kind: MeetingKind; status: MeetingStatus; dates: string[]; place?: string }[],
  countryOf: (id: string) => string | undefined,
  steps: MeetingSteps,
): (number | undefined)[] {
  if (!steps.on(steps.heldOnVisit)) return meetings.map(() => undefined);
  const reach = numParam(d.rules, steps.heldOnVisit, 'visitSentences');
  const land = (id: string | undefined): string | undefined =>
    id === undefined ? undefined : id.startsWith('country:') ? id : countryOf(id);
  const homes = new Map<string, Set<string>>();
  for (const e of d.edges)
    if ((e.type === 'leader_of' && e.attributes.current !== false) || e.type === 'affiliated_with')
      if (e.target.startsWith('country:')) homes.set(e.source, (homes.get(e.source) ?? new Set()).add(e.target));
  const people = (mt: Meeting): string[] => [...mt.parties.keys()].filter((id) => id.startsWith('person:') && !mt.excluded.has(id));
  const near = (a: Meeting, b: Meeting): number =>
    Math.min(...a.mentions.flatMap((x) => b.mentions.map((y) => Math.abs(x.trigger.si - y.trigger.si))));
  const live = (st: MeetingStatus): boolean => st === 'occurred' || st === 'planned';
  return meetings.map((mt, n) => {
    const me = told[n]!;
    if (me.kind === 'visit' || me.dates.length > 0 || !live(me.status)) return undefined;
    // a time expression in its own sentence ("next year") may date it where its own words did not reach
    if (mt.mentions.some((m) => d.sentences[m.trigger.si]!.items.some((it) => it.kind === 'date'))) return undefined;
    let best: { v: number; gap: number } | undefined;
    meetings.forEach((vt, v) => {
      const visit = told[v]!;
      if (visit.kind !== 'visit' || visit.dates.length === 0 || !live(visit.status)) return;
      // a meeting that took place cannot be part of a visit still to come
      if (me.status === 'occurred' && visit.status === 'planned') return;
      const dest = land(visit.place);
      if (dest === undefined || (me.place !== undefined && land(me.place) !== dest)) return;
      const visitors = people(vt);
      const mine = people(mt);
      const hosts = mine.filter((id) => !visitors.includes(id));
      // one host of the country visited, and none known to be of another (a third country's leader met elsewhere);
      // a host of no known country named in one list with a host of it counts ("meet its President A and top legislator B")
      const named = mt.mentions.flatMap((m) => d.sentences[m.trigger.si]!.items.map((it) => it.entity?.id ?? ''));
      const ofDest = [...hosts, ...named.filter((id) => id.startsWith('person:') && !visitors.includes(id))].some(
        (id) => homes.get(id)?.has(dest) === true,
      );
      const foreign = hosts.some((id) => homes.has(id) && homes.get(id)?.has(dest) !== true);
      if (!mine.some((id) => visitors.includes(id)) || !ofDest || foreign) return;
      const gap = near(mt, vt);
      if (gap <= reach && (best === undefined || gap < best.gap)) best = { v, gap };
    });
    return best?.v;
  });
}

/** Meetings: triggers → mentions (parties, date, place, status) → one node per event → edges. */
export function findMeetings(doc: WithDates, d: Discourse, ctx: Context): { meetings: LocalMeeting[]; edges: LocalEdge[] } {
  const valueOf = (i: number): string | null => doc.dates[i]?.value ?? null;
  const steps = meetingSteps(ctx.rules);
  const triggers = steps.live(findTriggers(d, ctx.rules, ctx.lexicon));
  // a headline names meetings in shorthand ("Lund meets Varno during visit"): the body says who met whom
  const titleLine = d.sentences.length > 1 && isTitleLine(doc, d);
  const body = triggers.filter((t) => t.si > 0 || !titleLine);
  const mentions = attendees(
    d,
    ctx.lexicon,
    splitDates(
      d,
      splitSeparate(
        d,
        mergePurpose(
          d,
          inheritDuring(
            d,
            ctx.lexicon,
            splitDestinations(
              d,
              visitorOfPrevious(d, steps, liveParties(steps, buildMentions(d, ctx.lexicon, body, doc.docDate, valueOf))),
            ),
          ),
        ),
      ),
    ),
  );
  const title = triggers.filter((t) => t.si === 0 && titleLine);
  const headline = title.length > 0 ? liveParties(steps, buildMentions(d, ctx.lexicon, title, doc.docDate, valueOf)) : [];
  const sides = new Map<string, string>();
  for (const e of d.edges)
    if (e.type === 'leader_of' && e.attributes.current !== false && !sides.has(e.source)) sides.set(e.source, e.target);
  ctx.trace?.(
    mentions
      .map(
        (m) =>
          `meeting mention s${m.trigger.si} ${m.kind} ${m.status} [${m.parties.map((p) => `${p.id}:${steps.party(p.step)}`).join(' ')}] dates=${m.dates.map(valueOf).join(',')} place=${m.place ?? ''}${m.anaphoric ? ' anaphoric' : ''}`,
      )
      .join('\n'),
  );
  const countries = new Map<string, string>();
  for (const s of d.sentences)
    for (const it of s.items)
      if (it.entity?.country && !countries.has(it.entity.id)) countries.set(it.entity.id, `country:${it.entity.country}`);
  const clusters = clusterMentions(
    mentions,
    valueOf,
    (id) => sides.get(id) ?? id,
    (id) => countries.get(id),
  );
  const viable = clusters.filter((mt) => {
    const parties = [...mt.parties.keys()].filter((id) => !mt.excluded.has(id));
    // one party is enough only for an organization's own meeting named by it ("the G20 summit")
    return (
      parties.length >= 2 ||
      (parties.length === 1 && parties[0]!.startsWith('organization:') && mt.parties.get(parties[0]!)?.step === 'modifier')
    );
  });
  attachHeadline(viable, headline, valueOf, (id) => countries.get(id));
  const meetings: LocalMeeting[] = [];
  const edges: LocalEdge[] = [];
  const lead = leadDate(doc, d, body, ctx);
  const where = lead && leadPlace(d, lead, body[0]!.si, titleLine ? 1 : 0, ctx);
  const told = viable.map((mt) => attributes(mt, valueOf, (id) => countries.get(id)));
  const visited = duringVisit(d, viable, told, (id) => countries.get(id), steps);
  const sameDay = alsoDated(d, viable, told, valueOf, steps);
  viable.forEach((mt, n) => {
    const localId = n + 1;
    const node = `meeting#${localId}`;
    const first = Math.min(...mt.mentions.map((m) => m.trigger.si));
    // a meeting the lead reports without a date of its own took place on the dateline's day
    const own = told[n]!;
    // a meeting undated in its own words took place on the day the same person "also" met another …
    const also = sameDay[n];
    const byLead =
      also === undefined &&
      own.dates.length === 0 &&
      own.status === 'occurred' &&
      lead !== undefined &&
      first > lead.si &&
      first <= lead.until;
    // … else during the visit it was part of
    const visit = byLead || also !== undefined ? undefined : visited[n];
    const a: { kind: MeetingKind; status: MeetingStatus; dates: string[]; place?: string } =
      also !== undefined
        ? { ...own, dates: [also] }
        : byLead
          ? { ...own, dates: [lead.value] }
          : visit !== undefined
            ? { ...own, dates: told[visit]!.dates }
            : { ...own };
    // … and where the dateline was filed, when it says no place (a call is held nowhere)
    if (
      lead &&
      where &&
      a.place === undefined &&
      a.kind !== 'call' &&
      a.status === 'occurred' &&
      a.dates.every((v) => v === lead.value) &&
      first > lead.si &&
      first <= lead.until
    )
      a.place = where;
    const head = mt.mentions.find((m) => !m.anaphoric) ?? mt.mentions[0]!;
    const headSpan = span(d, head.trigger.si, head.first, head.last);
    meetings.push({
      localId,
      label: doc.view.text.slice(headSpan.start, headSpan.end),
      kind: a.kind,
      status: a.status,
      date: a.dates.length === 0 ? null : a.dates.length === 1 ? a.dates[0]! : a.dates,
      mentions: mt.mentions.map((m) => ({ ...span(d, m.trigger.si, m.first, m.last), rule: m.trigger.rule, via: [m.statusRule] })),
    });
    for (const [id, p] of mt.parties) {
      if (mt.excluded.has(id)) continue;
      const m = p.mention;
      const ev = span(d, m.trigger.si, Math.min(m.first, p.item), Math.max(m.last, p.item + 1));
      edges.push({ type: 'participant_in', source: id, target: node, attributes: {}, evidence: ev, rule: steps.party(p.step) });
    }
    const dm = mt.mentions.find((m) => m.dates.some((i) => valueOf(i) !== null));
    for (const v of a.dates) {
      const ev = dm
        ? {
            start: Math.min(span(d, dm.trigger.si, dm.first, dm.last).start, doc.dates[dm.dates[0]!]!.start),
            end: Math.max(span(d, dm.trigger.si, dm.first, dm.last).end, doc.dates[dm.dates[dm.dates.length - 1]!]!.end),
          }
        : headSpan;
      const rule = also !== undefined ? steps.heldOnAlso : visit !== undefined ? steps.heldOnVisit : steps.heldOn;
      edges.push({ type: 'held_on', source: node, target: `date:${v}`, attributes: {}, evidence: ev, rule });
    }
    if (a.place) {
      const pm = mt.mentions.find((m) => m.place === a.place) ?? head;
      edges.push({
        type: 'held_in',
        source: node,
        target: a.place,
        attributes: {},
        evidence: span(d, pm.trigger.si, pm.first, pm.last),
        rule: steps.heldIn,
      });
    }
  });
  return { meetings, edges: steps.live(edges) };
}
