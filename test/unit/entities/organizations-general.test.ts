/** Organizations on unseen news: spans, names holding a country, outlets, parties (invented names only). */
import { extractText, type Graph } from '../../../src/index.js';

const run = (text: string): Graph => extractText(text, { docDate: '2024-03-06' });
const node = (g: Graph, id: string): Graph['nodes'][number] | undefined => g.nodes.find((n) => n.id === id);
const texts = (g: Graph, id: string): string[] => (node(g, id)?.mentions ?? []).map((m) => m.text);

test('a country inside an organization name is a mention of its own only if the text names it nowhere else', () => {
  const both = run('The Bank of Norway raised rates on Monday. Exports from Norway fell.');
  expect(node(both, 'organization:bank-of-norway')).toBeDefined();
  expect(texts(both, 'country:NO')).toEqual(['Norway']);
  expect(node(both, 'country:NO')!.mentions).toHaveLength(1);
  const alone = run('The Bank of Norway raised rates on Monday.');
  expect(node(alone, 'country:NO')).toBeDefined();
});

test('a company abbreviation keeps its dot inside a sentence', () => {
  const g = run('Shares of Kestow Corp. rose on Monday, traders said.');
  expect(texts(g, 'organization:kestow-corp')).toEqual(['Kestow Corp.']);
});

test('a company named after a person keeps the personal name, and its short form is the company', () => {
  const g = run('Morgan Cables Inc said on Friday it sold a unit. Analysts said Morgan Cables would cut jobs.');
  expect(texts(g, 'organization:morgan-cables-inc')).toEqual(['Morgan Cables Inc', 'Morgan Cables']);
  expect(g.nodes.filter((n) => n.type === 'person')).toEqual([]);
});

test('a titled person whose name a company shares stays a person', () => {
  const g = run('Morgan Varn Inc said on Friday it sold a unit. Chairman Morgan Varn said jobs would go.');
  expect(node(g, 'person:morgan-varn')).toBeDefined();
});

test('a company named by a trade word at its end, without a designator', () => {
  const g = run('Next week Varnholm Electric Power is likely to launch a bond, as is Kestow Cement.');
  expect(node(g, 'organization:varnholm-electric-power')).toBeDefined();
  expect(node(g, 'organization:kestow-cement')).toBeDefined();
  expect(g.nodes.filter((n) => n.type === 'person')).toEqual([]);
});

test('an outlet named before "daily", a club after "side"', () => {
  const g = run('Dagens Varn daily said on Saturday that the struggling first division side Kolvaro had fired its coach.');
  expect(node(g, 'organization:dagens-varn')).toBeDefined();
  expect(node(g, 'organization:kolvaro')).toBeDefined();
});

test('financial acronyms are no organizations', () => {
  const g = run('The rise in the PMI pushed the three-month PIBOR rate higher, dealers said.');
  expect(g.nodes.filter((n) => n.type === 'organization')).toEqual([]);
});

test('a body called after a country ("Air Chile") is an organization; the country named elsewhere keeps its own mention', () => {
  const g = run('Chile grounded flights on Monday. About 100 Air Chile workers protested.');
  expect(texts(g, 'organization:air-chile')).toEqual(['Air Chile']);
  expect(texts(g, 'country:CL')).toEqual(['Chile']);
});

test('a compound adjective before a company is no part of its name', () => {
  const g = run('Analysts said Ohio-based Kestow Bancshares Inc was the prize.');
  expect(texts(g, 'organization:kestow-bancshares-inc')).toEqual(['Kestow Bancshares Inc']);
});

test('a party named before a title phrase that opens with its head word ("Party leader")', () => {
  const g = run('The Varnic Labour Party leader Ada Lund won a vote on Saturday.');
  expect(texts(g, 'organization:varnic-labour-party')).toEqual(['Varnic Labour Party']);
  expect(node(g, 'person:ada-lund')).toBeDefined();
});
