/** Referential integrity (issue 20 point 13, issue 19 point 6): an edge's ends must be nodes of the graph. */
import { checkGraph, validateGraph, RunError, type Graph } from '../../../src/index.js';
import { SAMPLE_GRAPH } from '../../helpers/sample-graph.js';

function dangling(end: 'source' | 'target'): Graph {
  const edges = SAMPLE_GRAPH.edges.map((e, i) => (i === 0 ? { ...e, [end]: `${e[end]}-l` } : e));
  return { ...SAMPLE_GRAPH, edges };
}

test('the sample graph is valid', () => {
  expect(validateGraph(SAMPLE_GRAPH)).toEqual([]);
});

test.each([['source' as const], ['target' as const]])('an edge whose %s is not a node fails validation, with its path', (end) => {
  const errors = validateGraph(dangling(end));
  expect(errors).toEqual([`graph: edges[0].${end}: ${JSON.stringify(`${SAMPLE_GRAPH.edges[0]![end]}-l`)} is not a node of the graph`]);
});

test('the pipeline refuses to output such a graph (OUTPUT_INVALID, exit 3)', () => {
  expect(() => checkGraph(dangling('source'))).toThrow(RunError);
  try {
    checkGraph(dangling('source'));
  } catch (e) {
    expect((e as RunError).code).toBe('OUTPUT_INVALID');
    expect((e as RunError).exitCode).toBe(3);
  }
});
