#!/usr/bin/env node
// Regenerates fixtures/news/*.graph.json (the golden outputs). Run only on purpose
// (`npm run fixtures:update`), and review the diff in the same commit as its cause.
import fs from 'node:fs';
import path from 'node:path';
import { goldenGraph } from '../test/helpers/golden.mjs';

const dir = 'fixtures/news';
for (const f of fs
  .readdirSync(dir)
  .filter((x) => x.endsWith('.txt'))
  .sort()) {
  const out = path.join(dir, f.replace(/\.txt$/, '.graph.json'));
  fs.writeFileSync(out, goldenGraph(path.join(dir, f)));
  process.stderr.write(`wrote ${out}\n`);
}
