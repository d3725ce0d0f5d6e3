import fs from 'node:fs';
import type { Command } from 'commander';
import { Chalk } from 'chalk';
import { RunError } from '../../errors.js';
import { validateGraph } from '../../graph/validate.js';
import type { DiffColors } from '../../eval/diff.js';
import type { Graph } from '../../types.js';
import { colorLevel, Logger, writeStdout, type Io } from '../output.js';

const HELP = `
Nodes and edges are keyed by their ids (stable across runs). Each added, removed or changed
item is printed with its rule id(s) and an evidence snippet.

Examples:
  $ extract diff old.json new.json
  $ extract diff old.json new.json --json | jq '.items[] | select(.what == "edge")'

Exit codes:
  0  the graphs have the same nodes and edges (nothing is printed)
  1  they differ
  2  a file cannot be read, is not JSON or is not a valid graph
`;

function readGraph(file: string): Graph {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
  } catch (e) {
    throw new RunError('USAGE', `${file}: ${(e as Error).message.replace(/\s*\n\s*/g, ' ')}`);
  }
  // someone's file, not our output: a usage error (exit 2) on one line, like `extract render`
  const errors = validateGraph(data);
  if (errors.length > 0) throw new RunError('USAGE', `${file} is not a valid graph: ${errors.slice(0, 3).join('; ')}`);
  return data as Graph;
}

/** Colours for the text on stdout: the Logger's policy (NO_COLOR, FORCE_COLOR), applied to stdout's TTY. */
function stdoutColors(io: Io): DiffColors {
  const c = new Chalk({ level: colorLevel({ ...io, stderr: io.stdout }) });
  return { added: (s) => c.green(s), removed: (s) => c.red(s), changed: (s) => c.yellow(s), dim: (s) => c.dim(s) };
}

/** `extract diff old.json new.json`: what changed between two graphs. */
export function registerDiffCommand(program: Command, io: Io, state: { code: number; log: Logger }): void {
  program
    .command('diff')
    .description('compare two graphs: nodes and edges added, removed and changed (exit 1 when they differ)')
    .argument('<old>', 'the graph before (JSON)')
    .argument('<new>', 'the graph after (JSON)')
    .option('--json', 'print the differences as JSON')
    .option('-q, --quiet', 'print nothing on stderr but errors')
    .addHelpText('after', HELP)
    .action(async (oldFile: string, newFile: string, _flags: unknown, cmd: Command) => {
      const flags = cmd.optsWithGlobals<{ json?: boolean; quiet?: boolean }>();
      state.log = new Logger(io, flags.quiet === true);
      const { diffGraphs, renderDiff } = await import('../../eval/diff.js'); // loaded only by `extract diff`
      const d = diffGraphs(readGraph(oldFile), readGraph(newFile));
      if (flags.json) await writeStdout(io, `${JSON.stringify(d, null, 2)}\n`);
      else if (!d.equal) await writeStdout(io, renderDiff(d, stdoutColors(io)));
      state.code = d.equal ? 0 : 1;
    });
}
