/**
 * Every name a rule file references must resolve: callbacks (extractor, guards, normalizer,
 * `@attribute`s) in the registry, `params` against the callback's declared parameters, item
 * classes and `@lexicon` references inside relation patterns. Problems carry a JSON pointer so
 * the loader can report `file:line: path: message`.
 */
import {
  CALLBACKS,
  callbackNames,
  ENTITY_PATTERN_STEPS,
  findCallback,
  type Callback,
  type CallbackKind,
  type ParamSpec,
} from './registry.js';
import { ENTITY_ITEM_CLASSES, ENTITY_SLOT } from './entity-items.js';
import { ITEM_CLASSES, POS_TAGS, itemPatternProblem, patternSymbols } from './item-pattern.js';
import { didYouMean } from './suggest.js';
import type { RelationType } from '../graph/relation-types.js';

export interface NameProblem {
  readonly pointer: string;
  readonly message: string;
}

interface RawRule {
  readonly pattern?: string;
  readonly unless?: string;
  readonly regex?: string;
  readonly extractor?: string;
  readonly outcome?: string;
  readonly guards?: readonly string[];
  readonly params?: Readonly<Record<string, unknown>>;
  readonly output: Readonly<Record<string, unknown>>;
}

export interface NameScope {
  readonly stage: string;
  /** the family's macros (bundled and this file's) */
  readonly macros: Readonly<Record<string, string>>;
  /** lexicon id → its entries' texts */
  readonly lexicons: ReadonlyMap<string, readonly string[]>;
  /** lexicon id → its entries (for an extractor that reads their attributes: Callback.entryAttributes) */
  readonly lexiconEntries?: ReadonlyMap<string, readonly Readonly<Record<string, unknown>>[]>;
  /** edge type → its declaration */
  readonly relationTypes: ReadonlyMap<string, RelationType>;
  /** a user's file (--rules): its rules must run from a pattern or regex */
  readonly user: boolean;
  /** is this a TimeML value the graph accepts? */
  readonly timexValid: (value: unknown) => boolean;
  /** a bundled file whose patterns the build already checked for catastrophic backtracking (engine/verified.ts) */
  readonly verified?: boolean;
}

function unknownName(kind: CallbackKind, name: string, stage: string): string {
  const here = callbackNames(kind, stage);
  const elsewhere = CALLBACKS.find((c) => c.kind === kind && c.name === name);
  if (elsewhere) return `${kind} "${name}" is registered for the ${elsewhere.stages.join('/')} stage, not ${stage}`;
  return `unknown ${kind} "${name}"${didYouMean(name, here)}; registered: ${here.join(', ') || '(none)'}`;
}

function paramProblem(name: string, value: unknown, spec: ParamSpec): string | null {
  const ok =
    spec.type === 'integer'
      ? Number.isInteger(value)
      : spec.type === 'number'
        ? typeof value === 'number'
        : spec.type === 'boolean'
          ? typeof value === 'boolean'
          : typeof value === 'string';
  if (!ok) return `param "${name}" must be ${spec.type === 'integer' ? 'an integer' : `a ${spec.type}`}, got ${JSON.stringify(value)}`;
  if (typeof value === 'number' && spec.minimum !== undefined && value < spec.minimum) return `param "${name}" must be ≥ ${spec.minimum}`;
  if (typeof value === 'number' && spec.maximum !== undefined && value > spec.maximum) return `param "${name}" must be ≤ ${spec.maximum}`;
  if (typeof value === 'string' && spec.enum !== undefined && !spec.enum.includes(value))
    return `param "${name}" must be one of ${spec.enum.map((v) => JSON.stringify(v)).join(', ')}, got ${JSON.stringify(value)}${didYouMean(value, spec.enum)}`;
  return null;
}

function checkCallbacks(r: RawRule, at: string, scope: NameScope, out: NameProblem[]): void {
  const has = (kind: CallbackKind, name: string): boolean => {
    const c = findCallback(kind, name);
    return c !== undefined && (c.stages as readonly string[]).includes(scope.stage);
  };
  if (r.extractor !== undefined && !has('extractor', r.extractor))
    out.push({ pointer: `${at}/extractor`, message: unknownName('extractor', r.extractor, scope.stage) });
  checkOutcome(r, at, out);
  (r.guards ?? []).forEach((g, k) => {
    if (!has('guard', g)) out.push({ pointer: `${at}/guards/${k}`, message: unknownName('guard', g, scope.stage) });
  });
  const date = r.output.date as Readonly<Record<string, unknown>> | undefined;
  if (date !== undefined) {
    const n = date.normalizer;
    if (typeof n !== 'string') out.push({ pointer: `${at}/output/date`, message: 'a date output needs a "normalizer"' });
    else if (!has('normalizer', n))
      out.push({ pointer: `${at}/output/date/normalizer`, message: unknownName('normalizer', n, scope.stage) });
    if (date.value !== undefined && !scope.timexValid(date.value))
      out.push({
        pointer: `${at}/output/date/value`,
        message: `${JSON.stringify(date.value)} is not a TimeML value (e.g. 2024-03-01, 2024-W10, PAST_REF)`,
      });
  }
  const edge = r.output.edge as Readonly<Record<string, unknown>> | undefined;
  if (edge !== undefined) checkEdge(edge, at, scope, has, out);
  const item = (r.output.mention as Readonly<Record<string, unknown>> | undefined)?.item;
  if (item !== undefined && (typeof item !== 'string' || ITEM_CLASSES[item] === undefined))
    out.push({
      pointer: `${at}/output/mention/item`,
      message: `unknown item class ${JSON.stringify(item)}${typeof item === 'string' ? didYouMean(item, Object.keys(ITEM_CLASSES)) : ''}; item classes: ${Object.keys(ITEM_CLASSES).join(' ')}`,
    });
  const declared = r.extractor !== undefined ? (findCallback('extractor', r.extractor)?.params ?? {}) : {};
  for (const [k, v] of Object.entries(r.params ?? {})) {
    const spec = declared[k];
    if (!spec) {
      const names = Object.keys(declared);
      out.push({
        pointer: `${at}/params/${k}`,
        message: `unknown param "${k}"${didYouMean(k, names)}; ${names.length ? `declared: ${names.join(', ')}` : 'this rule takes no params'}`,
      });
    } else {
      const why = paramProblem(k, v, spec);
      if (why !== null) out.push({ pointer: `${at}/params/${k}`, message: why });
    }
  }
}

/** An extractor that reports named outcomes needs each record to map one it declares; others map none. */
function checkOutcome(r: RawRule, at: string, out: NameProblem[]): void {
  const declared = r.extractor !== undefined ? findCallback('extractor', r.extractor)?.outcomes : undefined;
  if (r.outcome !== undefined && declared === undefined)
    out.push({
      pointer: `${at}/outcome`,
      message: r.extractor === undefined ? 'an "outcome" needs an "extractor"' : `extractor "${r.extractor}" reports no named outcomes`,
    });
  else if (r.outcome !== undefined && declared !== undefined && !declared.includes(r.outcome))
    out.push({
      pointer: `${at}/outcome`,
      message: `unknown outcome "${r.outcome}" of extractor "${r.extractor}"${didYouMean(r.outcome, declared)}; declared: ${declared.join(', ')}`,
    });
  else if (r.outcome === undefined && declared !== undefined)
    out.push({
      pointer: r.extractor !== undefined ? `${at}/extractor` : at,
      message: `extractor "${r.extractor}" reports named outcomes: say which one this rule maps ("outcome": one of ${declared.join(', ')})`,
    });
}

/** An edge output: a declared relation type, its declared attributes with values of their type. */
function checkEdge(
  edge: Readonly<Record<string, unknown>>,
  at: string,
  scope: NameScope,
  has: (kind: CallbackKind, name: string) => boolean,
  out: NameProblem[],
): void {
  const type = typeof edge.type === 'string' ? edge.type : '';
  const decl = scope.relationTypes.get(type);
  if (!decl) {
    const known = [...scope.relationTypes.keys()];
    out.push({
      pointer: `${at}/output/edge/type`,
      message: `unknown relation type "${type}"${didYouMean(type, known)}; known: ${known.join(', ')} (a rule file may declare new ones in "relationTypes")`,
    });
    return;
  }
  const declared = decl.attributes ?? {};
  const given = (edge.attributes as Readonly<Record<string, unknown>> | undefined) ?? {};
  for (const [k, v] of Object.entries(given)) {
    const p = `${at}/output/edge/attributes/${k}`;
    const spec = declared[k];
    if (!spec) {
      const names = Object.keys(declared);
      out.push({
        pointer: p,
        message: `${type} has no attribute "${k}"${didYouMean(k, names)}; ${names.length ? `its attributes: ${names.join(', ')}` : 'it takes no attributes'}`,
      });
      continue;
    }
    let valueType: string;
    if (typeof v === 'string' && v.startsWith('@')) {
      if (!has('attribute', v.slice(1))) {
        out.push({ pointer: p, message: unknownName('attribute', v.slice(1), scope.stage) });
        continue;
      }
      valueType = findCallback('attribute', v.slice(1))?.returns ?? 'string';
    } else valueType = typeof v;
    if (valueType !== spec.type)
      out.push({
        pointer: p,
        message: `${type}.${k} is a ${spec.type}, got ${typeof v === 'string' && v.startsWith('@') ? `${v} (a ${valueType})` : JSON.stringify(v)}`,
      });
  }
  for (const [k, spec] of Object.entries(declared))
    if (spec.required === true && !(k in given))
      out.push({ pointer: `${at}/output/edge/attributes`, message: `${type} needs the attribute "${k}" (a ${spec.type})` });
}

/** The named slots of a pattern, its macros expanded: `(?<person>PER)` → "person". */
function slotNames(pattern: string, scope: NameScope): string[] {
  const expanded = pattern.replace(/\$([A-Z][A-Z0-9_]*)/g, (all, name: string) => scope.macros[name] ?? all);
  return [...expanded.matchAll(/\(\?<([A-Za-z_][A-Za-z0-9_]*)>/g)].map((m) => m[1]!);
}

/** Is this record an entity step that decides by a pattern (registry ENTITY_PATTERN_STEPS)? */
function entityPatternStep(r: RawRule): boolean {
  const steps = r.extractor !== undefined ? (ENTITY_PATTERN_STEPS as Readonly<Record<string, readonly string[]>>)[r.extractor] : undefined;
  return steps !== undefined && r.outcome !== undefined && steps.includes(r.outcome);
}

/**
 * The registered extractor that runs this record's pattern (Callback.runsPattern): for a bundled
 * record, or for one in an added file where the extractor takes users' records (userRecords).
 */
function patternExtractor(r: RawRule, scope: NameScope): Callback | undefined {
  const cb = r.extractor !== undefined ? findCallback('extractor', r.extractor) : undefined;
  return cb?.runsPattern !== undefined && (!scope.user || cb.userRecords === true) ? cb : undefined;
}

/** The entries of every word list a pattern names must have the attributes its extractor reads right. */
function checkEntryAttributes(cb: Callback, pattern: string, pointer: string, scope: NameScope, out: NameProblem[]): void {
  const specs = cb.entryAttributes;
  if (specs === undefined || scope.lexiconEntries === undefined) return;
  const lists = new Set(
    patternSymbols(pattern, scope.macros)
      .filter((p) => p.kind === 'lexicon')
      .map((p) => p.name.replace(/\[.*$/, '')),
  );
  for (const id of lists)
    for (const e of scope.lexiconEntries.get(id) ?? [])
      for (const [name, spec] of Object.entries(specs)) {
        const v = e[name];
        if (v === undefined) continue;
        const ok =
          spec.type === 'boolean' ? typeof v === 'boolean' : typeof v === 'string' && (spec.enum === undefined || spec.enum.includes(v));
        if (!ok)
          out.push({
            pointer,
            message: `@${id}: the entry ${JSON.stringify(e.text)} has ${name} ${JSON.stringify(v)}; extractor "${cb.name}" reads ${name} as ${
              spec.enum !== undefined
                ? `one of ${spec.enum.join(', ')}${typeof v === 'string' ? didYouMean(v, spec.enum) : ''}`
                : `a ${spec.type}`
            }`,
          });
      }
}

/** What runs a rule: a relation pattern, a date regex, or (bundled rules only) a registered extractor. */
function checkRunnable(r: RawRule, at: string, scope: NameScope, out: NameProblem[]): void {
  if (scope.stage === 'entities' && !scope.user && (r.pattern !== undefined || entityPatternStep(r))) {
    if (!entityPatternStep(r))
      out.push({
        pointer: `${at}/pattern`,
        message: `an entity pattern runs only as a step of a bundled extractor that decides by one (${Object.entries(ENTITY_PATTERN_STEPS)
          .flatMap(([e, os]) => (os ?? []).map((o) => `${e}/${o}`))
          .join(', ')}); it would never run`,
      });
    else if (r.pattern === undefined)
      out.push({ pointer: at, message: `the step ${r.extractor}/${r.outcome} decides by a pattern: give the rule a "pattern"` });
    else if (!new RegExp(`\\(\\?<${ENTITY_SLOT}>`).test(r.pattern))
      out.push({ pointer: `${at}/pattern`, message: `an entity pattern names the name it finds: (?<${ENTITY_SLOT}>Cap)` });
    return;
  }
  const cb = patternExtractor(r, scope);
  const runs = cb?.runsPattern;
  if (cb !== undefined && runs !== undefined && r.pattern !== undefined) {
    // the extractor runs the pattern and reads these slots of it
    const groups = slotNames(r.pattern, scope);
    for (const slot of runs)
      if (!groups.includes(slot))
        out.push({
          pointer: `${at}/pattern`,
          message: `extractor "${r.extractor!}" reads the slot "${slot}": name it in the pattern, (?<${slot}>…)`,
        });
    checkEntryAttributes(cb, r.pattern, `${at}/pattern`, scope, out);
  } else if (r.pattern !== undefined && (scope.stage !== 'relations' || r.output.edge === undefined))
    out.push({
      pointer: `${at}/pattern`,
      message: `patterns run in the relations stage with an "edge" output only (this rule: ${scope.stage}, ${Object.keys(r.output).join(', ')}); it would never run`,
    });
  if (r.regex !== undefined && (scope.stage !== 'dates' || r.output.date === undefined))
    out.push({ pointer: `${at}/regex`, message: `regexes run in the dates stage with a "date" output only; it would never run` });
  if (scope.user && r.pattern === undefined && r.regex === undefined)
    out.push({
      pointer: r.extractor !== undefined ? `${at}/extractor` : at,
      message:
        'a rule in an added file needs a "pattern" (relations) or a "regex" (dates): an extractor runs only for the bundled rule that names it',
    });
}

function checkPattern(source: string, pointer: string, scope: NameScope, out: NameProblem[]): void {
  const known = Object.keys(scope.stage === 'entities' ? ENTITY_ITEM_CLASSES : ITEM_CLASSES);
  for (const sym of patternSymbols(source, scope.macros)) {
    if (sym.kind === 'class' && !known.includes(sym.name))
      out.push({ pointer, message: `unknown item class ${sym.name}${didYouMean(sym.name, known)}; item classes: ${known.join(' ')}` });
    if (sym.kind === 'macro' && scope.macros[sym.name] === undefined)
      out.push({ pointer, message: `unknown macro $${sym.name}${didYouMean(sym.name, Object.keys(scope.macros), '$')}` });
    if (sym.kind === 'lexicon' && !scope.lexicons.has(sym.name))
      out.push({ pointer, message: `unknown lexicon @${sym.name}${didYouMean(sym.name, [...scope.lexicons.keys()], '@')}` });
    // "#Verb": one of compromise's tags (a misspelt one would silently never match)
    if (sym.kind === 'tag' && !POS_TAGS.includes(sym.name))
      out.push({
        pointer,
        message: `unknown tag #${sym.name}${didYouMean(sym.name, POS_TAGS, '#')}; a #Tag names one of compromise's tags (${POS_TAGS.join(' ')})`,
      });
  }
  if (scope.verified === true) return;
  const why = itemPatternProblem(source, scope.macros, scope.lexicons);
  if (why !== null) out.push({ pointer, message: why });
}

/** An edge output's `$slot` ends must be named groups of the rule's pattern (else the rule would silently make nothing). */
function checkSlots(r: RawRule, at: string, scope: NameScope, out: NameProblem[]): void {
  const edge = r.output.edge as Readonly<Record<string, unknown>> | undefined;
  if (r.pattern === undefined || edge === undefined) return;
  // a step whose callback runs the pattern: the callback makes the edge (its slots: checkRunnable)
  if (patternExtractor(r, scope) !== undefined) return;
  const groups = slotNames(r.pattern, scope);
  for (const end of ['source', 'target'] as const) {
    const v = edge[end];
    if (typeof v !== 'string' || !v.startsWith('$') || groups.includes(v.slice(1))) continue;
    out.push({
      pointer: `${at}/output/edge/${end}`,
      message: `the pattern has no slot "${v.slice(1)}"${didYouMean(v.slice(1), groups, '$')}; its slots: ${groups.map((g) => `$${g}`).join(' ') || '(none: name one with (?<name>…))'}`,
    });
  }
  for (const [k, v] of Object.entries((edge.attributes as Readonly<Record<string, unknown>> | undefined) ?? {})) {
    const slot = typeof v === 'string' && v.startsWith('@') ? findCallback('attribute', v.slice(1))?.slot : undefined;
    if (slot !== undefined && !groups.includes(slot))
      out.push({
        pointer: `${at}/output/edge/attributes/${k}`,
        message: `${v as string} reads the slot "${slot}": name it in the pattern, (?<${slot}>LEAD)`,
      });
  }
}

/** Every unresolvable name of one (schema-valid) rule file. */
export function checkNames(data: { readonly rules: readonly RawRule[] }, scope: (i: number) => NameScope): NameProblem[] {
  const out: NameProblem[] = [];
  data.rules.forEach((r, i) => {
    const at = `/rules/${i}`;
    const sc = scope(i);
    checkCallbacks(r, at, sc, out);
    checkRunnable(r, at, sc, out);
    checkSlots(r, at, sc, out);
    if (sc.stage === 'relations' || (sc.stage === 'entities' && !sc.user && entityPatternStep(r))) {
      if (r.pattern !== undefined) checkPattern(r.pattern, `${at}/pattern`, sc, out);
      if (r.unless !== undefined) checkPattern(r.unless, `${at}/unless`, sc, out);
    }
  });
  return out;
}
