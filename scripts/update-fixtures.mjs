#!/usr/bin/env node
// Regenerates fixtures/news/*.graph.json (the golden outputs). Run only on purpose
// (`npm run fixtures:update`), and review the diff in the same commit as its cause.
// A golden whose only change is the rules hash (generator.rules: any rule or lexicon edit changes
// it) is left as it is: test/golden.test.ts compares without the hash, so the diff shows only
// the goldens whose content changed.
import fs from 'node:fs';
import path from 'node:path';
import { goldenGraph } from '../test/helpers/golden.mjs';

/** The same normalization as withoutRulesHash() in test/golden.test.ts. */
const withoutRulesHash = (json) => json.replace(/^(\s*"rules": )"[0-9a-f]{64}"(,?)$/m, '$1"<rules-hash>"$2');

const dir = 'fixtures/news';
let kept = 0;
for (const f of fs
  .readdirSync(dir)
  .filter((x) => x.endsWith('.txt'))
  .sort()) {
  const out = path.join(dir, f.replace(/\.txt$/, '.graph.json'));
  const graph = goldenGraph(path.join(dir, f));
  if (fs.existsSync(out) && withoutRulesHash(fs.readFileSync(out, 'utf8')) === withoutRulesHash(graph)) {
    kept++;
    continue;
  }
  fs.writeFileSync(out, graph);
  process.stderr.write(`wrote ${out}\n`);
}
process.stderr.write(`${kept} golden(s) unchanged (the rules hash aside), left as they are\n`);
