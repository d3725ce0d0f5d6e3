/**
 * The meeting steps and the rule records that switch them on and stamp them. Stage code reasons
 * over named steps ("a party after 'with'", "a status cue for 'cancelled'"); which rule id a step
 * stamps comes from the rule file: the record that names the step's registered callback
 * (`extractor`) and, where one callback runs several steps, the step in its outcome param
 * (`trigger`, `introducedBy`, `subjectKind`, `statusCue`; see engine/registry.ts). A step whose
 * record is missing (a --rules-dir copy that dropped it) or has `active: false` does not run.
 */
import type { Rule, RuleSet } from '../../engine/load.js';
import type { MeetingStatus } from '../../types.js';

export type TriggerStep = 'noun' | 'verb';
/** How a party of a mention was found: the word that introduces it, or the callback that found it. */
export type PhraseStep = 'between' | 'with' | 'by' | 'of' | 'object' | 'destination' | 'group';
export type SubjectStep = 'clause' | 'pronoun' | 'two-leaders' | 'two-sides' | 'we' | 'office-holders' | 'speaker' | 'visitor';
export type PartyStep = PhraseStep | SubjectStep | 'modifier' | 'attendees';
export type StatusStep = MeetingStatus | 'default' | 'future-date';

/** The callback (and its outcome param) behind each step. */
export type Key = readonly [extractor: string, param?: string, value?: string];

const PARTY_KEYS: Readonly<Record<PartyStep, Key>> = {
  modifier: ['premodifiers'],
  between: ['participants', 'introducedBy', 'between'],
  with: ['participants', 'introducedBy', 'with'],
  by: ['participants', 'introducedBy', 'by'],
  of: ['participants', 'introducedBy', 'of'],
  object: ['participants', 'introducedBy', 'object'],
  destination: ['participants', 'introducedBy', 'destination'],
  group: ['participants', 'introducedBy', 'group'],
  clause: ['subject', 'subjectKind', 'clause'],
  pronoun: ['subject', 'subjectKind', 'pronoun'],
  'two-leaders': ['subject', 'subjectKind', 'two-leaders'],
  'two-sides': ['subject', 'subjectKind', 'two-sides'],
  we: ['subject', 'subjectKind', 'we'],
  'office-holders': ['subject', 'subjectKind', 'office-holders'],
  speaker: ['subject', 'subjectKind', 'speaker'],
  visitor: ['subject', 'subjectKind', 'visitor'],
  attendees: ['attendees'],
};

const TRIGGER_STEPS: readonly TriggerStep[] = ['noun', 'verb'];
const STATUS_STEPS: readonly StatusStep[] = ['occurred', 'planned', 'proposed', 'negated', 'cancelled', 'default', 'future-date'];

/** Every step's callback and outcome: each meeting rule record runs exactly one of them. */
export const STEP_KEYS: readonly Key[] = [
  ...TRIGGER_STEPS.map((v): Key => ['triggers', 'trigger', v]),
  ...Object.values(PARTY_KEYS),
  ...STATUS_STEPS.map((v): Key => ['status', 'statusCue', v]),
  ['dates'],
  ['during-visit'],
  ['also-dated'],
  ['places'],
];

/** Does a rule record run this step? */
export function runsStep(r: Rule, [extractor, param, value]: Key): boolean {
  return r.family === 'meeting' && r.extractor === extractor && (param === undefined || r.params?.[param] === value);
}

export interface MeetingSteps {
  /** the id a step stamps ('' when no record runs it) */
  readonly trigger: (step: TriggerStep) => string;
  readonly party: (step: PartyStep) => string;
  readonly status: (step: StatusStep) => string;
  readonly heldOn: string;
  /** a meeting undated in its own words, dated by the visit it took place during */
  readonly heldOnVisit: string;
  /** earlier meetings of one who "also on Monday" met another: that day */
  readonly heldOnAlso: string;
  readonly heldIn: string;
  /** is there a record for this id, and is it on? */
  readonly on: (id: string) => boolean;
  /** the outputs whose rule (and `via` chain) are records that are on */
  readonly live: <T extends { readonly rule: string; readonly via?: readonly string[] | undefined }>(xs: readonly T[]) => T[];
  /** the rule set the records came from (for their params) */
  readonly rules: RuleSet;
}

function resolve(rules: RuleSet, key: Key): string {
  return rules.rules.find((r) => runsStep(r, key))?.id ?? '';
}

const cache = new WeakMap<RuleSet, MeetingSteps>();

/** The meeting steps of a rule set, resolved once. */
export function meetingSteps(rules: RuleSet): MeetingSteps {
  const hit = cache.get(rules);
  if (hit) return hit;
  const memo = new Map<string, string>();
  const idOf = (key: Key): string => {
    const k = key.join('\u0000');
    let id = memo.get(k);
    if (id === undefined) memo.set(k, (id = resolve(rules, key)));
    return id;
  };
  const on = (id: string): boolean => id !== '' && rules.byId.get(id)?.active === true;
  const steps: MeetingSteps = {
    trigger: (step) => idOf(['triggers', 'trigger', step]),
    party: (step) => idOf(PARTY_KEYS[step]),
    status: (step) => idOf(['status', 'statusCue', step]),
    heldOn: idOf(['dates']),
    heldOnVisit: idOf(['during-visit']),
    heldOnAlso: idOf(['also-dated']),
    heldIn: idOf(['places']),
    on,
    live: (xs) => xs.filter((x) => on(x.rule) && (x.via ?? []).every(on)),
    rules,
  };
  cache.set(rules, steps);
  return steps;
}
