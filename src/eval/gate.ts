/** The CI gate: --min thresholds and --baseline comparison (every area's F1, within a tolerance). */
import fs from 'node:fs';
import { RunError } from '../errors.js';
import { ACCURACY_NAMES, AREA_NAMES, metric, type AreaKey, type ScoreResult } from './score.js';

export interface Threshold {
  readonly name: string;
  readonly min: number;
}

export interface Check {
  readonly kind: 'min' | 'baseline';
  /** area (or accuracy) name */
  readonly name: string;
  /** the threshold, or the baseline F1 minus the tolerance */
  readonly limit: number;
  readonly got: number | null;
  readonly pass: boolean;
  readonly message: string;
}

const fmt = (x: number | null): string => (x === null ? 'n/a' : x.toFixed(3));

/** "entities=0.9" → { name, min }; an unknown name or a value outside [0, 1] is a usage error. */
export function parseThreshold(spec: string): Threshold {
  const m = /^([A-Za-z]+)=([0-9]*\.?[0-9]+)$/.exec(spec);
  const names = [...AREA_NAMES, ...ACCURACY_NAMES] as readonly string[];
  if (!m) throw new RunError('USAGE', `--min ${spec}: expected AREA=VALUE, e.g. entities=0.9`);
  const [, name, value] = m as unknown as [string, string, string];
  if (!names.includes(name)) throw new RunError('USAGE', `--min ${spec}: unknown area "${name}" (one of: ${names.join(', ')})`);
  const min = Number(value);
  if (!(min >= 0 && min <= 1)) throw new RunError('USAGE', `--min ${spec}: the value must be between 0 and 1`);
  return { name, min };
}

export function checkThresholds(result: ScoreResult, thresholds: readonly Threshold[]): Check[] {
  return thresholds.map(({ name, min }) => {
    const got = metric(result, name) ?? null;
    const pass = got !== null && got >= min;
    const message = `${name} ${fmt(got)} ${pass ? '>=' : '<'} ${min}`;
    return { kind: 'min', name, limit: min, got, pass, message };
  });
}

/** A baseline: area name → F1. Written by --update-baseline; `extract eval --json` output is one too. */
export type Baseline = Readonly<Partial<Record<AreaKey, number>>>;

export function readBaseline(file: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
  } catch (e) {
    throw new RunError('USAGE', `--baseline ${file}: ${(e as Error).message} (create it with --update-baseline)`);
  }
  const areas = (data as { areas?: unknown } | null)?.areas;
  if (typeof areas !== 'object' || areas === null) throw new RunError('USAGE', `--baseline ${file}: (root): no "areas" object`);
  const out: Partial<Record<AreaKey, number>> = {};
  for (const [k, v] of Object.entries(areas as Record<string, unknown>)) {
    const f1 = (v as { f1?: unknown } | null)?.f1;
    if (!(AREA_NAMES as readonly string[]).includes(k)) throw new RunError('USAGE', `--baseline ${file}: areas.${k}: unknown area`);
    if (typeof f1 !== 'number') throw new RunError('USAGE', `--baseline ${file}: areas.${k}.f1: must be a number`);
    out[k as AreaKey] = f1;
  }
  return out;
}

export function compareBaseline(result: ScoreResult, baseline: Baseline, tolerance: number): Check[] {
  const checks: Check[] = [];
  for (const name of AREA_NAMES) {
    const base = baseline[name];
    if (base === undefined) continue;
    const got = result.areas[name].f1;
    const limit = base - tolerance;
    const pass = got >= limit - 1e-12;
    const message = `${name} F1 ${fmt(got)} vs baseline ${fmt(base)} (tolerance ${tolerance})${pass ? '' : ': regression'}`;
    checks.push({ kind: 'baseline', name, limit, got, pass, message });
  }
  return checks;
}

/** The baseline file's content: every area's scores and every accuracy, no per-document details. */
export function baselineJson(result: ScoreResult): string {
  return `${JSON.stringify({ areas: result.areas, accuracy: result.accuracy }, null, 2)}\n`;
}

export function parseTolerance(value: string): number {
  const t = Number(value);
  if (!/^[0-9]*\.?[0-9]+$/.test(value) || !(t >= 0 && t <= 1))
    throw new RunError('USAGE', `--tolerance ${value}: expected a number between 0 and 1`);
  return t;
}
