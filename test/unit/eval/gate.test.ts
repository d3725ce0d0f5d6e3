import {
  checkThresholds,
  compareBaseline,
  parseThreshold,
  parseTolerance,
  prf,
  renderJunit,
  RunError,
  type ScoreResult,
} from '../../../src/index.js';

function result(entitiesF1Counts: { tp: number; fp: number; fn: number }): ScoreResult {
  const zero = prf({ tp: 0, fp: 0, fn: 0 });
  const areas = Object.fromEntries(
    ['person', 'country', 'place', 'organization', 'leader', 'affiliation', 'meeting', 'participant', 'date', 'entities', 'relations'].map(
      (k) => [k, zero],
    ),
  ) as unknown as Record<string, ReturnType<typeof prf>>;
  areas.entities = prf(entitiesF1Counts);
  const accuracy = Object.fromEntries(
    ['leaderCurrent', 'meetingDate', 'meetingStatus', 'meetingPlace', 'dateValue'].map((k) => [k, { ok: 0, n: 0, rate: null }]),
  );
  return { areas, accuracy, details: [] } as unknown as ScoreResult;
}

test('prf: P, R, F1 from counts; empty counts are perfect', () => {
  expect(prf({ tp: 8, fp: 2, fn: 0 })).toEqual({ p: 0.8, r: 1, f1: (2 * 0.8) / 1.8, tp: 8, fp: 2, fn: 0 });
  expect(prf({ tp: 0, fp: 0, fn: 0 }).f1).toBe(1);
  expect(prf({ tp: 0, fp: 1, fn: 1 }).f1).toBe(0);
});

test('parseThreshold accepts area and accuracy names, rejects the rest as usage errors', () => {
  expect(parseThreshold('entities=0.9')).toEqual({ name: 'entities', min: 0.9 });
  expect(parseThreshold('dateValue=1')).toEqual({ name: 'dateValue', min: 1 });
  for (const bad of ['entity=0.9', 'entities', 'entities=1.5', 'entities=abc', '=0.5']) {
    expect(() => parseThreshold(bad)).toThrow(RunError);
  }
  expect(() => parseThreshold('entitie=0.9')).toThrow(/unknown area "entitie"/);
  expect(parseTolerance('0.02')).toBe(0.02);
  expect(() => parseTolerance('-1')).toThrow(/--tolerance/);
});

test('thresholds: below fails, equal passes, an accuracy without cases (n/a) fails', () => {
  const r = result({ tp: 9, fp: 1, fn: 1 }); // F1 0.9
  const [ok, bad, na] = checkThresholds(r, [
    { name: 'entities', min: 0.9 },
    { name: 'entities', min: 0.95 },
    { name: 'dateValue', min: 0.5 },
  ]);
  expect(ok!.pass).toBe(true);
  expect(bad).toMatchObject({ pass: false, name: 'entities', message: 'entities 0.900 < 0.95' });
  expect(na).toMatchObject({ pass: false, got: null });
});

test('baseline: a drop within the tolerance passes, beyond it fails; unknown areas are not compared', () => {
  const r = result({ tp: 9, fp: 1, fn: 1 });
  expect(compareBaseline(r, { entities: 0.905 }, 0.01)[0]!.pass).toBe(true);
  const [c] = compareBaseline(r, { entities: 0.95 }, 0.01);
  expect(c).toMatchObject({ pass: false, kind: 'baseline', name: 'entities' });
  expect(c!.message).toMatch(/regression/);
  expect(compareBaseline(r, {}, 0.01)).toEqual([]);
});

test('JUnit: one case per area, accuracy and threshold; the failing one names its area', () => {
  const r = result({ tp: 1, fp: 1, fn: 1 });
  const checks = [...checkThresholds(r, [{ name: 'entities', min: 0.9 }]), ...compareBaseline(r, { person: 0.5, entities: 0.9 }, 0.01)];
  const xml = renderJunit(r, checks);
  expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites /);
  expect(xml).toMatch(/tests="17" failures="2"/);
  expect(xml.match(/<testcase /g)).toHaveLength(17);
  expect(xml).toMatch(
    /<testcase classname="extract.eval.threshold" name="entities &gt;= 0.9">\n\s+<failure message="entities below threshold/,
  );
  expect(xml).toMatch(/<testcase classname="extract.eval.area" name="entities">\n\s+<failure message="entities F1 0.500 vs baseline 0.900/);
  expect(xml).toMatch(/<testcase classname="extract.eval.area" name="person">\n\s+<system-out>/);
  expect(xml).not.toMatch(/[<>&]\d/);
});
