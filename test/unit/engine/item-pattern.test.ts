/** The relation pattern language: item classes, macros, @lexicons and the repetition limits. */
import {
  annotatedSource,
  annotatedSymbol,
  compilePattern,
  expandMacros,
  itemPatternProblem,
  lexiconTexts,
  matchItems,
  matchItemsAt,
  matchSentence,
  matchSentenceAt,
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

/** An annotated sentence from `word/lemma/Tag,Tag`, `Cap/lemma/Tag/form` or item symbols (PER, LEAD, ,). */
function sentence(spec: string): { text: string; itemAt: Int32Array; annotated: () => { text: string; itemAt: Int32Array } } {
  const plain: string[] = [];
  const rich: string[] = [];
  for (const w of spec.split(' ')) {
    const [sym, lemma, tags, form] = w.split('/') as [string, string | undefined, string | undefined, string | undefined];
    plain.push(sym);
    rich.push(lemma === undefined ? sym : annotatedSymbol(sym, lemma, (tags ?? '').split(',').filter(Boolean), form));
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
  expect(expandMacros('@x', {}, 'f', new Map([['x', ['c#d']]]))).toBe('(?:c\\#d)');
  expect(usesAnnotations(expandMacros('@x', {}, 'f', new Map([['x', ['c#d', 'a~x']]])))).toBe(false);
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

// ---- matching at one item, @list/i, entries as the tokenizer splits them (the meeting triggers) ----

const at = (p: ReturnType<typeof compilePattern>, s: ReturnType<typeof sentence>, k: number): unknown => {
  const m = matchSentenceAt(p, s, k);
  return m && [m.first, m.last, Object.fromEntries(m.groups)];
};

test('matchSentenceAt: the match that starts at one item, also where a scan for all matches skips it', () => {
  const lexs = new Map([['v', ['spoke by phone', 'by phone', 'spoke']]]);
  const p = compilePattern(rule('(?<trigger>@v)'), {}, lexs);
  const s = sentence('PER spoke by phone with PER');
  // the scan for all matches goes on after "spoke by phone": "by phone" at item 2 is no match of it
  expect(matchSentence(p, s).map((m) => [m.first, m.last])).toEqual([[1, 4]]);
  expect(at(p, s, 1)).toEqual([1, 4, { trigger: [1, 4] }]);
  expect(at(p, s, 2)).toEqual([2, 4, { trigger: [2, 4] }]);
  expect(at(p, s, 0)).toBeUndefined();
  expect(at(p, s, 3)).toBeUndefined();
  expect(at(p, s, 6)).toBeUndefined();
  expect(at(p, s, -1)).toBeUndefined();
  // the plain and the annotated string give the same items
  const q = compilePattern(rule('(?<trigger>#Verb by phone)'), {}, lexs);
  const t = sentence('PER spoke/speak/PastTense,Verb by/by/Preposition phone/phone/Noun with/with/Preposition PER');
  expect(at(q, t, 1)).toEqual([1, 4, { trigger: [1, 4] }]);
  expect(at(q, t, 2)).toBeUndefined();
  expect(matchItemsAt(p, t.text, t.itemAt, 1)).toMatchObject({ first: 1, last: 4 });
});

test('matchSentenceAt: an unless at the same item vetoes a match when the slots they share cover the same items', () => {
  const lexs = new Map([
    ['n', ['visit', 'state visit']],
    ['v', ['visit', 'state']],
  ]);
  const p = compilePattern(rule('(?<trigger>@n)', '(?<trigger>(?=#Verb)@v)'), {}, lexs);
  expect(p.annotated).toBe(true);
  expect(at(p, sentence('PER will/will/Modal visit/visit/Infinitive,Verb CTY'), 2)).toBeUndefined();
  expect(at(p, sentence('the/the/Determiner visit/visit/Noun of/of/Preposition PER'), 1)).toEqual([1, 2, { trigger: [1, 2] }]);
  // the unless matches at the same item, but its slot is shorter: no veto
  expect(at(p, sentence('a/a/Determiner state/state/Verb visit/visit/Noun'), 1)).toEqual([1, 3, { trigger: [1, 3] }]);
  // an unless with no slot in common vetoes whatever it matches at that item
  const q = compilePattern(rule('(?:the )?(?<trigger>@n)', 'the'), {}, lexs);
  const s = sentence('the visit and the state visit');
  expect(at(q, s, 0)).toBeUndefined();
  expect(at(q, s, 1)).toEqual([1, 2, { trigger: [1, 2] }]);
  expect(at(q, s, 4)).toEqual([4, 6, { trigger: [4, 6] }]);
  // the scan for all matches keeps its own unless semantics (any overlapping veto)
  expect(matchSentence(q, s)).toEqual([]);
});

test('@list/i: every word of an entry lower-case or capitalized (a Cap item, by its lower-case form)', () => {
  const lexs = new Map([['n', ['summit', 'summit talks', 'summits']]]);
  const p = compilePattern(rule('(?<trigger>@n/i)'), {}, lexs);
  expect(p.annotated).toBe(true);
  const s = sentence(
    'the/the/Determiner Cap/summit/Noun/summit Cap/talk/Plural/talks and/and/Conjunction summits/summit/Plural Cap/lund//lund',
  );
  expect(matchSentence(p, s).map((m) => [m.first, m.last])).toEqual([
    [1, 3],
    [4, 5],
  ]);
  // without /i only the lower-case words: a Cap item hides its form
  expect(matchSentence(compilePattern(rule('(?<trigger>@n)'), {}, lexs), s).map((m) => [m.first, m.last])).toEqual([[4, 5]]);
  expect(usesAnnotations('(?<trigger>@n/i)')).toBe(true);
  expect(usesAnnotations('(?<trigger>@n[kind=x]/i) PER')).toBe(true);
  expect(usesAnnotations('(?<trigger>@n) and/or PER')).toBe(false);
  expect(patternSymbols('(?<trigger>@n[kind=summit]/i) PER', {})).toEqual([
    { kind: 'lexicon', name: 'n[kind=summit]' },
    { kind: 'class', name: 'PER' },
  ]);
  expect(annotatedSymbol('Cap', 'summit', ['Plural', 'Noun'], 'summits')).toBe('Cap\u001esummit\u001fNoun\u001fPlural\u001f\u001dsummits');
  expect(itemPatternProblem('(?<trigger>@n/i) PER', {}, lexs)).toBeNull();
});

test('@list entries are written as the tokenizer splits and normalizes them ("get-together" is two items)', () => {
  const lexs = new Map([['n', ['Get-Together', 'mini–summit', "leaders' summit"]]]);
  expect(expandMacros('@n', {}, 'f', lexs)).toBe('(?:leaders summit|get together|mini summit)');
  const p = compilePattern(rule('(?<trigger>@n)'), {}, lexs);
  expect(matchSentence(p, sentence('a get together and a mini summit')).map((m) => [m.first, m.last])).toEqual([
    [1, 3],
    [5, 7],
  ]);
});
