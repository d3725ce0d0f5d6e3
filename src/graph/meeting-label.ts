/**
 * A meeting node's label for a reader: its kind, status (when it did not simply occur), parties,
 * place and date, e.g. "visit: Ada Morrow → Norway, 2018" or "talks (planned): Ada Morrow, Keld
 * Varno in Oslo, 2024-03-01"; people stand for their countries when both take part. The words that found the meeting ("the phone", "visited") stay in its
 * mentions; they become the label only when the graph knows no party and no place.
 */
import type { GraphEdge, GraphNode } from '../types.js';

const MAX_PARTIES = 3;
const PARTY_ORDER = ['person', 'organization', 'country', 'place'];

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function dateText(date: unknown): string | null {
  if (typeof date === 'string' && date !== '') return date;
  if (Array.isArray(date)) {
    const ds = date.filter((d): d is string => typeof d === 'string' && d !== '');
    return ds.length > 0 ? ds.join(' and ') : null;
  }
  return null;
}

/** People and organizations when there is a person (their countries are then implied), else every party; the place is not a party. */
function partiesText(all: readonly GraphNode[], placeIds: ReadonlySet<string>): string {
  const parties = all.filter((p) => !placeIds.has(p.id));
  const people = parties.some((p) => p.type === 'person');
  const sorted = [...(people ? parties.filter((p) => p.type === 'person' || p.type === 'organization') : parties)].sort(
    (a, b) => PARTY_ORDER.indexOf(a.type) - PARTY_ORDER.indexOf(b.type) || cmp(a.label, b.label),
  );
  const shown = sorted.slice(0, MAX_PARTIES).map((p) => p.label);
  return sorted.length > MAX_PARTIES ? `${shown.join(', ')} +${sorted.length - MAX_PARTIES}` : shown.join(', ');
}

export function meetingLabel(meeting: GraphNode, parties: readonly GraphNode[], places: readonly GraphNode[]): string {
  const kind = typeof meeting.attributes.kind === 'string' ? meeting.attributes.kind : 'meeting';
  const status = meeting.attributes.status;
  const head = typeof status === 'string' && status !== 'occurred' ? `${kind} (${status})` : kind;
  const who = partiesText(parties, new Set(places.map((p) => p.id)));
  const where = [...places].sort((a, b) => cmp(a.label, b.label))[0]?.label;
  let body: string;
  if (who === '' && where === undefined) body = `“${meeting.label.replace(/\s+/g, ' ').trim()}”`;
  else if (where === undefined) body = who;
  else if (who === '') body = kind === 'visit' ? `→ ${where}` : `in ${where}`;
  else body = kind === 'visit' ? `${who} → ${where}` : `${who} in ${where}`;
  const when = dateText(meeting.attributes.date);
  return `${head}: ${body}${when !== null ? `, ${when}` : ''}`;
}

/** Every meeting node relabelled from its participant_in and held_in edges; other nodes unchanged. */
export function labelMeetings(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): GraphNode[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const parties = new Map<string, GraphNode[]>();
  const places = new Map<string, GraphNode[]>();
  const add = (m: Map<string, GraphNode[]>, key: string, id: string): void => {
    const n = byId.get(id);
    if (n) m.set(key, [...(m.get(key) ?? []), n]);
  };
  for (const e of edges) {
    if (e.type === 'participant_in') add(parties, e.target, e.source);
    else if (e.type === 'held_in') add(places, e.source, e.target);
  }
  return nodes.map((n) => (n.type === 'meeting' ? { ...n, label: meetingLabel(n, parties.get(n.id) ?? [], places.get(n.id) ?? []) } : n));
}
