/**
 * The bundled rules are checked once, at build time, for what the loader would otherwise check at
 * every start: the ReDoS checks of every rule regex, relation pattern and date regex
 * (engine/safety.ts, engine/backtracking.ts, engine/item-pattern.ts, dates/compile.ts; ~15 % of a
 * one-file run). `npm run build` runs scripts/build-rules-verified.mjs, which loads the bundled
 * rules with every check on (there is no artefact yet) and writes dist/generated/rules-verified.json:
 * the sha256 of each bundled rule file's text, of the bundled rule set, and of the checking code.
 *
 * At run time a check is skipped only for a bundled (not --rules) file whose text, or a rule set
 * whose hash, is exactly what the build verified, with the same checking code. Anything else — a
 * user's --rules file, an edited file in a --rules-dir copy, a missing or stale artefact, the
 * sources run under jest — gets the full check, as before.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

export interface VerifiedRules {
  /** sha256 of the checking modules (checkerHash()) */
  readonly checker: string;
  /** sha256 of the text of each bundled rule file that passed engine/safety.ts */
  readonly files: readonly string[];
  /** sha256 (bundledHash in engine/load.ts) of the bundled rule set whose patterns and date regexes passed */
  readonly ruleSet: string;
}

const here = path.dirname(fileURLToPath(import.meta.url));
/** The build's artefact (next to the precompiled validators). */
export const VERIFIED_FILE = path.resolve(here, '..', 'generated', 'rules-verified.json');
/** The modules whose verdicts the artefact records, relative to the compiled tree (dist/). */
const CHECKERS = ['engine/backtracking.js', 'engine/safety.js', 'engine/item-pattern.js', 'dates/compile.js'];

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** sha256 of the checking code as compiled, or undefined when it is not there (e.g. under jest). */
export function checkerHash(root: string = path.resolve(here, '..')): string | undefined {
  const h = createHash('sha256');
  try {
    for (const f of CHECKERS)
      h.update(f)
        .update('\0')
        .update(fs.readFileSync(path.join(root, f)))
        .update('\0');
  } catch {
    return undefined;
  }
  return h.digest('hex');
}

interface Verified {
  readonly files: ReadonlySet<string>;
  readonly ruleSet: string;
}
let loaded: Verified | null | undefined;

/** The artefact when it is there and was made by this checking code; else null (full checks). */
export function parseVerified(text: string, checker: string | undefined): Verified | null {
  try {
    const a = JSON.parse(text) as Partial<VerifiedRules>;
    if (checker === undefined || a.checker !== checker || !Array.isArray(a.files) || typeof a.ruleSet !== 'string') return null;
    return { files: new Set(a.files), ruleSet: a.ruleSet };
  } catch {
    return null;
  }
}

function verified(): Verified | null {
  if (loaded !== undefined) return loaded;
  let text: string;
  try {
    text = fs.readFileSync(VERIFIED_FILE, 'utf8');
  } catch {
    return (loaded = null);
  }
  return (loaded = parseVerified(text, checkerHash()));
}

/** Did the build verify this bundled rule file's text (its regexes are safe)? */
export function fileVerified(raw: string): boolean {
  const v = verified();
  return v !== null && v.files.has(sha256(raw));
}

/** Did the build verify this bundled rule set (its relation patterns and date regexes are safe)? */
export function ruleSetVerified(hash: string): boolean {
  const v = verified();
  return v !== null && v.ruleSet === hash;
}
