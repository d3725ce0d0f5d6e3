/**
 * Meeting triggers on item streams: the trigger records' patterns (rules/en/meeting.rules.json)
 * matched at each word; the callback keeps the longest match, reads its kind from the word-list
 * entry it spells, and stamps the id of the record that found it.
 */
import type { Rule, RuleSet } from '../../../../src/index.js';
import { findTriggers, triggerRecords } from '../../../../src/relations/meetings/triggers.js';
import { meetingSteps } from '../../../../src/relations/meetings/steps.js';
import { discourse, LEXICON, RULES, tagVerbs, withRules } from './stream.js';

const steps = meetingSteps(RULES);
const NOUN = steps.trigger('noun');
const VERB = steps.trigger('verb');

/** The triggers of one sentence whose tokens at `verbs` are tagged Verb: [first, last, kind, verb, rule]. */
function triggers(words: readonly string[], verbs: readonly number[] = [], rules: RuleSet = RULES): unknown[] {
  const d = tagVerbs(discourse([words], { rules }), verbs);
  return findTriggers(d, rules, LEXICON).map((t) => [t.first, t.last, t.kind, t.verb, t.rule]);
}

/** A copy of the rule set with one record changed (a key set to undefined is removed) or a record added. */
function patched(id: string, patch: Partial<Rule> | Record<string, unknown>): RuleSet {
  const base = RULES.byId.get(id);
  const made = (r: Rule): Rule => JSON.parse(JSON.stringify({ ...r, ...patch })) as Rule;
  const rules = base ? RULES.rules.map((r) => (r.id === id ? made(r) : r)) : [...RULES.rules, made(RULES.byId.get(VERB)!)];
  return { ...RULES, rules, byId: new Map(rules.map((r) => [r.id, r])) };
}

test('the bundled trigger records carry a pattern with the slot "trigger" (the noun and verb ones over their word list)', () => {
  expect(RULES.byId.get(NOUN)?.pattern).toContain('(?<trigger>');
  expect(RULES.byId.get(NOUN)?.pattern).toContain('@meeting-nouns');
  expect(RULES.byId.get(VERB)?.pattern).toBe('(?<trigger>@meeting-verbs)');
  expect(triggerRecords(RULES).map((r) => [r.rule.id, r.step, r.lists])).toEqual([
    [NOUN, 'noun', ['meeting-nouns']],
    [VERB, 'verb', ['meeting-verbs']],
    // "discussed <topic> with <person>": no word list, its kind is its params' (talks)
    ['meeting/discussed-with', 'verb', []],
    // "is sending a senior diplomat to X": a visit of the sender (the trigger runs to "to")
    ['meeting/sent-envoy', 'verb', ['meeting-delegation-nouns']],
    // "spent the weekend in X": a visit (its kind is its params'), the time expression inside the trigger
    ['meeting/stayed-in', 'verb', []],
  ]);
  expect(RULES.byId.get('meeting/discussed-with')?.pattern).toContain('(?<trigger>~discuss#Verb');
});

test('a meeting verb is a verb trigger, a meeting noun a noun trigger, each stamped with its record', () => {
  expect(triggers(['Ada:PER', 'met', 'Keld:PER', 'for', 'talks'], [1])).toEqual([
    [1, 2, 'meeting', true, VERB],
    [4, 5, 'talks', false, NOUN],
  ]);
});

test('the longest match at a word wins: "spoke by phone" is one call trigger, "met with" one verb', () => {
  expect(triggers(['Ada:PER', 'spoke', 'by', 'phone', 'with', 'Keld:PER'], [1])).toEqual([[1, 4, 'call', true, VERB]]);
  expect(triggers(['Ada:PER', 'met', 'with', 'Keld:PER'], [1])).toEqual([[1, 3, 'meeting', true, VERB]]);
  // "telephone call", not the noun "telephone" alone
  expect(triggers(['a', 'telephone', 'call', 'with', 'Keld:PER'])).toEqual([[1, 3, 'call', false, NOUN]]);
});

test("the same words as noun and verb: the verb where the word is tagged a verb (the noun record's unless), else the noun", () => {
  const words = ['Ada:PER', 'will', 'visit', 'Chile:CTY:CL'];
  expect(triggers(words, [2])).toEqual([[2, 3, 'visit', true, VERB]]);
  expect(triggers(words, [])).toEqual([[2, 3, 'visit', false, NOUN]]);
  // a verb-only phrase needs no tag: "visited" is the verb either way
  expect(triggers(['Ada:PER', 'visited', 'Chile:CTY:CL'], [])).toEqual([[1, 2, 'visit', true, VERB]]);
});

test('"visiting" before a title describes the visitor (the verb record\'s unless); elsewhere it is a visit', () => {
  expect(triggers(['Ada:PER', 'and', 'visiting', 'President:LEAD', 'Keld:PER', 'held', 'talks'], [2, 5])).toEqual([
    [6, 7, 'talks', false, NOUN],
  ]);
  expect(triggers(['the', 'visiting', 'President:LEAD', 'Keld:PER'], [1])).toEqual([]);
  expect(triggers(['Ada:PER', 'is', 'visiting', 'Chile:CTY:CL'], [2])).toEqual([[2, 3, 'visit', true, VERB]]);
  // "meeting" before a title is no visit: the exclusion is the visit verbs' only
  expect(triggers(['Ada:PER', 'is', 'meeting', 'President:LEAD', 'Keld:PER'], [2])).toEqual([[2, 3, 'meeting', true, VERB]]);
});

test('an entry of kind none names no meeting and claims its words', () => {
  expect(triggers(['Ada:PER', 'gave', 'a', 'press', 'conference'], [1])).toEqual([]);
  expect(triggers(['Ada:PER', 'called', 'for', 'talks', 'with', 'Keld:PER'], [1])).toEqual([[3, 4, 'talks', false, NOUN]]);
  // "called" (a verb of kind none) is no call
  expect(triggers(['Ada:PER', 'called', 'Keld:PER'], [1])).toEqual([]);
});

test('the attributes come from the word-list entry: a verb that needs an object, a countable plural', () => {
  const d = tagVerbs(discourse([['Ada:PER', 'welcomed', 'Keld:PER', 'after', 'two', 'summits']]), [1]);
  const ts = findTriggers(d, RULES, LEXICON);
  expect(ts.map((t) => [t.kind, t.needsObject ?? false, t.plural ?? false])).toEqual([
    ['meeting', true, false],
    ['summit', false, true],
  ]);
});

test('a capitalized summit noun mid-sentence is a trigger (@meeting-nouns[kind=summit]/i); other capitalized kinds are not', () => {
  const d = discourse([['the', 'Norway:CTY:NO', 'Peru:CTY:PE', 'Summits:Cap', 'and', 'the', 'Grand:Cap', 'Tour:Cap', 'Talks:Cap']]);
  const ts = findTriggers(d, RULES, LEXICON);
  expect(ts.map((t) => [t.first, t.kind, t.plural ?? false, t.rule])).toEqual([[3, 'summit', true, NOUN]]);
  expect(triggers(['a', 'Summit:Cap', 'Meeting:Cap', 'in', 'Oslo:PLC'])).toEqual([[1, 3, 'summit', false, NOUN]]);
  // a capitalized word is never a verb
  expect(triggers(['Ada:PER', 'Met:Cap', 'Keld:PER'], [1])).toEqual([]);
});

test('hyphenated entries match the items the tokenizer splits them into', () => {
  expect(triggers(['a', 'mini', 'summit', 'with', 'Keld:PER'])).toEqual([[1, 3, 'summit', false, NOUN]]);
  expect(triggers(['a', 'get', 'together', 'with', 'Keld:PER'])).toEqual([[1, 3, 'meeting', false, NOUN]]);
});

test('no meeting word, no trigger', () => {
  expect(triggers(['Ada:PER', 'praised', 'the', 'weather'], [1])).toEqual([]);
});

test('a record switched off still matches (its words are claimed) and what it finds is dropped', () => {
  const rules = withRules(RULES, { off: [VERB] });
  const off = meetingSteps(rules);
  const d = tagVerbs(discourse([['Ada:PER', 'held', 'talks', 'with', 'Keld:PER']], { rules }), [1]);
  const ts = findTriggers(d, rules, LEXICON);
  expect(ts.map((t) => t.rule)).toEqual([VERB]);
  expect(off.live(ts)).toEqual([]);
});

test('a record without a pattern finds nothing; an edited pattern finds its words, of the kind its params name', () => {
  const noPattern = patched(NOUN, { pattern: undefined, unless: undefined });
  expect(triggers(['Ada:PER', 'and', 'Keld:PER', 'held', 'talks'], [3], noPattern)).toEqual([]);
  const huddle = patched(NOUN, {
    pattern: '(?<trigger>huddle|@meeting-nouns)',
    params: { trigger: 'noun', kind: 'talks', partyWindow: 16 },
  });
  expect(triggers(['a', 'huddle', 'with', 'Keld:PER', 'and', 'a', 'summit'], [], huddle)).toEqual([
    [1, 2, 'talks', false, NOUN],
    [6, 7, 'summit', false, NOUN],
  ]);
});

test('a record added by a user runs its own pattern and stamps its own id; a longer bundled match still wins', () => {
  const rules = patched('user/broke-bread-with', {
    id: 'user/broke-bread-with',
    file: 'user.rules.json',
    pattern: '(?<trigger>~break#Verb bread with)',
    unless: undefined,
    priority: 0,
    params: { trigger: 'verb', kind: 'meeting', partyWindow: 16 },
  });
  const d = tagVerbs(discourse([['Ada:PER', 'broke', 'bread', 'with', 'Keld:PER']], { rules }), [1]);
  (d.tokens[1]!.tags as Set<string>).add('PastTense');
  expect(findTriggers(d, rules, LEXICON).map((t) => [t.first, t.last, t.kind, t.verb, t.rule])).toEqual([
    [1, 4, 'meeting', true, 'user/broke-bread-with'],
  ]);
  expect(meetingSteps(rules).live(findTriggers(d, rules, LEXICON))).toHaveLength(1);
  // the bundled records' matches are unchanged beside it
  expect(triggers(['Ada:PER', 'spoke', 'by', 'phone', 'with', 'Keld:PER'], [1], rules)).toEqual([[1, 4, 'call', true, VERB]]);
});

test('a user record of kind none claims words a bundled record would take', () => {
  const rules = patched('user/meeting-room', {
    id: 'user/meeting-room',
    file: 'user.rules.json',
    pattern: '(?<trigger>meeting room)',
    unless: undefined,
    priority: 0,
    params: { trigger: 'noun', kind: 'none', partyWindow: 16 },
  });
  expect(triggers(['the', 'meeting', 'room', 'with', 'Keld:PER'], [], rules)).toEqual([]);
  expect(triggers(['the', 'meeting', 'with', 'Keld:PER'], [], rules)).toEqual([[1, 2, 'meeting', false, NOUN]]);
});
