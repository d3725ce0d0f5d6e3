/** Issue 19 point 12: a document's title is its headline, not a dateline, a label, a breadcrumb or a kicker. */
import { extractText } from '../../../src/index.js';
import { titleFromText as fromText } from '../../../src/aliases/doc-title.js';
import { english } from '../../../src/locales/en/index.js';

const titleFromText = (text: string): string | null => fromText(text, english);

const title = (text: string): string | null | undefined => extractText(text, { docDate: '2024-03-06' }).documents[0]?.title;

test('a dateline is not the title', () => {
  expect(title('Posted on : 2023-04-05\nAda Morrow wins the vote in Oslo\nThe Prime Minister Ada Morrow won on Friday.\n')).toBe(
    'Ada Morrow wins the vote in Oslo',
  );
  expect(titleFromText('PUBLISHED:\n\n15:17 EST, 8 April 2012\n\nKeld Varno visits Oslo\n')).toBe('Keld Varno visits Oslo');
  expect(titleFromText('2016-10-18\n\nKeld Varno visits Oslo in 2016\n')).toBe('Keld Varno visits Oslo in 2016');
});

test('a wiki image with its caption, or a template, on a line of its own is not the title', () => {
  expect(
    titleFromText('{{date|June 12, 2023}}\n[[Image:Flag.png|thumb|The flag of Norway.]]\nLund and Varno agree to resume talks\n'),
  ).toBe('Lund and Varno agree to resume talks');
  expect(titleFromText('{{Politics and conflicts}}\nLund meets Varno in Oslo\n')).toBe('Lund meets Varno in Oslo');
  // a link that starts a sentence is text
  expect(titleFromText('[[w:Ada Lund|Ada Lund]] meets Varno in Oslo\n')).toBe('Ada Lund meets Varno in Oslo');
});

test('a YAML title loses its quotes, its entities are decoded, and YAML escapes are read', () => {
  expect(title('title: "Morrow&#x27;s &quot;historic&quot; visit"\ndate: 2024-03-01\n\nAda Morrow arrived in Oslo.\n')).toBe(
    'Morrow\'s "historic" visit',
  );
  expect(titleFromText('---\ndate: \'2022-07-16\'\nmodified_time: 2022-07-16 18:59:23-04:00\ntitle: "Talks in\\_Oslo"\n---\nText.\n')).toBe(
    'Talks in Oslo',
  );
  // not valid YAML (a tab-indented value): the title line is still read
  expect(titleFromText('---\nid: 7\ntitle: "Morrow in Oslo"\nauthor: \n\t\tsomeone\n---\nText.\n')).toBe('Morrow in Oslo');
});

test('a breadcrumb or a one-word section kicker does not win over the headline', () => {
  expect(titleFromText('You are here: :: ::\nVanuatu-style headline about Ada Morrow\nBody text here.\n')).toBe(
    'Vanuatu-style headline about Ada Morrow',
  );
  expect(titleFromText('POLITICS\nAda Morrow wins the vote in Oslo\nBody.\n')).toBe('Ada Morrow wins the vote in Oslo');
  expect(titleFromText('N Morrow at crossroads\nBody of the article goes on here.\n')).toBe('N Morrow at crossroads');
});

test('a section kicker on the headline line itself does not win over the headline', () => {
  expect(titleFromText('WORLD | Leaders meet in Oslo\nBody.\n')).toBe('Leaders meet in Oslo');
  expect(titleFromText('World | Leaders meet in Oslo | The Daily Example\nBody.\n')).toBe('Leaders meet in Oslo');
  expect(titleFromText('EXCLUSIVE: Ada Morrow plans a visit to Oslo\nBody.\n')).toBe('Ada Morrow plans a visit to Oslo');
  expect(titleFromText('BREAKING NEWS: Keld Varno resigns as leader\nBody.\n')).toBe('Keld Varno resigns as leader');
  expect(titleFromText('Politics — Ada Morrow wins the vote in Oslo\nBody.\n')).toBe('Ada Morrow wins the vote in Oslo');
  expect(titleFromText('WORLD NEWS – Leaders meet in Oslo\nBody.\n')).toBe('Leaders meet in Oslo');
  // and the same through the pipeline, with a one-word kicker line above it
  expect(title('POLITICS\nEXCLUSIVE: Ada Morrow wins the vote in Oslo\nThe Prime Minister Ada Morrow won on Friday.\n')).toBe(
    'Ada Morrow wins the vote in Oslo',
  );
});

test('what only looks like a kicker stays in the headline', () => {
  expect(titleFromText('Morrow: I will win the vote\nBody.\n')).toBe('Morrow: I will win the vote');
  expect(titleFromText('Morrow — the long road to Oslo\nBody.\n')).toBe('Morrow — the long road to Oslo');
  expect(titleFromText('NATO: allies\nBody.\n')).toBe('NATO: allies');
  expect(titleFromText('Ada Morrow – Keld Varno talks resume\nBody.\n')).toBe('Ada Morrow – Keld Varno talks resume');
  expect(titleFromText('Leaders meet in Oslo\nBody.\n')).toBe('Leaders meet in Oslo');
});
