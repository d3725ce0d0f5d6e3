/**
 * Options every command takes (--quiet, --color/--no-color, --log-format). The colour and log
 * format are read from argv before commander parses it, so that commander's own errors (an unknown
 * option, a missing argument) already come out in the chosen form.
 */
import { Option, type Command } from 'commander';
import type { Io, LogFormat } from './output.js';

const LOG_FORMATS: readonly LogFormat[] = ['text', 'json'];

export function addCommonOptions(cmd: Command): Command {
  if (!cmd.options.some((o) => o.long === '--quiet')) cmd.option('-q, --quiet', 'print nothing on stderr but errors');
  return cmd
    .option('--color', 'colour the messages on stderr (default: when it is a terminal and NO_COLOR is unset)')
    .option('--no-color', 'never colour')
    .addOption(new Option('--log-format <format>', 'errors and warnings on stderr as text lines or JSON lines').choices(LOG_FORMATS));
}

/** --color, --no-color and --log-format as they appear in argv (the last one wins; nothing after `--`). */
export function scanLogOptions(argv: readonly string[]): { color?: boolean; logFormat?: LogFormat } {
  let color: boolean | undefined;
  let logFormat: LogFormat | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if (a === '--color') color = true;
    else if (a === '--no-color') color = false;
    else if (a === '--log-format' || a.startsWith('--log-format=')) {
      const v = a === '--log-format' ? argv[i + 1] : a.slice('--log-format='.length);
      if (v === 'json' || v === 'text') logFormat = v;
    }
  }
  return { ...(color !== undefined ? { color } : {}), ...(logFormat !== undefined ? { logFormat } : {}) };
}

/** The Io with the colour and log format of argv applied. */
export function withLogOptions(io: Io, argv: readonly string[]): Io {
  return { ...io, ...scanLogOptions(argv) };
}
