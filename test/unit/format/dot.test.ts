import { spawnSync } from 'node:child_process';
import { formatGraph } from '../../../src/index.js';
import { dotString } from '../../../src/format/dot.js';
import { SAMPLE_GRAPH } from '../../helpers/sample-graph.js';
import { fixturesGraph } from '../../helpers/fixtures-graph.js';

const hasDot = spawnSync('dot', ['-V'], { encoding: 'utf8' }).status === 0;
const withDot = hasDot ? test : test.skip;

test('dot strings escape quotes, backslashes and line breaks', () => {
  expect(dotString('a "b" \\ c\nd')).toBe('"a \\"b\\" \\\\ c\\nd"');
});

test('dot names every node and edge', () => {
  const out = formatGraph(SAMPLE_GRAPH, 'dot');
  expect(out.startsWith('digraph newsgraph {\n')).toBe(true);
  for (const n of SAMPLE_GRAPH.nodes) expect(out).toContain(`"${n.id}" [label=`);
  expect(out).toContain('"person:ada-morrow" -> "country:DK" [label="leader_of"');
  expect(out).toContain('label="Keld <Varno>"');
});

function render(dot: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('dot', ['-Tsvg'], { input: dot, encoding: 'utf8', timeout: 60000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

withDot('`dot -Tsvg` renders the sample and the fixtures without warnings', async () => {
  const sample = render(formatGraph(SAMPLE_GRAPH, 'dot'));
  expect(sample.stderr).toBe('');
  expect(sample.status).toBe(0);
  expect(sample.stdout).toContain('<svg');
  expect(sample.stdout).toContain('Keld &lt;Varno&gt;');
  const { graph } = await fixturesGraph();
  const fixtures = render(formatGraph(graph, 'dot'));
  expect(fixtures.stderr).toBe('');
  expect(fixtures.status).toBe(0);
});

if (!hasDot) test('dot is not installed: rendering skipped', () => undefined);
