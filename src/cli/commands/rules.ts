import type { Command } from 'commander';
import { escapeControls } from '../escape.js';
import { createContext, testRules } from '../../api.js';
import { formatFailure } from '../../engine/rule-tester.js';
import { writeStdout, type Io, type Logger } from '../output.js';

/** `extract rules list [--json]` (every rule) and `extract rules test [FILE…]` (run the rules' examples). */
export function registerRulesCommand(program: Command, io: Io, state: { code: number; log: Logger }): void {
  const rules = program.command('rules').description('inspect the rule set');
  rules
    .command('list')
    .description('list every rule: id, stage, priority, description')
    .option('--json', 'machine-readable output')
    .option('--rules <file>', 'add a rule file', (v: string, p: string[] | undefined) => [...(p ?? []), v])
    .action(async (flags: { json?: boolean; rules?: string[] }) => {
      const ctx = createContext(flags.rules ? { extraRules: flags.rules } : {});
      const list = ctx.rules.rules.map((r) => ({
        id: r.id,
        stage: r.stage,
        priority: r.priority,
        active: r.active,
        file: r.file,
        description: r.description,
      }));
      if (flags.json) await writeStdout(io, `${JSON.stringify(list, null, 2)}\n`);
      else {
        const width = Math.max(...list.map((r) => r.id.length));
        await writeStdout(
          io,
          list
            .map(
              (r) =>
                `${r.id.padEnd(width)}  ${r.stage.padEnd(9)} ${String(r.priority).padStart(4)}  ${r.active ? '' : '(inactive) '}${escapeControls(r.description)}`,
            )
            .join('\n') + '\n',
        );
      }
      state.code = 0;
    });
  rules
    .command('test')
    .description("run the rules' examples: the bundled rules, or those of the given rule files (exit 1 on any failure)")
    .argument('[files...]', 'rule files to test (added to the rule set, as with --rules)')
    .option('--rules-dir <dir>', 'use this rules directory instead of the bundled one')
    .option('--json', 'machine-readable output')
    .action(async (files: string[], flags: { json?: boolean; rulesDir?: string }) => {
      const result = testRules({
        ...(files.length > 0 ? { extraRules: files } : {}),
        ...(flags.rulesDir !== undefined ? { rulesDir: flags.rulesDir } : {}),
      });
      if (flags.json) await writeStdout(io, `${JSON.stringify(result, null, 2)}\n`);
      else if (result.failures.length > 0)
        await writeStdout(io, `${result.failures.map(formatFailure).join('\n').split('\n').map(escapeControls).join('\n')}\n`);
      const skipped = result.skipped.length > 0 ? `, ${result.skipped.length} inactive rule(s) skipped` : '';
      state.log.info(`${result.rules} rule(s), ${result.examples} example(s), ${result.failures.length} failed${skipped}`);
      state.code = result.failures.length > 0 ? 1 : 0;
    });
}
