/** Who takes part in one meeting mention, and its place and status (issue 15). */
import { meetings } from './helpers.js';

test('"visiting Chilean President X" describes the visitor: no visit, a coordinated subject', () => {
  const ms = meetings('Prime Minister Ada Morrow and visiting Chilean President Keld Varno held talks in Oslo on Friday.');
  expect(ms).toHaveLength(1);
  expect(ms[0]!.kind).toBe('talks');
  expect(ms[0]!.parties).toEqual(['person:ada-morrow', 'person:keld-varno']);
  expect(ms[0]!.place).toBe('place:oslo');
});

test('a verb in a relative clause takes the person before "who" as its subject', () => {
  const ms = meetings('Ada Morrow met with President Keld Varno and Prime Minister Tomas Lind, who arrived in Oslo on Friday.');
  const visit = ms.find((m) => m.kind === 'visit');
  expect(visit?.parties).toContain('person:tomas-lind');
  expect(visit?.parties).not.toContain('person:ada-morrow');
});

test('"his first visit" belongs to the person nearest before it', () => {
  const ms = meetings('Officials said Chilean President Keld Varno made his first visit to Peru on Friday.');
  expect(ms[0]?.parties).toEqual(['country:PE', 'person:keld-varno']);
});

test('a country subject after "and" takes the conjunct before it', () => {
  const ms = meetings('The leaders of the Andean Community and the United States met today in Lima.');
  expect(ms[0]?.parties).toEqual(['country:US', 'organization:andean-community']);
});

test('"in Chile\'s capital, Santiago" is the more precise place', () => {
  const ms = meetings("Ada Morrow and Keld Varno held their first meeting in two years in Chile's capital, Santiago.");
  expect(ms[0]?.place).toBe('place:santiago');
});

test('a place is looked for before the next meeting of the sentence only', () => {
  const ms = meetings('Ada Morrow held talks with Keld Varno on Friday, after a meeting with Tomas Lind in Oslo.');
  const talks = ms.find((m) => m.kind === 'talks');
  expect(talks?.place).toBeNull();
});

test('statuses: an accepted invitation is planned, a declined one cancelled, a call for talks proposed', () => {
  expect(meetings('Ada Morrow has accepted an invitation from Keld Varno to visit Chile.')[0]?.status).toBe('planned');
  expect(meetings('Ada Morrow has declined an invitation from Keld Varno to visit Chile.')[0]?.status).toBe('cancelled');
  const ms = meetings(
    'Rwanda and Burundi disagree. Rwanda wants more, Burundi wants less. Kenya renewed calls for the two neighbours, along with Uganda, to hold high-level talks.',
  );
  expect(ms[0]?.status).toBe('proposed');
  expect(ms[0]?.parties).toEqual(['country:BI', 'country:RW', 'country:UG']);
});

test('a summit after another meeting of the sentence was attended by its people, a separate meeting', () => {
  const ms = meetings('President Keld Varno spoke with Prime Minister Ada Morrow following the Oslo summit.');
  expect(ms).toHaveLength(2);
  expect(ms.map((m) => m.parties)).toEqual([
    ['person:ada-morrow', 'person:keld-varno'],
    ['person:ada-morrow', 'person:keld-varno'],
  ]);
  const apart = meetings('After talking with Prime Minister Ada Morrow, President Keld Varno raised the issue at the summit.');
  expect(apart.filter((m) => /summit/.test(m.label))).toEqual([]);
});

test('separate talks with two people are two meetings, joint talks one', () => {
  const apart = meetings('Prime Minister Ada Morrow held separate talks with President Keld Varno and King Tomas Lind in Oslo.');
  expect(apart.map((m) => m.parties)).toEqual([
    ['person:ada-morrow', 'person:keld-varno'],
    ['person:ada-morrow', 'person:tomas-lind'],
  ]);
  const joint = meetings('Prime Minister Ada Morrow held talks with President Keld Varno and King Tomas Lind in Oslo.');
  expect(joint).toHaveLength(1);
});

test('receptions and dinners are meetings', () => {
  expect(meetings('President Keld Varno welcomes Prime Minister Ada Morrow at the presidential palace in Lima.')[0]?.parties).toEqual([
    'person:ada-morrow',
    'person:keld-varno',
  ]);
  expect(meetings('Ada Morrow dined with Keld Varno in Oslo on Friday.')[0]?.place).toBe('place:oslo');
});

test('a list of titled leaders separated by commas: each one takes part; a date right after the verb dates it', () => {
  const ms = meetings(
    'President Ada Morrow met March 2 with President Keld Varno of the Republic of Chile (Chile), President Lis Hune of Peru, Prime Minister Ole Brandt of Norway, and President Tam Oduya of Kenya to discuss trade.',
  );
  expect(ms).toHaveLength(1);
  expect(ms[0]?.parties).toEqual(['person:ada-morrow', 'person:keld-varno', 'person:lis-hune', 'person:ole-brandt', 'person:tam-oduya']);
  expect(ms[0]?.dates).toEqual(['date:2024-03-02']);
});

test('an apposition after a comma is not a second party', () => {
  const ms = meetings('Ada Morrow met with Keld Varno, the Chilean president, in Oslo on Friday.');
  expect(ms[0]?.parties).toEqual(['person:ada-morrow', 'person:keld-varno']);
});

test('"welcomed" is a meeting only with a party as its object, not a possessive or a decision', () => {
  expect(meetings('President Keld Varno welcomed Prime Minister Ada Morrow at the palace in Oslo on Friday.')).toHaveLength(1);
  expect(meetings("President Keld Varno welcomed Prime Minister Ada Morrow's announcement of new aid.")).toHaveLength(0);
  expect(meetings('The leaders of Denmark and Chile welcomed the decision by the Nordic Council to fund the bridge.')).toHaveLength(0);
});

test('an introductory phrase before the subject holds no party of the meeting', () => {
  const ms = meetings(
    'At the invitation of the Chair of the Board, President Keld Varno, the leaders of the Andean Community and the United States met today in Lima.',
  );
  expect(ms[0]?.parties).toEqual(['country:US', 'organization:andean-community']);
  const lunch = meetings('On Friday, Ada Morrow, director of the Danish Foreign Ministry, held talks with Keld Varno.');
  expect(lunch[0]?.parties).toEqual(['person:ada-morrow', 'person:keld-varno']);
});

test('a visitor who will meet several leaders of one other country meets each of them', () => {
  const ms = meetings(
    'Chilean President Keld Varno arrived in Oslo. Varno will meet Danish Prime Minister Ada Morrow, Danish President Ole Brandt and the speaker Lis Hune.',
  );
  const meets = ms.filter((m) => m.kind === 'meeting');
  expect(meets.map((m) => m.parties)).toEqual([
    ['person:ada-morrow', 'person:keld-varno'],
    ['person:keld-varno', 'person:ole-brandt'],
    ['person:keld-varno', 'person:lis-hune'],
  ]);
});

test('"after he met King A in X and his official visit to Y": "his" is the pronoun\'s, not King A\'s', () => {
  const ms = meetings(
    'Keld Varno arrived in Lima after he paid respect to King Tomas Lind in Oslo, Norway and his official visit to Peru.',
  );
  const visit = ms.find((m) => m.parties.includes('country:PE'));
  expect(visit?.parties).toEqual(['country:PE', 'person:keld-varno']);
  // with no one the pronoun can stand for, the visit has no subject (and is no meeting)
  const none = meetings(
    'The minister arrived in Lima after he paid respect to King Tomas Lind in Oslo, Norway and his official visit to Peru.',
  );
  expect(none.filter((m) => m.parties.includes('person:tomas-lind') && m.parties.includes('country:PE'))).toEqual([]);
});

test('a century is no date of a meeting: no held_on "19"', () => {
  const ms = meetings('Prime Minister Ada Morrow met President Keld Varno in the 20th century.');
  expect(ms).toHaveLength(1);
  expect(ms[0]!.dates).toEqual([]);
});

test('a noun naming the purpose of a meeting verb does not cut off its date and place ("hosted X for talks … on Friday")', () => {
  const ms = meetings('President Keld Varno hosted Prime Minister Ada Morrow for talks in Oslo on Friday.');
  expect(ms).toHaveLength(1);
  expect(ms[0]!.parties).toEqual(['person:ada-morrow', 'person:keld-varno']);
  expect(ms[0]!.place).toBe('place:oslo');
  expect(ms[0]!.dates).toEqual(['date:2024-03-01']);
  // another clause's noun after "for" is not the verb's
  const other = meetings('President Keld Varno welcomed Prime Minister Ada Morrow and pressed for talks with the rebels on Friday.');
  expect(other.find((m) => m.parties.includes('person:ada-morrow'))?.dates).toEqual([]);
});

test('coordinated subjects, each with an apposition, hold the talks', () => {
  const ms = meetings("Denmark's prime minister, Ada Morrow, and the Chilean premier, Keld Varno, held talks on Tuesday.");
  expect(ms).toHaveLength(1);
  expect(ms[0]!.parties).toEqual(['person:ada-morrow', 'person:keld-varno']);
  expect(ms[0]!.dates).toEqual(['date:2024-03-05']);
  // a conjunct that names no person is none
  expect(meetings("Denmark's prime minister, Ada Morrow, and the Chilean press, held talks on Tuesday.")).toEqual([]);
});
