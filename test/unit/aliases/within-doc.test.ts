/**
 * A person merged into a longer spelling of the same name (alias/same-name-variant) keeps no node of
 * its own, so every edge that named the shorter form must follow it (found by the 10^5 fuzz run:
 * a meeting participant pointed at a node that was merged away, and the graph failed validation).
 */
import { extractText } from '../../../src/index.js';

test('edges of a merged person point at the node it was merged into', () => {
  const g = extractText('Danish President Lin Hosan da Japan Prime Minister Ada Morrow met Lin Hosan in Japan on Friday.', {
    docDate: '2024-03-06',
  });
  const ids = new Set(g.nodes.map((n) => n.id));
  for (const e of g.edges) {
    expect(ids.has(e.source)).toBe(true);
    expect(ids.has(e.target)).toBe(true);
  }
  const persons = g.nodes.filter((n) => n.type === 'person').map((n) => n.id);
  expect(persons.filter((id) => id.startsWith('person:lin-hosan'))).toHaveLength(1);
  expect(g.edges.some((e) => e.type === 'participant_in' && e.source.startsWith('person:lin-hosan'))).toBe(true);
});
