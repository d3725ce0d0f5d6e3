/** The engine stamps each meeting step with the id of the record that runs it (issue 14). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultRulesDir, loadRules } from '../../../../src/index.js';
import { meetingSteps, runsStep, STEP_KEYS } from '../../../../src/relations/meetings/steps.js';
import { RULES, withRules } from './stream.js';

test('each step stamps the id of the record whose callback and outcome param name it', () => {
  const steps = meetingSteps(RULES);
  for (const id of [
    steps.trigger('noun'),
    steps.trigger('verb'),
    steps.party('with'),
    steps.status('cancelled'),
    steps.heldOn,
    steps.heldIn,
  ]) {
    const r = RULES.byId.get(id);
    expect(r?.family).toBe('meeting');
    expect(STEP_KEYS.filter((k) => runsStep(r!, k))).toHaveLength(1);
  }
  expect(RULES.byId.get(steps.party('between'))?.params?.introducedBy).toBe('between');
  expect(RULES.byId.get(steps.status('future-date'))?.params?.statusCue).toBe('future-date');
  expect(steps.on(steps.party('with'))).toBe(true);
});

test('a record with active: false, or no record at all, switches its step off', () => {
  const some = RULES.rules.find((r) => r.family === 'meeting' && r.params?.introducedBy === 'object')!;
  const off = meetingSteps(withRules(RULES, { off: [some.id] }));
  expect(off.party('object')).toBe(some.id);
  expect(off.on(off.party('object'))).toBe(false);
  expect(off.on(off.party('with'))).toBe(true);
  const dropped = meetingSteps(withRules(RULES, { drop: [some.id] }));
  expect(dropped.party('object')).toBe('');
  expect(dropped.on('')).toBe(false);
  expect(dropped.live([{ rule: '' }, { rule: dropped.party('with') }, { rule: dropped.heldOn, via: [''] }])).toEqual([
    { rule: dropped.party('with') },
  ]);
});

test('the id follows the record: a renamed record stamps its new id', () => {
  const rename = (id: string): string => (id === meetingSteps(RULES).heldIn ? 'meeting/venue-renamed' : id);
  const list = RULES.rules.map((r) => ({ ...r, id: rename(r.id) }));
  const steps = meetingSteps({ ...RULES, rules: list, byId: new Map(list.map((r) => [r.id, r])) });
  expect(steps.heldIn).toBe('meeting/venue-renamed');
});

test('an outcome param outside its declared values is RULES_INVALID with file:line and a did-you-mean', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meeting-steps-'));
  try {
    fs.cpSync(defaultRulesDir(), dir, { recursive: true });
    const p = path.join(dir, 'meeting.rules.json');
    fs.writeFileSync(p, fs.readFileSync(p, 'utf8').replace('"statusCue": "cancelled"', '"statusCue": "cancelld"'));
    expect(() => loadRules(dir)).toThrow(
      /meeting\.rules\.json:\d+: rules\[\d+\]\.params\.statusCue: param "statusCue" must be one of .*did you mean "cancelled"/,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
