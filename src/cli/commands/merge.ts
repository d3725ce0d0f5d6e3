/** `extract merge PART…`: reduce the outputs of sharded runs (JSONL or JSON) into one graph. */
import fs from 'node:fs';
import { Command } from 'commander';
import { checkGraph } from '../../api.js';
import { RunError } from '../../errors.js';
import { FORMAT_INFO as FORMATS } from '../../format/info.js';
import { mergeParts, type Part } from '../../run/index.js';
import { Logger, type Io } from '../output.js';
import { stdinOrThrow } from '../stdin.js';
import { checkOut } from '../preflight.js';
import { render } from './render.js';

interface MergeFlags {
  out?: string;
  pretty?: boolean;
  format: string;
  textsFrom?: string;
  quiet?: boolean;
}

/** Parts one at a time (only one file's text in memory); standard input, read as a stream beforehand, is `stdin`. */
function* readParts(files: readonly string[], stdin: string | undefined): Generator<Part> {
  for (const name of files) {
    let text: string;
    try {
      text = name === '-' ? (stdin ?? '') : fs.readFileSync(name, 'utf8');
    } catch (e) {
      throw new RunError('NO_INPUT', `merge: cannot read ${name} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    yield { name, text };
  }
}

export function registerMergeCommand(program: Command, io: Io, state: { code: number; log: Logger }): void {
  program
    .command('merge')
    .description('merge the outputs of sharded runs (--format jsonl parts, or JSON graphs) into one graph')
    .argument('<parts...>', 'JSONL or JSON files written by extract (- for standard input)')
    .option('-o, --out <file>', 'write the graph to a file (atomically) instead of stdout')
    .option('--pretty', 'indent the JSON')
    .option('-f, --format <name>', 'output format', 'json')
    .option('--texts-from <dir>', 'where the documents are (html); default: their paths as saved, from here')
    .option('-q, --quiet', 'print nothing on stderr but errors')
    .action(async (parts: string[], flags: MergeFlags) => {
      state.log = new Logger(io, flags.quiet === true);
      if (!FORMATS.has(flags.format))
        throw new RunError('USAGE', `merge: unknown --format "${flags.format}" (one of: ${[...FORMATS.keys()].join(', ')})`);
      const multiFile = FORMATS.get(flags.format)?.multiFile === true;
      if (multiFile && flags.out === undefined)
        throw new RunError('USAGE', `merge: --format ${flags.format} writes several files: give a folder with --out DIR`);
      checkOut(flags.out, multiFile);
      const graph = checkGraph(mergeParts(readParts(parts, parts.includes('-') ? await stdinOrThrow('merge -') : undefined)));
      for (const e of graph.errors) state.log.error(e.code, e.message, e);
      // the same writer as the main command: one file atomically, a folder of files (neo4j), or stdout
      await render(io, state.log, graph, {
        format: flags.format,
        out: flags.out,
        pretty: flags.pretty === true,
        ...(flags.textsFrom !== undefined ? { textsFrom: flags.textsFrom } : {}),
      });
      state.code = graph.errors.length > 0 ? 1 : 0;
    });
}
