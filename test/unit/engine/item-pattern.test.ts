/** The relation pattern language: item classes, macros, @lexicons and the repetition limits. */
import {
  annotatedSource,
  annotatedSymbol,
  compilePattern,
  expandMacros,
  itemPatternProblem,
  lexiconTexts,
  matchItems,
  matchSentence,
  patternSymbols,
  POS_TAGS,
  usesAnnotations,
} from '../../../src/engine/item-pattern.js';
import type { Rule } from '../../../src/engine/load.js';

const lex = new Map([['signing-verbs', ['signed', 'initialled', 'concluded agreement']]]);

test('@lexicon expands to the list as an alternation, longest entry first', () => {
  expect(expandMacros('(?<a>PER) @signing-verbs', {}, 'f', lex)).toBe('(?<a>PER) (?:concluded agreement|initialled|signed)');
  expect(() => expandMacros('@nope', {}, 'f', lex)).toThrow(/unknown lexicon @nope/);
  expect(expandMacros('$X PER', { X: 'CTY|DEM' }, 'f')).toBe('(?:CTY|DEM) PER');
  expect(() => expandMacros('$Y', {}, 'f')).toThrow(/unknown macro \$Y/);
});

test('the symbols a pattern names: macros, lexicons, item classes (not escapes, groups or classes)', () => {
  const syms = patternSymbols('(?<person>$NAME) , (?:\\S+ ){0,2}@signing-verbs [A-Z]x (?<org>ORGs)', { NAME: 'PER|PERs' });
  expect(syms).toEqual([
    { kind: 'macro', name: 'NAME' },
    { kind: 'lexicon', name: 'signing-verbs' },
    { kind: 'class', name: 'PER' },
    { kind: 'class', name: 'PERs' },
    { kind: 'class', name: 'ORGs' },
  ]);
});

test('unbounded repetition of a wildcard is refused; closed lists and bounded wildcards are fine', () => {
  expect(itemPatternProblem('PER .* CTY', {}, lex)).toMatch(/unbounded repetition of a wildcard/);
  expect(itemPatternProblem('PER [^,]* CTY', {}, lex)).toMatch(/unbounded/);
  expect(itemPatternProblem('PER (?:\\S+ ){0,6}CTY', {}, lex)).toBeNull();
  expect(itemPatternProblem('(?:(?:then|former) )*PER', {}, lex)).toBeNull();
  expect(itemPatternProblem('(?:[a-z_]+ ){0,3}PER', {}, lex)).toBeNull();
  expect(itemPatternProblem('(?:(?:a|b)+ )+PER', {}, lex)).toMatch(/nested repetition/);
  expect(itemPatternProblem('(?<x>PER', {}, lex)).toMatch(/invalid pattern/);
});

// ---- #Tag and ~lemma (issue 14): tests on word items, run on the annotated item string ----

/** An annotated sentence from `word/lemma/Tag,Tag` or item symbols (PER, LEAD, ,). */
function sentence(spec: string): { text: string; itemAt: Int32Array; annotated: () => { text: string; itemAt: Int32Array } } {
  const plain: string[] = [];
  const rich: string[] = [];
  for (const w of spec.split(' ')) {
    const [sym, lemma, tags] = w.split('/') as [string, string | undefined, string | undefined];
    plain.push(sym);
    rich.push(lemma === undefined ? sym : annotatedSymbol(sym, lemma, (tags ?? '').split(',').filter(Boolean)));
  }
  const enc = (parts: string[]) => {
    const at: number[] = [];
    parts.forEach((p, k) => {
      if (k > 0) at.push(k);
      for (let c = 0; c < p.length; c++) at.push(k);
    });
    return { text: parts.join(' '), itemAt: Int32Array.from(at) };
  };
  const a = enc(rich);
  return { ...enc(plain), annotated: () => a };
}

const rule = (pattern: string, unless?: string): Rule =>
  ({ id: 'test/p', file: 't.rules.json', pattern, ...(unless ? { unless } : {}) }) as unknown as Rule;

function matches(pattern: string, spec: string, unless?: string): string[] {
  const s = sentence(spec);
  const words = s.text.split(' ');
  return matchSentence(compilePattern(rule(pattern, unless), {}), s).map((m) => words.slice(m.first, m.last).join(' '));
}

const MET = 'PER met/meet/PastTense,Verb PER in/in/Preposition PLC';

test('#Tag matches a word item carrying the tag, ~lemma a word item with that lemma', () => {
  expect(matches('PER #Verb PER', MET)).toEqual(['PER met PER']);
  expect(matches('PER #PastTense PER', MET)).toEqual(['PER met PER']);
  expect(matches('PER ~meet PER', MET)).toEqual(['PER met PER']);
  expect(matches('PER ~meet#PastTense PER #Preposition PLC', MET)).toEqual(['PER met PER in PLC']);
  expect(matches('PER #Noun PER', MET)).toEqual([]);
  expect(matches('PER ~hold PER', MET)).toEqual([]);
  expect(matches('PER ~meet#PresentTense PER', MET)).toEqual([]);
  // an item class carries no word annotation: #Tag never matches an entity
  expect(matches('#Verb met', MET)).toEqual([]);
});

test('~meet matches met, meets, meeting (the verb) and meet; a literal still matches only its word', () => {
  for (const w of ['met/meet/PastTense,Verb', 'meets/meet/PresentTense,Verb', 'meeting/meet/Gerund,Verb', 'meet/meet/Infinitive,Verb'])
    expect(matches('PER ~meet PER', `PER ${w} PER`)).toHaveLength(1);
  expect(matches('PER met PER', MET)).toEqual(['PER met PER']);
  expect(matches('PER meet PER', MET)).toEqual([]);
  expect(matches('PER me PER', MET)).toEqual([]);
  expect(matches('PER (?:met|saw) PER in PLC', MET)).toEqual(['PER met PER in PLC']);
  expect(matches('PER [a-z]+ PER (?:\\S+ ){0,2}PLC', MET)).toEqual(['PER met PER in PLC']);
  expect(matches('PER met PER in$', 'PER met/meet/PastTense,Verb PER in/in/Preposition')).toEqual(['PER met PER in']);
});

test('tags and lemmas combine with optional and repeated items, slots and unless', () => {
  const s = 'LEAD PER has/have/Auxiliary,Verb met/meet/PastTense,Verb the/the/Determiner new/new/Adjective LEAD PER';
  expect(matches('(?<a>PER) (?:#Auxiliary )?~meet (?:the )?(?:#Adjective ){0,2}LEAD (?<b>PER)', s)).toEqual([
    'PER has met the new LEAD PER',
  ]);
  expect(matches('(?<a>PER) (?:#Auxiliary )?~meet (?:the )?(?:#Adjective ){0,2}LEAD (?<b>PER)', s, '#Adjective')).toEqual([]);
  const p = compilePattern(rule('(?<a>PER) #Auxiliary (?<v>~meet)'), {});
  const sent = sentence(s);
  const [m] = matchSentence(p, sent);
  expect([m!.groups.get('a'), m!.groups.get('v')]).toEqual([
    [1, 2],
    [3, 4],
  ]);
  // the same item ranges as on the plain string
  expect(matchItems(compilePattern(rule('(?<a>PER) has (?<v>met)'), {}), sent.text, sent.itemAt)[0]!.groups.get('v')).toEqual([3, 4]);
});

test('a pattern without #Tag/~lemma runs on the plain string; one with them is rewritten', () => {
  expect(usesAnnotations('PER (?:met|saw) [#~] \\#x PER')).toBe(false);
  expect(usesAnnotations('PER #Verb PER')).toBe(true);
  expect(usesAnnotations('PER ~meet PER')).toBe(true);
  expect(compilePattern(rule('PER met PER'), {}).annotated).toBeUndefined();
  expect(compilePattern(rule('PER met PER', 'PER #Verb'), {}).annotated).toBe(true);
  expect(annotatedSource('#Verb')).toBe('(?:(?=[^ ]*\\u001fVerb\\u001f)[^ \\u001e]+)');
  expect(annotatedSource('~meet')).toBe('(?:(?=[^ \\u001e]*\\u001emeet\\u001f)[^ \\u001e]+)');
});

test('a lexicon entry with # or ~ stays a literal', () => {
  expect(expandMacros('@x', {}, 'f', new Map([['x', ['c#']]]))).toBe('(?:c\\#)');
  expect(usesAnnotations(expandMacros('@x', {}, 'f', new Map([['x', ['c#', '~x']]])))).toBe(false);
});

test('the symbols of a pattern include its tags and lemmas', () => {
  expect(patternSymbols('(?<a>PER) ~meet#Verb $X', { X: '#Preposition CTY' })).toEqual([
    { kind: 'macro', name: 'X' },
    { kind: 'class', name: 'PER' },
    { kind: 'class', name: 'CTY' },
    { kind: 'tag', name: 'Verb' },
    { kind: 'lemma', name: 'meet' },
    { kind: 'tag', name: 'Preposition' },
  ]);
  expect(POS_TAGS).toEqual(expect.arrayContaining(['Verb', 'PastTense', 'Noun', 'Adjective', 'Preposition']));
});

test('tag and lemma patterns pass the safety checks like literals', () => {
  expect(itemPatternProblem('(?<a>PER) (?:#Adverb ){0,2}~meet (?<b>PER)', {}, lex)).toBeNull();
  expect(itemPatternProblem('(?:(?:#Adjective )+)+PER', {}, lex)).toMatch(/nested repetition|backtrack/);
});

test('@id[attribute=value] names the entries of a word list with that attribute value', () => {
  const files = new Map([
    [
      'cues',
      {
        id: 'cues',
        description: 'test',
        entries: [
          { text: 'called off', status: 'cancelled' },
          { text: 'planned', status: 'planned' },
          { text: 'scrapped', status: 'cancelled' },
        ],
      },
    ],
  ]);
  const texts = lexiconTexts(files as unknown as Parameters<typeof lexiconTexts>[0]);
  expect(texts.get('cues')).toEqual(['called off', 'planned', 'scrapped']);
  expect(texts.get('cues[status=cancelled]')).toEqual(['called off', 'scrapped']);
  expect(expandMacros('(?<cue>@cues[status=cancelled])', {}, 'f', texts)).toBe('(?<cue>(?:called off|scrapped))');
  expect(() => expandMacros('@cues[status=gone]', {}, 'f', texts)).toThrow(/unknown lexicon @cues\[status=gone\]/);
  expect(patternSymbols('(?<cue>@cues[status=cancelled]) PER', {})).toEqual([
    { kind: 'lexicon', name: 'cues[status=cancelled]' },
    { kind: 'class', name: 'PER' },
  ]);
});
