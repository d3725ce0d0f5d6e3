import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { RunError } from '../errors.js';
import { lineOfPointer } from './json-locate.js';
import { checkRegexes } from './safety.js';
import { checkNames } from './check-names.js';
import { lexiconTexts } from './item-pattern.js';
import { findCallback } from './registry.js';
import type { RelationType } from '../graph/relation-types.js';
import { precompiled } from '../graph/precompiled.js';
import { fileVerified, ruleSetVerified } from './verified.js';
import { DEFAULT_LOCALE, findLocale, localeIds } from '../locales/index.js';

/** A rule as written in rules/en/*.rules.json (validated by rules/schema/rules.schema.json). */
export interface RuleExample {
  readonly text: string;
  readonly docDate?: string;
  readonly expect: Readonly<Record<string, unknown>>;
  /** exactly this many outputs of the rule match `expect` */
  readonly count?: number;
  /** the rule produces nothing that does not match `expect` */
  readonly only?: boolean;
}
export type NoMatchExample = string | { readonly text: string; readonly docDate?: string };

export interface Rule {
  readonly id: string;
  readonly description: string;
  readonly priority: number;
  readonly active: boolean;
  readonly pattern?: string;
  readonly regex?: string;
  readonly flags?: string;
  readonly unless?: string;
  readonly guards?: readonly string[];
  readonly extractor?: string;
  /** the named outcome of the extractor this record maps (registry.ts `outcomes`) */
  readonly outcome?: string;
  readonly output: Readonly<Record<string, unknown>>;
  readonly params?: Readonly<Record<string, unknown>>;
  readonly examples: { readonly match: readonly RuleExample[]; readonly noMatch: readonly NoMatchExample[] };
  /** file the rule came from, relative to the rules directory */
  readonly file: string;
  readonly family: string;
  readonly stage: string;
}

export interface LexiconEntry {
  readonly text: string;
  readonly [key: string]: unknown;
}
export interface LexiconFile {
  readonly id: string;
  readonly description: string;
  readonly tag?: string;
  readonly caseSensitive?: boolean;
  readonly entries: readonly LexiconEntry[];
  readonly file: string;
}

export interface RuleSet {
  readonly dir: string;
  /** the locale id the rules folder names (index.json "locale", default "en"): src/locales/ */
  readonly locale: string;
  readonly rules: readonly Rule[];
  /** rule id → its record (see engine/rule-ref.ts for the accessors stage code uses) */
  readonly byId: ReadonlyMap<string, Rule>;
  /** `extractor/outcome` (or the bare extractor name, for one without outcomes) → the record that maps it */
  readonly byOutcome: ReadonlyMap<string, Rule>;
  /** edge type → its declaration (rules/relation-types.json, then the added files' "relationTypes") */
  readonly relationTypes: ReadonlyMap<string, RelationType>;
  readonly lexicons: ReadonlyMap<string, LexiconFile>;
  readonly macros: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** sha256 of the locale id and the canonical JSON of every rule, lexicon and relation-types file */
  readonly hash: string;
}

interface IndexFile {
  readonly locale?: string;
  readonly relationTypes?: string;
  readonly phases: readonly { readonly file: string; readonly stage: string }[];
  readonly lexicons: readonly string[];
}

interface RawRuleFile {
  readonly family: string;
  readonly relationTypes?: readonly RelationType[];
  readonly macros?: Record<string, string>;
  readonly rules: readonly (Omit<Rule, 'file' | 'family' | 'stage' | 'priority' | 'active'> & {
    priority?: number;
    active?: boolean;
  })[];
}

/**
 * The package's rules/ folder (resolved relative to the package, never the cwd): the shared,
 * language-independent files (schema/, relation-types.json) and one rules folder per locale (en/).
 */
export function bundledRulesRoot(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  return path.resolve(here, '..', '..', 'rules');
}

/** The rules shipped with the package: the default locale's folder (rules/en/). */
export function defaultRulesDir(): string {
  return path.join(bundledRulesRoot(), DEFAULT_LOCALE);
}

interface JsonFile {
  readonly data: unknown;
  /** the file's text, to point errors at lines */
  readonly raw: string;
}

function readJson(file: string, shown: string): JsonFile {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new RunError('RULES_INVALID', `${shown}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  if (raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1); // a UTF-8 BOM (editors on Windows write one)
  try {
    return { data: JSON.parse(raw) as unknown, raw };
  } catch (e) {
    const msg = (e as Error).message;
    const pos = /position (\d+)/.exec(msg);
    const line = pos ? raw.slice(0, Number(pos[1])).split('\n').length : raw.split('\n').length;
    throw new RunError('RULES_INVALID', `${shown}:${line}: invalid JSON (${msg})`);
  }
}

/** Where each loaded rule stands in its file, for errors found after loading (when rules are compiled). */
const ruleSources = new WeakMap<Rule, { readonly raw: string; readonly index: number }>();

/** Bundled rules whose regexes the build already checked in this very rule set (engine/verified.ts). */
const verifiedRules = new WeakSet<Rule>();

/** Was this rule's regex checked for catastrophic backtracking at build time (so compiling it may skip the check)? */
export function ruleVerified(rule: Rule): boolean {
  return verifiedRules.has(rule);
}

/**
 * A RULES_INVALID error about one field of a rule, found after loading (compiling its regex or
 * pattern, resolving a normalizer or guard): one line, "file:line: rules[3].regex: message (rule id)".
 */
export function ruleError(rule: Rule, field: string, message: string): RunError {
  const src = ruleSources.get(rule);
  const pointer = `/rules/${src?.index ?? 0}${field === '' ? '' : `/${field.split('.').join('/')}`}`;
  const oneLine = `${message.replace(/\s*\n\s*/g, ' ')} (rule ${rule.id})`;
  return new RunError(
    'RULES_INVALID',
    src ? located(rule.file, src.raw, pointer, oneLine) : `${rule.file}: ${rule.id}: ${field}: ${oneLine}`,
  );
}

/** One error line: "file:line: rules[3].output: message". */
function located(shown: string, raw: string, pointer: string, message: string): string {
  return `${shown}:${lineOfPointer(raw, pointer)}: ${jsonPath(pointer) || '(root)'}: ${message}`;
}

/** "rules[3].output" from ajv's "/rules/3/output" */
export function jsonPath(instancePath: string): string {
  return instancePath
    .split('/')
    .slice(1)
    .map((p, i) => (/^\d+$/.test(p) ? `[${p}]` : i === 0 ? p : `.${p}`))
    .join('');
}

export function formatAjvErrors(shown: string, errors: readonly ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .map(
      (e) =>
        `${shown}: ${jsonPath(e.instancePath) || '(root)'}: ${e.message ?? 'invalid'}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`,
    )
    .join('\n');
}

interface Validators {
  readonly rules: ValidateFunction;
  readonly lexicon: ValidateFunction;
  readonly index: ValidateFunction;
  readonly relationTypes: ValidateFunction;
  readonly timex: ValidateFunction;
}
let validators: Validators | undefined;

function getValidators(schemaDir: string): NonNullable<typeof validators> {
  if (validators) return validators;
  const timexFile = path.resolve(schemaDir, '..', '..', 'schema', 'timex-value.schema.json');
  const files = ['rules.schema.json', 'lexicon.schema.json', 'index.schema.json', 'relation-types.schema.json'].map((f) =>
    path.join(schemaDir, f),
  );
  // precompiled at build time (scripts/build-validators.mjs) unless the schemas changed since
  const pre = precompiled('rules-validators.cjs', [...files, timexFile]);
  if (pre?.rules && pre.lexicon && pre.index && pre.relationTypes && pre.timex) {
    validators = { rules: pre.rules, lexicon: pre.lexicon, index: pre.index, relationTypes: pre.relationTypes, timex: pre.timex };
    return validators;
  }
  // The schemas are ours (checked against the meta-schema by test/unit/run/schemas.test.ts);
  // not re-validating them at every start saves ~60 ms.
  const { Ajv2020 } = createRequire(import.meta.url)('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateSchema: false });
  const read = (f: string): object => JSON.parse(fs.readFileSync(path.join(schemaDir, f), 'utf8')) as object;
  ajv.addSchema(read('relation-types.schema.json'));
  const load = (f: string): ValidateFunction => ajv.compile(read(f));
  validators = {
    rules: load('rules.schema.json'),
    lexicon: load('lexicon.schema.json'),
    index: load('index.schema.json'),
    relationTypes: ajv.getSchema('relation-types.schema.json')!,
    // a fixed date value in a rule must be a value the graph schema accepts
    timex: ajv.compile(JSON.parse(fs.readFileSync(timexFile, 'utf8')) as object),
  };
  return validators;
}

function validate(v: ValidateFunction, file: JsonFile, shown: string): void {
  if (v(file.data)) return;
  const lines = (v.errors ?? []).map((e) => {
    const extra = e.params && 'additionalProperty' in e.params ? String(e.params.additionalProperty) : undefined;
    const pointer = extra !== undefined ? `${e.instancePath}/${extra.replace(/~/g, '~0').replace(/\//g, '~1')}` : e.instancePath;
    return located(shown, file.raw, pointer, `${e.message ?? 'invalid'}${extra !== undefined ? ` (${extra})` : ''}`);
  });
  throw new RunError('RULES_INVALID', [...new Set(lines)].join('\n'));
}

/** Regular expressions in a rule file must compile and be safe from catastrophic backtracking. */
function checkSafety(file: JsonFile, shown: string): void {
  const problems = checkRegexes(file.data as RawRuleFile);
  if (problems.length > 0)
    throw new RunError('RULES_INVALID', problems.map((p) => located(shown, file.raw, p.pointer, p.message)).join('\n'));
}

/** Every callback, param, item class, macro and lexicon a rule names must resolve (engine/check-names.ts). */
function checkRuleNames(
  loaded: readonly {
    readonly json: JsonFile;
    readonly file: string;
    readonly stage: string;
    readonly user: boolean;
    readonly verified: boolean;
  }[],
  macros: Readonly<Record<string, Readonly<Record<string, string>>>>,
  lexicons: ReadonlyMap<string, LexiconFile>,
  relationTypes: ReadonlyMap<string, RelationType>,
  timex: ValidateFunction,
): void {
  const texts = lexiconTexts(lexicons);
  const lexiconEntries = new Map([...lexicons].map(([id, lf]) => [id, lf.entries as readonly Readonly<Record<string, unknown>>[]]));
  const timexValid = (value: unknown): boolean => timex(value);
  const lines: string[] = [];
  const mapped = new Map<string, string>();
  for (const { json, file, stage, user, verified } of loaded) {
    const rf = json.data as RawRuleFile;
    const scope = { stage, macros: macros[rf.family] ?? {}, lexicons: texts, lexiconEntries, relationTypes, user, timexValid, verified };
    for (const p of checkNames(rf, () => scope)) lines.push(located(file, json.raw, p.pointer, p.message));
    rf.rules.forEach((r, i) => {
      if (r.extractor === undefined || r.outcome === undefined) return;
      const key = outcomeKey(r.extractor, r.outcome);
      const prev = mapped.get(key);
      if (prev !== undefined)
        lines.push(located(file, json.raw, `/rules/${i}/outcome`, `outcome "${key}" is already mapped by ${prev}: one record per outcome`));
      else mapped.set(key, r.id);
    });
  }
  if (lines.length > 0) throw new RunError('RULES_INVALID', [...new Set(lines)].join('\n'));
}

/**
 * The relation types: the rules directory's list (index.json "relationTypes"; without one, the
 * bundled, language-independent rules/relation-types.json), then each added file's own. A type declared twice is an error.
 */
function loadRelationTypes(
  dir: string,
  idx: IndexFile,
  validator: ValidateFunction,
  loaded: readonly { readonly json: JsonFile; readonly file: string }[],
  hash: (text: string) => void,
): Map<string, RelationType> {
  const file = idx.relationTypes ?? 'relation-types.json';
  const abs = idx.relationTypes !== undefined ? path.join(dir, file) : path.join(bundledRulesRoot(), file);
  const json = readJson(abs, file);
  validate(validator, json, file);
  hash(`${file}\n${JSON.stringify(json.data)}\n`);
  const out = new Map<string, RelationType>();
  const add = (t: RelationType, where: string, raw: string, pointer: string): void => {
    if (out.has(t.type)) throw new RunError('RULES_INVALID', located(where, raw, pointer, `relation type "${t.type}" is already declared`));
    out.set(t.type, t);
  };
  (json.data as { types: readonly RelationType[] }).types.forEach((t, i) => add(t, file, json.raw, `/types/${i}/type`));
  for (const l of loaded)
    ((l.json.data as RawRuleFile).relationTypes ?? []).forEach((t, i) => add(t, l.file, l.json.raw, `/relationTypes/${i}/type`));
  return out;
}

/** The stage of a rule file: its phase in index.json, its own "stage", or the stage its family has in the bundled rules. */
function stageOf(file: string, json: JsonFile, phase: string, familyStage: ReadonlyMap<string, string>): string {
  const rf = json.data as RawRuleFile & { stage?: string };
  const stage = phase || rf.stage || familyStage.get(rf.family);
  if (stage === undefined)
    throw new RunError(
      'RULES_INVALID',
      located(
        file,
        json.raw,
        '/family',
        `family "${rf.family}" is not a bundled family; give the file a "stage" (entities, dates or relations)`,
      ),
    );
  return stage;
}

/** The subfolders of `dir` that are rules folders (hold an index.json): a --rules-dir given the package's rules/ itself. */
function languageFolders(dir: string): string[] {
  try {
    return fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && fs.existsSync(path.join(dir, e.name, 'index.json')))
      .map((e) => e.name)
      .sort();
  } catch {
    return [];
  }
}

/** Load and validate a rules directory (index.json + rule files + lexicons). */
export function loadRules(dir: string = defaultRulesDir(), extraFiles: readonly string[] = []): RuleSet {
  const v = getValidators(path.join(bundledRulesRoot(), 'schema'));
  const shownIndex = path.join(path.basename(dir), 'index.json');
  const languages = fs.existsSync(path.join(dir, 'index.json')) ? [] : languageFolders(dir);
  if (languages.length > 0)
    throw new RunError(
      'RULES_INVALID',
      `${shownIndex}: cannot read (ENOENT): ${path.basename(dir)}/ holds one rules folder per language; pass one of them (${languages.map((l) => path.join(dir, l)).join(', ')})`,
    );
  const index = readJson(path.join(dir, 'index.json'), shownIndex);
  validate(v.index, index, shownIndex);
  const idx = index.data as IndexFile;
  const locale = idx.locale ?? DEFAULT_LOCALE;
  if (findLocale(locale) === undefined)
    throw new RunError(
      'RULES_INVALID',
      located(
        shownIndex,
        index.raw,
        '/locale',
        `unknown locale "${locale}" (known: ${localeIds().join(', ')}; see docs/rules.md, "Languages")`,
      ),
    );
  const hash = createHash('sha256');
  // the same without the added (--rules) files: what the build verified for the bundled rules
  const bundledHash = createHash('sha256');
  const update = (text: string, user = false): void => {
    hash.update(text);
    if (!user) bundledHash.update(text);
  };
  update(`locale\n${locale}\n`);
  const rules: Rule[] = [];
  const macros: Record<string, Record<string, string>> = {};
  const seen = new Map<string, string>();
  const files = [
    ...idx.phases.map((p) => ({ abs: path.join(dir, p.file), file: p.file, phase: p.stage, user: false })),
    ...extraFiles.map((f) => ({ abs: path.resolve(f), file: f, phase: '', user: true })),
  ];
  const familyStage = new Map<string, string>();
  const loaded: { json: JsonFile; file: string; stage: string; user: boolean; verified: boolean }[] = [];
  const byFile = new Map<(typeof loaded)[number], Rule[]>();
  for (const { abs, file, phase, user } of files) {
    const json = readJson(abs, file);
    validate(v.rules, json, file);
    // a bundled file the build checked (engine/verified.ts) is not checked again; --rules files always are
    if (user || !fileVerified(json.raw)) checkSafety(json, file);
    const rf = json.data as RawRuleFile & { stage?: string };
    const stage = stageOf(file, json, phase, familyStage);
    if (!familyStage.has(rf.family)) familyStage.set(rf.family, stage);
    const entry = { json, file, stage, user, verified: false };
    loaded.push(entry);
    byFile.set(entry, []);
    update(`${file}\n${JSON.stringify(json.data)}\n`, user);
    macros[rf.family] = { ...(macros[rf.family] ?? {}), ...(rf.macros ?? {}) };
    rf.rules.forEach((r, i) => {
      const prev = seen.get(r.id);
      if (prev !== undefined)
        throw new RunError('RULES_INVALID', located(file, json.raw, `/rules/${i}/id`, `duplicate id "${r.id}" (also in ${prev})`));
      seen.set(r.id, file);
      const declared = r.extractor !== undefined ? (findCallback('extractor', r.extractor)?.params ?? {}) : {};
      const defaults = Object.fromEntries(Object.entries(declared).map(([k, spec]) => [k, spec.default]));
      const rule: Rule = {
        ...r,
        ...(r.params !== undefined || Object.keys(defaults).length > 0 ? { params: { ...defaults, ...(r.params ?? {}) } } : {}),
        priority: r.priority ?? 0,
        active: r.active ?? true,
        file,
        family: rf.family,
        stage,
      };
      ruleSources.set(rule, { raw: json.raw, index: i });
      rules.push(rule);
      byFile.get(entry)!.push(rule);
    });
  }
  const lexicons = new Map<string, LexiconFile>();
  for (const file of idx.lexicons) {
    const json = readJson(path.join(dir, file), file);
    validate(v.lexicon, json, file);
    update(`${file}\n${JSON.stringify(json.data)}\n`);
    const lf = json.data as Omit<LexiconFile, 'file'>;
    lexicons.set(lf.id, { ...lf, file });
  }
  const relationTypes = loadRelationTypes(dir, idx, v.relationTypes, loaded, update);
  // Patterns and date regexes depend on the family's macros and on the word lists: they were checked
  // at build time only if the bundled rule set is the one the build saw and no added file brings
  // macros to the family.
  if (ruleSetVerified(bundledHash.digest('hex'))) {
    const userMacros = new Set(
      loaded.filter((l) => l.user && (l.json.data as RawRuleFile).macros).map((l) => (l.json.data as RawRuleFile).family),
    );
    for (const l of loaded) {
      if (l.user || userMacros.has((l.json.data as RawRuleFile).family)) continue;
      l.verified = true;
      for (const r of byFile.get(l) ?? []) verifiedRules.add(r);
    }
  }
  checkRuleNames(loaded, macros, lexicons, relationTypes, v.timex);
  const byOutcome = new Map<string, Rule>();
  for (const r of rules) if (r.extractor !== undefined) byOutcome.set(outcomeKey(r.extractor, r.outcome), r);
  return {
    dir,
    locale,
    rules,
    relationTypes,
    byId: new Map(rules.map((r) => [r.id, r])),
    byOutcome,
    lexicons,
    macros,
    hash: hash.digest('hex'),
  };
}

/** The key of `RuleSet.byOutcome`: an extractor and the outcome a record maps. */
export function outcomeKey(extractor: string, outcome?: string): string {
  return outcome === undefined ? extractor : `${extractor}/${outcome}`;
}
