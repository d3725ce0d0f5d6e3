import fs from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import {
  createContext,
  extract,
  FORMATS,
  RunError,
  toolVersion,
  DEFAULT_INCLUDE,
  defaultJobs,
  DEFAULT_DOC_TIMEOUT_S,
  readManifest,
  parseShard,
  type Graph,
  type ExtractFilesOptions,
  type RunStats,
} from '../index.js';
import { Logger, type Io } from './output.js';
import { parseDocDate, parseSize } from './options.js';
import { registerRulesCommand } from './commands/rules.js';
import { registerEvalCommand } from './commands/eval.js';
import { registerDiffCommand } from './commands/diff.js';
import { registerRenderCommand, render } from './commands/render.js';
import { registerExplainCommand } from './commands/explain.js';
import { registerMergeCommand } from './commands/merge.js';
import { streamJsonl } from './commands/jsonl.js';
import { openSink } from './sink.js';
import { createProgress } from './progress.js';
import { summary } from './summary.js';

const EXAMPLES = `
Examples:
  $ extract news/                          one JSON graph of every .txt/.md/.html/.jsonl file under news/
  $ extract news/ --pretty --out graph.json
  $ extract article.txt --doc-date 2019-02-12
  $ cat article.txt | extract -            read standard input
  $ extract pages/ archive.jsonl           HTML pages, Markdown notes and JSON Lines records too
  $ scraper | extract - --jsonl --text-field body
  $ extract notes/ --manifest dates.csv    dates and titles for plain-text files (path,date,title)
  $ extract news/ | jq '.edges[] | select(.type=="leader_of")'
  $ extract big/ --format jsonl | head     one record per document, streamed as each completes
  $ extract big/ --jobs 4 --cache .cache   4 worker threads; unchanged documents come from the cache
  $ extract big/ --shard 2/3 -f jsonl > p2.jsonl && extract merge p1.jsonl p2.jsonl p3.jsonl
  $ extract rules list                     the rules and what they produce
  $ extract rules test my.rules.json       run the examples of a rule file (exit 1 on a failure)

Exit codes:
  0  every input processed; output valid
  1  finished, but an input failed (see the graph's "errors")
  2  usage or configuration error (bad option, no input, invalid rules)
  3  internal error: output failed its own schema
`;

interface MainFlags {
  out?: string;
  pretty?: boolean;
  docDate?: string;
  include?: string[];
  exclude?: string[];
  format: string;
  rules?: string[];
  rulesDir?: string;
  quiet?: boolean;
  jobs?: string;
  cache?: string;
  shard?: string;
  stats?: boolean;
  docTimeout?: string;
  workerMemory?: string;
  filesFrom?: string;
  jsonl?: boolean;
  textField?: string;
  dateField?: string;
  idField?: string;
  manifest?: string;
  maxFileSize?: string;
}

/** The input-reading flags (issue 11) as library options; checked before anything is read. */
function inputOptions(paths: readonly string[], flags: MainFlags): Partial<ExtractFilesOptions> {
  const maxFileSize = flags.maxFileSize !== undefined ? parseSize(flags.maxFileSize) : undefined;
  if (flags.jsonl && !paths.includes('-')) throw new RunError('USAGE', '--jsonl reads standard input as JSON Lines: give - as an input');
  const manifest = flags.manifest !== undefined ? readManifest(flags.manifest) : undefined;
  return {
    ...(maxFileSize !== undefined ? { maxFileSize } : {}),
    ...(flags.textField !== undefined ? { textField: flags.textField } : {}),
    ...(flags.dateField !== undefined ? { dateField: flags.dateField } : {}),
    ...(flags.idField !== undefined ? { idField: flags.idField } : {}),
    ...(manifest ? { manifest } : {}),
    ...(flags.jsonl ? { jsonl: true, stdin: process.stdin } : {}),
  };
}

function collect(value: string, prev: string[] | undefined): string[] {
  return [...(prev ?? []), value];
}

function defaultIo(): Io {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env };
}

/** --format names a known format; a multi-file format needs --out DIR. Checked before any input is read. */
export function checkFormat(format: string, out: string | undefined): void {
  const f = FORMATS.get(format);
  if (!f) throw new RunError('USAGE', `unknown --format "${format}" (one of: ${[...FORMATS.keys()].join(', ')})`);
  if (f.multiFile === true && out === undefined)
    throw new RunError('USAGE', `--format ${format} writes several files: give a folder with --out DIR`);
}

/** --files-from FILE|-: input paths, one per line (blank lines skipped), e.g. from `find` or a Spark pipe. */
function readFileList(from: string): string[] {
  let text: string;
  try {
    text = fs.readFileSync(from === '-' ? 0 : from, 'utf8');
  } catch (e) {
    throw new RunError('NO_INPUT', `--files-from ${from}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return text.split(/\r?\n/).filter((l) => l.trim() !== '');
}

function parseJobs(value: string | undefined): number {
  if (value === undefined) return defaultJobs();
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new RunError('USAGE', `--jobs "${value}" is not a positive whole number`);
  return Number(value);
}

/** --doc-timeout SECONDS (0: no limit) and --worker-memory MB: the budget of one document. */
function budgetOptions(flags: MainFlags): { docTimeout?: number; workerMemory?: number } {
  const out: { docTimeout?: number; workerMemory?: number } = {};
  if (flags.docTimeout !== undefined) {
    if (!/^\d+(\.\d+)?$/.test(flags.docTimeout))
      throw new RunError('USAGE', `--doc-timeout "${flags.docTimeout}" is not a number of seconds (0 for no limit)`);
    out.docTimeout = Number(flags.docTimeout);
  }
  if (flags.workerMemory !== undefined) {
    if (!/^\d+$/.test(flags.workerMemory) || Number(flags.workerMemory) < MIN_WORKER_MEMORY_FLAG_MB)
      throw new RunError(
        'USAGE',
        `--worker-memory "${flags.workerMemory}" is not a whole number of MB (at least ${MIN_WORKER_MEMORY_FLAG_MB})`,
      );
    out.workerMemory = Number(flags.workerMemory);
  }
  return out;
}

/** Below this a worker cannot even load the rules and compromise. */
const MIN_WORKER_MEMORY_FLAG_MB = 64;

async function runExtract(io: Io, log: Logger, paths: string[], flags: MainFlags): Promise<number> {
  const started = performance.now();
  if (flags.format !== 'jsonl') checkFormat(flags.format, flags.out);
  const docDate = flags.docDate !== undefined ? parseDocDate(flags.docDate) : undefined;
  const stats: RunStats = { cacheHits: 0, cacheMisses: 0 };
  const reportStats = (): void => {
    if (stats.cacheWriteError !== undefined)
      log.warn(`cache: cannot write to ${flags.cache ?? ''} (${stats.cacheWriteError}); results are not cached`);
    if (flags.stats) {
      const bad = stats.cacheBad ? `, ${stats.cacheBad} corrupt ${stats.cacheBad === 1 ? 'entry' : 'entries'} recomputed` : '';
      log.info(`cache: ${stats.cacheHits} hits, ${stats.cacheMisses} misses${bad}`);
    }
  };
  if (flags.filesFrom !== undefined) paths = [...paths, ...readFileList(flags.filesFrom)];
  if (paths.length === 0)
    throw new RunError('NO_INPUT', 'no input: give files, directories or - for standard input', 'try: extract --help');
  const options: ExtractFilesOptions = {
    ...(docDate ? { docDate } : {}),
    ...(flags.include ? { include: flags.include } : {}),
    ...(flags.exclude ? { exclude: flags.exclude } : {}),
    ...(flags.rules ? { extraRules: flags.rules } : {}),
    ...(flags.rulesDir !== undefined ? { rulesDir: flags.rulesDir } : {}),
    jobs: parseJobs(flags.jobs),
    ...(flags.cache !== undefined ? { cache: flags.cache } : {}),
    ...(flags.shard !== undefined ? { shard: parseShard(flags.shard) } : {}),
    ...(flags.stats || flags.cache !== undefined ? { stats } : {}),
    ...budgetOptions(flags),
    ...inputOptions(paths, flags),
  };
  createContext(options);
  if (flags.format === 'jsonl') {
    const sink = openSink(io, flags.out);
    try {
      const n = await streamJsonl(sink, log, paths, options);
      await sink.close();
      if (n.docs === 0 && n.errors === 0 && !flags.shard)
        throw new RunError('NO_INPUT', `no input file matched (looked for ${(flags.include ?? DEFAULT_INCLUDE).join(', ')})`);
      reportStats();
      return n.errors > 0 ? 1 : 0;
    } catch (e) {
      sink.abort();
      throw e;
    }
  }
  let graph: Graph;
  const known = new Map<string, string>();
  if (paths.length === 1 && paths[0] === '-' && !flags.jsonl) {
    const { extractText } = await import('../index.js');
    const text = fs.readFileSync(0, 'utf8');
    graph = extractText(text, { ...options, path: '-' });
    known.set('-', text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } else {
    const progress = createProgress(io, !log.quiet);
    try {
      const result = await extract(flags.jsonl ? paths : paths.filter((p) => p !== '-'), { ...options, onDocument: progress.onDocument });
      graph = result.graph;
    } finally {
      progress.stop();
    }
  }
  reportStats();
  if (graph.documents.length === 0 && graph.errors.length === 0 && !flags.shard)
    throw new RunError('NO_INPUT', `no input file matched (looked for ${(flags.include ?? DEFAULT_INCLUDE).join(', ')})`);
  for (const e of graph.errors) log.error(e.code, e.message);
  await render(io, log, graph, { format: flags.format, out: flags.out, pretty: flags.pretty === true, known });
  log.info(summary(graph, performance.now() - started, log.color));
  return graph.errors.length > 0 ? 1 : 0;
}

export function buildProgram(io: Io, state: { code: number; log: Logger }): Command {
  const program = new Command('extract');
  program
    .enablePositionalOptions()
    .description('Turn news articles into a graph of who is who and who met whom (JSON on stdout).')
    .version(toolVersion(), '-V, --version')
    .argument('[paths...]', 'files, directories (recursed) or - for standard input')
    .option('-o, --out <file>', 'write the output to a file (atomically) instead of stdout')
    .option('--pretty', 'indent the JSON')
    .option('--doc-date <YYYY-MM-DD>', 'the document date (else detected from the text)')
    .option('--include <glob>', `files to take from directories (repeatable; default ${DEFAULT_INCLUDE.join(', ')})`, collect)
    .option('--exclude <glob>', 'files to skip in directories (repeatable)', collect)
    .addOption(new Option('-f, --format <name>', 'output format').default('json').choices([...FORMATS.keys(), 'jsonl'].sort()))
    .option('--rules <file>', 'add a rule file (repeatable)', collect)
    .option('--rules-dir <dir>', 'use this rules directory instead of the bundled one')
    .option('--max-file-size <size>', 'skip larger files (and JSON Lines records) as TOO_LARGE (default 2MB)')
    .option('--jsonl', 'standard input (-) is JSON Lines: one document per line')
    .option('--text-field <name>', 'JSON Lines: the field holding the text (default "text")')
    .option('--date-field <name>', 'JSON Lines: the field holding the date (default "date")')
    .option('--id-field <name>', 'JSON Lines: the field holding the id (default "id")')
    .option('--manifest <file>', 'CSV or JSON Lines of path,date,title giving files their dates and titles')
    .option('-q, --quiet', 'print nothing on stderr but errors')
    .option('-j, --jobs <n>', 'worker threads (default: the number of cores)')
    .option('--cache <dir>', 'reuse per-document results stored in <dir> (keyed by content, rules and version)')
    .option('--shard <k/n>', 'process only shard k of n (stable by path hash); combine parts with `extract merge`')
    .option('--stats', 'print cache hits and misses on stderr')
    .option(
      '--doc-timeout <seconds>',
      `stop a document that takes longer: a TOO_SLOW error, the run goes on (default ${DEFAULT_DOC_TIMEOUT_S}; 0: no limit)`,
    )
    .option(
      '--worker-memory <MB>',
      'heap of each worker thread; a document that needs more is an OUT_OF_MEMORY error (default: a share of RAM)',
    )
    .option('--files-from <file>', 'read input paths from a file, one per line (- for standard input)')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stderr.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(s),
    })
    .action(async (paths: string[], flags: MainFlags) => {
      state.log = new Logger(io, flags.quiet === true);
      state.code = await runExtract(io, state.log, paths, flags);
    });
  registerRulesCommand(program, io, state);
  registerEvalCommand(program, io, state);
  registerDiffCommand(program, io, state);
  registerRenderCommand(program, io, state);
  registerExplainCommand(program, io, state);
  registerMergeCommand(program, io, state);
  return program;
}

/** Run the CLI; returns the exit code and never calls process.exit. */
export async function main(argv: readonly string[], io: Io = defaultIo()): Promise<number> {
  const state = { code: 0, log: new Logger(io) };
  const program = buildProgram(io, state);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return state.code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    if (e instanceof RunError) {
      for (const line of (e.message + (e.hint ? ` (${e.hint})` : '')).split('\n')) state.log.error(e.code, line);
      return e.exitCode;
    }
    state.log.error('INTERNAL', (e as Error).stack ?? String(e));
    return 3;
  }
}
