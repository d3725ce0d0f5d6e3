/** A small hand-made graph with every node and edge type and awkward characters, for the format tests. */
import type { Graph, GraphEvidence, GraphMention } from '../../src/index.js';

export const SAMPLE_PATH = 'news/sample <1>.txt';
export const SAMPLE_TEXT =
  'Danish Prime Minister Ada Morrow met "Keld <Varno>" & the Nordic, Council in Oslo on Friday.\n' +
  'The 🙂 summit was held on March 1, 2024; Morrow said: "fine".\n';

/** A mention of the first occurrence of `text` after `from` (code-point offsets). */
export function at(text: string, from = 0): GraphMention {
  const cps = Array.from(SAMPLE_TEXT);
  for (let i = from; i < cps.length; i++) {
    if (cps.slice(i, i + Array.from(text).length).join('') === text) return { doc: 'd1', start: i, end: i + Array.from(text).length, text };
  }
  throw new Error(`not in sample: ${text}`);
}

const m = (text: string, rule: string, from = 0): GraphEvidence => ({ ...at(text, from), rule });

export const SAMPLE_GRAPH: Graph = {
  version: '1.0',
  generator: { name: 'newsgraph', version: '0.1.0', rules: 'a'.repeat(64) },
  documents: [
    {
      id: 'd1',
      path: SAMPLE_PATH,
      sha256: 'b'.repeat(64),
      chars: Array.from(SAMPLE_TEXT).length,
      title: 'Danish <b>"title"</b> & more',
      date: '2024-03-06',
      dateSource: 'option',
    },
  ],
  nodes: [
    {
      id: 'country:DK',
      type: 'country',
      label: 'Denmark',
      aliases: ['Danish'],
      attributes: { iso: 'DK' },
      mentions: [m('Danish', 'country/demonym')],
    },
    {
      id: 'date:2024-03-01',
      type: 'date',
      label: 'March 1, 2024',
      attributes: { value: '2024-03-01' },
      mentions: [m('March 1, 2024', 'date/full')],
    },
    {
      id: 'meeting:d1:1',
      type: 'meeting',
      label: 'summit',
      attributes: { kind: 'summit', status: 'occurred', date: '2024-03-01' },
      mentions: [m('summit', 'meeting/noun')],
    },
    {
      id: 'organization:nordic-council',
      type: 'organization',
      label: 'the Nordic, Council',
      attributes: {},
      mentions: [m('the Nordic, Council', 'organization/the-name')],
    },
    {
      id: 'person:ada-morrow',
      type: 'person',
      label: 'Ada Morrow',
      aliases: ['Morrow'],
      attributes: { titles: ['Prime Minister', 'Dr; PhD'] },
      mentions: [m('Ada Morrow', 'person/title-name'), { ...m('Morrow', 'person/surname', 60), via: ['alias/surname-of-full-name'] }],
    },
    {
      id: 'person:keld-varno',
      type: 'person',
      label: 'Keld <Varno>',
      aliases: [],
      attributes: {},
      mentions: [m('Keld <Varno>', 'person/quoted')],
    },
    {
      id: 'place:oslo',
      type: 'place',
      label: 'Oslo',
      aliases: [],
      attributes: { country: 'NO' },
      mentions: [m('Oslo', 'place/gazetteer')],
    },
  ],
  edges: [
    {
      id: 'e1',
      type: 'leader_of',
      source: 'person:ada-morrow',
      target: 'country:DK',
      attributes: { role: 'Prime Minister', current: true },
      evidence: [m('Danish Prime Minister Ada Morrow', 'leader/demonym-title-name')],
    },
    {
      id: 'e2',
      type: 'participant_in',
      source: 'person:ada-morrow',
      target: 'meeting:d1:1',
      attributes: {},
      evidence: [m('Ada Morrow met "Keld <Varno>"', 'meeting/x-met-y')],
    },
    {
      id: 'e3',
      type: 'participant_in',
      source: 'person:keld-varno',
      target: 'meeting:d1:1',
      attributes: {},
      evidence: [m('Ada Morrow met "Keld <Varno>"', 'meeting/x-met-y')],
    },
    {
      id: 'e4',
      type: 'held_on',
      source: 'meeting:d1:1',
      target: 'date:2024-03-01',
      attributes: {},
      evidence: [m('summit was held on March 1, 2024', 'meeting/held-on')],
    },
    {
      id: 'e5',
      type: 'held_in',
      source: 'meeting:d1:1',
      target: 'place:oslo',
      attributes: {},
      evidence: [m('in Oslo', 'meeting/held-in')],
    },
    {
      id: 'e6',
      type: 'affiliated_with',
      source: 'organization:nordic-council',
      target: 'country:DK',
      attributes: { role: 'member, "founding"' },
      evidence: [{ ...m('the Nordic, Council', 'affiliation/x'), via: ['alias/org-short-name'] }],
    },
  ],
  errors: [{ path: 'bad/<file>.bin', code: 'NOT_TEXT', message: 'looks binary & "odd"' }],
};

export const SAMPLE_TEXTS: ReadonlyMap<string, string> = new Map([[SAMPLE_PATH, SAMPLE_TEXT]]);
