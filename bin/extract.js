#!/usr/bin/env node
// Wires up the process only. When the build made a start-up snapshot for this Node.js and this tree,
// the CLI runs from it in a child process (dist/snapshot/launch.js: no module loading, compromise and
// the rules already prepared; docs/performance.md); else dist/cli/ runs here as ES modules. Both give
// the same bytes (test/cli-snapshot.test.ts).
import { launch } from '../dist/snapshot/launch.js';

const argv = process.argv.slice(2);
const code = await launch(argv);
if (code === undefined) {
  const { runCli } = await import('../dist/cli/process.js');
  runCli(argv);
} else process.exitCode = code;
