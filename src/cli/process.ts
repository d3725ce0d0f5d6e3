/**
 * The process around the CLI: signal handlers, a closed stdout, the exit code. Used by bin/extract.js
 * (the plain path) and by the start-up snapshot's main function (src/snapshot/entry.ts), so that both
 * behave alike.
 */
import { interrupt, main } from './main.js';

export function runCli(argv: readonly string[]): void {
  // 128 + the signal number; temp files of --out are removed on the way out (write.ts, on 'exit')
  process.on('SIGINT', () => {
    interrupt(); // clear the progress bar and show the cursor again
    process.exit(130);
  });
  process.on('SIGTERM', () => {
    process.exit(143);
  });
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      const stack = (e as { stack?: unknown } | null | undefined)?.stack;
      process.stderr.write(`extract: INTERNAL ${typeof stack === 'string' && stack !== '' ? stack : String(e)}\n`);
      process.exitCode = 3;
    },
  );
}
