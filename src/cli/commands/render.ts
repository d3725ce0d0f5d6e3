/** `extract render <graph.json> --format F`: any format from a saved graph; also the last step of a normal run. */
import fs from 'node:fs';
import path from 'node:path';
import { Option, type Command } from 'commander';
import { RunError } from '../../errors.js';
import { validateGraph } from '../../graph/validate.js';
import { FORMAT_INFO as FORMATS, loadFormat } from '../../format/info.js';
import type { FormatOptions } from '../../format/index.js';
import type { Graph } from '../../types.js';
import { loadHtmlReader } from '../../input/html-reader.js';
import { loadTexts } from '../texts.js';
import { emit } from '../write.js';
import { stdinOrThrow } from '../stdin.js';
import { checkOut } from '../preflight.js';
import { Logger, type Io } from '../output.js';

export interface RenderOptions {
  readonly format: string;
  readonly out: string | undefined;
  readonly pretty: boolean;
  /** --csv-safe (neo4j) */
  readonly csvSafe?: boolean;
  readonly known?: ReadonlyMap<string, string>;
  readonly textsFrom?: string;
  readonly graphDir?: string;
}

/** Format the graph (reading the document texts if the format shows them) and write it. */
export async function render(io: Io, log: Logger, graph: Graph, o: RenderOptions): Promise<void> {
  const f = FORMATS.get(o.format);
  if (!f) throw new RunError('USAGE', `unknown --format "${o.format}"`);
  let options: FormatOptions = { pretty: o.pretty, ...(o.csvSafe === true ? { csvSafe: true } : {}) };
  if (f.usesTexts === true) {
    // an HTML page's text is read again through the HTML reader (loadTexts is synchronous)
    if (graph.documents.some((d) => d.textFrom === 'html')) await loadHtmlReader();
    const texts = loadTexts(
      graph,
      {
        ...(o.known ? { known: o.known } : {}),
        ...(o.textsFrom !== undefined ? { textsFrom: o.textsFrom } : {}),
        ...(o.graphDir !== undefined ? { graphDir: o.graphDir } : {}),
      },
      log,
    );
    options = { ...options, texts };
  }
  const format = await loadFormat(f.name); // the format's module, loaded now (a JSON run loads no other)
  await emit(io, format(graph, options), o.out);
}

async function readGraph(file: string): Promise<Graph> {
  let raw: string;
  try {
    raw = file === '-' ? await stdinOrThrow('render -') : fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new RunError('NO_INPUT', `cannot read ${file}: ${(e as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    throw new RunError('USAGE', `${file} is not JSON: ${(e as Error).message.replace(/\s*\n\s*/g, ' ')}`);
  }
  const errors = validateGraph(data);
  if (errors.length > 0) throw new RunError('USAGE', `${file} is not a newsgraph graph: ${errors.slice(0, 3).join('; ')}`);
  return data as Graph;
}

interface RenderFlags {
  format: string;
  out?: string;
  pretty?: boolean;
  textsFrom?: string;
  quiet?: boolean;
  csvSafe?: boolean;
}

export function registerRenderCommand(program: Command, io: Io, state: { code: number; log: Logger }): void {
  program
    .command('render')
    .description('write a saved graph (from `extract … --out graph.json`, or - for stdin) in another format')
    .argument('<graph>', 'a graph JSON file, or - for standard input')
    .addOption(new Option('-f, --format <name>', 'output format').default('html').choices([...FORMATS.keys()]))
    .option('-o, --out <file>', 'write to a file (a folder for neo4j) instead of stdout')
    .option('--pretty', 'indent JSON output')
    .option('--texts-from <dir>', 'where the documents are (html); default: their paths as saved, from here or the graph’s folder')
    .option('--csv-safe', 'neo4j: prefix cells starting with = + - @ with an apostrophe (for spreadsheets; see docs/formats.md)')
    .option('-q, --quiet', 'print nothing on stderr but errors')
    .action(async (file: string, flags: RenderFlags) => {
      state.log = new Logger(io, flags.quiet === true);
      const f = FORMATS.get(flags.format);
      if (f?.multiFile === true && flags.out === undefined)
        throw new RunError('USAGE', `--format ${flags.format} writes several files: give a folder with --out DIR`);
      checkOut(flags.out, f?.multiFile === true);
      const graph = await readGraph(file);
      await render(io, state.log, graph, {
        format: flags.format,
        out: flags.out,
        pretty: flags.pretty === true,
        csvSafe: flags.csvSafe === true,
        ...(flags.textsFrom !== undefined ? { textsFrom: flags.textsFrom } : {}),
        ...(file !== '-' ? { graphDir: path.dirname(file) } : {}),
      });
      state.code = 0;
    });
}
