/** Issue 19 point 13: a meeting's label says what, who, where and when; the words that found it stay in its mentions. */
import { extractText, type GraphNode } from '../../../src/index.js';
import { meetingLabel } from '../../../src/graph/meeting-label.js';

const node = (id: string, type: GraphNode['type'], label: string, attributes: GraphNode['attributes'] = {}): GraphNode => ({
  id,
  type,
  label,
  aliases: [],
  attributes,
  mentions: [],
});

test('built from kind, status, parties, place and date (a date array is spelled out)', () => {
  const visit = node('meeting:d1:1', 'meeting', 'visited', { kind: 'visit', status: 'occurred', date: ['2018-04', '2018-06'] });
  const ada = node('person:ada-morrow', 'person', 'Ada Morrow');
  const no = node('country:NO', 'country', 'Norway');
  expect(meetingLabel(visit, [ada, no], [no])).toBe('visit: Ada Morrow → Norway, 2018-04 and 2018-06');
  const talks = node('meeting:d1:2', 'meeting', 'holding talks with', { kind: 'talks', status: 'planned', date: '2024-03-01' });
  const keld = node('person:keld-varno', 'person', 'Keld Varno');
  const oslo = node('place:oslo', 'place', 'Oslo');
  expect(meetingLabel(talks, [keld, no, ada], [oslo])).toBe('talks (planned): Ada Morrow, Keld Varno in Oslo, 2024-03-01');
  const bare = node('meeting:d1:3', 'meeting', 'the  phone', { kind: 'call', status: 'occurred', date: null });
  expect(meetingLabel(bare, [], [])).toBe('call: “the phone”');
});

test('in a real run the label is readable and the trigger text is kept in the mentions', () => {
  const g = extractText('The Danish Prime Minister Ada Morrow spoke by phone with Keld Varno on Friday.', { docDate: '2024-03-06' });
  const m = g.nodes.find((n) => n.type === 'meeting');
  expect(m).toBeDefined();
  expect(m!.label).toMatch(/^call: .*Ada Morrow.*Keld Varno|^call: .*Keld Varno.*Ada Morrow/);
  expect(m!.label).toContain('2024-03-01');
  expect(m!.mentions.map((x) => x.text).join(' ')).toMatch(/phone/);
});
