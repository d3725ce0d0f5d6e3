import fs from 'node:fs';
import path from 'node:path';
import { Argument, Command, CommanderError, Option } from 'commander';
// leaf modules, not the library barrel (src/index.ts): a plain run loads no eval, format or HTML module it does not use
import { createContext, extract, generatorInfo, checkGraph, extractSource, type ExtractFilesOptions } from '../api.js';
import { RunError } from '../errors.js';
import { toolVersion } from '../version.js';
import { DEFAULT_INCLUDE } from '../input/discover.js';
import { DEFAULT_MAX_FILE_SIZE, sha256 } from '../input/read.js';
import { GraphBuilder } from '../graph/build.js';
import { defaultJobs, parseShard, DEFAULT_DOC_TIMEOUT_S, DEFAULT_DOC_TIMEOUT_PER_MILLION_S, type RunStats } from '../run/index.js';
import { readManifest } from '../input/manifest.js';
import { closest } from '../engine/suggest.js';
import { typeStdinLoaded, STDIN_TYPES, type StdinType } from '../input/sources.js';
import type { Graph } from '../types.js';
import { FORMAT_INFO as FORMATS } from '../format/info.js';
import { Logger, writeStdout, type Io } from './output.js';
import { addCommonOptions, withLogOptions } from './common.js';
import { checkOut, planInputs } from './preflight.js';
import { parseDocDate, parseSize } from './options.js';
import { registerRulesCommand } from './commands/rules.js';
import { registerEvalCommand } from './commands/eval.js';
import { registerDiffCommand } from './commands/diff.js';
import { registerRenderCommand, render } from './commands/render.js';
import { registerExplainCommand } from './commands/explain.js';
import { registerMergeCommand } from './commands/merge.js';
import { streamJsonl } from './commands/jsonl.js';
import { openSink } from './sink.js';
import { createProgress, type Progress } from './progress.js';
import { graphCounts, summary } from './summary.js';
import { readStdinText, stdinOrThrow } from './stdin.js';

const EXAMPLES = `
Examples:
  $ extract news/                          one JSON graph of every .txt/.md/.html/.jsonl file under news/
  $ extract news/ --pretty --out graph.json
  $ extract article.txt --doc-date 2019-02-12
  $ cat article.txt | extract -            read standard input (HTML is recognised; or say --stdin-type html)
  $ extract news/ --list-files             the files that would be read, and nothing else
  $ find news -name '*.txt' -print0 | extract --files-from - -0
  $ extract pages/ archive.jsonl           HTML pages, Markdown notes and JSON Lines records too
  $ scraper | extract - --jsonl --text-field body
  $ extract notes/ --manifest dates.csv    dates and titles for plain-text files (path,date,title)
  $ extract news/ | jq '.edges[] | select(.type=="leader_of")'
  $ extract big/ --format jsonl | head     one record per document, streamed as each completes
  $ extract big/ --jobs 4 --cache .cache   4 worker threads; unchanged documents come from the cache
  $ extract big/ --shard 2/3 -f jsonl > p2.jsonl && extract merge p1.jsonl p2.jsonl p3.jsonl
  $ extract rules list                     the rules and what they produce
  $ extract rules test my.rules.json       run the examples of a rule file (exit 1 on a failure)
  $ eval "$(extract completion bash)"      tab completion (also: zsh)
  $ extract help eval                      help on one command

Exit codes:
  0  every input processed; output valid
  1  finished, but an input failed (see the graph's "errors")
  2  usage or configuration error (bad option, unknown command, no input could be read, invalid rules, bad --doc-date)
  3  internal error: output failed its own schema
  130  interrupted (Ctrl-C)
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
  csvSafe?: boolean;
  null?: boolean;
  dryRun?: boolean;
  listFiles?: boolean;
  stdinType?: StdinType;
}

/** The input-reading flags (issue 11) as library options; checked before anything is read. */
function inputOptions(paths: readonly string[], flags: MainFlags): Partial<ExtractFilesOptions> {
  const maxFileSize = flags.maxFileSize !== undefined ? parseSize(flags.maxFileSize) : undefined;
  if (flags.jsonl && !paths.includes('-')) throw new RunError('USAGE', '--jsonl reads standard input as JSON Lines: give - as an input');
  if (flags.stdinType !== undefined && !paths.includes('-'))
    throw new RunError('USAGE', `--stdin-type ${flags.stdinType} says how standard input is read: give - as an input`);
  if (flags.jsonl && flags.stdinType !== undefined && flags.stdinType !== 'jsonl')
    throw new RunError('USAGE', `--jsonl and --stdin-type ${flags.stdinType} conflict`);
  const manifest = flags.manifest !== undefined ? readManifest(flags.manifest) : undefined;
  return {
    ...(maxFileSize !== undefined ? { maxFileSize } : {}),
    ...(flags.textField !== undefined ? { textField: flags.textField } : {}),
    ...(flags.dateField !== undefined ? { dateField: flags.dateField } : {}),
    ...(flags.idField !== undefined ? { idField: flags.idField } : {}),
    ...(manifest ? { manifest } : {}),
    ...(flags.jsonl || flags.stdinType === 'jsonl' ? { jsonl: true } : {}),
    ...(flags.stdinType !== undefined && flags.stdinType !== 'jsonl' ? { stdinType: flags.stdinType } : {}),
    ...(paths.includes('-') ? { stdin: process.stdin } : {}),
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

/** --files-from FILE|-: input paths, one per line (blank lines skipped), or NUL-separated with -0 (`find -print0`). */
async function readFileList(from: string, nul: boolean): Promise<string[]> {
  let text: string;
  if (from === '-') text = await stdinOrThrow('--files-from -');
  else
    try {
      text = fs.readFileSync(from, 'utf8');
    } catch (e) {
      throw new RunError('NO_INPUT', `--files-from ${from}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
  return nul ? text.split('\0').filter((l) => l !== '') : text.split(/\r?\n/).filter((l) => l.trim() !== '');
}

/** The command names, for "unknown command" and its "did you mean". */
function commandNames(program: Command): string[] {
  return program.commands.map((c) => c.name());
}

/**
 * `extract dif a b`: a first argument that is no file, looks like a word and is close to a command
 * name (or is no file at all and has no path separator or dot) is a mistyped command, not an input.
 */
function unknownCommand(first: string | undefined, commands: readonly string[]): RunError | undefined {
  if (first === undefined || !/^[a-z][a-z0-9-]*$/i.test(first) || fs.existsSync(first)) return undefined;
  const near = closest(first, commands);
  if (near !== undefined) return new RunError('USAGE', `unknown command '${first}' (did you mean ${near}?)`);
  return new RunError('USAGE', `unknown command '${first}', and no file or folder of that name (commands: ${commands.join(', ')})`);
}

/** `- -` or `- a.txt -`: standard input is read once. */
function dedupeStdin(paths: readonly string[], log: Logger): string[] {
  const n = paths.filter((p) => p === '-').length;
  if (n <= 1) return [...paths];
  log.warn(`- is given ${n} times: standard input is read once`);
  const first = paths.indexOf('-');
  return paths.filter((p, i) => p !== '-' || i === first);
}

/** --manifest rows that name no document of the run: a typo in a path is otherwise silent. */
function warnUnmatchedManifest(log: Logger, manifest: ReadonlyMap<string, unknown> | undefined, docPaths: readonly string[]): void {
  if (!manifest || manifest.size === 0) return;
  const seen = new Set(docPaths.map((p) => path.resolve(p)));
  const unmatched = [...manifest.keys()].filter((k) => !seen.has(k));
  if (unmatched.length === 0) return;
  const rel = path.relative(process.cwd(), unmatched[0]!);
  const first = rel === '' || rel.startsWith('..') ? unmatched[0]! : rel;
  log.warn(`--manifest: ${unmatched.length} row(s) match no input (first: ${first})`, 'MANIFEST_UNMATCHED');
}

/** The Ctrl-C hook: the bar of the run in progress, cleared before exit 130. */
let activeProgress: Progress | undefined;
export function interrupt(): void {
  activeProgress?.interrupt();
}

function parseJobs(value: string | undefined): number {
  if (value === undefined) return defaultJobs();
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new RunError('USAGE', `--jobs "${value}" is not a positive whole number`);
  return Number(value);
}

/** --dry-run / --list-files: what would be read, and nothing else. */
async function dryRun(io: Io, log: Logger, paths: readonly string[], flags: MainFlags, options: ExtractFilesOptions): Promise<number> {
  const plan = planInputs(paths, options);
  for (const e of plan.errors) log.error(e.code, e.message, e);
  const list = [...plan.files, ...(plan.stdin ? ['-'] : [])];
  if (flags.listFiles) await writeStdout(io, list.map((f) => `${f}${flags.null ? '\0' : '\n'}`).join(''));
  if (flags.dryRun)
    log.info(`dry run: ${list.length} input(s) would be read${plan.errors.length ? `, ${plan.errors.length} cannot be` : ''}`);
  return plan.errors.length > 0 ? 1 : 0;
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

/** Below this a worker cannot load the rules and compromise and parse a small article (measured: 24 MB of old space still does, 2026-12-01). */
const MIN_WORKER_MEMORY_FLAG_MB = 32;

async function runExtract(io: Io, log: Logger, paths: string[], flags: MainFlags, commands: readonly string[]): Promise<number> {
  const started = performance.now();
  const unknown = unknownCommand(paths[0], commands);
  if (unknown) throw unknown;
  const multiFile = FORMATS.get(flags.format)?.multiFile === true;
  if (flags.format !== 'jsonl') checkFormat(flags.format, flags.out);
  const docDate = flags.docDate !== undefined ? parseDocDate(flags.docDate) : undefined;
  if (flags.null && flags.filesFrom === undefined && !flags.listFiles)
    throw new RunError('USAGE', '-0/--null separates the paths of --files-from (and of --list-files) with NUL: give one of them');
  const stats: RunStats = { cacheHits: 0, cacheMisses: 0 };
  const reportStats = (): void => {
    if (stats.cacheWriteError !== undefined)
      log.warn(`cache: cannot write to ${flags.cache ?? ''} (${stats.cacheWriteError}); results are not cached`);
    if (flags.stats) {
      const bad = stats.cacheBad ? `, ${stats.cacheBad} corrupt ${stats.cacheBad === 1 ? 'entry' : 'entries'} recomputed` : '';
      log.info(`cache: ${stats.cacheHits} hits, ${stats.cacheMisses} misses${bad}`);
    }
  };
  if (flags.filesFrom !== undefined) paths = [...paths, ...(await readFileList(flags.filesFrom, flags.null === true))];
  paths = dedupeStdin(paths, log);
  if (paths.length === 0)
    throw new RunError('NO_INPUT', 'no input: give files, directories or - for standard input', 'try: extract --help');
  const shard = flags.shard !== undefined ? parseShard(flags.shard) : undefined;
  const options: ExtractFilesOptions = {
    ...(docDate ? { docDate } : {}),
    ...(flags.include ? { include: flags.include } : {}),
    ...(flags.exclude ? { exclude: flags.exclude } : {}),
    ...(flags.rules ? { extraRules: flags.rules } : {}),
    ...(flags.rulesDir !== undefined ? { rulesDir: flags.rulesDir } : {}),
    jobs: parseJobs(flags.jobs),
    ...(flags.cache !== undefined ? { cache: flags.cache } : {}),
    ...(shard ? { shard } : {}),
    ...(flags.stats || flags.cache !== undefined ? { stats } : {}),
    ...budgetOptions(flags),
    ...inputOptions(paths, flags),
  };
  const created = checkOut(flags.out, multiFile);
  createContext(options);
  if (flags.dryRun || flags.listFiles) return dryRun(io, log, paths, flags, options);
  planInputs(paths, options); // nothing readable at all: NO_INPUT (exit 2) before any work
  if (created) log.info(`extract: the folder ${flags.out!} does not exist; it will be created`);
  const stdinAlone = paths.length === 1 && paths[0] === '-' && options.jsonl !== true;
  if (flags.format === 'jsonl') {
    const sink = openSink(io, flags.out);
    try {
      const n = await streamJsonl(sink, log, paths, options);
      await sink.close();
      if (n.docs === 0 && n.errors === 0 && !flags.shard)
        throw new RunError('NO_INPUT', `no input file matched (looked for ${(flags.include ?? DEFAULT_INCLUDE).join(', ')})`);
      reportStats();
      warnUnmatchedManifest(log, options.manifest, n.paths);
      log.info(summary({ documents: n.docs, nodes: n.nodes, edges: n.edges, errors: n.errors }, performance.now() - started, log.color));
      return n.errors > 0 ? 1 : 0;
    } catch (e) {
      sink.abort();
      throw e;
    }
  }
  let graph: Graph;
  const known = new Map<string, string>();
  if (stdinAlone) {
    const read = await readStdinText(options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
    if (read.ok) {
      const text = read.value;
      const source = await typeStdinLoaded(
        { path: '-', text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, sha256: sha256(text) },
        options.stdinType,
      );
      graph = extractSource(source, options);
      known.set('-', source.text);
    } else {
      const b = new GraphBuilder(generatorInfo(createContext(options)));
      b.addError(read.error);
      graph = checkGraph(b.finish());
    }
  } else {
    const progress = createProgress(io, !log.quiet && !log.json);
    activeProgress = progress;
    try {
      const result = await extract(paths, { ...options, onDocument: progress.onDocument });
      graph = result.graph;
    } finally {
      progress.stop();
      activeProgress = undefined;
    }
  }
  reportStats();
  if (graph.documents.length === 0 && graph.errors.length === 0 && !flags.shard)
    throw new RunError('NO_INPUT', `no input file matched (looked for ${(flags.include ?? DEFAULT_INCLUDE).join(', ')})`);
  for (const e of graph.errors) log.error(e.code, e.message, e);
  warnUnmatchedManifest(
    log,
    options.manifest,
    graph.documents.map((d) => d.path),
  );
  await render(io, log, graph, {
    format: flags.format,
    out: flags.out,
    pretty: flags.pretty === true,
    csvSafe: flags.csvSafe === true,
    known,
  });
  log.info(summary(graphCounts(graph), performance.now() - started, log.color));
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
    .option('--max-file-size <size>', 'skip larger files (and JSON Lines records) as TOO_LARGE (default 64MB)')
    .addOption(
      new Option('--stdin-type <type>', 'how standard input (-) is read (default: HTML when it looks like HTML, else text)').choices(
        STDIN_TYPES,
      ),
    )
    .option('--jsonl', 'standard input (-) is JSON Lines: one document per line (= --stdin-type jsonl)')
    .option('--text-field <name>', 'JSON Lines: the field holding the text (default "text")')
    .option('--date-field <name>', 'JSON Lines: the field holding the date (default "date")')
    .option('--id-field <name>', 'JSON Lines: the field holding the id (default "id")')
    .option('--manifest <file>', 'CSV or JSON Lines of path,date,title giving files their dates and titles')
    .option('--csv-safe', 'neo4j: prefix cells starting with = + - @ with an apostrophe (for spreadsheets; see docs/formats.md)')
    .option('-j, --jobs <n>', 'worker threads (default: the number of cores; 1 for inputs under 256 KB)')
    .option('--cache <dir>', 'reuse per-document results stored in <dir> (keyed by content, rules and version)')
    .option('--shard <k/n>', 'process only shard k of n (stable by path hash); combine parts with `extract merge`')
    .option('--stats', 'print cache hits and misses on stderr')
    .option(
      '--doc-timeout <seconds>',
      `stop a document that takes longer: a TOO_SLOW error, the run goes on (default ${DEFAULT_DOC_TIMEOUT_S} + ${DEFAULT_DOC_TIMEOUT_PER_MILLION_S} per million characters; 0: no limit)`,
    )
    .option(
      '--worker-memory <MB>',
      'heap of each worker thread; a document that needs more is an OUT_OF_MEMORY error (default: a share of RAM)',
    )
    .option('--files-from <file>', 'read input paths from a file, one per line (- for standard input)')
    .option('-0, --null', 'the paths of --files-from (and of --list-files) are separated by NUL, as from find -print0')
    .option('--list-files', 'print the files that would be read (one per line) and stop')
    .option('--dry-run', 'check the options, rules, inputs and --out, say how many inputs would be read, and stop');
  addCommonOptions(program)
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .helpCommand('help [command]', 'show help for a command')
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: () => undefined, // main() prints commander's errors as "extract: USAGE …"
    })
    .action(async (paths: string[], flags: MainFlags) => {
      state.log = new Logger(io, flags.quiet === true);
      state.code = await runExtract(io, state.log, paths, flags, commandNames(program));
    });
  registerRulesCommand(program, io, state);
  registerEvalCommand(program, io, state);
  registerDiffCommand(program, io, state);
  registerRenderCommand(program, io, state);
  registerExplainCommand(program, io, state);
  registerMergeCommand(program, io, state);
  program
    .command('completion')
    .description('print a shell completion script: eval "$(extract completion bash)"')
    .addArgument(new Argument('<shell>', 'the shell').choices(['bash', 'zsh']))
    .action(async (shell: string) => {
      const { bashCompletion, zshCompletion } = await import('./completion.js');
      await writeStdout(io, shell === 'zsh' ? zshCompletion(program) : bashCompletion(program));
      state.code = 0;
    });
  for (const c of program.commands) inheritOutput(c, program);
  return program;
}

/** Subcommands (and theirs) print help on stdout and leave errors to main(), as the program does. */
function inheritOutput(cmd: Command, from: Command): void {
  cmd.copyInheritedSettings(from);
  addCommonOptions(cmd);
  for (const c of cmd.commands) inheritOutput(c, cmd);
}

/** Run the CLI; returns the exit code and never calls process.exit. */
export async function main(argv: readonly string[], baseIo: Io = defaultIo()): Promise<number> {
  const io = withLogOptions(baseIo, argv);
  const state = { code: 0, log: new Logger(io) };
  const program = buildProgram(io, state);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return state.code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      state.log.error(
        'USAGE',
        e.message
          .replace(/^error: /, '')
          .replace(/\n+/g, ' ')
          .trim(),
      );
      return 2;
    }
    if (e instanceof RunError) {
      // one line per problem (a rule file or a graph may have several), each with the prefix
      for (const line of (e.message + (e.hint ? ` (${e.hint})` : '')).split('\n')) state.log.error(e.code, line);
      return e.exitCode;
    }
    state.log.error('INTERNAL', (e as Error).stack ?? String(e));
    return 3;
  }
}
