/** Who takes part in a meeting mention: modifiers, "between", "with", "by", destinations. */
import type { EntMention } from '../../entities/index.js';
import { isListWord } from '../../tokenize/lexicon.js';
import { numParam } from '../../engine/rule-ref.js';
import type { Item, SentenceItems } from '../items.js';
import type { Discourse } from '../resolve.js';
import type { Trigger } from './triggers.js';
import { meetingSteps, type PartyStep, type PhraseStep } from './steps.js';
import { patternInput, slotRange, stepPattern } from './step-patterns.js';
import { matchSentenceAt } from '../../engine/item-pattern.js';

export interface Party {
  readonly id: string;
  readonly item: number;
  /** the step that found it (its rule id is stamped from the step's record) */
  readonly step: PartyStep;
}

const PARTY_TYPES = new Set(['person', 'country', 'organization']);
export const isParty = (it: Item | undefined): boolean => it?.kind === 'entity' && PARTY_TYPES.has(it.entity!.type);

/** The person a definite description stands for ("the Danish president"), from the leader edges. */
export function describedPerson(d: Discourse, s: SentenceItems, k: number): EntMention | undefined {
  const country = s.items[k];
  const title = s.items[k + 1];
  if (country?.entity?.type !== 'country' || title?.kind !== 'title') return undefined;
  const at = d.tokens[country.first]!.start;
  const edge = [...d.edges].reverse().find((e) => e.type === 'leader_of' && e.target === country.entity!.id && e.evidence.start <= at);
  const id = edge?.source ?? d.edges.find((e) => e.type === 'leader_of' && e.target === country.entity!.id)?.source;
  return id ? ({ id } as EntMention) : undefined;
}

/**
 * "a delegation from Chile", "senior Danish officials", "officials of the Nordic Council": a group of
 * unnamed people starting at item k (the meeting/delegation record's pattern, slot "cue") stands
 * for the countries and organizations named in it (and a person leading it). Its parties and the
 * item after the match, or undefined.
 */
export function groupAt(d: Discourse, s: SentenceItems, k: number): { parties: Party[]; end: number } | undefined {
  const steps = meetingSteps(d.rules);
  const id = steps.party('group');
  if (!steps.on(id)) return undefined;
  const p = stepPattern(d.rules, id);
  const m = p && matchSentenceAt(p, patternInput(d.rules, s, d.tokens), k);
  if (!m) return undefined;
  const [a, b] = slotRange(m, 'cue');
  // "Chilean officials" is a title item (ROLE): its last word must be a group noun, as a word would
  const groupWord = s.items
    .slice(a, b)
    .some(
      (it) =>
        (it.kind === 'word' || it.kind === 'title') && isListWord(d.lexicon, 'meeting-delegation-nouns', d.tokens[it.last - 1]?.norm ?? ''),
    );
  if (!groupWord) return undefined;
  const parties: Party[] = [];
  for (let j = a; j < b; j++) {
    const it = s.items[j]!;
    if (isParty(it) && !parties.some((x) => x.id === it.entity!.id)) parties.push({ id: it.entity!.id, item: j, step: 'group' });
  }
  return parties.length > 0 ? { parties, end: m.last } : undefined;
}

/** The one current holder of an office of a country the document names (any leader for no office), or undefined. */
export function soleOfficeHolder(d: Discourse, country: string, office: string | undefined): string | undefined {
  const holders = new Set(
    d.edges
      .filter(
        (e) =>
          e.type === 'leader_of' &&
          e.target === country &&
          e.attributes.current !== false &&
          (office === undefined || (typeof e.attributes.role === 'string' && e.attributes.role.toLowerCase() === office.toLowerCase())),
      )
      .map((e) => e.source),
  );
  return holders.size === 1 ? [...holders][0]! : undefined;
}

/** Does a conjunction at item k start a new conjunct ("and the Danish leader", "and Ada Lund")? */
function newConjunct(d: Discourse, s: SentenceItems, k: number): boolean {
  let j = k + 1;
  while (isListWord(d.lexicon, 'meeting-determiners', s.items[j]?.symbol ?? '')) j++;
  const it = s.items[j];
  return it !== undefined && (it.kind === 'entity' || it.kind === 'title');
}

/** The party of one conjunct: its (last) person, else a country or organization, else a described leader. */
function conjunctParty(d: Discourse, s: SentenceItems, from: number, to: number, step: PhraseStep): Party | undefined {
  // the conjunct's person; a possessive one only qualifies another ("Keld, Ole's brother")
  for (let j = from; j < to; j++)
    if (s.items[j]!.entity?.type === 'person' && s.items[j]!.symbol === 'PER') return { id: s.items[j]!.entity!.id, item: j, step };
  for (let j = from; j < to; j++) {
    const it = s.items[j]!;
    if (!isParty(it)) continue;
    const next = s.items[j + 1];
    // "Lund's son", "Lund's government": a possessive person before a noun is not the party met; a body
    // (lexicon/meeting-possessor-bodies) stands for the country the person leads
    if (it.symbol === 'PERs' && next?.kind === 'word') {
      if (isListWord(d.lexicon, 'meeting-possessor-bodies', next.symbol.toLowerCase())) {
        const led = d.edges.find((e) => e.type === 'leader_of' && e.source === it.entity!.id);
        if (led) return { id: led.target, item: j, step };
      }
      continue;
    }
    if (
      it.entity!.type === 'country' &&
      next?.kind === 'title' &&
      isListWord(d.lexicon, 'meeting-described-titles', (next.title?.value ?? '').toLowerCase()) &&
      !/s$/.test(d.tokens[next.last - 1]!.text)
    ) {
      const p = describedPerson(d, s, j);
      if (p) return { id: p.id, item: j, step };
    }
    // "to meet Indian leaders": a plural office of a country (lexicon/meeting-office-plurals) is its one holder the
    // document names; not one shared by a coordination ("the US and Cuban presidents": each country)
    const shared = s.items[j - 1]?.symbol === 'and';
    if (
      it.entity!.type === 'country' &&
      !shared &&
      (next?.kind === 'title' || next?.kind === 'word') &&
      /s$/.test(d.tokens[next.last - 1]!.text)
    ) {
      const words = d.tokens
        .slice(next.first, next.last)
        .map((x) => x.norm)
        .join(' ');
      const e = d.lexicon.tables.get('meeting-office-plurals')?.get(words);
      const holder = e && soleOfficeHolder(d, it.entity!.id, typeof e.value === 'string' && e.value !== 'official' ? e.value : undefined);
      if (holder) return { id: holder, item: j, step };
    }
    return { id: it.entity!.id, item: j, step };
  }
  return undefined;
}

/** Does a (titled) person start at item k? */
const namedHead = (s: SentenceItems, k: number): boolean => s.items[k]?.kind === 'title' || s.items[k]?.entity?.type === 'person';

/** Parties of a coordinated phrase starting at item k ("A and B", "A, and the Danish leader, B"). */
export function phraseParties(
  d: Discourse,
  s: SentenceItems,
  k: number,
  step: PhraseStep,
  stopAt: number,
): { parties: Party[]; end: number } {
  const parties: Party[] = [];
  let start = k;
  let j = k;
  const stop = Math.min(s.items.length, stopAt, k + numParam(d.rules, meetingSteps(d.rules).party(step), 'phraseWindow'));
  const hasPerson = (from: number, to: number): boolean => s.items.slice(from, to).some((x) => x.entity?.type === 'person');
  // a titled person ("President Ada Lund", "Danish Prime Minister Keld Varno", "Prime Minister of Chile Keld Varno")
  // starts at item i (a bare name after a comma may be the speaker: "… between A and B, Ada Lund, a former minister, said")
  const titledPerson = (i: number): boolean => {
    let n = i;
    if (s.items[n]?.entity?.type === 'country' || s.items[n]?.symbol === 'DEM') n++;
    const titled = s.items[n]?.kind === 'title';
    while (s.items[n]?.kind === 'title') n++;
    // "Prime Minister of the Republic of Norlandia Ada Morrow": the title's country between it and the name
    if (titled && s.items[n]?.symbol === 'of') {
      const at = s.items[n + 1]?.symbol === 'the' ? n + 2 : n + 1;
      if (s.items[at]?.entity?.type === 'country' && s.items[at].symbol === 'CTY') n = at + 1;
    }
    return titled && s.items[n]?.entity?.type === 'person' && s.items[n]?.symbol === 'PER';
  };
  const close = (end: number): void => {
    const p = conjunctParty(d, s, start, end, step);
    if (p && !parties.some((x) => x.id === p.id)) parties.push(p);
    // "Russia, Turkey and Iran": a list of countries or organizations, each a party
    if (p && !p.id.startsWith('person:')) {
      for (let k = p.item + 1; k < end; k++) {
        const it = s.items[k]!;
        if (
          s.items[k - 1]?.symbol === ',' &&
          isParty(it) &&
          it.entity!.type !== 'person' &&
          s.items[k + 1]?.kind !== 'title' &&
          !parties.some((x) => x.id === it.entity!.id)
        )
          parties.push({ id: it.entity!.id, item: k, step });
      }
    }
  };
  while (j < stop) {
    const it = s.items[j]!;
    // "with senior Danish officials", "and a delegation from Chile": a group stands for its country or organization
    const group = j === start ? groupAt(d, s, j) : undefined;
    if (group) {
      for (const p of group.parties) if (!parties.some((x) => x.id === p.id)) parties.push(p);
      j = start = group.end;
      continue;
    }
    // "… with Ada Lund, Keld Varno said": a name followed by its verb starts the main clause
    if (
      it.symbol === ',' &&
      s.items[j + 1]?.entity?.type === 'person' &&
      s.items[j + 2]?.kind === 'word' &&
      !/^(and|or|of|Cap)$/.test(s.items[j + 2]!.symbol)
    )
      break;
    // "President A of X, President B of Y, and President C": a comma before another titled person starts a conjunct
    if (it.symbol === ',' && hasPerson(start, j) && titledPerson(j + 1)) {
      close(j);
      start = j + 1;
      j++;
      continue;
    }
    if (it.symbol === 'and' && (newConjunct(d, s, j) || groupAt(d, s, j + 1) !== undefined)) {
      close(j);
      start = j + 1;
      j++;
      continue;
    }
    if (
      it.kind === 'entity' ||
      it.kind === 'title' ||
      // "King Ole's son, Crown Prince Keld Varno", "Ole's envoy Keld Varno": the noun a possessive person
      // qualifies, before its head in apposition
      (it.kind === 'word' && s.items[j - 1]?.symbol === 'PERs' && namedHead(s, s.items[j + 1]?.symbol === ',' ? j + 2 : j + 1)) ||
      it.symbol === ',' ||
      it.symbol === 'and' ||
      it.symbol === 'Cap' ||
      it.symbol === '&' ||
      // "of the Democratic Republic of the Congo (DRC),": a short form in brackets
      it.symbol === '(' ||
      it.symbol === ')' ||
      isListWord(d.lexicon, 'meeting-phrase-words', it.symbol)
    ) {
      j++;
      continue;
    }
    break;
  }
  close(j);
  while (j > k && s.items[j - 1]?.symbol === ',') j--;
  return { parties, end: j };
}

/** Entities right before a noun trigger: "North Korea-US summit", "Lund's visit", "G8 summit". */
export function premodifiers(
  d: Discourse,
  s: SentenceItems,
  t: Trigger,
): { parties: Party[]; start: number; place?: string; possessive: boolean } {
  const parties: Party[] = [];
  let place: string | undefined;
  let possessive = false;
  let j = t.first - 1;
  while (j >= 0) {
    const it = s.items[j]!;
    if (/[.!?"”]/.test(d.tokens[it.last - 1]?.post ?? '')) break;
    if (it.kind === 'entity') {
      if (isParty(it)) parties.push({ id: it.entity!.id, item: j, step: 'modifier' });
      else if (it.entity!.type === 'place') place = it.entity!.id;
      if (/s$/.test(it.symbol)) possessive = true;
      j--;
      continue;
    }
    if (it.kind === 'date' || (it.kind === 'word' && isListWord(d.lexicon, 'meeting-premodifier-skips', it.symbol))) {
      if (/^(his|her|their)$/.test(it.symbol)) possessive = true;
      j--;
      continue;
    }
    if (it.kind === 'title' && s.items[j - 1]?.entity?.type === 'country') {
      const p = describedPerson(d, s, j - 1);
      if (p) parties.push({ id: p.id, item: j, step: 'modifier' });
      j -= 2;
      possessive = true;
      continue;
    }
    break;
  }
  return { parties, start: j + 1, ...(place !== undefined ? { place } : {}), possessive };
}
