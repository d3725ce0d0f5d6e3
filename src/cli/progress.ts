/** A progress bar on stderr while documents are processed: only on a terminal, only for more than a handful of files. */
import cliProgress from 'cli-progress';
import type { Io } from './output.js';
import { escapeControls } from './escape.js';

export const PROGRESS_MIN_FILES = 6;

export interface Progress {
  readonly onDocument: (done: number, total: number, path: string) => void;
  readonly stop: () => void;
}

export function createProgress(io: Io, enabled: boolean): Progress {
  let bar: cliProgress.SingleBar | undefined;
  const onDocument = (done: number, total: number, file: string): void => {
    if (!enabled || !io.stderr.isTTY || total < PROGRESS_MIN_FILES) return;
    if (!bar) {
      bar = new cliProgress.SingleBar(
        {
          stream: io.stderr,
          format: 'extracting {bar} {value}/{total} {file}',
          barsize: 30,
          hideCursor: true,
          clearOnComplete: true,
          fps: 10,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total, 0, { file: '' });
    }
    const shown = escapeControls(file);
    bar.update(done, { file: shown.length > 50 ? `…${shown.slice(-49)}` : shown });
  };
  return {
    onDocument,
    stop: () => {
      bar?.stop();
      bar = undefined;
    },
  };
}
