/** lateLeaders: a leader spoken of as dead is a late one (leader/late-remembered). */
import { extractText } from '../../../src/index.js';

function current(text: string, person: string): unknown {
  const g = extractText(text, { docDate: '2024-03-06' });
  return g.edges.find((e) => e.type === 'leader_of' && e.source === person)?.attributes.current;
}

test('"His Majesty will be remembered" after the king was named: the late king', () => {
  expect(
    current(
      'The prime minister paid tribute to King Ole Varno of Denmark. His Majesty will be remembered for his kindness.',
      'person:ole-varno',
    ),
  ).toBe(false);
});

test('"the funeral of" a named leader: a late one', () => {
  expect(
    current('Chilean President Ada Morrow opened the bridge in 1990. Thousands came to the funeral of Ada Morrow.', 'person:ada-morrow'),
  ).toBe(false);
});

test('a leader who says others will be remembered stays current', () => {
  expect(current('Chilean President Ada Morrow said the victims will be remembered.', 'person:ada-morrow')).toBe(true);
  expect(current('The prime minister paid tribute to King Ole Varno of Denmark. His Majesty thanked the crowd.', 'person:ole-varno')).toBe(
    true,
  );
});
