/**
 * The named, registered callbacks a rule may reference: the code a rule needs beyond its
 * pattern. The loader resolves every name a rule uses against this list (an unknown name is
 * RULES_INVALID with a did-you-mean), and test/unit/engine/registry.test.ts keeps it in step
 * with the functions the stages really register.
 */

export type CallbackKind = 'extractor' | 'guard' | 'normalizer' | 'attribute';
export type Stage = 'entities' | 'dates' | 'relations';

/** A parameter a callback reads from its rule's `params` (declared here, defaulted in the rule file). */
export interface ParamSpec {
  readonly type: 'integer' | 'number' | 'boolean' | 'string';
  /** used when a rule record does not set the param */
  readonly default: number | boolean | string;
  readonly minimum?: number;
  readonly maximum?: number;
  /** the values a string param may take (an outcome param: which of its callback's steps a record runs) */
  readonly enum?: readonly string[];
  readonly description: string;
}

export interface Callback {
  readonly kind: CallbackKind;
  readonly name: string;
  /** the stages whose rules may name it */
  readonly stages: readonly Stage[];
  readonly description: string;
  readonly params?: Readonly<Record<string, ParamSpec>>;
  /** what an attribute callback returns (null means "no value") */
  readonly returns?: 'string' | 'boolean';
  /** the pattern slot an attribute callback reads (a rule naming it must have that named group) */
  readonly slot?: string;
  /**
   * The named outcomes an extractor reports (sorted): each rule record naming the extractor maps one
   * of them with `"outcome"`, and the engine stamps that record's id on what the outcome produces.
   * An extractor without outcomes is implemented by the one record that names it.
   */
  readonly outcomes?: readonly string[];
  /**
   * An extractor that runs its record's `pattern` (engine/item-pattern.ts) and reads these named
   * slots of each match: a record naming it may have a pattern (any stage, any output), and the
   * pattern must name the slots. The relations stage does not run such a pattern as an edge rule.
   */
  readonly runsPattern?: readonly string[];
  /**
   * A rule in an added file (--rules) may name this extractor with a pattern of its own (it must
   * have one): every record naming it runs, each stamping its own id. Without this, an extractor
   * runs only for the bundled record that names it.
   */
  readonly userRecords?: boolean;
  /**
   * What the extractor reads from the word-list entry a match spells (the entry of a list its
   * pattern names whose text is the words of the slot): the loader checks every entry of each list
   * such a pattern names against these (a misspelt value would silently make nothing).
   */
  readonly entryAttributes?: Readonly<Record<string, EntryAttribute>>;
}

/** An attribute of word-list entries an extractor reads (Callback.entryAttributes). */
export interface EntryAttribute {
  readonly type: 'string' | 'boolean';
  /** the values a string attribute may take */
  readonly enum?: readonly string[];
  readonly description: string;
}

/** The kinds of meeting a trigger names (types.ts MeetingKind), and `none`: words that name none. */
export const TRIGGER_KINDS = ['call', 'meeting', 'none', 'summit', 'talks', 'visit'] as const;

const E = (name: string, stages: readonly Stage[], description: string, params?: Record<string, ParamSpec>): Callback =>
  params ? { kind: 'extractor', name, stages, description, params } : { kind: 'extractor', name, stages, description };
/** An extractor that runs its record's pattern and reads these slots of it (see Callback.runsPattern). */
const P = (
  name: string,
  slots: readonly string[],
  stages: readonly Stage[],
  description: string,
  params?: Record<string, ParamSpec>,
): Callback => ({ ...E(name, stages, description, params), runsPattern: slots });
/** An extractor that reports named outcomes (see Callback.outcomes). */
const EO = (
  name: string,
  stages: readonly Stage[],
  description: string,
  outcomes: readonly string[],
  params?: Record<string, ParamSpec>,
): Callback => ({ ...E(name, stages, description, params), outcomes });
/** The named outcomes of the entity extractors (src/entities/outcomes.ts types its stamps with them). */
export const ENTITY_OUTCOMES = {
  'bare-names': ['after-preposition', 'organization', 'subject', 'surname', 'surname-of-full-name'],
  chunks: [
    'acronym',
    'apposition',
    'bare-institution',
    'byline',
    'dateline',
    'exchange-code',
    'firm-head',
    'known-name',
    'known-place',
    'known-single-name',
    'listed-company',
    'org-apposition',
    'org-before-officer-title',
    'org-business-object',
    'org-business-subject',
    'org-before-lowercase-head',
    'outlet-apposition',
    'place-before-lowercase-head',
    'place-city-of',
    'place-name-head',
    'speaker',
    'title-name',
    'unknown-full-name',
  ],
  lexicon: ['capital', 'country', 'demonym', 'historical-state', 'organization', 'place', 'region-after-city'],
  organizations: ['acronym-in-parentheses', 'country-name-org', 'demonym-institution', 'head-of-name', 'name-head'],
  'second-names': ['acronym-of-name', 'also-known-as', 'sub-unit-of-organization'],
} as const;
/**
 * The entity steps that decide by a pattern (rules/*.rules.json `pattern`, over the item stream of
 * src/entities/items.ts, with a `name` slot): the record mapping each of these outcomes must have one.
 */
export const ENTITY_PATTERN_STEPS: Readonly<Partial<Record<keyof typeof ENTITY_OUTCOMES, readonly string[]>>> = {
  chunks: ['apposition', 'org-apposition', 'org-business-subject', 'place-before-lowercase-head', 'place-city-of', 'speaker', 'title-name'],
};
const window = (value: number, description: string): ParamSpec => ({
  type: 'integer',
  default: value,
  minimum: 0,
  maximum: 100,
  description,
});
/** A count of at least `minimum` (words of a name, hits that decide something). */
const count = (value: number, minimum: number, description: string): ParamSpec => ({
  type: 'integer',
  default: value,
  minimum,
  maximum: 20,
  description,
});
/** The outcome param of a callback that runs several steps: which step a rule record runs and stamps. */
const outcome = (values: readonly string[], description: string): ParamSpec => ({
  type: 'string',
  default: values[0]!,
  enum: values,
  description,
});

/** Sorted by kind, then name. */
export const CALLBACKS: readonly Callback[] = [
  {
    kind: 'attribute',
    name: 'current',
    stages: ['relations'],
    returns: 'boolean',
    description: 'false after "former", "late", "then", "ex-" or "… died"; else true',
  },
  {
    kind: 'attribute',
    name: 'role',
    stages: ['relations'],
    returns: 'string',
    slot: 'role',
    description: 'the canonical title of the role slot ("Prime Minister")',
  },
  E('all-caps-names', ['entities'], 'a headline or table in capitals spelling a person the document names in ordinary case'),
  E('also-dated', ['relations'], 'one who "also on Monday" met another met those reported just before, undated, on that day too', {
    alsoSentences: window(2, 'sentences before the "also" meeting where the undated meetings may stand'),
    alsoReach: window(6, 'items before its trigger where "also" may stand, in its clause ("Lund also on Monday held talks")'),
  }),
  E('attendees', ['relations'], 'those who met on the sidelines of (or after) a named summit also attended it, as a meeting of its own', {
    nameWords: window(3, 'unknown capitalized words before the summit noun that may name it ("the CSTO summit")'),
    cueWords: window(4, 'items an attendance cue ("on the sidelines of") may span before the summit'),
  }),
  EO(
    'bare-names',
    ['entities'],
    'a bare surname or single name that stands for a person or place introduced earlier',
    ENTITY_OUTCOMES['bare-names'],
    {
      kinWindow: window(
        4,
        'tokens after a possessive single name where a kin word may stand ("Lund\'s father"), and after that word where the other person is named',
      ),
      longNameWords: count(
        4,
        2,
        'words a full name needs before a single name may stand for an inner part of it, not only its first or last',
      ),
      minNamePartLength: count(3, 1, 'letters such an inner part needs ("Bemba" of "Tomas Ilario Bemba da Costa")'),
      maxPlaceWords: count(3, 1, 'capitalized words a name no one bears may have to be a place right after "in", "to", "from" …'),
    },
  ),
  E('capital-government', ['entities'], 'a capital city standing for its government ("Beijing said")'),
  EO('chunks', ['entities'], 'capitalized chunks classified by their context (titles, appositions, heads)', ENTITY_OUTCOMES['chunks'], {
    portfolioWords: count(
      3,
      0,
      'capitalized words before a bare office word (lexicon portfolio-offices: "minister", "secretary") that name its portfolio and belong to the title ("Fisheries Minister")',
    ),
    titleHolderWindow: window(
      10,
      'tokens after an office\'s "for" within which its holder\'s name closes the office name, so a place inside it is part of the title',
    ),
    datelineRegionWords: count(
      3,
      1,
      'capitalized words of the country or region between a dateline\'s place and its date ("KOLVAR, Norway")',
    ),
    maxNameWords: count(4, 2, 'words a name found by its context alone may have (an apposition, a speech verb, an unknown full name)'),
    acronymContext: window(8, 'tokens either side of a lone acronym counted for the lower-case words of a sentence in ordinary case'),
    minLowerCaseWords: window(3, 'lower-case words around a lone acronym that show its sentence is written in ordinary case'),
    headlineCapWords: count(
      2,
      1,
      'capitalized verbs and function words that make a sentence a Title Case headline, where a single known name is no person',
    ),
  }),
  E(
    'company-short-names',
    ['entities'],
    'a company named in full with a designator is the same company under its short names in that document',
  ),
  E('context-country', ['relations'], 'a titled person with no country in the phrase takes the country of the sentence or document'),
  E(
    'coordinated-teams',
    ['entities'],
    'in a sports report, a one-word name in a list with a team is a team too, everywhere in that report',
  ),
  E(
    'counterpart',
    ['relations'],
    '"his Danish counterpart" names the leader of that country, or its minister in the office of the one he is counterpart of',
  ),
  E('dates', ['relations'], 'the date of a meeting: a time expression near the trigger', {
    dateWindow: window(12, 'items after the trigger searched for its date'),
    anaphoricDateWindow: window(3, 'items after an anaphoric trigger ("the meeting") searched for its date'),
    dateLookBehind: window(16, 'items before the trigger searched for its date'),
    openingDateItems: window(3, 'the first items of a sentence where an opening date ("On Tuesday, …") may stand'),
    leadSentences: window(3, "sentences after the dateline whose undated, past meetings take the dateline's day"),
    dateListWindow: window(
      16,
      'items after the first date of a plural meeting noun ("summits held on …") searched for more dates, one meeting each',
    ),
    relativeLookBehind: window(4, 'items before a date looked at for a relative pronoun ("who …", whose date is not the meeting\'s)'),
  }),
  E('definite-description', ['relations'], '"the Danish prime minister" resolved to the person holding that title'),
  E(
    'during-visit',
    ['relations'],
    "a meeting of a visitor with a host of the country visited, undated in its own words, took place during the visit (the visit's date)",
    { visitSentences: window(4, 'sentences between the meeting and a mention of the visit it took place during') },
  ),
  E('entity-country', ['relations'], 'an organization or place tied to the country it belongs to'),
  E('initial-names', ['entities'], "a capital letter and its dot before a person's name, in a list of names, is that person's initial", {
    maxInitialNameWords: count(3, 1, 'capitalized words after an initial that may form the name'),
    minInitialNames: count(
      2,
      1,
      'initials of letters that are neither words nor honorifics that show a document writes people as initial and surname',
    ),
  }),
  E('late-remembered', ['relations'], 'a leader spoken of as dead ("His Majesty will be remembered", "the funeral of") is a late one'),
  EO('lexicon', ['entities'], 'a phrase from a word list or the country package', ENTITY_OUTCOMES['lexicon']),
  EO('organizations', ['entities'], 'organization names built from designators, heads and acronyms', ENTITY_OUTCOMES['organizations']),
  P('participants', ['cue'], ['relations'], 'parties named by a preposition or object of the trigger ("with", "between", "of")', {
    introducedBy: outcome(
      ['with', 'between', 'by', 'of', 'object', 'destination', 'group'],
      'the step: parties after "with", "between", "by" (an agent), "of" (a summit\'s), as the verb\'s object, a visit\'s destination, or the country or organization of a group of unnamed people its pattern spells ("a delegation from Chile")',
    ),
    separateCueWindow: window(3, 'items either side of a meeting where "separately" / "separate" splits it into one meeting per object'),
    phraseWindow: window(
      48,
      'items of the coordinated phrase of parties after "with", "between", "of" or the verb (a list of titled leaders)',
    ),
  }),
  P(
    'places',
    ['place'],
    ['relations'],
    'the place of a meeting: a place its pattern introduces ("in", "at") or a visit destination near the trigger',
    {
      placeWindow: window(14, 'items after the trigger searched for its place'),
      destinationWindow: window(3, 'items after a visit trigger where its destination may stand'),
      capitalWindow: window(4, 'items after a country where a more precise place of it may stand ("in Chile\'s capital, Santiago")'),
      datelineReach: window(
        1,
        'sentences before the dateline\'s day where a line naming only the place it was filed from may stand ("The Royal Palace, Oslo")',
      ),
    },
  ),
  E('player-lists', ['entities'], 'in a sports report, a list of names that are mostly people names people in all its items', {
    minListItems: count(4, 2, "names in a line's list after its colon or dash that make it a list of players"),
    minPersonShare: {
      type: 'number',
      default: 0.5,
      minimum: 0,
      maximum: 1,
      description: "share of the list's names already found as people",
    },
  }),
  E('possessive-role', ['relations'], '"Denmark\'s foreign minister, Ada Morrow": the person is affiliated with the country'),
  E(
    'predecessor',
    ['relations'],
    '"his predecessor Ada Morrow" (a person\'s or a pronoun for the leader named last) led the same country, not currently',
  ),
  E('premodifiers', ['relations'], 'parties named before the meeting noun ("the Denmark-Chile summit")'),
  E(
    'ranked-result-teams',
    ['entities'],
    "in a sports report's ranked result line, the name after a rider's or driver's country in parentheses is the team",
  ),
  E('scorecard-names', ['entities'], "in a sports report, a player named by a score card's or line-up's layout is a person", {
    minLineupItems: count(2, 1, 'shirt numbers and dashes before names that make a line a line-up'),
  }),
  EO(
    'second-names',
    ['entities'],
    'a second name of one entity ("also known as", an acronym of its name, a bureau after its ministry\'s possessive) merged into it',
    ENTITY_OUTCOMES['second-names'],
  ),
  E(
    'sports-teams',
    ['entities'],
    'in a sports report, names in result lines, standings and score cards are teams (organizations) throughout it',
    {
      minSegments: { type: 'integer', default: 2, minimum: 1, maximum: 10, description: 'name-and-score segments a score-card line needs' },
      minStandingNumbers: {
        type: 'integer',
        default: 3,
        minimum: 1,
        maximum: 20,
        description: 'numbers after a name that make a standings row',
      },
      minTeamRowShare: {
        type: 'number',
        default: 0.5,
        minimum: 0,
        maximum: 1,
        description: "share of a report's result sides and standings rows naming no person before those taken for people are teams too",
      },
      fixtureLookBehind: window(4, 'tokens before a contest word searched for the date of a fixture list ("May 18 v Kestow")'),
      headlineRunWords: count(
        4,
        1,
        'words a side of a contest word may have in prose, or in a headline in capitals before a function word, dash or number closes it',
      ),
    },
  ),
  P('status', ['cue'], ['relations'], 'the status of a meeting from cue patterns near the trigger', {
    statusCue: outcome(
      ['occurred', 'planned', 'proposed', 'negated', 'cancelled', 'default', 'future-date'],
      'the step: a cue of this status (the record\'s pattern, slot "cue"), the default (occurred), or a future date (planned)',
    ),
    cueBefore: window(7, 'items before the trigger where this status cue may stand'),
    cueAfter: window(2, 'items after the trigger where this status cue may stand'),
    infinitiveCueBefore: window(
      14,
      'items before the trigger where a proposal cue may stand when an infinitive follows it ("called for A and B to hold talks")',
    ),
    clauseWindow: window(
      60,
      "items either side of the trigger that its clause may span (the scan for the clause's subject and status cues)",
    ),
  }),
  P('subject', ['parties'], ['relations'], 'the subject of a meeting verb or noun: the person or country doing the meeting', {
    subjectKind: outcome(
      ['clause', 'pronoun', 'two-leaders', 'two-sides', 'we', 'office-holders', 'speaker', 'visitor'],
      'the step: the clause\'s subject, a pronoun\'s referent, "the two leaders", "both sides", "we met", "the prime ministers of A and B", the speaker of "I met" (these two: the record\'s pattern, slot "parties") or the visitor of a visit just reported ("A meeting with A was postponed")',
    ),
    coordinationWindow: window(7, 'items after the subject searched for a second, coordinated subject ("A and B met")'),
    conjunctLookBehind: window(4, 'items before "and" searched for the first conjunct of a country or organization subject'),
    conjunctReach: window(3, 'items before a verb trigger within which such a subject must stand'),
    adjunctCueBefore: window(5, 'items before the trigger where an adjunct cue ("after six hours of talks") may stand'),
    reciprocalReach: window(3, 'items before a verb trigger where its "we" may stand ("we have last met")'),
    pronounSentences: window(3, 'sentences before a pronoun searched for the person it stands for'),
    visitorSentences: window(1, 'sentences before a meeting with no subject of its own searched for the visit whose visitor holds it'),
    firstPersonReach: window(3, 'words before a trigger where its first-person subject may stand ("I also met", "my visit")'),
    groupGap: window(
      3,
      'words between a group named by its office ("the prime ministers of A and B") and the trigger it is the subject of ("held their talks")',
    ),
  }),
  E('team-nicknames', ['entities'], 'in a sports report, a nickname in the plural after "the" is a team, everywhere in that report', {
    maxNicknameWords: count(3, 1, 'capitalized words after "the" that a nickname may have ("the Varnholm Comets")'),
  }),
  E('the-north', ['entities'], '"the North" / "the South" for a divided country named in the document'),
  {
    ...P(
      'triggers',
      ['trigger'],
      ['relations'],
      'the words that name a meeting: at each word the longest match of the trigger records\' patterns (slot "trigger"), its kind from the word-list entry it spells',
      {
        trigger: outcome(['noun', 'verb'], 'the step: a meeting noun ("the summit", "talks") or a meeting verb ("met", "visited")'),
        kind: {
          type: 'string',
          default: 'meeting',
          enum: TRIGGER_KINDS,
          description: 'the kind of meeting a match names when its words are no entry of a word list its pattern names (none: no meeting)',
        },
        partyWindow: window(16, 'items after the trigger searched for its parties ("with", "between", an object)'),
      },
    ),
    userRecords: true,
    entryAttributes: {
      kind: {
        type: 'string',
        enum: TRIGGER_KINDS,
        description: 'the kind of meeting the words name (none: they name none and stop a shorter trigger)',
      },
      object: { type: 'string', enum: ['required'], description: 'a verb that reports a meeting only with a party as its object' },
      plural: { type: 'boolean', description: 'a countable plural noun ("summits"): one meeting per date listed after it' },
    },
  },
  E('within-doc', ['entities'], 'variants of one name within a document merged into one entity'),
  {
    kind: 'guard',
    name: 'leader-title-valid',
    stages: ['relations'],
    description: 'veto a leader title that is no leadership title in that country',
  },
  { kind: 'guard', name: 'not-a-count', stages: ['dates'], description: 'veto a year that is a count ("the 2000 troops")' },
  { kind: 'guard', name: 'not-a-percent', stages: ['dates'], description: 'veto a year followed by "percent" or "%"' },
  { kind: 'guard', name: 'not-in-name', stages: ['dates'], description: 'veto a date word inside a title or name ("the Today programme")' },
  {
    kind: 'guard',
    name: 'quarter-before',
    stages: ['dates'],
    description: 'keep "the quarter" only where a quarter was named shortly before',
  },
  {
    kind: 'guard',
    name: 'quarter-context',
    stages: ['dates'],
    description: 'keep a bare quarter ("the third quarter") only in a report about results or after a named quarter',
  },
  { kind: 'normalizer', name: 'ago', stages: ['dates'], description: '"three days ago" → the document date minus the amount' },
  {
    kind: 'normalizer',
    name: 'anaphoric',
    stages: ['dates'],
    description: '"the year", "that month": the unit of the date named last, or a duration of one unit',
  },
  { kind: 'normalizer', name: 'calendar-date', stages: ['dates'], description: 'a day, month and (inferred) year → YYYY-MM-DD' },
  { kind: 'normalizer', name: 'century', stages: ['dates'], description: '"the 20th century" → 19' },
  {
    kind: 'normalizer',
    name: 'clock',
    stages: ['dates'],
    description: '"3 p.m. Tuesday", "this morning": a time of day on its day (TIME)',
  },
  { kind: 'normalizer', name: 'decade', stages: ['dates'], description: '"the 1990s" → 199' },
  {
    kind: 'normalizer',
    name: 'duration',
    stages: ['dates'],
    description: '"three years", "the past 48 hours", "two-week" → P3Y, PT48H, P2W (DURATION)',
  },
  { kind: 'normalizer', name: 'fixed', stages: ['dates'], description: 'the fixed value given in the rule\'s output ("PRESENT_REF")' },
  { kind: 'normalizer', name: 'half-year', stages: ['dates'], description: '"the first half of 1999" → 1999-H1' },
  { kind: 'normalizer', name: 'holiday', stages: ['dates'], description: 'a named holiday → its date in the inferred year' },
  { kind: 'normalizer', name: 'month', stages: ['dates'], description: 'a month name (with or without a year) → YYYY-MM' },
  { kind: 'normalizer', name: 'ordinal-day', stages: ['dates'], description: '"on the 29th" → that day of the nearest month' },
  { kind: 'normalizer', name: 'quarter', stages: ['dates'], description: '"the third quarter", "the year-ago quarter" → 1998-Q3' },
  {
    kind: 'normalizer',
    name: 'recurrence',
    stages: ['dates'],
    description: '"every week", "each Monday", "twice a year" → P1W, XXXX-WXX-1, P1Y (SET)',
  },
  { kind: 'normalizer', name: 'relative-day', stages: ['dates'], description: '"today", "yesterday", "tomorrow" → a day' },
  { kind: 'normalizer', name: 'relative-unit', stages: ['dates'], description: '"last week", "next month" → a week, month or year' },
  { kind: 'normalizer', name: 'season', stages: ['dates'], description: '"summer 2024" → 2024-SU' },
  { kind: 'normalizer', name: 'spelled-year', stages: ['dates'], description: '"nineteen ninety-eight" → 1998' },
  { kind: 'normalizer', name: 'weekday', stages: ['dates'], description: 'a weekday → the nearest such day, by tense' },
  { kind: 'normalizer', name: 'weekend', stages: ['dates'], description: '"the weekend" → the weekend of that week, 2014-W09-WE' },
  { kind: 'normalizer', name: 'year', stages: ['dates'], description: 'a four-digit year → YYYY' },
  { kind: 'normalizer', name: 'year-range', stages: ['dates'], description: '"2019-2021" → an interval of years' },
];

/** The registered callback of a kind and name, or undefined. */
export function findCallback(kind: CallbackKind, name: string): Callback | undefined {
  return CALLBACKS.find((c) => c.kind === kind && c.name === name);
}

export function callbackNames(kind: CallbackKind, stage?: string): string[] {
  return CALLBACKS.filter((c) => c.kind === kind && (stage === undefined || (c.stages as readonly string[]).includes(stage))).map(
    (c) => c.name,
  );
}
