/** The scheduler yields in input order whatever order work completes in, and keeps a bounded window. */
import { schedule, type Executor } from '../../../src/run/index.js';
import type { DocResult, InputError, SourceDoc } from '../../../src/types.js';

function result(doc: SourceDoc): DocResult {
  const info = { path: doc.path, sha256: doc.sha256, chars: doc.text.length, title: null, date: null, dateSource: null };
  return { doc: info, entities: [], dates: [], meetings: [], edges: [], errors: [] };
}

/** Completes documents in reverse order of arrival (a later one first). */
class Shuffling implements Executor {
  inFlight = 0;
  maxInFlight = 0;
  private waiting: (() => void)[] = [];
  run(doc: SourceDoc): Promise<DocResult> {
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    return new Promise((resolve) => {
      this.waiting.push(() => {
        this.inFlight--;
        resolve(result(doc));
      });
      setImmediate(() => this.waiting.pop()?.());
    });
  }
  close(): Promise<void> {
    return Promise.resolve();
  }
}

function* docs(n: number): Generator<SourceDoc | InputError> {
  for (let i = 0; i < n; i++) {
    const path = `d${String(i).padStart(3, '0')}.txt`;
    if (i % 7 === 3) yield { path, code: 'NOT_TEXT', message: 'binary' };
    else yield { path, text: 'x'.repeat(i), sha256: String(i) };
  }
}

test('results come out in input order, with errors in place', async () => {
  const exec = new Shuffling();
  const out: string[] = [];
  for await (const item of schedule(docs(40), exec, { window: 5 })) out.push('code' in item ? `!${item.path}` : item.doc.path);
  expect(out).toEqual([...docs(40)].map((d) => ('code' in d ? `!${d.path}` : d.path)));
  expect(exec.maxInFlight).toBeLessThanOrEqual(5);
});

test('reads the input lazily: never more than the window ahead of the consumer', async () => {
  let read = 0;
  function* counting(): Generator<SourceDoc> {
    for (let i = 0; i < 100; i++) {
      read++;
      yield { path: `p${i}`, text: '', sha256: '' };
    }
  }
  let consumed = 0;
  for await (const _ of schedule(counting(), new Shuffling(), { window: 3 })) {
    consumed++;
    expect(read - consumed).toBeLessThanOrEqual(3);
  }
  expect(consumed).toBe(100);
});

test('a failing document fails the run', async () => {
  const exec: Executor = { run: () => Promise.reject(new Error('boom')), close: () => Promise.resolve() };
  const run = async (): Promise<void> => {
    for await (const _ of schedule(docs(3), exec, { window: 2 }));
  };
  await expect(run()).rejects.toThrow('boom');
});
