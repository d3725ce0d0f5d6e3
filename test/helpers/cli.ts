import { spawnSync } from 'node:child_process';
import path from 'node:path';

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export const BIN = path.resolve('bin/extract.js');

export interface SpawnOptions {
  input?: string;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

/** Spawn the built binary (npm test builds first). */
export function cli(args: readonly string[], opts: SpawnOptions = {}): CliResult {
  return spawnCli(process.execPath, [BIN, ...args], opts);
}

/** Spawn a program with the tests' settings: no colour, large output, a time limit. */
export function spawnCli(command: string, args: readonly string[], opts: SpawnOptions = {}): CliResult {
  const r = spawnSync(command, args, {
    cwd: opts.cwd ?? process.cwd(),
    input: opts.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...opts.env },
    maxBuffer: 1 << 28,
    timeout: 120000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
