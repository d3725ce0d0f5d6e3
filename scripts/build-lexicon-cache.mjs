// Build step (after tsc): the bundled rule set's lexicon (src/tokenize/lexicon.ts), built once here
// and written to dist/generated/lexicon.json with the key it was made for, so that a run reads it
// instead of building it (see src/engine/lexicon-cache.ts). The file is written only when reading
// it back gives a deep-equal lexicon (same Maps, Sets, prototypes and values).
import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { pathToFileURL } from 'node:url';

const dist = path.resolve('dist');
const load = (f) => import(pathToFileURL(path.join(dist, f)).href);
const { LEXICON_CACHE, lexiconKey, encodeLexicon, decodeLexicon } = await load('engine/lexicon-cache.js');
const { buildLexicon } = await load('tokenize/lexicon.js');
const { loadRules } = await load('engine/load.js');
const { getLocale } = await load('locales/index.js');
fs.rmSync(LEXICON_CACHE, { force: true });
const rules = loadRules();
const locale = getLocale(rules.locale);
const key = lexiconKey(rules, locale);
if (key === undefined) throw new Error('build-lexicon-cache: the lexicon builder is not in dist/');
const lexicon = buildLexicon(rules, locale);
const text = encodeLexicon(key, lexicon);
if (!isDeepStrictEqual(decodeLexicon(text).lexicon, lexicon)) {
  process.stderr.write('build-lexicon-cache: the lexicon does not survive JSON; not cached (runs build it)\n');
} else {
  fs.mkdirSync(path.dirname(LEXICON_CACHE), { recursive: true });
  fs.writeFileSync(LEXICON_CACHE, text);
}
