#!/usr/bin/env node
// Wires up the process only: the CLI lives in dist/cli/main.js and returns an exit code.
import { interrupt, main } from '../dist/cli/main.js';

// 128 + the signal number; temp files of --out are removed on the way out (dist/cli/write.js, on 'exit')
process.on('SIGINT', () => {
  interrupt(); // clear the progress bar and show the cursor again
  process.exit(130);
});
process.on('SIGTERM', () => {
  process.exit(143);
});
process.stdout.on('error', (e) => {
  if (e && e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`extract: INTERNAL ${e && e.stack ? e.stack : e}\n`);
    process.exitCode = 3;
  },
);
