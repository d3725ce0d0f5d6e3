/**
 * Fuzzing the pipeline with fast-check, shard 1 of SHARDS (the generators and properties are in ./harness.ts).
 * `npm test` runs FUZZ_RUNS (default 1500) documents over all shards; `npm run fuzz` runs 10,000.
 */
import { fuzzBytes, fuzzDocuments } from './harness.js';

test('random documents: no crash, valid output, exact spans, deterministic', () => fuzzDocuments(1));

test('random bytes: a document or a per-input error, never a crash', () => fuzzBytes(1));
