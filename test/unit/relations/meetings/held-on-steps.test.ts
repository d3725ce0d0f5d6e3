/** The held-on steps beyond a meeting's own words: the visit it took place during, the day of an "also" meeting. */
import { createContext, type Context, type DocResult, type SourceDoc } from '../../../../src/index.js';
import { processDocument } from '../../../../src/pipeline.js';
import { sha256 } from '../../../../src/input/read.js';
import { meetingSteps } from '../../../../src/relations/meetings/steps.js';
import { RULES, withRules } from './stream.js';

const CTX = createContext();
const steps = meetingSteps(RULES);

function run(text: string, docDate: string, ctx: Context = CTX): DocResult {
  const doc: SourceDoc = { path: 't.txt', text, sha256: sha256(text), date: docDate, dateSource: 'option' };
  return processDocument(doc, ctx);
}

/** Each meeting's parties (sorted) and its held_on targets with the rule that made them. */
function dated(r: DocResult): { parties: string[]; dates: string[] }[] {
  return r.meetings.map((m) => ({
    parties: r.edges
      .filter((e) => e.type === 'participant_in' && e.target === `meeting#${m.localId}`)
      .map((e) => e.source)
      .sort(),
    dates: r.edges
      .filter((e) => e.type === 'held_on' && e.source === `meeting#${m.localId}`)
      .map((e) => `${e.target} ${e.evidence.map((x) => x.rule).join()}`),
  }));
}

const VISIT = 'Chilean President Keld Varno arrived in Copenhagen on March 4, beginning a visit to Denmark.';

test('during-visit: a visitor meeting a host of the country visited takes the visit date, stamped by its record', () => {
  const out = dated(run(`${VISIT} Varno will meet Danish Prime Minister Ada Morrow.`, '2024-03-04'));
  expect(out).toContainEqual({
    parties: ['person:ada-morrow', 'person:keld-varno'],
    dates: [`date:2024-03-04 ${steps.heldOnVisit}`],
  });
});

test('during-visit: a host of another country, or a meeting placed outside it, is not part of the visit', () => {
  const other = dated(run(`${VISIT} Varno will meet Norwegian Prime Minister Ada Morrow.`, '2024-03-04'));
  expect(other.find((m) => m.parties.includes('person:ada-morrow'))?.dates).toEqual([]);
  const elsewhere = dated(run(`${VISIT} Varno had met Danish Prime Minister Ada Morrow in Lima.`, '2024-03-04'));
  expect(elsewhere.find((m) => m.parties.includes('person:ada-morrow'))?.dates).toEqual([]);
});

test('during-visit: a past meeting is not part of a visit still to come', () => {
  const text = 'Chilean President Keld Varno will visit Denmark on March 12. Varno met Danish Prime Minister Ada Morrow.';
  expect(dated(run(text, '2024-03-06')).find((m) => m.parties.includes('person:ada-morrow'))?.dates).toEqual([]);
});

test('during-visit: visitSentences bounds the distance to the visit; active: false switches the step off', () => {
  const text = `${VISIT} Trade grew by a third. Fish prices fell. Rain is expected. Varno will meet Danish Prime Minister Ada Morrow.`;
  const meeting = (ctx: Context): string[] | undefined =>
    dated(run(text, '2024-03-04', ctx)).find((m) => m.parties.includes('person:ada-morrow'))?.dates;
  expect(meeting(CTX)).toEqual([`date:2024-03-04 ${steps.heldOnVisit}`]);
  expect(meeting({ ...CTX, rules: withRules(RULES, { params: { [steps.heldOnVisit]: { visitSentences: 2 } } }) })).toEqual([]);
  expect(meeting({ ...CTX, rules: withRules(RULES, { off: [steps.heldOnVisit] }) })).toEqual([]);
});

const TALKS = 'Prime Minister Ada Morrow held talks with President Keld Varno in Oslo.';

test('also-dated: the earlier meeting of one who "also on Monday" met another takes that day, stamped by its record', () => {
  const out = dated(run(`${TALKS} Morrow also on Monday met Foreign Minister Lena Roos.`, '2024-03-06'));
  expect(out).toContainEqual({ parties: ['person:ada-morrow', 'person:keld-varno'], dates: [`date:2024-03-04 ${steps.heldOnAlso}`] });
});

test('also-dated: no "also", another person, or a date of its own: no day borrowed', () => {
  const talks = (text: string): string[] | undefined =>
    dated(run(text, '2024-03-06')).find((m) => m.parties.includes('person:keld-varno'))?.dates;
  expect(talks(`${TALKS} Morrow on Monday met Foreign Minister Lena Roos.`)).toEqual([]);
  expect(talks(`${TALKS} Lena Roos also on Monday met Piet Dorn.`)).toEqual([]);
  expect(talks(`Ada Morrow met Keld Varno on Friday. Morrow also met Lena Roos on Monday.`)).toEqual([`date:2024-03-01 ${steps.heldOn}`]);
});

test('also-dated: alsoSentences and alsoReach bound it; active: false switches it off', () => {
  const text = `${TALKS} Trade grew. Morrow also on Monday met Foreign Minister Lena Roos.`;
  const talks = (ctx: Context): string[] | undefined =>
    dated(run(text, '2024-03-06', ctx)).find((m) => m.parties.includes('person:keld-varno'))?.dates;
  expect(talks(CTX)).toEqual([`date:2024-03-04 ${steps.heldOnAlso}`]);
  expect(talks({ ...CTX, rules: withRules(RULES, { params: { [steps.heldOnAlso]: { alsoSentences: 1 } } }) })).toEqual([]);
  expect(talks({ ...CTX, rules: withRules(RULES, { params: { [steps.heldOnAlso]: { alsoReach: 2 } } }) })).toEqual([]);
  expect(talks({ ...CTX, rules: withRules(RULES, { off: [steps.heldOnAlso] }) })).toEqual([]);
});
