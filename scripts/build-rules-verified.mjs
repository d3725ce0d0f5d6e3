// Build step (after tsc): check the bundled rules once with every check on (regexes, relation
// patterns and date regexes for catastrophic backtracking, names, schemas) and record what was
// checked in dist/generated/rules-verified.json, so that a run skips the ReDoS checks for bundled
// files that are byte-identical to what was checked here (see src/engine/verified.ts).
// A bundled rule that fails a check fails the build.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = path.resolve('dist');
const { VERIFIED_FILE, checkerHash, sha256 } = await import(pathToFileURL(path.join(dist, 'engine', 'verified.js')).href);
// no artefact: the loader below checks everything
fs.rmSync(VERIFIED_FILE, { force: true });
const { createContext, defaultRulesDir } = await import(pathToFileURL(path.join(dist, 'index.js')).href);
const dir = defaultRulesDir();
let ctx;
try {
  ctx = createContext({ rulesDir: dir });
} catch (e) {
  process.stderr.write(`build-rules-verified: the bundled rules fail their checks:\n${e.message}\n`);
  process.exit(1);
}
const index = JSON.parse(fs.readFileSync(path.join(dir, 'index.json'), 'utf8'));
const files = index.phases.map((p) => sha256(fs.readFileSync(path.join(dir, p.file), 'utf8').replace(/^\uFEFF/, '')));
const checker = checkerHash();
if (checker === undefined) throw new Error('build-rules-verified: the checking modules are not in dist/');
fs.mkdirSync(path.dirname(VERIFIED_FILE), { recursive: true });
fs.writeFileSync(VERIFIED_FILE, `${JSON.stringify({ checker, files: [...new Set(files)].sort(), ruleSet: ctx.rules.hash }, null, 2)}\n`);
