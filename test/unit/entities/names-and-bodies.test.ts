/** Names, organizations and places that hold on unseen news (issue 15); invented names only. */
import { extractText, type Graph } from '../../../src/index.js';

const run = (text: string): Graph => extractText(text, { docDate: '2024-03-06' });
function ids(g: Graph, type?: string): string[] {
  return g.nodes.filter((n) => type === undefined || n.type === type).map((n) => n.id);
}

test('a caption position after a name is not part of it, and no one', () => {
  const g = run('Prime Minister Ada Morrow (L) shakes hands with Tomas Varno in Oslo.');
  expect(ids(g, 'person')).toEqual(['person:ada-morrow', 'person:tomas-varno']);
});

test('a generational suffix is no person; a regnal number stays in the name', () => {
  expect(ids(run('President Tomas K. Varno, Jr. met the envoy on Monday.'), 'person')).toEqual(['person:tomas-k-varno']);
  expect(ids(run('The case was filed by his predecessor Keld Varno III against the state.'), 'person')).toEqual(['person:keld-varno-iii']);
});

test('plural common nouns are no names', () => {
  const g = run('At the invitation of the Custodian of the Two Holy Mosques, the leaders met in Riyadh.');
  expect(ids(g, 'person')).toEqual([]);
});

test('the tail of a country name begun before a chunk is no new name', () => {
  const g = run('Ada Morrow, King of the Kingdom of Saudi Arabia, welcomed the guests.');
  expect(ids(g, 'person')).toEqual(['person:ada-morrow']);
  expect(ids(g, 'country')).toEqual(['country:SA']);
});

test('organization designators and numbered units', () => {
  const g = run('The Varnic Central Command said Task Force 59 and the Coastal Guard would patrol the strait.');
  expect(ids(g, 'organization')).toEqual(
    expect.arrayContaining(['organization:varnic-central-command', 'organization:task-force-59', 'organization:coastal-guard']),
  );
  expect(ids(g, 'person')).toEqual([]);
});

test('well-known bodies from the general-knowledge lexicon', () => {
  const g = run('Leaders of the CSTO met as OPEC ministers and the OSCE issued statements.');
  expect(ids(g, 'organization')).toEqual(expect.arrayContaining(['organization:csto', 'organization:opec', 'organization:osce']));
});

test('a regional adjective is no country: the organization keeps its whole name', () => {
  const g = run('The South American Community of Nations met in Lima.');
  expect(ids(g, 'organization')).toEqual(['organization:south-american-community-of-nations']);
  expect(ids(g, 'country')).toEqual([]);
});

test('adjective demonyms the country data lacks', () => {
  expect(ids(run('Philippine President Ada Morrow arrived.'), 'country')).toEqual(['country:PH']);
  expect(ids(run('The Slovenian and Kazakh envoys arrived.'), 'country')).toEqual(['country:KZ', 'country:SI']);
});

test('"daughter of President Lund" is not the daughter', () => {
  const g = run('Tomas Lund spoke in Varna. Later, Mira Lund, daughter of President Lund, married in Oslo.');
  const lund = g.nodes.find((n) => n.id === 'person:tomas-lund');
  expect(lund?.mentions.map((m) => m.text)).toEqual(['Tomas Lund', 'Lund']);
});

test('a hyphenated pair followed by a name is one compound name', () => {
  expect(ids(run('Officials were glad to talk with you. Ada-Mira Lund said so on Monday.'), 'person')).toEqual(['person:ada-mira-lund']);
});

test('an institution named by its designator alone', () => {
  expect(ids(run('Working with Congress, the government plans new aid.'), 'organization')).toEqual(['organization:congress']);
});

test('an abbreviation keeps its last period when punctuation follows it', () => {
  const g = run('Ada Morrow (U.S.) beat Keld Lund (Norway) 6-3.');
  const us = g.nodes.find((n) => n.id === 'country:US');
  expect(us?.mentions.map((m) => m.text)).toEqual(['U.S.']);
});

test('the head word of a named place is no one, later on its own', () => {
  const g = run('The service was held at Varna Abbey on Monday. Later the Abbey opened its doors to visitors.');
  expect(ids(g, 'person')).toEqual([]);
});
