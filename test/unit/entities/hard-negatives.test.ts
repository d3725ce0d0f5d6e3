/** Words that look like names but are not, and names that look like other things (issue 4). */
import { extractText, type Graph } from '../../../src/index.js';

function ids(g: Graph, type?: string): string[] {
  return g.nodes.filter((n) => type === undefined || n.type === type).map((n) => n.id);
}

const run = (text: string): Graph => extractText(text, { docDate: '2024-03-06' });

test('months and modal verbs are not people', () => {
  const g = run('May said the plan would work. Talks may resume in June, officials said.');
  expect(ids(g, 'person')).toEqual([]);
});

test('countries that are also names or things', () => {
  expect(ids(run('Jordan and Chad signed a deal with Turkey.'), 'country')).toEqual(['country:JO', 'country:TD', 'country:TR']);
  const g = run('Michael Jordan visited Atlanta, Georgia on Monday.');
  expect(ids(g, 'person')).toEqual(['person:michael-jordan']);
  expect(ids(g, 'country')).toEqual([]);
  expect(ids(g, 'place')).toContain('place:georgia');
  expect(ids(run('Georgia and Armenia signed a deal.'), 'country')).toEqual(['country:AM', 'country:GE']);
});

test('sentence-initial capitals and Title Case headlines make no people', () => {
  expect(ids(run('Yesterday the minister said nothing. Commenting on the plan, officials were silent.'), 'person')).toEqual([]);
  expect(ids(run('Leaders Meet In Oslo To Discuss The Future Of Trade'), 'person')).toEqual([]);
});

test('an all-caps dateline is a place, a byline a person', () => {
  expect(ids(run('TOKYO -- Officials said the talks would resume.'))).toEqual(['place:tokyo']);
  expect(ids(run('By Tamsin Okoro, Lagos correspondent'), 'person')).toEqual(['person:tamsin-okoro']);
});

test('a capital is a country only when it stands for its government', () => {
  expect(ids(run('Washington informed the allies of its decision.'), 'country')).toEqual(['country:US']);
  expect(ids(run('The delegation flew to Washington on Monday.'), 'country')).toEqual([]);
  expect(ids(run('The delegation flew to Washington on Monday.'), 'place')).toEqual(['place:washington']);
});

test('two people who share a family name are never merged', () => {
  const g = run("Danish President Kim Jae Won spoke. Kim's father and predecessor Kim Jae Sun had refused. Kim later left.");
  expect(ids(g, 'person').sort()).toEqual(['person:kim-jae-sun', 'person:kim-jae-won']);
  const later = g.nodes.find((n) => n.id === 'person:kim-jae-won')!;
  expect(later.mentions.map((m) => m.text)).toContain('Kim');
});

test('page furniture yields no entity', () => {
  const page = [
    'ArrowArtboardCreated with Sketch.Title ChevronTitle ChevronEye IconIcon FacebookIcon LinkedinIcon Mail',
    'Danish Prime Minister Ada Morrow met Keld Varno in Oslo.',
    'You have {{numberArticlesLeft}} free article{{numberArticlesLeft-plural}} left this month',
    'Subscribe to read all stories with unlimited access',
    'Please direct comments or questions to [editor@example.com]',
  ].join('\n\n');
  const g = run(page);
  expect(ids(g, 'organization')).toEqual([]);
  expect(ids(g, 'person').sort()).toEqual(['person:ada-morrow', 'person:keld-varno']);
});

test('titles are kept apart from the name', () => {
  const g = run('Japanese Prime Minister Ada Morrow arrived. Chairman Keld Varno left.');
  const ada = g.nodes.find((n) => n.id === 'person:ada-morrow')!;
  expect(ada.label).toBe('Ada Morrow');
  expect(ada.attributes.titles).toEqual(['Prime Minister']);
});

test('plural acronyms and words joined into a compound are not people', () => {
  expect(ids(run('On the island, opposition MPs say they will win the vote.'), 'person')).toEqual([]);
  expect(ids(run('Kestow Backs EU-Style Reform Plan.'), 'person')).toEqual([]);
});

test('initial and surname in a score card is one person', () => {
  const g = run('Kestow 259 (A. Varno 69, H. Lund 42, D. Orr 11; M. Brill 4-43).');
  expect(ids(g, 'person')).toEqual(expect.arrayContaining(['person:a-varno', 'person:h-lund', 'person:m-brill']));
});

test('a capitalized pronoun with its contraction is not a person', () => {
  expect(ids(run('"It is the best round since I\'ve had to use it," Varno said.'), 'person')).not.toContain('person:i-ve');
});
