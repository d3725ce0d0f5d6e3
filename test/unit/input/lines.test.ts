import { Readable } from 'node:stream';
import { readLines } from '../../../src/input/lines.js';
import { parseRecord } from '../../../src/input/jsonl.js';

async function collect(chunks: string[], max: number): Promise<[number, string, boolean][]> {
  const out: [number, string, boolean][] = [];
  for await (const l of readLines(Readable.from(chunks.map((c) => Buffer.from(c))), max))
    out.push([l.number, l.bytes.toString(), l.tooLong]);
  return out;
}

test('lines split across chunks, CRLF, a missing final newline and an over-long line', async () => {
  expect(await collect(['ab', 'c\r\nde', 'f\n\nlast'], 100)).toEqual([
    [1, 'abc', false],
    [2, 'def', false],
    [3, '', false],
    [4, 'last', false],
  ]);
  expect(await collect(['x'.repeat(10), 'y'.repeat(10), '\nok\n'], 15)).toEqual([
    [1, '', true],
    [2, 'ok', false],
  ]);
});

test('a record: id or line number in the path; numbers accepted as ids; dates normalized', () => {
  const seen = new Set<string>();
  const a = parseRecord('f.jsonl', 3, '{"id": 7, "text": "Hi", "date": "2019-02-12T10:00:00Z"}', {}, seen);
  expect(a.ok && a.value).toMatchObject({ path: 'f.jsonl#7', date: '2019-02-12', dateSource: 'metadata', textFrom: 'jsonl' });
  const b = parseRecord('f.jsonl', 4, '{"text": "Hi", "date": "someday"}', {}, seen);
  expect(b.ok && b.value.path).toBe('f.jsonl#L4');
  expect(b.ok && b.value.date).toBeUndefined();
  const c = parseRecord('f.jsonl', 5, '{"text": 5}', {}, seen);
  expect(!c.ok && c.error).toMatchObject({ code: 'BAD_RECORD', line: 5 });
});
