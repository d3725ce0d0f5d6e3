import { activeOnly, outcomeOn, outcomeRecord } from '../engine/rule-ref.js';
import type { Context } from '../context.js';
import type { Tokenized, Token } from '../tokenize/index.js';
import { isCapitalized } from '../tokenize/norm.js';
import { findChunks, type Chunk } from './chunks.js';
import { entryOf, hasKind, labelOf, list, notNameAt, personEvidence, personMention, type DocView, type PatternStep } from './classify.js';
import { entityItems, slotHits, type SlotHits } from './items.js';
import {
  acronymAfter,
  appositionOrg,
  bareInstitution,
  afterShareNoun,
  beforeOfficerTitle,
  countriesOutsideOrgs,
  findOrganizations,
  lexiconOrg,
  listingAt,
  orgMention,
} from './organization.js';
import { scanLexicon, type LexHit } from './scan.js';
import type { EntMention, TitleHit } from './types.js';
import { slugify } from './types.js';
import { resolveBareNames, type BareName } from './bare-names.js';
import { mergeSecondNames } from './also-known-as.js';
import { sportsTeams, teamParams } from './teams.js';
import { coordinatedTeams, rankedResultTeams, teamNicknames } from './team-names.js';
import { companyShortNames } from './company-short-names.js';
import { initialNames } from './initials.js';
import { playerLists, scorecardNames } from './scorecard-names.js';
import { allCapsNames } from './caps-names.js';
import { paramReader, stamper, type SingleRecordExtractor } from './outcomes.js';

export type { EntMention, TitleHit } from './types.js';

export interface WithEntities extends Tokenized {
  readonly hits: readonly LexHit[];
  readonly hitAt: ReadonlyMap<number, LexHit>;
  readonly titles: readonly TitleHit[];
  readonly entities: readonly EntMention[];
}

const PLACE_TAGS = ['Place', 'City', 'Region', 'Country'];

/** Title Case sentences ("Leader Shows Fears Of Isolation"): capitalized verbs and function words inside. */
function headlineSentences(tokens: readonly Token[], minWords: number): Set<number> {
  const counts = new Map<number, number>();
  for (const t of tokens) {
    if (t.pos === 0 || !isCapitalized(t.text) || t.tags.has('ProperNoun')) continue;
    if (['Verb', 'Preposition', 'Conjunction', 'Determiner', 'Adverb', 'Adjective'].some((x) => t.tags.has(x)))
      counts.set(t.sent, (counts.get(t.sent) ?? 0) + 1);
  }
  const out = new Set<number>();
  for (const [s, n] of counts) if (n >= minWords) out.add(s);
  return out;
}

/**
 * "Fisheries Minister", "Home Secretary": up to `portfolioWords` capitalized words right before a bare
 * office word (lexicon portfolio-offices) name its portfolio and start the title; a word of a name, a
 * country, a demonym, a place, a date or a not-name is never one ("Norwegian Fisheries Minister").
 */
function portfolioStart(v: DocView, h: LexHit): number {
  const t = v.tokens;
  if (h.last - h.first !== 1 || !list(v, 'portfolio-offices').has(t[h.first]!.norm) || !isCapitalized(t[h.first]!.text)) return h.first;
  const most = v.param('chunks', 'title-name', 'portfolioWords');
  let k = h.first;
  while (k > 0 && h.first - k < most) {
    const p = t[k - 1]!;
    if (p.sent !== t[h.first]!.sent || !/^\s+$/.test(p.post) || !isCapitalized(p.text) || /\d/.test(p.text)) break;
    // a sentence's first word is capitalized anyway: only a noun there ("Fisheries Minister Ada Lund said")
    if (p.pos === 0 && (!p.tags.has('Noun') || p.tags.has('Pronoun'))) break;
    if (v.hitAt.has(k - 1) || list(v, 'not-names').has(p.norm) || ['Person', 'Date', 'Possessive'].some((x) => p.tags.has(x))) break;
    if (/[’']s$/u.test(p.text)) break;
    k--;
  }
  return k;
}

function titleHits(v: DocView, hits: readonly LexHit[]): TitleHit[] {
  const out: TitleHit[] = [];
  for (const found of hits) {
    const e = entryOf(found, 'leader-title', 'role-title', 'honorific');
    if (!e) continue;
    const h = e.kind === 'role-title' ? { ...found, first: portfolioStart(v, found) } : found;
    const kind = e.kind as TitleHit['kind'];
    const text = labelOf(v, h.first, h.last);
    const current = e.data.current === false ? { current: false } : {};
    const job = e.source === 'job-titles' ? { job: true } : {};
    const relational = e.data.relational === true ? { relational: true } : {};
    out.push({
      first: h.first,
      last: h.last,
      kind,
      value: (h.first === found.first ? e.value : undefined) ?? properTitle(text, list(v, 'function-words')),
      ...current,
      ...job,
      ...relational,
    });
  }
  return out;
}

/** A title in proper case: "secretary of state" → "Secretary of State" (short function words stay lower-case, other letters as written). */
function properTitle(s: string, functionWords: ReadonlySet<string>): string {
  return s
    .split(/(\s+)/)
    .map((w, i) => {
      const lower = w.toLowerCase();
      if (i > 0 && lower.length <= 3 && functionWords.has(lower)) return lower;
      return w.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
    })
    .join('');
}

/** Is a capital used for its government ("Washington informed", "Pyongyang's program")? */
function governmental(v: DocView, hit: LexHit): boolean {
  const last = v.tokens[hit.last - 1]!;
  const prev = v.tokens[hit.first - 1];
  if (prev && prev.sent === last.sent && (list(v, 'locative-prepositions').has(prev.norm) || /^(capital|city)$/.test(prev.norm)))
    return false;
  // "talks with Tokyo", "between Washington and Pyongyang": a party, so a government
  if (prev && prev.sent === last.sent && /^(with|between)$/.test(prev.norm)) return true;
  if (/[’']s$/u.test(last.text)) return true;
  const next = v.tokens[hit.last];
  if (!next || next.sent !== last.sent || /[,;:]/.test(last.post)) return false;
  // "the Oslo-based carrier" (cleaned to "Oslo based"): the first part of a compound adjective before a noun is the place
  const after = v.tokens[hit.last + 1];
  if (
    list(v, 'hyphen-compound-heads').has(next.norm) &&
    after?.sent === next.sent &&
    (after.tags.has('Noun') || after.tags.has('Adjective')) &&
    !['Determiner', 'Pronoun', 'Possessive'].some((x) => after.tags.has(x))
  )
    return false;
  return next.tags.has('Verb') && !next.tags.has('Copula') && !next.tags.has('Gerund') && !next.tags.has('Participle');
}

function countryMention(v: DocView, h: LexHit, iso: string, rule: string, government = false): EntMention {
  return {
    type: 'country',
    first: h.first,
    last: h.last,
    id: `country:${iso}`,
    label: v.lexicon.countryName.get(iso) ?? labelOf(v, h.first, h.last),
    rule,
    iso,
    ...(government ? { government } : {}),
  };
}

function placeMention(v: DocView, first: number, last: number, rule: string, country?: string): EntMention {
  const label = labelOf(v, first, last).replace(/^the\s+/i, '');
  return { type: 'place', first, last, id: `place:${slugify(label)}`, label, rule, ...(country ? { country } : {}) };
}

/** Mentions for a lexicon hit of a proper name (country, demonym, capital, place, organization). */
function lexiconMentions(v: DocView, h: LexHit): EntMention[] {
  const head = v.tokens[h.first]!;
  const prev = v.tokens[h.first - 1];
  const country = entryOf(h, 'country');
  if (country?.iso) {
    // "Atlanta, Georgia": a country name that is also a region's (lexicon/region-homonyms.json) after "<Place>," is that region;
    // after a country or a demonym ("Norway, Peru sign accord") it is a country of a list
    if (
      prev &&
      prev.sent === head.sent &&
      /,\s*$/.test(prev.post) &&
      list(v, 'region-homonyms').has(head.norm) &&
      isCapitalized(prev.text) &&
      !hasKind(v.hitAt.get(h.first - 1), 'country', 'demonym')
    ) {
      return [placeMention(v, h.first, h.last, v.stamp('lexicon', 'region-after-city'))];
    }
    return [countryMention(v, h, country.iso, v.stamp('lexicon', country.source === 'historical-states' ? 'historical-state' : 'country'))];
  }
  const capital = entryOf(h, 'capital');
  if (capital?.iso) {
    if (governmental(v, h)) return [countryMention(v, h, capital.iso, v.stamp('capital-government'), true)];
    return [placeMention(v, h.first, h.last, v.stamp('lexicon', 'capital'), capital.iso)];
  }
  const demonym = entryOf(h, 'demonym');
  if (demonym?.iso) return [countryMention(v, h, demonym.iso, v.stamp('lexicon', 'demonym'))];
  const place = entryOf(h, 'place');
  if (place) return [placeMention(v, h.first, h.last, v.stamp('lexicon', 'place'))];
  const org = entryOf(h, 'organization');
  if (org) {
    const m = lexiconOrg(v, h.first, h.last, org.value);
    const of = v.tokens[h.last]?.norm === 'of' ? v.hitAt.get(h.last + 1) : undefined;
    const iso = org.iso ?? (of && entryOf(of, 'country')?.iso);
    return [iso ? { ...m, country: iso } : m];
  }
  return [];
}

interface ChunkResult {
  readonly mentions: EntMention[];
  readonly bare: BareName[];
}

/** Titles right before a run: in the chunk, or lower-case just before it ("revolutionary leader Ada Lund"). */
function titlesBefore(v: DocView, titles: readonly TitleHit[], first: number): string[] {
  const out: string[] = [];
  let at = first;
  for (;;) {
    const t = titles.find((x) => x.last === at);
    if (!t || /[,;:]/.test(v.tokens[t.last - 1]!.post)) break;
    // "counterpart" finds the name but is a relation to someone else, not the person's title
    if (t.kind !== 'honorific' && t.relational !== true) out.unshift(t.value);
    at = t.first;
    // skip a demonym or country between titles: "US Secretary of State"
  }
  return out;
}

/** Every word of the run tagged a place (and none a person's) by the tagger. */
function knownPlaceRun(v: DocView, run: Chunk): boolean {
  const toks = v.tokens.slice(run.first, run.last);
  return toks.every((x) => PLACE_TAGS.some((p) => x.tags.has(p))) && !toks.some((x) => x.tags.has('Person'));
}

/** "Security Affairs Ada Lund": a name after generic capitalized words is classified on its own. */
function nameSuffix(v: DocView, run: Chunk): Chunk {
  // "New York", "South Varnholm": a run the tagger takes for one place keeps its generic words
  if (knownPlaceRun(v, run)) return run;
  let first = run.first;
  for (let i = run.first; i < run.last; i++) if (notNameAt(v, i)) first = i + 1;
  return first > run.first && first < run.last ? { first, last: run.last } : run;
}

/** "VARNA 2024-03-06", "KOLVAR, Norway 2024-03-06": upper-case words opening a sentence before a date (or ", <Country or region> <date>"). */
function isDateline(v: DocView, run: Chunk): boolean {
  const toks = v.tokens.slice(run.first, run.last);
  if (toks[0]!.pos !== 0 || !toks.every((x) => /^[\p{Lu}][\p{Lu}\-'.]+$/u.test(x.text))) return false;
  const last = toks[toks.length - 1]!;
  const after = v.tokens[run.last];
  if (!after || after.sent !== last.sent) return false;
  if (after.tags.has('Date') && /^\s*$/.test(last.post)) return true;
  if (!/,\s*$/.test(last.post)) return false;
  // ", Norway 2024-03-06", ", Mich. 1996-08-30": a country or region of up to three capitalized words, then the date
  let k = after.i;
  const regionWords = v.param('chunks', 'dateline', 'datelineRegionWords');
  while (k < after.i + regionWords && v.tokens[k] && /^\p{Lu}/u.test(v.tokens[k]!.text) && !v.tokens[k]!.tags.has('Date')) k++;
  return k > after.i && v.tokens[k]?.tags.has('Date') === true;
}

/**
 * "Varnholm Capital": a name of two or more words ending in a capitalized firm head (lexicon firm-heads, also a place
 * head) names a firm, where no word of it names a place, country or people and it is no headline's Title Case.
 */
function firmName(v: DocView, run: Chunk): boolean {
  const last = v.tokens[run.last - 1]!;
  if (run.last - run.first < 2 || !isCapitalized(last.text) || !list(v, 'firm-heads').has(last.norm)) return false;
  if (v.headlineSentences.has(last.sent)) return false;
  for (let i = run.first; i < run.last - 1; i++) if (hasKind(v.hitAt.get(i), 'country', 'demonym', 'capital', 'place')) return false;
  return true;
}

/**
 * A name a business report shows to be a company's: after "shares of" / "a stake in" (organization/business-object),
 * before "shares" or "said its" (organization/business-subject), or before a company officer's title
 * ("Kestow's chief executive", organization/before-officer-title). Not after a title, nor a full name with a first name.
 */
function businessCue(v: DocView, run: Chunk, titled: boolean): string | null {
  if (titled || (run.last - run.first >= 2 && v.tokens[run.first]!.tags.has('FirstName'))) return null;
  // "the Milan stock market": a known place's name stays the place's
  if (v.tokens.slice(run.first, run.last).every((x) => PLACE_TAGS.some((p) => x.tags.has(p)))) return null;
  if (afterShareNoun(v, run.first)) return v.stamp('chunks', 'org-business-object');
  if (v.slots('org-business-subject').last.has(run.last - 1)) return v.stamp('chunks', 'org-business-subject');
  if (beforeOfficerTitle(v, run.last)) return v.stamp('chunks', 'org-before-officer-title');
  return null;
}

/** "Kestow Mills (NYSE: KSM)": the exchange's code is an organization, the ticker nothing, the name before them a company. */
function listing(v: DocView, run: Chunk, out: ChunkResult): boolean {
  if (run.last - run.first === 1 && listingAt(v, run.first) >= 0) {
    out.mentions.push(orgMention(v, run.first, run.last, v.stamp('chunks', 'exchange-code')));
    return true;
  }
  if (run.last - run.first === 1 && run.first > 0 && listingAt(v, run.first - 1) >= 0) return true;
  if (listingAt(v, run.last) >= 0) {
    out.mentions.push(orgMention(v, run.first, run.last, v.stamp('chunks', 'listed-company')));
    return true;
  }
  return false;
}

function classifyRun(v: DocView, whole: Chunk, titles: readonly TitleHit[], out: ChunkResult): void {
  if (listing(v, whole, out)) return;
  if (isDateline(v, whole)) {
    out.mentions.push(placeMention(v, whole.first, whole.last, v.stamp('chunks', 'dateline')));
    return;
  }
  const institution = bareInstitution(v, whole.first, whole.last);
  if (institution) {
    out.mentions.push(institution);
    return;
  }
  const run = nameSuffix(v, whole);
  const t = v.tokens;
  const suffixes = list(v, 'name-suffixes');
  if (t.slice(run.first, run.last).every((x) => notNameAt(v, x.i) || suffixes.has(x.norm))) return;
  // "I've had", "We've talked": a pronoun with its contraction is capitalized, but no one's name
  if (run.last - run.first === 1 && t[run.first]!.tags.has('Pronoun')) return;
  // "(L)", "(R)" in a caption: a lone letter is a position, not a name
  if (run.last - run.first === 1 && /^\p{L}$/u.test(t[run.first]!.text)) return;
  const last = t[run.last - 1]!;
  const after = t[run.last];
  const before = t[run.first - 1];
  // person/title-name's pattern: a title (not possessive: "King's Chapel") right before the name
  const titled = v.slots('title-name').first.has(run.first);
  const org = appositionOrg(v, run.first, run.last);
  if (org) {
    out.mentions.push(org);
    return;
  }
  // organization/apposition's pattern: "Kestrel Dynamics, the Swedish carmaker," — a company noun heads the apposition
  if (v.slots('org-apposition').last.has(run.last - 1)) {
    out.mentions.push(orgMention(v, run.first, run.last, v.stamp('chunks', 'org-apposition')));
    return;
  }
  if (after && after.sent === last.sent && !/[,;:]/.test(last.post) && list(v, 'outlet-nouns').has(after.text)) {
    out.mentions.push(orgMention(v, run.first, run.last, v.stamp('chunks', 'org-before-lowercase-head')));
    return;
  }
  if (firmName(v, run)) {
    out.mentions.push(orgMention(v, run.first, run.last, v.stamp('chunks', 'firm-head')));
    return;
  }
  const business = businessCue(v, run, titled);
  if (business) {
    out.mentions.push(orgMention(v, run.first, run.last, business));
    return;
  }
  if (hasKind(v.hitAt.get(last.i), 'place-head') && isCapitalized(last.text) && run.last - run.first >= 2) {
    out.mentions.push(placeMention(v, run.first, run.last, v.stamp('chunks', 'place-name-head')));
    return;
  }
  // place/before-lowercase-head's pattern: the name ends right before a lower-case place head ("the Aksai Chin plateau")
  if (v.slots('place-before-lowercase-head').last.has(run.last - 1)) {
    out.mentions.push(placeMention(v, run.first, run.last, v.stamp('chunks', 'place-before-lowercase-head')));
    return;
  }
  // place/city-of's pattern: the name starts right after "the city of"
  if (v.slots('place-city-of').first.has(run.first)) {
    out.mentions.push(placeMention(v, run.first, run.last, v.stamp('chunks', 'place-city-of')));
    return;
  }
  // "EU-Style Integration", "Printer-friendly": a word joined by a hyphen to an acronym before it, or to a lower-case
  // word after it, is part of a compound, not the start or the whole of a personal name ("Lund-Varno talks" are two names)
  const joined = (a: Token, b: Token): boolean => a.sent === b.sent && v.text.slice(a.end, b.start) === '-';
  const compound =
    (before !== undefined && /^\p{Lu}{2,}$/u.test(before.text) && joined(before, t[run.first]!)) ||
    (run.last - run.first === 1 && after !== undefined && joined(last, after) && /^\p{Ll}/u.test(after.text));
  if (compound && !titled) return;
  if (!titled && acronymName(v, run)) {
    out.mentions.push(orgMention(v, run.first, run.last, v.stamp('chunks', 'acronym')));
    return;
  }
  const evidence = personEvidence(v, run, titled);
  const knownSingle = v.stamp('chunks', 'known-single-name');
  if (evidence && !(evidence === knownSingle && v.headlineSentences.has(last.sent) && !titled)) {
    if (run.last - run.first === 1 && !titled && evidence !== knownSingle) {
      out.bare.push({ first: run.first, last: run.last, titles: [] });
      return;
    }
    if (run.last - run.first === 1) {
      out.bare.push({ first: run.first, last: run.last, titles: titlesBefore(v, titlesOf(v), run.first), evidence });
      return;
    }
    const person = personMention(v, run.first, run.last, evidence, titlesBefore(v, titlesOf(v), run.first));
    if ((person.nameTokens?.length ?? 0) <= 1) out.bare.push({ first: run.first, last: run.last, titles: person.titles ?? [], evidence });
    else out.mentions.push(person);
    return;
  }
  const toks = t.slice(run.first, run.last);
  const place = knownPlaceRun(v, run);
  if (!place && toks.some((x) => notNameAt(v, x.i))) return;
  if (place) {
    out.mentions.push(placeMention(v, run.first, run.last, v.stamp('chunks', 'known-place')));
    return;
  }
  const locative = before !== undefined && before.sent === last.sent && list(v, 'locative-prepositions').has(before.norm);
  if (run.last - run.first === 1) {
    out.bare.push({ first: run.first, last: run.last, titles: [], ...(locative ? { locative } : {}) });
  } else if (
    locative &&
    run.last - run.first <= v.param('bare-names', 'after-preposition', 'maxPlaceWords') &&
    !toks.some((x) => x.tags.has('Person') || x.tags.has('FirstName'))
  ) {
    // "flew to Sharm el-Sheikh": a name that is no one's, right after "to"/"in", is a place
    out.mentions.push(placeMention(v, run.first, run.last, v.stamp('bare-names', 'after-preposition')));
  }
}

/** a regnal or team number ("II", "XI") is no acronym */
const ROMAN = /^(?=[IVXL]{2,4}$)L?X{0,3}(?:IX|IV|V?I{0,3})$/;

/**
 * "the NAPM said", "shares on the LSE": an acronym standing alone in a sentence written in ordinary case
 * names an organization (countries, places and known bodies are lexicon hits before this; a headline
 * in capitals spells every word so; lexicon common-acronyms lists those that are common nouns).
 */
function acronymName(v: DocView, run: Chunk): boolean {
  if (run.last - run.first !== 1) return false;
  const t = v.tokens[run.first]!;
  if (!/^\p{Lu}{2,6}$/u.test(t.text) || !t.tags.has('Acronym') || ROMAN.test(t.text) || list(v, 'not-names').has(t.norm)) return false;
  if (list(v, 'common-acronyms').has(t.norm)) return false;
  const reach = v.param('chunks', 'acronym', 'acronymContext');
  let lower = 0;
  for (let i = run.first - reach; i < run.first + reach; i++) {
    const x = v.tokens[i];
    if (x && x.sent === t.sent && /^\p{Ll}/u.test(x.text)) lower++;
  }
  return lower >= v.param('chunks', 'acronym', 'minLowerCaseWords');
}

function titlesOf(v: DocView): readonly TitleHit[] {
  return v.titles;
}

/** Split a chunk at lexicon hits; classify the hits and the runs between them. */
function classifyChunk(v: DocView, c: Chunk, covered: ReadonlySet<number>, out: ChunkResult): void {
  let i = c.first;
  let runStart = -1;
  const flush = (end: number): void => {
    if (runStart >= 0 && end > runStart) classifyRun(v, { first: runStart, last: end }, titlesOf(v), out);
    runStart = -1;
  };
  while (i < c.last) {
    // "Kingdom of Saudi Arabia": the tail of a phrase that began before this chunk is that phrase's
    const inner = v.hitAt.get(i);
    if (inner && inner.first < c.first && hasKind(inner, 'country', 'capital', 'place', 'organization')) {
      flush(i);
      i = Math.min(inner.last, c.last);
      continue;
    }
    if (covered.has(i)) {
      flush(i);
      i++;
      continue;
    }
    const h = v.hitAt.get(i);
    if (
      h &&
      h.first === i &&
      hasKind(h, 'country', 'demonym', 'capital', 'place', 'organization', 'leader-title', 'role-title', 'honorific')
    ) {
      // "Michael Jordan": a country name right after a first name is part of a person's name
      const firstName =
        runStart >= 0 && v.tokens[i - 1]!.tags.has('FirstName') && hasKind(h, 'country', 'capital') && h.last - h.first === 1;
      // "Sharm el-Sheikh": a word joined by a hyphen belongs to the name before it
      const hyphenated = runStart >= 0 && v.tokens[i - 1]!.post.endsWith('-') && hasKind(h, 'leader-title', 'role-title', 'honorific');
      if (!firstName && !hyphenated) {
        flush(i);
        out.mentions.push(...lexiconMentions(v, h));
        i = h.last;
        continue;
      }
    }
    if (runStart < 0) runStart = i;
    i++;
  }
  flush(c.last);
}

/** Lexicon hits outside chunks (lower-case titles are handled separately; only proper names here). */
function hitsOutsideChunks(v: DocView, hits: readonly LexHit[], inChunk: ReadonlySet<number>, covered: ReadonlySet<number>): EntMention[] {
  const out: EntMention[] = [];
  for (const h of hits) {
    if (inChunk.has(h.first) || covered.has(h.first)) continue;
    if (!isCapitalized(v.tokens[h.first]!.text) && !/^(al|el)$/.test(v.tokens[h.first]!.norm)) continue;
    out.push(...lexiconMentions(v, h));
  }
  return out;
}

/** "the North" for North Korea (or "the South") when the document names that country. */
export function theNorth(v: DocView, mentions: readonly EntMention[], rule: string): EntMention[] {
  const out: EntMention[] = [];
  const isos = new Set(mentions.filter((m) => m.type === 'country').map((m) => m.iso));
  for (let i = 1; i < v.tokens.length; i++) {
    const t = v.tokens[i]!;
    if (
      !/^(North|South)$/.test(t.text) ||
      v.tokens[i - 1]!.norm !== 'the' ||
      hasKind(v.hitAt.get(i), 'country', 'place', 'demonym', 'organization')
    )
      continue;
    const next = v.tokens[i + 1];
    if (next && next.sent === t.sent && isCapitalized(next.text) && !/[,;:.]/.test(t.post)) continue;
    const candidates = [...v.lexicon.countryName].filter(([iso, name]) => name.startsWith(`${t.text} `) && isos.has(iso));
    if (candidates.length !== 1) continue;
    const iso = candidates[0]![0];
    out.push({
      type: 'country',
      first: i,
      last: i + 1,
      id: `country:${iso}`,
      label: v.lexicon.countryName.get(iso)!,
      rule,
      iso,
    });
  }
  return out;
}

/**
 * "Special Representative for Korean Peninsula Affairs Ada Lund": a place named inside an office's
 * name (between "<title> for" and the holder's name) is part of the title, not a mention of the place.
 */
function dropPlacesInTitles(v: DocView, mentions: readonly EntMention[]): EntMention[] {
  const inside = new Set<number>();
  const reach = v.param('chunks', 'title-name', 'titleHolderWindow');
  for (const t of v.titles) {
    if (v.tokens[t.last]?.norm !== 'for' || /[,;:]/.test(v.tokens[t.last - 1]!.post)) continue;
    const holder = mentions.find(
      (m) => m.type === 'person' && m.first > t.last && m.first <= t.last + reach && v.tokens[m.first]!.sent === v.tokens[t.first]!.sent,
    );
    if (!holder) continue;
    let clean = true;
    for (let i = t.last; i < holder.first; i++) if (/[,;:()]/.test(v.tokens[i]!.post)) clean = false;
    if (clean) for (let i = t.last + 1; i < holder.first; i++) inside.add(i);
  }
  return mentions.filter((m) => m.type !== 'place' || !inside.has(m.first));
}

/**
 * The steps that run over the document's mentions once they are classified, each implemented by the
 * registered extractor its one rule record names; a step whose record is off (or missing) is skipped.
 */
type PostStep = (
  v: DocView,
  mentions: readonly EntMention[],
  rule: string,
  params: Readonly<Record<string, unknown>> | undefined,
) => EntMention[];
/** The ids of the rules that make sports teams: a name one of them made may be taken back for a player. */
function teamStamps(v: DocView): Set<string> {
  return new Set([v.stamp('sports-teams'), v.stamp('team-nicknames'), v.stamp('ranked-result-teams'), v.stamp('coordinated-teams')]);
}

const POST_STEPS: readonly (readonly [SingleRecordExtractor, PostStep])[] = [
  ['initial-names', (v, ms, rule) => initialNames(v, ms, rule)],
  ['sports-teams', (v, ms, rule, params) => sportsTeams(v, ms, rule, teamParams(params))],
  ['ranked-result-teams', (v, ms, rule) => rankedResultTeams(v, ms, rule)],
  ['team-nicknames', (v, ms, rule) => teamNicknames(v, ms, rule, v.param('team-nicknames', undefined, 'maxNicknameWords'))],
  [
    'coordinated-teams',
    (v, ms, rule) =>
      coordinatedTeams(v, ms, rule, new Set([v.stamp('sports-teams'), v.stamp('team-nicknames'), v.stamp('ranked-result-teams')])),
  ],
  ['scorecard-names', (v, ms, rule) => scorecardNames(v, ms, rule, v.param('scorecard-names', undefined, 'minLineupItems'), teamStamps(v))],
  [
    'player-lists',
    (v, ms, rule) =>
      playerLists(
        v,
        ms,
        rule,
        v.param('player-lists', undefined, 'minListItems'),
        v.param('player-lists', undefined, 'minPersonShare'),
        teamStamps(v),
      ),
  ],
  ['company-short-names', (v, ms, rule) => companyShortNames(v, ms, rule)],
  ['all-caps-names', (v, ms, rule) => allCapsNames(v, ms, rule)],
];

function runStep(ctx: Context, [extractor, step]: readonly [SingleRecordExtractor, PostStep], v: DocView, ms: EntMention[]): EntMention[] {
  const record = outcomeRecord(ctx.rules, extractor);
  return record?.active === true ? step(v, ms, record.id, record.params) : ms;
}

/** entities: countries, people, places and organizations mentioned in the document. */
export function findEntities(doc: Tokenized, ctx: Context): WithEntities {
  const hits = scanLexicon(doc.tokens, ctx.lexicon);
  const hitAt = new Map<number, LexHit>();
  for (const h of hits) for (let i = h.first; i < h.last; i++) hitAt.set(i, h);
  const param = paramReader(ctx.rules);
  const base = {
    text: doc.view.text,
    tokens: doc.tokens,
    lexicon: ctx.lexicon,
    hitAt,
    headlineSentences: headlineSentences(doc.tokens, param('chunks', 'known-single-name', 'headlineCapWords')),
    titles: [],
    stamp: stamper(ctx.rules),
    param,
    slots: (): SlotHits => ({ first: new Set(), last: new Set() }),
  };
  const titles = titleHits(base, hits);
  const sentences = entityItems(doc.tokens, titles, list(base, 'name-particles'));
  const slots = new Map<PatternStep, SlotHits>();
  const slotsOf = (outcome: PatternStep): SlotHits => {
    let s = slots.get(outcome);
    if (!s) slots.set(outcome, (s = slotHits(ctx.rules, sentences, 'chunks', outcome)));
    return s;
  };
  const v: DocView = { ...base, titles, slots: slotsOf };
  const orgs = findOrganizations(v);
  const covered = new Set<number>();
  for (const o of orgs) for (let i = o.first; i < o.last; i++) covered.add(i);
  const out: ChunkResult = { mentions: [...orgs], bare: [] };
  // a country named inside an organization's name is also a mention of that country
  for (const o of orgs) {
    for (let i = o.first; i < o.last; i++) {
      const h = hitAt.get(i);
      if (h && h.first === i && hasKind(h, 'country', 'demonym')) out.mentions.push(...lexiconMentions(v, h));
    }
  }
  for (const o of orgs) {
    const acr = acronymAfter(v, o.last);
    if (acr) {
      out.mentions.push({ ...o, first: acr.first, last: acr.last, rule: v.stamp('organizations', 'acronym-in-parentheses') });
      covered.add(acr.first);
    }
  }
  const phraseStart = new Map<number, number>();
  for (const h of hits) if (hasKind(h, 'leader-title', 'role-title')) for (let k = h.first; k < h.last; k++) phraseStart.set(k, h.first);
  const chunks = findChunks(doc.tokens, {
    particles: list(v, 'name-particles'),
    notNames: list(v, 'not-names'),
    phraseStart,
    datelineRegionWords: v.param('chunks', 'dateline', 'datelineRegionWords'),
  });
  const inChunk = new Set<number>();
  for (const c of chunks) {
    for (let i = c.first; i < c.last; i++) inChunk.add(i);
    classifyChunk(v, c, covered, out);
  }
  out.mentions.push(...hitsOutsideChunks(v, hits, inChunk, covered));
  if (outcomeOn(ctx.rules, 'the-north')) out.mentions.push(...theNorth(v, out.mentions, v.stamp('the-north')));
  // a mention whose rule (or merge) is switched off (`active: false`) is not kept
  const resolved = activeOnly(
    ctx.rules,
    dropPlacesInTitles(v, mergeSecondNames(v, resolveBareNames(v, activeOnly(ctx.rules, out.mentions), out.bare))),
  );
  const entities = countriesOutsideOrgs(POST_STEPS.reduce((ms, step) => runStep(ctx, step, v, ms), resolved));
  entities.sort((a, b) => a.first - b.first || a.last - b.last || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { ...doc, hits, hitAt, titles, entities };
}
