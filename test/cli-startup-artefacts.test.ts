/**
 * What the build prepares for start-up (dist/generated/: precompiled validators, the verified
 * bundled rules, the bundled lexicon) changes no output: the built binary gives the same bytes
 * with those files and, from a copy of the package without them, when everything is done at run time.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { isDeepStrictEqual } from 'node:util';
import { cli } from './helpers/cli.js';
import { loadRules } from '../src/engine/load.js';
import { buildLexicon } from '../src/tokenize/lexicon.js';
import { getLocale } from '../src/locales/index.js';
import { decodeLexicon, encodeLexicon } from '../src/engine/lexicon-cache.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-artefacts-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

test('the lexicon survives its JSON encoding, and the build cached the one the sources build', () => {
  const rules = loadRules();
  const lexicon = buildLexicon(rules, getLocale(rules.locale));
  expect(isDeepStrictEqual(decodeLexicon(encodeLexicon('k', lexicon)).lexicon, lexicon)).toBe(true);
  const cached = decodeLexicon(fs.readFileSync('dist/generated/lexicon.json', 'utf8'));
  expect(isDeepStrictEqual(cached.lexicon, lexicon)).toBe(true);
});

test('the same graph, byte for byte, with and without the build-time artefacts', () => {
  const copy = path.join(tmp, 'pkg');
  for (const d of ['bin', 'dist', 'rules', 'schema']) fs.cpSync(d, path.join(copy, d), { recursive: true });
  fs.copyFileSync('package.json', path.join(copy, 'package.json'));
  fs.symlinkSync(path.resolve('node_modules'), path.join(copy, 'node_modules'));
  fs.rmSync(path.join(copy, 'dist', 'generated'), { recursive: true, force: true });
  const args = [path.resolve('fixtures/news'), '--jobs', '1'];
  const bare = spawnSync(process.execPath, [path.join(copy, 'bin', 'extract.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 1 << 28,
  });
  const built = cli(args);
  expect(built.code).toBe(0);
  expect(bare.status).toBe(0);
  expect(bare.stdout).toBe(built.stdout);
});
