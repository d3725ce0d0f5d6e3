/**
 * The fast path of bin/extract.js (issue 18, start-up) when it runs as JavaScript (`node bin/extract.js`,
 * or when its sh part cannot start the blob itself): re-run Node.js on the start-up snapshot that the
 * build made (scripts/build-snapshot.mjs → dist/generated/snapshot/), when it was made for this
 * Node.js, in this folder, from the files that are there now; else the caller runs the CLI's ES
 * modules as before (the plain path). The child inherits stdin, stdout and stderr; signals sent to
 * this process are passed on, and its exit code (or signal) becomes this process's. The blob checks
 * the same again when it starts (fromSnapshot: bin/extract.js's sh part starts it without a launcher).
 *
 * NEWSGRAPH_SNAPSHOT=0 turns the fast path off; NEWSGRAPH_SNAPSHOT=require makes an unusable snapshot
 * an error (exit 3, with the reason), for tests and for measuring.
 *
 * Only node: built-ins here: this module is loaded on every start.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** What scripts/build-snapshot.mjs records next to the blob (meta.json). */
export interface SnapshotMeta {
  readonly format: 1;
  /** Node.js version, platform and architecture the blob was made by (a blob loads only in the same build of Node.js) */
  readonly node: string;
  readonly platform: string;
  readonly arch: string;
  /** the V8 flags the blob was made with: a run must give the same ones */
  readonly flags: readonly string[];
  /** the package folder (real path) the blob was made in: paths into it are part of the heap */
  readonly root: string;
  /** the blob's file name, next to meta.json */
  readonly blob: string;
  /** every file the snapshot's contents were made from, relative to root: [path, size, mtimeMs] */
  readonly files: readonly (readonly [string, number, number])[];
}

export type SnapshotPlan = { readonly use: true; readonly args: readonly string[] } | { readonly use: false; readonly reason: string };

const here = path.dirname(fileURLToPath(import.meta.url));
/** the package folder (dist/snapshot/ → ../..) */
export const PACKAGE_ROOT = path.resolve(here, '..', '..');
export const SNAPSHOT_DIR = path.join(PACKAGE_ROOT, 'dist', 'generated', 'snapshot');
/** Node.js's exit code for a snapshot it cannot load */
const SNAPSHOT_FAILURE = 14;
const FORWARDED: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

export interface Runtime {
  readonly version: string;
  readonly platform: string;
  readonly arch: string;
  readonly execArgv: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  /** size and mtimeMs of a file, or undefined when it is not there */
  readonly stat: (file: string) => { readonly size: number; readonly mtimeMs: number } | undefined;
  /** meta.json's text, or undefined */
  readonly readMeta: () => string | undefined;
}

function statFile(file: string): { size: number; mtimeMs: number } | undefined {
  const s = fs.statSync(file, { throwIfNoEntry: false });
  return s ? { size: s.size, mtimeMs: s.mtimeMs } : undefined;
}

export const processRuntime = (): Runtime => ({
  version: process.version,
  platform: process.platform,
  arch: process.arch,
  execArgv: process.execArgv,
  env: process.env,
  stat: statFile,
  readMeta: () => readMetaAt(PACKAGE_ROOT),
});

function readMetaAt(root: string): string | undefined {
  try {
    return fs.readFileSync(path.join(root, 'dist', 'generated', 'snapshot', 'meta.json'), 'utf8');
  } catch {
    return undefined;
  }
}

/** Array.isArray without narrowing to any[] */
const isList = (x: unknown): boolean => Array.isArray(x);

const blobPath = (root: string, meta: SnapshotMeta): string => path.join(root, 'dist', 'generated', 'snapshot', meta.blob);

/**
 * Why the snapshot does not fit the package at root (made by another Node.js or machine, in another
 * folder, from files that have changed since, or gone), or undefined when it fits. Run by the launcher
 * before it starts node on the blob, and by the blob itself (src/snapshot/entry.ts) when bin/extract.js's
 * sh part started it directly.
 */
export function snapshotUnfit(rt: Runtime, root: string): string | undefined {
  const text = rt.readMeta();
  if (text === undefined) return 'the build made no start-up snapshot (dist/generated/snapshot/meta.json)';
  let meta: SnapshotMeta;
  try {
    meta = JSON.parse(text) as SnapshotMeta;
  } catch {
    return 'dist/generated/snapshot/meta.json is not JSON';
  }
  if (meta.format !== 1 || !isList(meta.files) || !isList(meta.flags) || typeof meta.blob !== 'string')
    return 'dist/generated/snapshot/meta.json is of another format';
  if (meta.node !== rt.version || meta.platform !== rt.platform || meta.arch !== rt.arch)
    return `the snapshot was made by Node.js ${meta.node} (${meta.platform}-${meta.arch}), this is ${rt.version} (${rt.platform}-${rt.arch})`;
  if (meta.root !== root) return `the snapshot was made in ${meta.root}, this package is ${root}`;
  for (const [file, size, mtimeMs] of meta.files) {
    const s = rt.stat(path.join(root, file));
    if (!s || s.size !== size || s.mtimeMs !== mtimeMs) return `${file} changed since the snapshot was made: run npm run build`;
  }
  return rt.stat(blobPath(root, meta)) ? undefined : `${blobPath(root, meta)} is missing`;
}

/**
 * Whether the snapshot can run these arguments, and the node arguments that do it: the blob's flags, the
 * blob, `--`, the bin's path (process.argv[1] in the blob, as for a script; the blob finds the package
 * from it) and the arguments.
 */
export function snapshotPlan(argv: readonly string[], rt: Runtime = processRuntime(), root: string = PACKAGE_ROOT): SnapshotPlan {
  const no = (reason: string): SnapshotPlan => ({ use: false, reason });
  const mode = rt.env.NEWSGRAPH_SNAPSHOT;
  if (mode === '0' || mode === 'off') return no('NEWSGRAPH_SNAPSHOT=0');
  // node options of this process would have to be passed on, and most V8 flags make the blob unloadable
  if (rt.execArgv.length > 0) return no(`node was started with options (${rt.execArgv.join(' ')})`);
  if ((rt.env.NODE_OPTIONS ?? '').trim() !== '') return no('NODE_OPTIONS is set');
  const reason = snapshotUnfit(rt, root);
  if (reason !== undefined) return no(reason);
  const meta = JSON.parse(rt.readMeta()!) as SnapshotMeta;
  return { use: true, args: [...meta.flags, '--snapshot-blob', blobPath(root, meta), '--', path.join(root, 'bin', 'extract.js'), ...argv] };
}

/**
 * Run the CLI from the snapshot in a child process. Resolves to its exit code, or to undefined when
 * the snapshot is not to be used (the caller then runs the plain path).
 */
export function launch(argv: readonly string[], rt: Runtime = processRuntime()): Promise<number | undefined> {
  const plan = snapshotPlan(argv, rt);
  if (!plan.use) {
    if (rt.env.NEWSGRAPH_SNAPSHOT !== 'require') return Promise.resolve(undefined);
    process.stderr.write(`extract: INTERNAL the start-up snapshot cannot be used: ${plan.reason}\n`);
    return Promise.resolve(3);
  }
  return runChild(plan.args, rt.env);
}

/**
 * Run node with these arguments as a child that inherits stdin, stdout and stderr; signals sent to this
 * process are passed on. Resolves to its exit code, or to undefined when node could not start or could
 * not load the blob (Node.js's exit 14; with NEWSGRAPH_SNAPSHOT=require, 3). A child stopped by SIGINT
 * or SIGTERM gives 130 or 143, as the CLI's own handlers do; by another signal, it ends this process
 * with the same signal.
 */
export function runChild(args: readonly string[], env: NodeJS.ProcessEnv): Promise<number | undefined> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit', env });
    const pass = (signal: NodeJS.Signals): void => {
      child.kill(signal);
    };
    for (const s of FORWARDED) process.on(s, pass);
    const done = (): void => {
      for (const s of FORWARDED) process.off(s, pass);
    };
    child.on('error', () => {
      done();
      resolve(undefined); // could not start node: the plain path
    });
    child.on('exit', (code, signal) => {
      done();
      // a child stopped by SIGINT or SIGTERM before its handlers were set ends as the CLI's handlers end it
      if (signal === 'SIGINT' || signal === 'SIGTERM') resolve(signal === 'SIGINT' ? 130 : 143);
      else if (signal) process.kill(process.pid, signal);
      else if (code === SNAPSHOT_FAILURE) resolve(env.NEWSGRAPH_SNAPSHOT === 'require' ? 3 : undefined);
      else resolve(code ?? 1);
    });
  });
}

/**
 * In the blob, started with `-- BIN ARGS` (by the launcher above, or directly by bin/extract.js's sh
 * part, which checks only that the blob was made by this node binary): run the CLI when the snapshot
 * fits the package BIN is in, else the plain path in a child (`node BIN` with NEWSGRAPH_SNAPSHOT=0),
 * or, with NEWSGRAPH_SNAPSHOT=require, exit 3 with the reason.
 */
export function fromSnapshot(run: (argv: readonly string[]) => void, rt: Runtime = processRuntime()): void {
  const [bin = '', ...argv] = process.argv.slice(1);
  const root = path.resolve(path.dirname(bin), '..');
  const reason = snapshotUnfit({ ...rt, readMeta: () => readMetaAt(root) }, root);
  if (reason === undefined) {
    run(argv);
    return;
  }
  if (rt.env.NEWSGRAPH_SNAPSHOT === 'require') {
    process.stderr.write(`extract: INTERNAL the start-up snapshot cannot be used: ${reason}\n`);
    process.exitCode = 3;
    return;
  }
  void runChild([bin, ...argv], { ...rt.env, NEWSGRAPH_SNAPSHOT: '0' }).then((code) => {
    process.exitCode = code ?? 1;
  });
}
