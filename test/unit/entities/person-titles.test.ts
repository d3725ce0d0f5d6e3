/** Issue 19 point 15: a person's titles are known titles in proper case; "counterpart" finds a name but is no title. */
import { extractText } from '../../../src/index.js';

const titlesOf = (text: string, id: string): unknown =>
  extractText(text, { docDate: '2024-03-06' }).nodes.find((n) => n.id === id)?.attributes.titles;

test('"secretary of state" is "Secretary of State", not "Secretary Of State"', () => {
  expect(titlesOf('Talks were led by secretary of state Ada Morrow in Oslo.', 'person:ada-morrow')).toEqual(['Secretary of State']);
});

test('"counterpart" is not a title of the person it names', () => {
  const text = 'Danish Prime Minister Keld Varno met his Norwegian counterpart Ada Morrow in Oslo on Friday.';
  const g = extractText(text, { docDate: '2024-03-06' });
  const ada = g.nodes.find((n) => n.id === 'person:ada-morrow');
  expect(ada).toBeDefined();
  expect(JSON.stringify(ada!.attributes.titles ?? [])).not.toMatch(/counterpart/i);
});

test('a hyphenated title kept as one word ("President-elect") is a title, and a president-elect is not yet the leader', () => {
  const g = extractText("Ecuador's President-elect Jorge Pena will take office in May.", { docDate: '2024-03-06' });
  expect(g.nodes.find((n) => n.type === 'person')?.id).toBe('person:jorge-pena');
  expect(titlesOf("Ecuador's President-elect Jorge Pena will take office in May.", 'person:jorge-pena')).toEqual(['President-elect']);
  expect(g.edges.filter((e) => e.type === 'leader_of')).toEqual([]);
  expect(g.edges.find((e) => e.type === 'affiliated_with')).toMatchObject({ source: 'person:jorge-pena', target: 'country:EC' });
});

test('capitalized portfolio words before "Minister" or "Secretary" belong to the title; a demonym, a name or a date does not', () => {
  expect(titlesOf('Norwegian Fisheries Minister Jan Olsen said on Monday the talks went well.', 'person:jan-olsen')).toEqual([
    'Fisheries Minister',
  ]);
  expect(titlesOf('Home Secretary Ada Morrow met reporters.', 'person:ada-morrow')).toEqual(['Home Secretary']);
  expect(titlesOf('On Monday Minister Ada Morrow met reporters.', 'person:ada-morrow')).toEqual(['Minister']);
  expect(titlesOf('He thanked Keld Varno. Minister Ada Morrow met reporters.', 'person:ada-morrow')).toEqual(['Minister']);
});
