import type { Command } from 'commander';
import { createContext } from '../../index.js';
import { writeStdout, type Io, type Logger } from '../output.js';

/** `extract rules list [--json]`: every rule with its id, stage, priority and description. */
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
                `${r.id.padEnd(width)}  ${r.stage.padEnd(9)} ${String(r.priority).padStart(4)}  ${r.active ? '' : '(inactive) '}${r.description}`,
            )
            .join('\n') + '\n',
        );
      }
      state.code = 0;
    });
}
