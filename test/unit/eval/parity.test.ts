/**
 * The project's scorer and the reference scorer (../shared/eval/score.mjs) give the same numbers, area by
 * area, on the same predicted graph: the dev set as extracted, and damaged "gold graphs" that reach the
 * relation, meeting and date code. CI runs with ../shared beside the clone; without it this is skipped.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { extract, loadGold, runEval, scoreGraph, type Graph, type ScoreResult } from '../../../src/index.js';
import { graphFromGold, mergeObjs } from '../../helpers/gold-graph.js';

const shared = path.resolve('..', 'shared');
const scoreMjs = path.join(shared, 'eval', 'score.mjs');
const present = fs.existsSync(scoreMjs);
const golds = present
  ? ['corpus', 'seeds'].flatMap((d) =>
      fs
        .readdirSync(path.join(shared, d))
        .filter((f) => f.endsWith('.gold.json'))
        .sort()
        .map((f) => path.join(shared, d, f)),
    )
  : [];
if (!present) console.warn(`SKIPPED: ${scoreMjs} not found; the parity test needs ../shared beside the clone (CI has it).`);
const describeShared = present ? describe : describe.skip;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'eval-parity-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

interface Reference {
  areas: ScoreResult['areas'];
  accuracy: ScoreResult['accuracy'];
  details: { doc: string; missing: string[]; spurious: string[]; notes: string[] }[];
}

function reference(graph: unknown, name: string): Reference {
  const file = path.join(tmp, `${name}.json`);
  fs.writeFileSync(file, JSON.stringify(graph));
  const out = execFileSync(process.execPath, [scoreMjs, '--pred', file, '--json', ...golds], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return JSON.parse(out) as Reference;
}

function expectSame(ours: ScoreResult, ref: Reference): void {
  for (const [area, v] of Object.entries(ref.areas)) expect([area, ours.areas[area as keyof ScoreResult['areas']]]).toEqual([area, v]);
  for (const [name, v] of Object.entries(ref.accuracy))
    expect([name, ours.accuracy[name as keyof ScoreResult['accuracy']]]).toEqual([name, v]);
  expect(Object.keys(ours.areas)).toEqual(Object.keys(ref.areas));
  const mine = ours.details.map((d) => ({ doc: d.doc, missing: d.missing, spurious: d.spurious.map((s) => s.item), notes: d.notes }));
  expect(mine).toEqual(ref.details);
}

describeShared('scoreGraph equals shared/eval/score.mjs on the dev set', () => {
  test('extraction of every dev document, one run per document with its docDate', async () => {
    const run = await runEval({
      gold: golds,
      extractOne: async (file, docDate) => (await extract([file], docDate ? { docDate } : {})).graph,
    });
    expect(run.golds.length).toBe(golds.length);
    expectSame(run.result, reference(run.graph, 'extracted'));
  });

  test.each([0, 2, 3, 5])('gold graphs with damage %i (relations, meetings, dates)', (damage) => {
    const loaded = golds.map(loadGold);
    const texts = loaded.map((g) => fs.readFileSync(path.join(path.dirname(g.file), g.gold.doc), 'utf8'));
    const graph = mergeObjs(loaded.map((g, i) => graphFromGold(g.gold, texts[i]!, damage)));
    const ours = scoreGraph(
      graph as unknown as Graph,
      loaded.map((g, i) => ({ gold: g.gold, text: texts[i]! })),
    );
    const ref = reference(graph, `damage-${damage}`);
    expectSame(ours, ref);
    if (damage === 0) expect(ours.areas.leader.tp).toBeGreaterThan(0);
    else expect(ours.areas.meeting.fp + ours.areas.affiliation.fp + ours.areas.date.fp).toBeGreaterThan(0);
  });
});
