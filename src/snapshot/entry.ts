/**
 * The start-up snapshot's entry (issue 18, start-up): scripts/build-snapshot.mjs bundles this module
 * with everything it imports into one CommonJS file and runs `node --build-snapshot` on it. At build
 * time it loads the CLI, compromise (its lexicon unpacked, its tagger's rule net built), the bundled
 * rules with their lexicon and the precompiled validators, and runs the pipeline once over the rules'
 * own examples (invented text), so that the code a run needs is compiled and the lazily built tables
 * exist; V8 then writes the heap to the blob. A run from the blob (src/snapshot/launch.ts) starts in
 * that state and only runs the CLI. Run as a plain script (no snapshot) it is the CLI as one bundle.
 *
 * Nothing done here may change what a run prints: test/cli-snapshot.test.ts compares the bytes of the
 * snapshot's runs with the plain path's.
 */
import { createRequire } from 'node:module';
import { setFlagsFromString, startupSnapshot } from 'node:v8';
import { createContext, extractText } from '../api.js';
import { runCli } from '../cli/process.js';
import { providePrecompiled } from '../graph/precompiled.js';
import { configureNlp } from '../locales/en/nlp.js';
import { fromSnapshot } from './launch.js';

/**
 * The text the pipeline is warmed up on: the first match example of each active rule, one paragraph
 * each. `families: 'no-dates'` leaves out the date rules' examples (scripts/build-snapshot.mjs retries
 * so when V8 cannot serialize the heap after the whole warm-up).
 */
function warmUpText(families: string): string {
  const { rules } = createContext().rules;
  return rules
    .filter((r) => r.active && (families !== 'no-dates' || r.family !== 'date'))
    .map((r) => r.examples.match[0]?.text)
    .filter((t): t is string => t !== undefined)
    .join('\n\n');
}

function prepare(): void {
  // bundled by scripts/build-snapshot.mjs (the literal paths are resolved at bundle time)
  const require = createRequire(import.meta.url);
  providePrecompiled('rules-validators.cjs', require('../generated/rules-validators.cjs') as Record<string, unknown>);
  providePrecompiled('graph-validator.cjs', require('../generated/graph-validator.cjs') as Record<string, unknown>);
  providePrecompiled('gold-validator.cjs', require('../generated/gold-validator.cjs') as Record<string, unknown>);
  // V8 (Node 20) cannot serialize a heap that holds some regular expressions' native code (a fatal
  // "unreachable code" in the serializer, seen after the date rules' examples, e.g. date/month-day's):
  // while preparing, regular expressions run in V8's interpreter and keep only bytecode, which
  // serializes; a run compiles them to native code as usual. The flags are set back before the heap is
  // written (the blob's flag hash must match the run's: the tier-up flag, which the other turns off, too).
  setFlagsFromString('--regexp-interpret-all');
  configureNlp();
  // scripts/build-snapshot.mjs sets this ('no-dates', '0') when a snapshot with the whole warm-up cannot be built
  const warmUp = process.env.NEWSGRAPH_SNAPSHOT_WARMUP ?? 'all';
  if (warmUp !== '0') extractText(warmUpText(warmUp), { path: 'warm-up.txt' });
  setFlagsFromString('--no-regexp-interpret-all');
  setFlagsFromString('--regexp-tier-up');
}

if (startupSnapshot.isBuildingSnapshot()) {
  prepare();
  // from the blob, process.argv is [node, ...arguments after --]: [node, bin/extract.js, ...the CLI's]
  startupSnapshot.setDeserializeMainFunction(() => {
    fromSnapshot(runCli);
  });
} else runCli(process.argv.slice(2));
