/** A progress bar on stderr while documents are processed: only on a terminal, only for more than a handful of files. */
import { createRequire } from 'node:module';
import type cliProgress from 'cli-progress';
import type { Io } from './output.js';
import { escapeControls } from './escape.js';

export const PROGRESS_MIN_FILES = 6;
/** from this many documents on, the bar also shows a percentage and the time left */
export const PROGRESS_LONG_RUN = 50;

export interface Progress {
  readonly onDocument: (done: number, total: number, path: string) => void;
  readonly stop: () => void;
  /** on Ctrl-C: clear the bar's line and show the cursor again (synchronous-safe) */
  readonly interrupt: () => void;
}

/** The end of a long name, so that the file name itself stays visible: "…/deep/folder/article.txt". */
export function fitName(file: string, width: number): string {
  const cps = Array.from(file);
  if (cps.length <= width) return file;
  return width <= 1 ? '…' : `…${cps.slice(cps.length - (width - 1)).join('')}`;
}

export function createProgress(io: Io, enabled: boolean): Progress {
  let bar: cliProgress.SingleBar | undefined;
  let nameWidth = 50;
  const onDocument = (done: number, total: number, file: string): void => {
    if (!enabled || !io.stderr.isTTY || total < PROGRESS_MIN_FILES) return;
    if (!bar) {
      const long = total >= PROGRESS_LONG_RUN;
      const format = long
        ? 'extracting {bar} {value}/{total} {percentage}% ETA {eta_formatted} {file}'
        : 'extracting {bar} {value}/{total} {file}';
      const columns = io.stderr.columns ?? 80;
      // the fixed part of the line: the label, a 30-cell bar, the counts, and (long runs) percentage and ETA
      const fixed = 'extracting '.length + 30 + 1 + 2 * String(total).length + 2 + (long ? ' 100% ETA 00m00s'.length : 0);
      nameWidth = Math.max(10, columns - fixed - 1);
      // loaded when a bar is first shown (start-up, docs/performance.md)
      const lib = createRequire(import.meta.url)('cli-progress') as typeof cliProgress;
      bar = new lib.SingleBar(
        { stream: io.stderr, format, barsize: 30, hideCursor: true, clearOnComplete: true, fps: 10, etaBuffer: 20, linewrap: false },
        lib.Presets.shades_classic,
      );
      bar.start(total, done, { file: fitName(escapeControls(file), nameWidth) });
      return;
    }
    bar.update(done, { file: fitName(escapeControls(file), nameWidth) });
  };
  return {
    onDocument,
    stop: () => {
      bar?.stop();
      bar = undefined;
    },
    interrupt: () => {
      if (!bar) return;
      bar.stop(); // its redraw timer too: nothing may keep running after Ctrl-C (or in a library caller)
      bar = undefined;
      io.stderr.write('\r\u001b[2K\u001b[?25h');
    },
  };
}
