/**
 * Scores the fixtures against their gold (the bundled copy of the development set) and fails below
 * the thresholds the issues agreed on. Thresholds are never lowered to make this pass.
 */
import fs from 'node:fs';
import path from 'node:path';
import { extract, runEval, type ScoreResult } from '../src/index.js';

const dir = 'fixtures/news';
const golds = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.gold.json'))
  .sort()
  .map((f) => path.join(dir, f));

const AREAS: Readonly<Record<string, number>> = {
  person: 0.95,
  country: 0.95,
  place: 0.9,
  organization: 0.9,
  entities: 0.95,
  leader: 0.95,
  affiliation: 0.85,
  meeting: 0.85,
  participant: 0.85,
  date: 0.9,
};
const ACCURACIES: Readonly<Record<string, number>> = { leaderCurrent: 1, meetingStatus: 0.9, meetingDate: 0.8, dateValue: 0.95 };

let result: ScoreResult;

beforeAll(async () => {
  const run = await runEval({
    gold: golds,
    extractOne: async (file, docDate) => (await extract([file], docDate ? { docDate } : {})).graph,
  });
  result = run.result;
}, 120000);

test.each(Object.entries(AREAS))('%s F1 ≥ %f', (area, min) => {
  const f1 = result.areas[area as keyof ScoreResult['areas']].f1;
  expect({ area, f1: Math.round(f1 * 1000) / 1000, ok: f1 >= min }).toEqual({ area, f1: Math.round(f1 * 1000) / 1000, ok: true });
});

test.each(Object.entries(ACCURACIES))('%s accuracy ≥ %f', (name, min) => {
  const rate = result.accuracy[name as keyof ScoreResult['accuracy']].rate ?? 0;
  expect({ name, rate, ok: rate >= min }).toEqual({ name, rate, ok: true });
});
