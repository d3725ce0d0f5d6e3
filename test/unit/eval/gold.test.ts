import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findGoldFiles, loadGold, validateGold, RunError } from '../../../src/index.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gold-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const fixtureGolds = findGoldFiles(['fixtures']);
const seed = JSON.parse(fs.readFileSync('fixtures/news/000_3e3b864d0be11ddf.gold.json', 'utf8')) as Record<string, unknown>;

test('every fixture gold (recursively found, sorted) is valid', () => {
  expect(fixtureGolds.length).toBeGreaterThanOrEqual(10);
  expect([...fixtureGolds].sort()).toEqual(fixtureGolds);
  for (const f of fixtureGolds) expect([f, validateGold(JSON.parse(fs.readFileSync(f, 'utf8')), f)]).toEqual([f, []]);
});

test('meeting dates may be a string, a list or null', () => {
  const meetings = (seed.meetings as Record<string, unknown>[]).map((m) => m.date);
  expect(meetings.some((d) => typeof d === 'string')).toBe(true);
  expect(meetings.some((d) => Array.isArray(d))).toBe(true);
  expect(meetings.some((d) => d === null)).toBe(true);
});

test('schema errors are "file: path: message"', () => {
  const bad = structuredClone(seed);
  (bad.entities as Record<string, unknown>[])[2]!.type = 'human';
  (bad.meetings as Record<string, unknown>[])[0]!.status = 'maybe';
  (bad.dates as Record<string, unknown>[])[0]!.valu = 'x';
  const errors = validateGold(bad, 'x.gold.json');
  expect(errors).toContain('x.gold.json: entities[2].type: must be equal to one of the allowed values');
  expect(errors).toContain('x.gold.json: meetings[0].status: must be equal to one of the allowed values');
  expect(errors).toContain('x.gold.json: dates[0]: must NOT have additional properties (valu)');
});

test('references must name entities of the file; ids are unique', () => {
  const bad = structuredClone(seed);
  (bad.leaders as Record<string, unknown>[])[0]!.person = 'nobody';
  (bad.entities as Record<string, unknown>[])[1]!.id = 'abe';
  const errors = validateGold(bad, 'y.gold.json');
  expect(errors).toContain('y.gold.json: leaders[0].person: unknown entity id "nobody"');
  expect(errors).toContain('y.gold.json: entities[1].id: duplicate id "abe"');
});

test('loadGold throws GOLD_INVALID (exit 2) for bad JSON and bad content', () => {
  const broken = path.join(tmp, 'broken.gold.json');
  fs.writeFileSync(broken, '{ "doc": ');
  expect(() => loadGold(broken)).toThrow(RunError);
  try {
    loadGold(broken);
  } catch (e) {
    expect((e as RunError).code).toBe('GOLD_INVALID');
    expect((e as RunError).exitCode).toBe(2);
    expect((e as RunError).message).toMatch(/^.*broken\.gold\.json: \(root\): /);
  }
  expect(() => findGoldFiles([path.join(tmp, 'none')])).toThrow(/no such file/);
});
