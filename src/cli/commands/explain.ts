/** `extract explain <file>`: the document, each rule that fired and what it produced (plain text on stdout). */
import type { Command } from 'commander';
import { createContext, extract, extractText } from '../../api.js';
import { readSource } from '../../input/read.js';
import type { Graph } from '../../types.js';
import { parseDocDate } from '../options.js';
import { stdinOrThrow } from '../stdin.js';
import { writeStdout, type Io, type Logger } from '../output.js';

interface ExplainFlags {
  docDate?: string;
  rules?: string[];
}

export function registerExplainCommand(program: Command, io: Io, state: { code: number; log: Logger }): void {
  program
    .command('explain')
    .description('show one document with every rule that fired and what it produced (for rule writers)')
    .argument('<file>', 'a text file, or - for standard input')
    .option('--doc-date <YYYY-MM-DD>', 'the document date (else detected from the text)')
    .option('--rules <file>', 'add a rule file (repeatable)', (v: string, p: string[] | undefined) => [...(p ?? []), v])
    .action(async (file: string, flags: ExplainFlags) => {
      const docDate = flags.docDate !== undefined ? parseDocDate(flags.docDate) : undefined;
      const options = { ...(docDate ? { docDate } : {}), ...(flags.rules ? { extraRules: flags.rules } : {}) };
      const ctx = createContext(options);
      let graph: Graph;
      let text: string | undefined;
      if (file === '-') {
        const raw = await stdinOrThrow('explain -');
        text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
        graph = extractText(raw, { ...options, path: '-' });
      } else {
        graph = (await extract([file], options)).graph;
        const r = readSource(file);
        if (r.ok) text = r.value.text;
      }
      for (const e of graph.errors) state.log.error(e.code, e.message);
      const doc = graph.documents[0];
      const { explainDocument } = await import('../../format/explain.js'); // loaded only by `extract explain`
      if (doc)
        await writeStdout(
          io,
          explainDocument(
            graph,
            doc.id,
            text,
            ctx.rules.rules.filter((r) => r.active).map((r) => r.id),
          ),
        );
      state.code = graph.errors.length > 0 || !doc ? 1 : 0;
    });
}
