/** The project carries the graph contract in docs/OUTPUT.md; it must say what the team's contract says. */
import fs from 'node:fs';
import path from 'node:path';

const shared = path.resolve('..', 'shared', 'spec', 'OUTPUT.md');
const ours = fs.readFileSync('docs/OUTPUT.md', 'utf8');
const MARK = '\n## What newsgraph adds';

test('docs/OUTPUT.md has the contract and a section of additions', () => {
  expect(ours).toContain('# The graph contract');
  expect(ours).toContain(MARK);
});

(fs.existsSync(shared) ? test : test.skip)('the contract part of docs/OUTPUT.md equals shared/spec/OUTPUT.md', () => {
  const start = ours.indexOf('# The graph contract');
  const contract = ours.slice(start, ours.indexOf(MARK)).trimEnd();
  expect(contract).toBe(fs.readFileSync(shared, 'utf8').trimEnd());
});

test('the README and docs point at the project copy of the contract, not at a folder users do not have', () => {
  for (const f of [
    'README.md',
    ...fs
      .readdirSync('docs')
      .filter((n) => n.endsWith('.md'))
      .map((n) => path.join('docs', n)),
  ]) {
    expect(`${f}: ${fs.readFileSync(f, 'utf8').includes('../shared/spec/OUTPUT.md') ? 'links ../shared' : 'ok'}`).toBe(`${f}: ok`);
  }
});
