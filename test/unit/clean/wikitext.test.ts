/** Wiki link markup reads as its rendered label (issue 15: Wikinews articles). */
import { applyEdits } from '../../../src/clean/view.js';
import { wikiEdits } from '../../../src/clean/wikitext.js';

const view = (text: string): string => applyEdits(text, wikiEdits(text)).text;

test('a piped link reads as its label, a bare link as its title', () => {
  expect(view('President [[w:Ada Morrow|Ada Morrow]] made a [[w:state visit|state visit]] to [[Chile]].')).toBe(
    'President Ada Morrow made a state visit to Chile.',
  );
});

test('a link glued to a possessive stays one word; an external link reads as its label', () => {
  expect(view("[[w:Chile|Chile]]'s capital")).toBe("Chile's capital");
  expect(view('[http://example.org/x Protesters] marched')).toBe('http://example.org/x Protesters marched');
});

test('text without wiki markup is unchanged', () => {
  expect(wikiEdits('Ada Morrow [said] on Friday that [it] was over.')).toEqual([]);
});

test('the Wikinews date template on its own line is the date line; other templates are furniture', async () => {
  const { extractText } = await import('../../../src/index.js');
  const g = extractText('Talks resume\n\n{{date|November 30, 2004}}\n{{Politics and conflicts}}\nAda Morrow met Keld Varno on Tuesday.\n');
  expect(g.documents[0]).toMatchObject({ date: '2004-11-30', dateSource: 'text' });
  const dates = g.nodes.filter((n) => n.type === 'date');
  expect(dates.map((n) => n.attributes.value)).toEqual(['2004-11-30']);
  expect(dates[0]!.mentions.map((m) => m.text).sort()).toEqual(['November 30, 2004', 'Tuesday']);
  expect(g.nodes.some((n) => /Politics/.test(n.label))).toBe(false);
});
