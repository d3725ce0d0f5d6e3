import { configureNlp, parse } from '../../../src/locales/en/nlp.js';
import { needsFullTags, POST_TAGGER_TAGS } from '../../../src/locales/en/focus.js';

// invented prose that exercises many of compromise's post-tagger rules: names, titles, dates,
// numbers, contractions, hyphens, comma-split pieces, auxiliaries, phrasal verbs, possessives
const TEXTS = [
  'President Ada Morrow met Prime Minister Tobias Quill in Veldmark on Tuesday, March 4, 2025.',
  "They'll sign the accord next week, said Dr. Lena Hart, who didn't attend the talks.",
  'The well-known minister had already been briefed; the council will vote on 12 May.',
  'Shares of Ostrava Holdings rose 3.5 percent after the company said it would cut 1,200 jobs.',
  "Morrow's aides, however, played down the meeting and said the two leaders would meet again in June.",
  'A hundred protesters gathered outside the embassy, chanting and waving flags, until police moved in.',
  'He has been running the agency since 2019 and is expected to step down by the end of the year.',
  "Officials at the Ministry of Foreign Affairs couldn't confirm whether the summit, planned for autumn, would go ahead.",
  'The striking workers walked out at noon; talks were set up for Friday morning in the capital.',
  'IT MAY BE LATE. Senator Ruth Abara (D-Ore.) told reporters she was "very concerned" about it.',
];

function tags(doc: { document: { text: string; tags: Set<string> }[][] }): string[][] {
  return doc.document.map((s) => s.map((t) => `${t.text}/${[...t.tags].sort().join(',')}`));
}

function compromiseTags(text: string): string[][] {
  return tags(configureNlp()(text) as unknown as Parameters<typeof tags>[0]);
}

test("parse() gives every term the same tags as compromise's own full parse", () => {
  // ours first, on a fresh world (its net is built before compromise's own), then compromise's, then ours again
  const ours = TEXTS.map((t) => tags(parse(t) as unknown as Parameters<typeof tags>[0]));
  const theirs = TEXTS.map(compromiseTags);
  expect(ours).toEqual(theirs);
  const again = TEXTS.map((t) => tags(parse(t) as unknown as Parameters<typeof tags>[0]));
  expect(again).toEqual(theirs);
});

test('one document of many sentences is tagged like compromise tags it', () => {
  const text = TEXTS.join(' ');
  expect(tags(parse(text) as unknown as Parameters<typeof tags>[0])).toEqual(compromiseTags(text));
});

test('pieces left out keep the pre-tagger tags; the others get the full tags', () => {
  const text = 'the talks dragged on, and nobody expected much. Ada Morrow arrived in Veldmark on Tuesday.';
  const full = tags(parse(text) as unknown as Parameters<typeof tags>[0]);
  const nlp = configureNlp();
  const world = nlp.world() as unknown as { hooks: string[] };
  const hooks = world.hooks;
  world.hooks = hooks.filter((h) => h !== 'postTagger' && h !== 'chunks');
  const pre = tags(nlp(text) as unknown as Parameters<typeof tags>[0]);
  world.hooks = hooks;
  const focused = parse(text, needsFullTags);
  expect(tags(focused as unknown as Parameters<typeof tags>[0])).toEqual([pre[0], full[1]]);
});

test('a piece needs the full tags if it holds a capitalized word after the first, a digit or a name or date tag', () => {
  const term = (text: string, pos: number, ...t: string[]) => ({ text, index: [0, pos] as const, tags: new Set(t) });
  expect(needsFullTags([term('They', 0), term('left', 1)])).toBe(false);
  expect(needsFullTags([term('They', 0), term('met', 1), term('Quill', 2)])).toBe(true);
  expect(needsFullTags([term('in', 0), term('2019', 1)])).toBe(true);
  expect(needsFullTags([term('yesterday', 3, 'Date')])).toBe(true);
  expect(needsFullTags([term('Morrow', 0, 'ProperNoun')])).toBe(true);
});

test("with a tag set, only the post-tagger's rules that set one of those tags run", () => {
  const text = 'President Ada Morrow met Tobias Quill on Tuesday, March 4, 2025, and the council will vote on 12 May.';
  const nlp = configureNlp();
  const world = nlp.world() as unknown as { hooks: string[] };
  const hooks = world.hooks;
  world.hooks = hooks.filter((h) => h !== 'postTagger' && h !== 'chunks');
  const pre = tags(nlp(text) as unknown as Parameters<typeof tags>[0]).flat();
  world.hooks = hooks;
  const full = tags(parse(text) as unknown as Parameters<typeof tags>[0]).flat();
  const named = tags(parse(text, undefined, POST_TAGGER_TAGS) as unknown as Parameters<typeof tags>[0]).flat();
  const at = (list: string[], word: string) => list.find((t) => t.startsWith(`${word}/`));
  // name and date rules: the same tags as the full post-tagger gives
  for (const word of ['President', 'Morrow', 'Quill', 'March', '4', '12', 'May']) {
    expect(at(named, word)).toEqual(at(full, word));
    expect(at(named, word)).not.toEqual(at(pre, word));
  }
  // a part-of-speech rule (will → Auxiliary) does not run: the pre-tagger's tags stay
  expect(at(full, 'will')).toContain('Auxiliary');
  expect(at(named, 'will')).toEqual(at(pre, 'will'));
});
