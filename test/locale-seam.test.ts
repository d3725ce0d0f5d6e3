/**
 * The locale seam (issue 14 point 4): stage code reaches English only through `ctx.locale`, and a
 * second language is a rules folder naming its locale plus a registered Locale — here Examplish,
 * an invented language with a toy tokenizer (test/fixtures/locale-xx/).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractText, loadRules, registerLocale, RunError, testRules, type Locale, type LocaleTerm } from '../src/index.js';
import { cli } from './helpers/cli.js';

const STAGE_DIRS = ['src/relations', 'src/entities', 'src/dates', 'src/aliases', 'src/clean', 'src/tokenize'];
/** the packages and modules that hold one language's knowledge */
const LANGUAGE_MODULES = /^(?:compromise(?:\/.*)?|world-countries|.*\/locales\/(?!types\.js$|index\.js$)[^/]+\/.*)$/;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((f) => {
    const p = path.join(dir, f.name);
    return f.isDirectory() ? sources(p) : f.name.endsWith('.ts') ? [p] : [];
  });
}

/** The module specifiers a file imports, re-exports or requires (`require(…)`, `import(…)`, `createRequire(…)(…)`). */
function specifiers(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]/g)) found.push(m[1]!);
  for (const m of text.matchAll(/(?:\brequire|\bimport|\))\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(m[1]!);
  return found;
}

describe('stage code reaches a language only through the locale', () => {
  test('no stage module imports compromise, world-countries or a locale folder (src/locales/types.ts is the seam)', () => {
    const bad = STAGE_DIRS.flatMap(sources).flatMap((f) => specifiers(f).flatMap((s) => (LANGUAGE_MODULES.test(s) ? [`${f}: ${s}`] : [])));
    expect(bad).toEqual([]);
  });

  test('outside src/locales/, no module of src/ loads compromise or world-countries', () => {
    const bad = sources('src')
      .filter((f) => !f.startsWith(path.join('src', 'locales') + path.sep))
      .flatMap((f) => specifiers(f).flatMap((s) => (/^(?:compromise|world-countries)(?:\/|$)/.test(s) ? [`${f}: ${s}`] : [])));
    expect(bad).toEqual([]);
  });

  test('the checker sees an import, a type import, an export and a require', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'seam-'));
    const f = path.join(tmp, 'x.ts');
    fs.writeFileSync(
      f,
      "import type nlp from 'compromise';\nimport { a } from '../locales/en/words.js';\nexport { b } from '../locales/types.js';\nconst w = createRequire(import.meta.url)('world-countries');\n",
    );
    expect(specifiers(f).filter((s) => LANGUAGE_MODULES.test(s))).toEqual(['compromise', '../locales/en/words.js', 'world-countries']);
    fs.rmSync(tmp, { recursive: true, force: true });
  });
});

const XX_DIR = path.resolve('test/fixtures/locale-xx');

/** Examplish: words are runs of letters or digits, sentences end with . ! or ?; a capitalized word is a proper noun. */
let parses = 0;
function examplishTerms(text: string): LocaleTerm[][] {
  parses++;
  const out: LocaleTerm[][] = [];
  for (const s of text.matchAll(/[^.!?]+[.!?]*/g)) {
    const words = [...s[0].matchAll(/[\p{L}\p{N}]+/gu)];
    const sentence = words.map((w, i): LocaleTerm => {
      const start = s.index + w.index;
      const next = i + 1 < words.length ? s.index + words[i + 1]!.index : s.index + s[0].length;
      const tags = /^\d+$/.test(w[0]) ? ['Value', 'Cardinal'] : /^\p{Lu}/u.test(w[0]) ? ['Noun', 'ProperNoun'] : ['Noun'];
      return {
        text: w[0],
        pre: '',
        post: text.slice(start + w[0].length, next),
        tags: new Set(tags),
        offset: { start, length: w[0].length },
      };
    });
    if (sentence.length > 0) out.push(sentence);
  }
  return out;
}

const MONTHS = ['primamond', 'sekundmond', 'tertmond'];
const examplish: Locale = {
  id: 'xx',
  name: 'Examplish (a test locale)',
  terms: examplishTerms,
  monthNumber: (w) => MONTHS.indexOf(w.toLowerCase()) + 1,
  weekdayNumber: () => 0,
  seasonCode: () => null,
  countNumber: (w) => (/^\d+$/.test(w) ? Number(w) : null),
  docDate: { month: '([A-Z][a-z]+mond)', label: '(?:datum)' },
  furniture: { subscription: /\babonu\b/i, credit: /^\s*foto:/i, boilerplate: /(?!)/ },
  countries: () => [
    {
      iso: 'XZ',
      recognized: true,
      name: 'Zembla',
      official: 'Respubliko Zembla',
      altNames: [],
      demonyms: ['Zemblano'],
      capitals: ['Onhava'],
    },
  ],
  usableName: () => true,
  pluralDemonym: (d) => `${d}j`,
  countrySource: 'examplish-test-countries',
  countrySourceVersion: () => 'examplish-test-countries@1',
};

describe('a second locale: a rules folder naming it, and a registered Locale', () => {
  test('an unknown locale is file:line: message (RULES_INVALID, exit 2), nothing processed', () => {
    expect(() => loadRules(XX_DIR)).toThrow(RunError);
    expect(() => loadRules(XX_DIR)).toThrow(/locale-xx[/\\]index\.json:4: locale: unknown locale "xx" \(known: en;/);
    const r = cli(['--rules-dir', XX_DIR, '-'], { input: 'Zembla ko drava.\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/index\.json:4: locale: unknown locale "xx"/);
    expect(r.stdout).toBe('');
  });

  test('the package rules/ folder itself is no rules folder: the error names the language folders in it', () => {
    expect(() => loadRules('rules')).toThrow(
      /rules[/\\]index\.json: cannot read \(ENOENT\): rules\/ holds one rules folder per language; pass one of them \(rules[/\\]en\)/,
    );
    const r = cli(['--rules-dir', 'rules', '-'], { input: 'Text.\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/pass one of them \(rules[/\\]en\)/);
  });

  test('registered, it loads, and the pipeline runs with its tokenizer, words and countries', () => {
    registerLocale(examplish);
    expect(() => registerLocale(examplish)).toThrow(/already registered/);
    const rules = loadRules(XX_DIR);
    expect(rules.locale).toBe('xx');
    expect(rules.hash).not.toBe(loadRules().hash);
    const before = parses;
    const g = extractText('Zemblia ko drava Primamond 2024. Zembla ko tuun Onhava.\n', { rulesDir: XX_DIR });
    expect(parses).toBeGreaterThan(before);
    const country = g.nodes.find((n) => n.id === 'country:XZ');
    expect(country?.label).toBe('Zembla');
    expect(country?.mentions.map((m) => m.text)).toEqual(['Zemblia', 'Zembla']);
    expect(g.nodes.filter((n) => n.type === 'date').map((n) => n.attributes)).toEqual([expect.objectContaining({ value: '2024-01' })]);
    expect(g.nodes.filter((n) => n.type === 'person')).toEqual([]);
    // the folder's own examples pass under its locale
    expect(testRules({ rulesDir: XX_DIR }).failures).toEqual([]);
  });
});
