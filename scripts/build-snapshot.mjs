// Build step (last): the start-up snapshot (issue 18; docs/performance.md). Bundles
// dist/snapshot/entry.js and all it imports (compromise, the rules' code, the precompiled validators)
// into one CommonJS file with esbuild, runs `node --build-snapshot` on it, checks that the blob prints
// the same bytes as the plain path, and records in dist/generated/snapshot/meta.json what it was made
// from (src/snapshot/launch.ts uses the blob only while all of that is unchanged).
// Never fails the build: when esbuild is not installed, Node.js cannot build snapshots, or the check
// fails, it says why on stderr and leaves no blob, and bin/extract.js takes the plain path.
// NEWSGRAPH_SNAPSHOT=0 skips it.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';

const root = fs.realpathSync(process.cwd());
const dir = path.join(root, 'dist', 'generated', 'snapshot');
const entry = path.join(root, 'dist', 'snapshot', 'entry.js');
const bundle = path.join(dir, 'extract.cjs');
const blob = path.join(dir, 'extract.blob');
/** V8 flags of the build and of every run (the blob's V8 configuration must match). Not rehashing the
 * heap's hash tables on load saves ~1/3 of the deserialization; they keep the seed of the build. */
const FLAGS = ['--no-rehash-snapshot'];
const say = (s) => process.stderr.write(`build-snapshot: ${s}\n`);

fs.rmSync(dir, { recursive: true, force: true });
if (process.env.NEWSGRAPH_SNAPSHOT === '0') {
  say('NEWSGRAPH_SNAPSHOT=0: no start-up snapshot (bin/extract.js takes the plain path)');
  process.exit(0);
}
if (typeof v8.startupSnapshot?.isBuildingSnapshot !== 'function') {
  say(`Node.js ${process.version} cannot build start-up snapshots: none made (bin/extract.js takes the plain path)`);
  process.exit(0);
}
let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  say('esbuild is not installed (a devDependency): no start-up snapshot (bin/extract.js takes the plain path)');
  process.exit(0);
}

/**
 * The compiled ES modules, made fit for one CommonJS file that runs inside the snapshot builder (which
 * can require only Node.js built-ins): `createRequire(import.meta.url)(literal)` becomes a bundled
 * require, and import.meta.url the module's own file URL in dist/ (so paths resolve as in the plain path).
 */
const distModules = {
  name: 'dist-modules',
  setup(build) {
    build.onLoad({ filter: /[\\/]dist[\\/].*\.js$/ }, (args) => {
      const url = JSON.stringify(pathToFileURL(args.path).href);
      const contents = fs
        .readFileSync(args.path, 'utf8')
        .replace(/^\s*const require = createRequire\(import\.meta\.url\);\s*$/gm, '')
        .replace(/createRequire\(import\.meta\.url\)/g, 'require')
        .replace(/import\.meta\.url/g, url);
      return { contents, loader: 'js' };
    });
  },
};

fs.mkdirSync(dir, { recursive: true });
let meta;
try {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: `node${process.versions.node.split('.')[0]}`,
    outfile: bundle,
    plugins: [distModules],
    metafile: true,
    logLevel: 'error',
    logOverride: { 'empty-import-meta': 'error' },
  });
  meta = result.metafile;
} catch (e) {
  say(`bundling failed: no start-up snapshot\n${e.message}`);
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}

// the blob's own warnings about built-in modules "not yet fully verified" in snapshots are expected
const noise =
  /^\(node:\d+\) Warning: It's not yet fully verified|^It may still work in some cases|^To request support for the module|^\(Use `node --trace-warnings/;
const build = (env) => {
  const r = spawnSync(process.execPath, [...FLAGS, '--snapshot-blob', blob, '--build-snapshot', bundle], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  const err = r.stderr
    .split('\n')
    .filter((l) => l !== '' && !noise.test(l))
    .join('\n');
  return { status: r.status, stderr: err, ok: r.status === 0 && fs.existsSync(blob) };
};
let made = build({});
// V8 (Node 20) aborted while serializing the heap after the pipeline's warm-up (a fatal "unreachable
// code" in Serializer::ObjectSerializer: irregexp native code, seen after date/month-day's example);
// src/snapshot/entry.ts now runs the warm-up with regular expressions interpreted (bytecode only) and
// sets the flags back before the heap is written. Should another Node.js still abort, retry with less
// warm-up: without the date rules' examples, then none (compromise unpacked, the rules, lexicon and
// validators are still in the heap).
for (const warmUp of ['no-dates', '0']) {
  if (made.ok) break;
  say(`node --build-snapshot failed (exit ${made.status}); again with warm-up "${warmUp}"`);
  made = build({ NEWSGRAPH_SNAPSHOT_WARMUP: warmUp });
}
const stderr = made.stderr;
if (!made.ok) {
  say(`node --build-snapshot failed (exit ${made.status}): no start-up snapshot\n${stderr}`);
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}
if (stderr !== '') say(stderr);

// What the snapshot was made from: the compiled code (tsc rewrites every file of dist/, the entry
// included), the files read while preparing (rules, schemas, generated artefacts, package.json) and
// the installed dependencies that were bundled.
const rel = (f) => path.relative(root, f).split(path.sep).join('/');
const listed = new Set([rel(entry), 'package.json']);
const walk = (d) => {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p);
    else listed.add(rel(p));
  }
};
walk(path.join(root, 'rules'));
walk(path.join(root, 'schema'));
for (const f of fs.readdirSync(path.join(root, 'dist', 'generated'))) {
  const p = path.join(root, 'dist', 'generated', f);
  if (fs.statSync(p).isFile()) listed.add(rel(p));
}
// the bundled packages that package.json depends on (an install rewrites their package.json)
const { dependencies = {} } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const packages = new Set();
for (const input of Object.keys(meta.inputs)) {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input.split(path.sep).join('/'));
  if (m && m[1] in dependencies) packages.add(m[1]);
}
for (const p of [...packages].sort()) {
  const file = path.join(root, 'node_modules', p, 'package.json');
  if (fs.existsSync(file)) listed.add(rel(file));
}
const files = [...listed].sort().map((f) => {
  const s = fs.statSync(path.join(root, f));
  return [f, s.size, s.mtimeMs];
});
const record = {
  format: 1,
  node: process.version,
  platform: process.platform,
  arch: process.arch,
  flags: FLAGS,
  root,
  blob: path.basename(blob),
  files,
};

// The check: the blob and the plain path print the same bytes for a short text on stdin and for --version.
const sample = path.join(root, 'fixtures', 'news');
const text = fs.existsSync(sample)
  ? fs.readFileSync(
      path.join(
        sample,
        fs
          .readdirSync(sample)
          .filter((f) => f.endsWith('.txt'))
          .sort()[0],
      ),
      'utf8',
    )
  : 'Ada Morrow, the prime minister of Norway, met Ben Okafor in Oslo on Monday.\n';
const env = { ...process.env, NO_COLOR: '1' };
for (const args of [['--version'], ['-', '-q', '--doc-date', '2020-01-02']]) {
  const plain = spawnSync(process.execPath, [path.join(root, 'dist', 'snapshot', 'entry.js'), ...args], {
    input: text,
    env,
    encoding: 'utf8',
  });
  const fast = spawnSync(process.execPath, [...FLAGS, '--snapshot-blob', blob, '--', path.join(root, 'bin', 'extract.js'), ...args], {
    input: text,
    env,
    encoding: 'utf8',
  });
  if (plain.status !== 0 || fast.status !== plain.status || fast.stdout !== plain.stdout || fast.stderr !== plain.stderr) {
    say(`the blob's output differs from the plain path's for ${args.join(' ')}: no start-up snapshot\n${fast.stderr}`);
    fs.rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  }
}
fs.writeFileSync(path.join(dir, 'meta.json'), `${JSON.stringify(record, null, 2)}\n`);
// For bin/extract.js's sh part, which starts node on the blob itself when `command -v node` is the node
// binary that made it: its path, its inode (a new install of Node.js replaces the file) and the flags.
const nodeIno = fs.statSync(process.execPath, { bigint: true }).ino;
if (!process.execPath.includes('\n')) fs.writeFileSync(path.join(dir, 'node.txt'), `${process.execPath}\n${nodeIno}\n${FLAGS.join(' ')}\n`);
say(
  `dist/generated/snapshot/${path.basename(blob)} (${(fs.statSync(blob).size / 1e6).toFixed(1)} MB; ${files.length} source files recorded)`,
);
