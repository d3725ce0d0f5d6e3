import { extractText, type Graph } from '../../../../src/index.js';

export interface MeetingView {
  readonly label: string;
  readonly kind: unknown;
  readonly status: unknown;
  readonly parties: string[];
  readonly place: string | null;
  readonly dates: string[];
}

/** The meetings of a small invented text, with their parties (sorted), place and dates. */
export function meetings(text: string, docDate = '2024-03-06'): MeetingView[] {
  const g: Graph = extractText(text, { docDate });
  return g.nodes
    .filter((n) => n.type === 'meeting')
    .map((m) => ({
      label: m.label,
      kind: m.attributes.kind,
      status: m.attributes.status,
      parties: g.edges
        .filter((e) => e.type === 'participant_in' && e.target === m.id)
        .map((e) => e.source)
        .sort(),
      place: g.edges.find((e) => e.type === 'held_in' && e.source === m.id)?.target ?? null,
      dates: g.edges
        .filter((e) => e.type === 'held_on' && e.source === m.id)
        .map((e) => e.target)
        .sort(),
    }));
}
