import { formatGraphFiles, FORMATS, formatGraph } from '../../../src/index.js';
import { SAMPLE_GRAPH } from '../../helpers/sample-graph.js';
import { parseCsv } from '../../helpers/csv.js';

const { files } = formatGraphFiles(SAMPLE_GRAPH, 'neo4j');

test('neo4j is a multi-file format: nodes.csv and relationships.csv', () => {
  expect(FORMATS.get('neo4j')!.multiFile).toBe(true);
  expect(Object.keys(files)).toEqual(['nodes.csv', 'relationships.csv']);
  expect(() => formatGraph(SAMPLE_GRAPH, 'neo4j')).toThrow(/several files/);
});

test('nodes.csv has neo4j-admin headers and one row per node', () => {
  const [header, ...rows] = parseCsv(files['nodes.csv']!);
  expect(header!.slice(0, 5)).toEqual(['id:ID', ':LABEL', 'label:string', 'aliases:string[]', 'mentions:long']);
  expect(header).toContain('iso:string');
  expect(header).toContain('titles:string[]');
  expect(rows.map((r) => r[0])).toEqual(SAMPLE_GRAPH.nodes.map((n) => n.id));
  expect(new Set(rows.map((r) => r[1]))).toEqual(new Set(['Country', 'Date', 'Meeting', 'Organization', 'Person', 'Place']));
  for (const r of rows) expect(r).toHaveLength(header!.length);
  expect(rows.find((r) => r[0] === 'organization:nordic-council')![2]).toBe('the Nordic, Council');
});

test('relationships.csv has :START_ID, :END_ID, :TYPE; ends exist; quoting round-trips', () => {
  const [header, ...rows] = parseCsv(files['relationships.csv']!);
  expect(header!.slice(0, 3)).toEqual([':START_ID', ':END_ID', ':TYPE']);
  expect(header).toContain('current:boolean');
  const ids = new Set(SAMPLE_GRAPH.nodes.map((n) => n.id));
  for (const r of rows) {
    expect(ids.has(r[0]!)).toBe(true);
    expect(ids.has(r[1]!)).toBe(true);
    expect(r[2]).toMatch(/^[A-Z_]+$/);
    expect(r).toHaveLength(header!.length);
  }
  const e6 = rows.find((r) => r[3] === 'e6')!;
  expect(e6[header!.indexOf('role:string')]).toBe('member, "founding"');
  expect(files['relationships.csv']).toContain('"member, ""founding"""');
});

test('--csv-safe: cells starting with = + - @ get an apostrophe; numbers and the default output are left alone', () => {
  const n0 = SAMPLE_GRAPH.nodes[0]!;
  const hostile = {
    ...SAMPLE_GRAPH,
    nodes: [{ ...n0, label: '=HYPERLINK("http://x.invalid","y")', aliases: ['@SUM(A1)', '+1', '-2'] }, ...SAMPLE_GRAPH.nodes.slice(1)],
  };
  const plain = parseCsv(formatGraphFiles(hostile, 'neo4j').files['nodes.csv']!)[1]!;
  expect(plain[2]).toBe('=HYPERLINK("http://x.invalid","y")');
  const safe = parseCsv(formatGraphFiles(hostile, 'neo4j', { csvSafe: true }).files['nodes.csv']!)[1]!;
  expect(safe[2]).toBe(`'=HYPERLINK("http://x.invalid","y")`);
  expect(safe[3]).toBe("'@SUM(A1);+1;-2");
  expect(safe[4]).toBe(plain[4]);
  expect(formatGraphFiles(SAMPLE_GRAPH, 'neo4j', { csvSafe: true }).files['nodes.csv']!.length).toBeGreaterThanOrEqual(
    files['nodes.csv']!.length,
  );
});
