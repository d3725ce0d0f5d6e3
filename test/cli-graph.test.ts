/**
 * Issue 19, what the graph says to a reader, checked on the built binary: readable meeting labels
 * with the trigger kept in the mentions (point 13), the HTML report's edge legend (point 14), person
 * titles and one node per ministry (point 15), and the end-of-run summary of -f jsonl (point 7).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Graph } from '../src/index.js';
import { cli } from './helpers/cli.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-graph-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const STORIES: Record<string, string> = {
  'a-call.txt': 'The Danish Prime Minister Ada Morrow spoke by phone with Keld Varno on Friday.\n',
  'b-titles.txt':
    'Talks were led by secretary of state Mira Solt in Oslo. Danish Prime Minister Ivo Brenner met his Norwegian counterpart Tove Lind in Oslo on Friday.\n',
  'c-bureau.txt': "Keld Varno, director of the Norwegian Foreign Ministry's Coastal Affairs Bureau, met Ada Morrow in Oslo.\n",
  'd-ministry.txt': "A source with Norway's Ministry of Foreign Affairs said the talks went well.\n",
};
const dir = path.join(tmp, 'news');
fs.mkdirSync(dir);
for (const [name, text] of Object.entries(STORIES)) fs.writeFileSync(path.join(dir, name), text);

let graph: Graph;
let graphFile: string;
beforeAll(() => {
  const r = cli([dir, '-q', '--doc-date', '2024-03-06']);
  expect([r.code, r.stderr]).toEqual([0, '']);
  graph = JSON.parse(r.stdout) as Graph;
  graphFile = path.join(tmp, 'graph.json');
  fs.writeFileSync(graphFile, r.stdout);
});
const node = (id: string) => graph.nodes.find((n) => n.id === id);

test('13. a meeting label is built from kind, parties, place and date; the trigger text stays in the mentions', () => {
  const call = graph.nodes.find((n) => n.type === 'meeting' && n.attributes.kind === 'call');
  expect(call?.label).toBe('call: Ada Morrow, Keld Varno, 2024-03-01');
  expect(call?.mentions.map((m) => m.text)).toEqual(['spoke by phone']);
  const labels = graph.nodes.filter((n) => n.type === 'meeting').map((n) => n.label);
  expect(labels).toContain('meeting: Ivo Brenner, Tove Lind in Oslo, 2024-03-01');
  for (const l of labels) expect(l).toMatch(/^[a-z]+(?: \([a-z]+\))?: \S/);
});

test('14. the HTML report has an edge-type legend', () => {
  const r = cli(['render', graphFile, '-f', 'html', '-q']);
  expect(r.code).toBe(0);
  const legend = /<ul class="legend edges"[^>]*>([\s\S]*?)<\/ul>/.exec(r.stdout)?.[1] ?? '';
  for (const t of new Set(graph.edges.map((e) => e.type))) expect([t, legend.includes(` ${t} `)]).toEqual([t, true]);
});

test('15. titles: "Secretary of State" in proper case, "counterpart" is no title', () => {
  expect(node('person:mira-solt')?.attributes.titles).toEqual(['Secretary of State']);
  expect(JSON.stringify(node('person:tove-lind')?.attributes.titles ?? [])).not.toMatch(/counterpart/i);
});

test('15. one ministry is one node, its bureau an alias, whether named "Norwegian Foreign Ministry" or "Ministry of Foreign Affairs"', () => {
  const orgs = graph.nodes.filter((n) => n.type === 'organization');
  expect(orgs.map((n) => [n.id, n.label, [...(n.aliases ?? [])].sort(), n.attributes.country])).toEqual([
    [
      'organization:norwegian-foreign-ministry',
      'Norwegian Foreign Ministry',
      ['Coastal Affairs Bureau', 'Ministry of Foreign Affairs'],
      'NO',
    ],
  ]);
  expect(new Set(orgs[0]!.mentions.map((m) => m.doc)).size).toBe(2);
});

test('7. -f jsonl ends with the same summary as the other formats', () => {
  const one = path.join(dir, 'a-call.txt');
  const jsonl = cli([one, '-f', 'jsonl']);
  const json = cli([one]);
  expect(jsonl.code).toBe(0);
  const firstLine = (s: string): string => s.split('\n')[0]!.replace(/ in [\d.]+ m?s$/, '');
  expect(firstLine(jsonl.stderr)).toMatch(/1 document\b/);
  expect(firstLine(jsonl.stderr)).toBe(firstLine(json.stderr));
});
