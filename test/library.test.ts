/** A consumer project can `import { extract, extractText } from 'newsgraph'` (package.json "exports" → dist) with types. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve('.');
const app = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-consumer-'));
afterAll(() => fs.rmSync(app, { recursive: true, force: true }));

beforeAll(() => {
  fs.mkdirSync(path.join(app, 'node_modules'));
  fs.symlinkSync(root, path.join(app, 'node_modules', 'newsgraph'), 'dir');
  fs.writeFileSync(path.join(app, 'package.json'), '{ "name": "consumer", "private": true, "type": "module" }\n');
});

test('ESM import by package name: extractText, extract and the formats work', () => {
  fs.writeFileSync(
    path.join(app, 'use.mjs'),
    `import { extract, extractText, formatGraph } from 'newsgraph';
const g = extractText('The Danish Prime Minister Ada Morrow flew to Oslo on Friday.', { docDate: '2024-03-06' });
const { graph } = await extract([${JSON.stringify(path.join(root, 'fixtures/news/000_3e3b864d0be11ddf.txt'))}]);
console.log(JSON.stringify({ ids: g.nodes.map((n) => n.id), docs: graph.documents.length, dot: formatGraph(g, 'dot').slice(0, 7) }));
`,
  );
  const r = spawnSync(process.execPath, ['use.mjs'], { cwd: app, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  const out = JSON.parse(r.stdout) as { ids: string[]; docs: number; dot: string };
  expect(out.ids).toContain('country:DK');
  expect(out.docs).toBe(1);
  expect(out.dot).toBe('digraph');
});

test('TypeScript consumers get the graph types', () => {
  fs.writeFileSync(
    path.join(app, 'use.ts'),
    `import { extractText, type Graph, type GraphNode, type GraphEdge, type NodeType } from 'newsgraph';
const g: Graph = extractText('Ada Morrow met Keld Varno.');
const people: GraphNode[] = g.nodes.filter((n) => n.type === ('person' satisfies NodeType));
const edges: readonly GraphEdge[] = g.edges;
export const n: number = people.length + edges.length;
`,
  );
  fs.writeFileSync(
    path.join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true, types: [] },
      files: ['use.ts'],
    }),
  );
  const r = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', app], { cwd: app, encoding: 'utf8' });
  expect(r.stdout + r.stderr).toBe('');
  expect(r.status).toBe(0);
});
