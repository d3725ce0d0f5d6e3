/** The trailing furniture of a page (a footer, a paywall box) is masked; the article before it never is. */
import { clean } from '../../../src/clean/index.js';
import { createContext, extractText } from '../../../src/index.js';

const ctx = createContext();
const view = (text: string): string => clean({ id: 'd', path: 'd.txt', text, date: null } as never, ctx).view.text;

test('a short body after front matter is the article: the two "---" lines are no footer to mask it with', () => {
  for (const body of ['Chile won the cup in Lima.', 'Ministers met in Lima, Chile, on Monday.', 'Ada Morrow met Keld Varno in']) {
    const text = `---\ndate: 2016-10-18\n---\n${body}\n`;
    expect(view(text)).toContain(body);
  }
  const g = extractText('---\ndate: 2016-10-18\n---\nMinisters met in Lima, Chile, on Monday.\n', {});
  expect(g.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['country:CL', 'place:lima', 'date:2016-10-17']));
});
