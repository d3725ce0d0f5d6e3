/** Hard-wrapped prose: a line break inside a paragraph is a space, not a sentence end (issue 15). */
import { clean } from '../../../src/clean/index.js';
import { createContext, extractText, type Graph } from '../../../src/index.js';

const ctx = createContext();
const view = (text: string): string => clean({ id: 'd', path: 'd.txt', text, date: null } as never, ctx).view.text;

const WRAPPED = [
  'The minister of trade said on Monday that the talks with President Ada',
  'Morrow of Norway had gone well,  and that the two sides would meet',
  'in the spring to settle the remaining questions about fishing rights in',
  'the northern waters.',
].join('\n');

test('a wrapped paragraph reads as one run of text, with its offsets kept', () => {
  const v = view(WRAPPED);
  expect(v).not.toContain('\n');
  expect(v.length).toBe(WRAPPED.length);
});

test('a name broken by the wrap is one person', () => {
  const g: Graph = extractText(WRAPPED, { docDate: '2024-03-06' });
  expect(g.nodes.filter((n) => n.type === 'person').map((n) => n.id)).toEqual(['person:ada-morrow']);
});

test('a headline above a one-line paragraph still ends its sentence', () => {
  const text =
    'Ada Morrow Visits Varna\nThe president of the coastal republic arrived in the capital on Monday for talks with the premier about trade and fishing.';
  expect(view(text)).toContain('Varna.');
});

test('short lines (a list, a table) are not joined', () => {
  const text = 'Results:\nAda Morrow 3\nTomas Varno 2\nKeld Lund 1';
  expect(view(text)).toContain('\n');
});
