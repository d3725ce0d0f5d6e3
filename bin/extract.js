#!/usr/bin/env sh
":" /*
# Read by sh (`extract`, npm's link to this file), the line above is `:` (does nothing) and the lines
# down to `exec node` are its code; read by node (`node bin/extract.js`), it is a string and the start
# of a comment that ends below. sh starts node on the build's start-up snapshot itself when
# `command -v node` is the very node binary that made it (dist/generated/snapshot/node.txt: path, inode,
# flags): one process where the JavaScript launcher below needs two (docs/performance.md, start-up).
# The blob then checks that it fits the files here and else runs the plain path
# (src/snapshot/launch.ts, fromSnapshot). In every other case this file runs as JavaScript.
self=$(readlink -f -- "$0" 2>/dev/null) || self=$0
snap=${self%/bin/*}/dist/generated/snapshot
if [ "${NEWSGRAPH_SNAPSHOT-}" != 0 ] && [ "${NEWSGRAPH_SNAPSHOT-}" != off ] && [ -z "${NODE_OPTIONS-}" ] &&
  { IFS= read -r node && read -r ino && read -r flags; } 2>/dev/null <"$snap/node.txt" &&
  [ "$(command -v node)" -ef "$node" ] && id=$(ls -Li -- "$node" 2>/dev/null) && id=${id#"${id%%[! ]*}"} && [ "${id%% *}" = "$ino" ]; then
  # shellcheck disable=SC2086 # the flags are words
  exec "$node" $flags --snapshot-blob "$snap/extract.blob" -- "$self" "$@"
fi
exec node "$self" "$@"
*/
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
