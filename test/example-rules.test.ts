/**
 * The user rule files shipped under examples/rules/ meet the bar of the bundled rules (issue 14
 * point 6): at least two match and two noMatch examples per rule, and every example passes
 * (`extract rules test FILE`, the same runner).
 */
import fs from 'node:fs';
import path from 'node:path';
import { testRules, formatFailure } from '../src/index.js';

const dir = 'examples/rules';
const files = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.rules.json'))
  .map((f) => path.join(dir, f));

test('there is at least one example rule file', () => {
  expect(files.length).toBeGreaterThan(0);
});

describe.each(files)('%s', (file) => {
  const result = testRules({ extraRules: [file] });
  test('every rule has at least two match and two noMatch examples', () => {
    const data = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      rules: { id: string; examples: { match: unknown[]; noMatch: unknown[] } }[];
    };
    const short = data.rules
      .filter((r) => r.examples.match.length < 2 || r.examples.noMatch.length < 2)
      .map((r) => `${r.id}: ${r.examples.match.length} match, ${r.examples.noMatch.length} noMatch`);
    expect(short).toEqual([]);
    expect(result.rules).toBe(data.rules.length);
  });
  test('every example passes', () => {
    expect(result.failures.map(formatFailure)).toEqual([]);
  });
});
