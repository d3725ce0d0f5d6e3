/** Meeting scoring of the reference scorer: participants overlap, then date and status break ties. */
import type { GraphNode } from '../types.js';
import type { GoldMeeting } from './gold.js';
import { edgeRules, mentionsIn, nodeRules, str, type DocScope } from './scope.js';
import type { Resolve } from './score-relations.js';

interface PredMeeting {
  readonly m: GraphNode;
  readonly parts: ReadonlySet<string>;
  readonly dates: ReadonlySet<string>;
  readonly status: string | null;
  readonly place: string | null;
}

function meetingValues(s: DocScope, m: GraphNode): Set<string> {
  const vals = new Set<string>();
  for (const e of s.edges) {
    if (e.type === 'held_on' && e.source === m.id) {
      const v = s.nodeById.get(e.target)?.attributes?.value;
      if (typeof v === 'string' && v) vals.add(v);
    }
  }
  const a = m.attributes?.date;
  if (typeof a === 'string') vals.add(a);
  if (Array.isArray(a)) (a as readonly string[]).forEach((v) => vals.add(v));
  return vals;
}

function predictedMeetings(s: DocScope, resolve: Resolve): PredMeeting[] {
  const label = (id: string): string => `?${str(s.nodeById.get(id)?.label)}`;
  return (s.graph.nodes ?? [])
    .filter((n) => n.type === 'meeting' && mentionsIn(n, s.docId).length)
    .map((m) => {
      const parts = new Set<string>();
      for (const e of s.edges) if (e.type === 'participant_in' && e.target === m.id) parts.add(resolve(e.source) ?? label(e.source));
      let place: string | null = null;
      for (const e of s.edges) if (e.type === 'held_in' && e.source === m.id) place = resolve(e.target) ?? label(e.target);
      const status = m.attributes?.status;
      return { m, parts, dates: meetingValues(s, m), status: typeof status === 'string' ? status : null, place };
    });
}

function okDatesOf(g: GoldMeeting): Set<string> {
  const own = Array.isArray(g.date) ? (g.date as readonly string[]) : g.date ? [g.date as string] : [];
  return new Set([...own, ...(g.acceptDates ?? [])]);
}

/** Spurious participant x of a meeting: the participant_in edges that name it. */
function participantRules(s: DocScope, pm: PredMeeting, x: string, resolve: Resolve): string[] {
  const edges = s.edges.filter(
    (e) => e.type === 'participant_in' && e.target === pm.m.id && (resolve(e.source) ?? `?${str(s.nodeById.get(e.source)?.label)}`) === x,
  );
  return edgeRules(edges, s.docId);
}

function scoreMatched(s: DocScope, pm: PredMeeting, g: GoldMeeting, dateOk: boolean, okDates: ReadonlySet<string>, resolve: Resolve): void {
  const { totals, acc } = s.tally;
  const det = s.det;
  totals.meeting.tp++;
  const req = new Set(g.participants);
  const opt = new Set(g.optionalParticipants ?? []);
  for (const x of req)
    if (pm.parts.has(x)) totals.participant.tp++;
    else {
      totals.participant.fn++;
      det.missing.push(`participant ${x} in ${g.id}`);
    }
  for (const x of pm.parts)
    if (!req.has(x) && !opt.has(x)) {
      totals.participant.fp++;
      det.spurious.push({ item: `participant ${x} in ${g.id}`, rules: participantRules(s, pm, x, resolve) });
    }
  if (okDates.size) {
    acc.meetingDate[1]++;
    if (dateOk) acc.meetingDate[0]++;
    else det.notes.push(`${g.id}: date ${[...pm.dates].join(',') || 'none'}, gold ${[...okDates][0]!}`);
  }
  acc.meetingStatus[1]++;
  if (pm.status === g.status) acc.meetingStatus[0]++;
  else det.notes.push(`${g.id}: status ${str(pm.status)}, gold ${g.status}`);
  if (g.place) {
    acc.meetingPlace[1]++;
    if (pm.place === g.place) acc.meetingPlace[0]++;
    else det.notes.push(`${g.id}: place ${str(pm.place)}, gold ${g.place}`);
  }
}

export function scoreMeetings(s: DocScope, resolve: Resolve): void {
  const { totals } = s.tally;
  const predM = predictedMeetings(s, resolve);
  const cand: [number, PredMeeting, GoldMeeting, boolean, Set<string>][] = [];
  for (const pm of predM) {
    for (const g of s.gold.meetings) {
      const req = new Set(g.participants);
      const opt = new Set(g.optionalParticipants ?? []);
      const overlap = [...pm.parts].filter((x) => req.has(x) || opt.has(x)).length;
      if (overlap < Math.min(2, req.size)) continue;
      const okDates = okDatesOf(g);
      const dateOk = [...pm.dates].some((v) => okDates.has(v));
      cand.push([overlap + (dateOk ? 1 : 0) + (pm.status === g.status ? 0.5 : 0), pm, g, dateOk, okDates]);
    }
  }
  cand.sort((a, b) => b[0] - a[0]);
  const mUsed = new Set<string>();
  const gmUsed = new Set<string>();
  for (const [, pm, g, dateOk, okDates] of cand) {
    if (mUsed.has(pm.m.id) || gmUsed.has(g.id)) continue;
    mUsed.add(pm.m.id);
    gmUsed.add(g.id);
    if (g.optional) continue;
    scoreMatched(s, pm, g, dateOk, okDates, resolve);
  }
  for (const g of s.gold.meetings)
    if (!g.optional && !gmUsed.has(g.id)) {
      totals.meeting.fn++;
      s.det.missing.push(`meeting ${g.id} (${g.participants.join('+')}, ${g.status})`);
    }
  for (const pm of predM)
    if (!mUsed.has(pm.m.id)) {
      totals.meeting.fp++;
      s.det.spurious.push({ item: `meeting "${pm.m.label}" (${[...pm.parts].join('+')})`, rules: nodeRules(pm.m, s.docId) });
    }
}
