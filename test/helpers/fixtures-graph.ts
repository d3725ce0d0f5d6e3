/** The graph of every fixture article (and their texts), as the CLI would build it. */
import { extract, readSource, type Graph } from '../../src/index.js';

export async function fixturesGraph(): Promise<{ graph: Graph; texts: Map<string, string> }> {
  const { graph } = await extract(['fixtures/news']);
  const texts = new Map<string, string>();
  for (const d of graph.documents) {
    const r = readSource(d.path);
    if (r.ok) texts.set(d.path, r.value.text);
  }
  return { graph, texts };
}
