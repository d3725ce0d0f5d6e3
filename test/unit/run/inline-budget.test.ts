/**
 * Every document has a time budget (issue 20 point 3), also in the calling thread (--jobs 1, one
 * input): it is checked between stages, so a document over it becomes a TOO_SLOW error. The clock
 * is the test's own: no timing here.
 */
import { createContext, type SourceDoc } from '../../../src/index.js';
import { InlineExecutor } from '../../../src/run/inline.js';
import { DEFAULT_DOC_TIMEOUT_PER_MILLION_S, DEFAULT_DOC_TIMEOUT_S, docBudgetMs } from '../../../src/run/budget.js';
import { sha256 } from '../../../src/input/read.js';

const ctx = createContext();
const text = 'Prime Minister Ada Morrow of Denmark met President Ben Okafor in Oslo on Tuesday.\n';
const doc: SourceDoc = { path: 'a.txt', text, sha256: sha256(text) };

test('the default budget is 60 s plus 60 s per million characters; a given --doc-timeout is the same for every document', () => {
  expect([DEFAULT_DOC_TIMEOUT_S, DEFAULT_DOC_TIMEOUT_PER_MILLION_S]).toEqual([60, 60]);
  expect(docBudgetMs({ ...doc, text: 'x'.repeat(8_000_000) }, undefined)).toBe(540_000);
  expect(docBudgetMs({ ...doc, text: '' }, undefined)).toBe(60_000);
  expect(docBudgetMs({ ...doc, text: 'x'.repeat(8_000_000) }, 2)).toBe(2000);
  expect(docBudgetMs(doc, 0)).toBe(Infinity);
});

test('a document over the default budget in the calling thread is TOO_SLOW (stopped at the next stage)', async () => {
  let clock = 0;
  // every look at the clock is 25 s later: over the 60 s budget at the third stage
  const exec = new InlineExecutor(ctx, { now: () => (clock += 25_000) });
  const budget = docBudgetMs(doc, undefined);
  await expect(exec.run(doc)).resolves.toEqual({
    path: 'a.txt',
    code: 'TOO_SLOW',
    message: `a.txt: stopped after ${budget / 1000} s (the default --doc-timeout for its length)`,
  });
  // the next document has its own budget
  clock = 0;
  const calm = new InlineExecutor(ctx, { now: () => clock });
  const r = await calm.run(doc);
  expect('doc' in r && r.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['person:ada-morrow', 'person:ben-okafor']));
});

test('--doc-timeout 0 is no limit, in the calling thread too', async () => {
  let clock = 0;
  const exec = new InlineExecutor(ctx, { docTimeout: 0, now: () => (clock += 3_600_000) });
  const r = await exec.run(doc);
  expect('doc' in r).toBe(true);
});
