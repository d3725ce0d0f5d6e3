/** Issue 19 point 7: the progress bar keeps the end of long names, shows % and ETA on long runs, and is cleared on Ctrl-C. */
import { Writable } from 'node:stream';
import { createProgress, fitName, PROGRESS_LONG_RUN } from '../../../src/cli/progress.js';
import type { Io } from '../../../src/cli/output.js';

function fakeTty(columns = 80): { io: Io; text: () => string } {
  let out = '';
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      out += chunk.toString();
      cb();
    },
  }) as Writable & { isTTY: boolean; columns: number; cursorTo: () => boolean; clearLine: () => boolean };
  stream.isTTY = true;
  stream.columns = columns;
  stream.cursorTo = () => true;
  stream.clearLine = () => true;
  return { io: { stdout: stream, stderr: stream, env: {} }, text: () => out };
}

test('fitName keeps the end of a long file name', () => {
  expect(fitName('short.txt', 20)).toBe('short.txt');
  const long = 'corpus/2019/february/a-very-long-folder-name/the-article-name.txt';
  const fitted = fitName(long, 30);
  expect(Array.from(fitted)).toHaveLength(30);
  expect(fitted.startsWith('…')).toBe(true);
  expect(fitted.endsWith('the-article-name.txt')).toBe(true);
});

test('interrupt clears the line and shows the cursor again', () => {
  const t = fakeTty();
  const p = createProgress(t.io, true);
  p.onDocument(1, 10, 'a.txt');
  p.interrupt();
  expect(t.text().endsWith('\r\u001b[2K\u001b[?25h')).toBe(true);
  p.stop();
});

test('a long run shows a percentage and an ETA; the line fits the terminal', () => {
  const t = fakeTty(100);
  const p = createProgress(t.io, true);
  const name = `${'deep/'.repeat(30)}final-article.txt`;
  p.onDocument(10, PROGRESS_LONG_RUN * 2, name);
  p.interrupt();
  const shown = t.text();
  expect(shown).toMatch(/\d+% ETA /);
  expect(shown).toContain('final-article.txt');
});

test('no bar when stderr is not a terminal, or for a handful of files', () => {
  const t = fakeTty();
  createProgress(t.io, true).onDocument(1, 2, 'a.txt');
  expect(t.text()).toBe('');
});
