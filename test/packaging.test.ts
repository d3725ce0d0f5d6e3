/** Issue 19 point 16: what a user gets from the package and the README's first commands. */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { cli } from './helpers/cli.js';

const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { license: string; scripts: Record<string, string> };
const readme = fs.readFileSync('README.md', 'utf8');

test('a LICENSE file ships, and it is the licence package.json names', () => {
  expect(pkg.license).toBe('MIT');
  expect(fs.readFileSync('LICENSE', 'utf8')).toMatch(/^MIT License\n/);
});

test('no install-time script: building needs tsconfig.json, which the tarball does not carry', () => {
  for (const hook of ['prepare', 'preinstall', 'install', 'postinstall'])
    expect(`${hook}: ${pkg.scripts[hook] ?? 'none'}`).toBe(`${hook}: none`);
  expect(pkg.scripts.prepack).toMatch(/tsc/);
});

test("npm pack carries LICENSE, the built code, the rules, the contract and the README's example rule file", () => {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' });
  const files = (JSON.parse(out) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
  for (const f of [
    'LICENSE',
    'README.md',
    'bin/extract.js',
    'dist/index.js',
    'dist/cli/main.js',
    'docs/OUTPUT.md',
    'rules/en/index.json',
    'examples/rules/agreements.rules.json',
  ]) {
    expect(files).toContain(f);
  }
  expect(files).not.toContain('tsconfig.json');
  // the start-up snapshot is made for one Node.js build in one folder (src/snapshot/launch.ts): not shipped
  expect(files.filter((f) => f.startsWith('dist/generated/snapshot/'))).toEqual([]);
});

test('the quick start reads the bundled articles once each, and no README or SOURCES.md', () => {
  const m = /npx extract (\S+)/.exec(readme.slice(readme.indexOf('## Quick start')));
  expect(m).not.toBeNull();
  const r = cli([m![1]!]);
  expect(r.code).toBe(0);
  const g = JSON.parse(r.stdout) as { documents: { path: string; sha256: string }[] };
  const paths = g.documents.map((d) => d.path);
  expect(paths.filter((p) => /README|SOURCES/i.test(p))).toEqual([]);
  expect(new Set(g.documents.map((d) => d.sha256)).size).toBe(g.documents.length);
  expect(g.documents.length).toBe(fs.readdirSync('fixtures/news').filter((f) => f.endsWith('.txt')).length);
});

const hasJq = spawnSync('jq', ['--version']).status === 0;

(hasJq ? test : test.skip)('the README jq examples run (jq 1.6 too) on a graph whose meeting date is an array', () => {
  const examples = [...readme.matchAll(/^extract news\/ \| (jq .*)$/gm)].map((x) => x[1]!);
  expect(examples.length).toBeGreaterThanOrEqual(3);
  const graph = JSON.stringify({
    nodes: [
      {
        id: 'meeting:d1:1',
        type: 'meeting',
        label: 'visit: Ada Morrow → Norway, 2018',
        attributes: { date: ['2018-04', '2018-06'], status: 'occurred' },
      },
      { id: 'meeting:d1:2', type: 'meeting', label: 'talks', attributes: { date: null, status: 'planned' } },
    ],
    edges: [{ type: 'leader_of', source: 'person:ada-morrow', target: 'country:NO', attributes: { role: 'Prime Minister' } }],
  });
  for (const ex of examples) {
    const r = spawnSync('sh', ['-c', ex], { input: graph, encoding: 'utf8' });
    expect(`${ex}\n${r.stderr}`).toBe(`${ex}\n`);
    expect(r.status).toBe(0);
  }
  const last = spawnSync('sh', ['-c', examples[2]!], { input: graph, encoding: 'utf8' }).stdout;
  expect(last).toContain('"dates":["2018-04","2018-06"]');
});
