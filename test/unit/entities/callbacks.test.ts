/**
 * One test per registered entity callback (src/engine/registry.ts, stage entities): what it finds on a
 * small invented text, stamped with the id of the record that maps its outcome, and (for the steps
 * implemented by one record) that the step is skipped when that record is `active: false`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultRulesDir, extractText } from '../../../src/index.js';
import { callbackNames } from '../../../src/engine/registry.js';
import { initialsOf } from '../../../src/entities/also-known-as.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'entity-callbacks-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** `node-id text rule [via…]` for every mention. */
function found(text: string, rulesDir?: string): string[] {
  const g = extractText(text, rulesDir ? { rulesDir } : {});
  return g.nodes.flatMap((n) => n.mentions.map((m) => [n.id, m.text, m.rule ?? '', ...(m.via ?? [])].join(' ')));
}

/** A copy of rules/ with the record `id` (in `file`) switched off. */
function off(file: string, id: string): string {
  const dir = path.join(tmp, id.replace('/', '-'));
  fs.cpSync(defaultRulesDir(), dir, { recursive: true });
  const p = path.join(dir, file);
  const data = JSON.parse(fs.readFileSync(p, 'utf8')) as { rules: Record<string, unknown>[] };
  data.rules = data.rules.map((r) => (r.id === id ? { ...r, active: false } : r));
  fs.writeFileSync(p, `${JSON.stringify(data, null, 2)}\n`);
  return dir;
}

const tested = new Set<string>();
function callback(name: string, body: () => void): void {
  tested.add(name);
  test(name, body);
}

callback('lexicon', () => {
  const got = found('Danish officials flew from Oslo to Chile, the Kingdom of Zaire said.');
  expect(got).toEqual(
    expect.arrayContaining(['country:DK Danish country/demonym', 'place:oslo Oslo place/capital', 'country:CL Chile country/name']),
  );
});

callback('capital-government', () => {
  expect(found('Oslo said on Monday it would act.')).toContain('country:NO Oslo country/capital-government');
  expect(found('He lives in Oslo now.')).toContain('place:oslo Oslo place/capital');
});

callback('the-north', () => {
  expect(found('North Korea and South Korea met. The North said no.')).toContain('country:KP North country/the-north');
  expect(found('North Korea and South Korea met. The North said no.', off('country.rules.json', 'country/the-north'))).not.toContain(
    'country:KP North country/the-north',
  );
});

callback('chunks', () => {
  const got = found('Prime Minister Ada Morrow met Keld Varno, a former minister. VARNA 2024-03-06 Talks began.');
  expect(got).toEqual(
    expect.arrayContaining([
      'person:ada-morrow Ada Morrow person/title-name',
      'person:keld-varno Keld Varno person/apposition',
      'place:varna VARNA place/dateline',
    ]),
  );
  expect(found('He told the Morning Desk programme on Monday.')).toContain(
    'organization:morning-desk Morning Desk organization/before-lowercase-head',
  );
  // an acronym alone in an ordinary sentence; not a common acronym, not in a headline in capitals
  expect(found('The KVTA said on Monday that its index rose.')).toContain('organization:kvta KVTA organization/acronym');
  expect(found('GDP rose by two percent in the first quarter, the ministry said.').some((s) => s.includes('organization/acronym'))).toBe(
    false,
  );
  expect(found('SOCCER - KVTA WINS TITLE.').some((s) => s.includes('organization/acronym'))).toBe(false);
});

callback('organizations', () => {
  const got = found('Officials of the Varnic Trade Council (VTC) and the Ministry of Coastal Affairs met.');
  expect(got).toEqual(
    expect.arrayContaining([
      'organization:varnic-trade-council Varnic Trade Council organization/name-head',
      'organization:varnic-trade-council VTC organization/acronym-in-parentheses',
      'organization:ministry-of-coastal-affairs Ministry of Coastal Affairs organization/head-of-name',
    ]),
  );
  // "&" joins a company's name; a designator ends it before "and" and before "of <place>"; "(" ends it
  expect(found('Analysts at Brill & Co said the market was weak.')).toContain('organization:brill-co Brill & Co organization/name-head');
  expect(found('Kestow Controls Inc and Ardley Corp said they would merge.')).toEqual(
    expect.arrayContaining([
      'organization:kestow-controls-inc Kestow Controls Inc organization/name-head',
      'organization:ardley-corp Ardley Corp organization/name-head',
    ]),
  );
  expect(found('Shares of Varnholm Chemical Co of Norway rose.')).toContain(
    'organization:varnholm-chemical-co Varnholm Chemical Co organization/name-head',
  );
  expect(found('The Party of Coastal Action (PCA) won the vote.')).toContain(
    'organization:party-of-coastal-action Party of Coastal Action organization/head-of-name',
  );
  expect(found('The bank said Kestow Holdings SA would buy it.')).toContain(
    'organization:kestow-holdings-sa Kestow Holdings SA organization/name-head',
  );
});

callback('bare-names', () => {
  expect(found('Prime Minister Ada Morrow arrived on Monday. Morrow spoke to reporters.')).toContain(
    'person:ada-morrow Morrow person/surname alias/surname-of-full-name',
  );
});

callback('second-names', () => {
  expect(found('Officials met Ada Lund, also known as Abu Varno, on Monday.')).toContain(
    'person:ada-lund Abu Varno person/known-name alias/also-known-as',
  );
  expect(found('The Varnic Trade Council met on Monday. Later the VTC said talks would resume.')).toContain(
    'organization:varnic-trade-council VTC organization/acronym alias/acronym-of-name',
  );
  const unit = found("Officials of the Varnic Foreign Ministry's Northern Affairs Bureau met on Monday.");
  expect(unit).toContain(
    'organization:varnic-foreign-ministry Northern Affairs Bureau organization/name-head alias/sub-unit-of-organization',
  );
});

callback('initial-names', () => {
  const text = 'Kestow 259 (A. Varno 69, H. Lund 42; D. Brill 4-43).';
  expect(found(text)).toContain('person:a-varno A. Varno person/initial-name');
  expect(found(text, off('person.rules.json', 'person/initial-name')).some((s) => s.endsWith('person/initial-name'))).toBe(false);
});

callback('sports-teams', () => {
  const text = 'SOCCER - ARDLEY WIN AGAIN.\n\nResults of league matches on Saturday:\nArdley 2 Varnholm 1\nKestow 0 Brill 0\n';
  expect(found(text)).toContain('organization:varnholm Varnholm organization/sports-team');
  expect(found(text, off('organization.rules.json', 'organization/sports-team')).some((s) => s.endsWith('organization/sports-team'))).toBe(
    false,
  );
});

callback('team-nicknames', () => {
  const text = "BASEBALL - LATE RALLY.\n\nThe loss was the Herons' eighth straight, and Herons fans booed.\n";
  expect(found(text)).toEqual(expect.arrayContaining(['organization:herons Herons organization/team-nickname']));
  expect(found("The loss was the Herons' eighth straight.")).not.toContain('organization:herons Herons organization/team-nickname');
  const without = found(text, off('organization.rules.json', 'organization/team-nickname'));
  expect(without.some((s) => s.endsWith('organization/team-nickname'))).toBe(false);
});

callback('ranked-result-teams', () => {
  const text =
    'CYCLING - TOUR STAGE.\n\nLeading placings:\n1. Ada Lund (Norway) Varnholm Tools 4 hours 48 mins\n2. Ivo Dorne (Italy) Kestow same time\n';
  expect(found(text)).toEqual(
    expect.arrayContaining([
      'organization:varnholm-tools Varnholm Tools organization/ranked-result-team',
      'organization:kestow Kestow organization/ranked-result-team',
    ]),
  );
  const without = found(text, off('organization.rules.json', 'organization/ranked-result-team'));
  expect(without.some((s) => s.endsWith('organization/ranked-result-team'))).toBe(false);
});

callback('coordinated-teams', () => {
  const text = 'CRICKET - COUNTY SCORES.\n\nArdley 296, Varnholm 83 and 174.\nVarnholm and Kent both face tense finishes on Monday.\n';
  expect(found(text)).toContain('organization:kent Kent organization/coordinated-team');
  const without = found(text, off('organization.rules.json', 'organization/coordinated-team'));
  expect(without.some((s) => s.endsWith('organization/coordinated-team'))).toBe(false);
});

callback('scorecard-names', () => {
  const text = 'CRICKET - KESTOW V ARDLEY SCOREBOARD.\n\nA. Lund st Varnholt b Dorne 12\nBowling: Varnholt 7-0-29-0, Dorne 4-1-25-1.\n';
  expect(found(text)).toContain('person:varnholt Varnholt person/scorecard-name');
  expect(found('A. Lund st Varnholt b Dorne 12\nBowling: Varnholt 7-0-29-0.\n')).not.toContain(
    'person:varnholt Varnholt person/scorecard-name',
  );
  const without = found(text, off('person.rules.json', 'person/scorecard-name'));
  expect(without.some((s) => s.endsWith('person/scorecard-name'))).toBe(false);
});

callback('player-lists', () => {
  const text = 'SOCCER - SQUAD NAMED.\n\nThe squad is as follows:\nAda Lund, Ivo Varno (captain), Tomas Brill, Keld Dorne, Halvorsk.\n';
  expect(found(text)).toContain('person:halvorsk Halvorsk person/player-list');
  const without = found(text, off('person.rules.json', 'person/player-list'));
  expect(without.some((s) => s.endsWith('person/player-list'))).toBe(false);
});

callback('company-short-names', () => {
  const text = 'Ardley Varnholm Holdings Inc said on Friday it sold its steel unit. Ardley Varnholm shares rose 3 percent.';
  expect(found(text)).toContain('organization:ardley-varnholm-holdings-inc Ardley Varnholm organization/company-short-name');
  const without = found(text, off('organization.rules.json', 'organization/company-short-name'));
  expect(without.some((s) => s.endsWith('organization/company-short-name'))).toBe(false);
});

callback('all-caps-names', () => {
  const text = 'TENNIS - VARNO BEATS TOP SEED.\n\nKeld Varno won in straight sets on Friday.\n';
  expect(found(text)).toContain('person:keld-varno VARNO alias/all-caps-name');
  expect(found(text, off('alias.rules.json', 'alias/all-caps-name')).some((s) => s.endsWith('alias/all-caps-name'))).toBe(false);
});

callback('within-doc', () => {
  const text = 'Ada B. Lund spoke first. Later Ada Lund left.';
  expect(found(text).some((s) => s.startsWith('person:ada-b-lund Ada Lund ') && s.endsWith('alias/same-name-variant'))).toBe(true);
  expect(found(text, off('alias.rules.json', 'alias/same-name-variant'))).toContain('person:ada-lund Ada Lund person/known-name');
});

test('initialsOf: the capitals of a name, function words skipped', () => {
  expect(initialsOf('Varnic Trade Council')).toBe('VTC');
  expect(initialsOf('Party of Coastal Action')).toBe('PCA');
  expect(initialsOf('Kestow-Ardley Export Board')).toBe('KAEB');
});

test('every registered entity callback has a test here', () => {
  expect([...tested].sort()).toEqual(callbackNames('extractor', 'entities').sort());
});
