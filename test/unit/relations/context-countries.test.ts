/** Leaders whose country is only implied (issue 15): sentence evidence first, the document after. */
import { extractText, type Graph } from '../../../src/index.js';

const run = (text: string): Graph => extractText(text, { docDate: '2024-03-06' });
function leaders(g: Graph): string[] {
  return g.edges
    .filter((e) => e.type === 'leader_of')
    .map((e) => `${e.source}>${e.target}`)
    .sort();
}

test('a title "of <country>" before a name, in a list of such titles', () => {
  const g = run(
    'Tomas Varno met with Prime Minister of Norway Ada Morrow, Deputy Prime Minister of Norway Keld Lund, Prime Minister of Denmark Mira Sand.',
  );
  expect(leaders(g)).toEqual(['person:ada-morrow>country:NO', 'person:mira-sand>country:DK']);
});

test('President A of Gabon, President B of Nigeria: each title with its own country', () => {
  const g = run('He met President Ada Morrow of Gabon, President Tomas Varno of Nigeria, and President Keld Lund of Liberia.');
  expect(leaders(g)).toEqual(['person:ada-morrow>country:GA', 'person:keld-lund>country:LR', 'person:tomas-varno>country:NG']);
});

test('a second leader title in a country led in another office', () => {
  const g = run(
    "Norway welcomed the envoy. He will meet his Norwegian counterpart Ada Morrow, Premier Keld Lund and others, according to Norway's Foreign Ministry.",
  );
  expect(leaders(g)).toEqual(expect.arrayContaining(['person:keld-lund>country:NO']));
});

test('a leader title given to someone tied to one country, not to a kin', () => {
  const g = run(
    "Zimbabwe's Tomas Lund and Kenya's Ada Morrow were pictured together in 2003. Mira Lund, daughter of President Lund, 90, hosted guests at his estate.",
  );
  expect(leaders(g)).toEqual(['person:tomas-lund>country:ZW']);
});

test('an office the phrase rules judged in a country stays an office', () => {
  const g = run('UK chancellor Tomas Varno spoke in London. Britain agreed. Later Chancellor Varno left.');
  expect(leaders(g)).toEqual([]);
});

test('a visiting office holder is never the host country’s', () => {
  expect(leaders(run('Prime Minister Ada Morrow arrived in Norway on Monday for talks. Norway is glad. Norway agreed.'))).toEqual([]);
  const g = run('Foreign Minister Ada Morrow, on a visit to Norway, spoke.');
  expect(g.edges.filter((e) => e.type === 'affiliated_with' && e.source === 'person:ada-morrow')).toEqual([]);
});

test('a visit named before a person is someone else’s', () => {
  const g = run(
    'Ada Morrow became the first Danish president to visit Norway, holding talks with revolutionary leader Tomas Varno in Oslo.',
  );
  expect(leaders(g)).toEqual(expect.arrayContaining(['person:tomas-varno>country:NO']));
});
