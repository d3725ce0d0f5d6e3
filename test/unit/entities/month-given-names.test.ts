/** A month that is also a given name ("Jan", "May", "June": not-names entries marked givenName) starts a name; as a date it does not. */
import { extractText } from '../../../src/index.js';

const people = (text: string): string[] =>
  extractText(text, { docDate: '1997-02-12' })
    .nodes.filter((n) => n.type === 'person')
    .map((n) => n.id)
    .sort();

test('a month word between a title and a surname is the first name', () => {
  expect(people('Norwegian Fisheries Minister Jan Olsen said on Monday the talks went well.')).toEqual(['person:jan-olsen']);
  expect(people('President May Lindqvist met Prime Minister April Novak in Oslo.')).toEqual(['person:april-novak', 'person:may-lindqvist']);
});

test('after a first name it is the surname', () => {
  expect(people('Prime Minister Ada May met reporters.')).toEqual(['person:ada-may']);
});

test('after a preposition, a determiner or an adjective, or before a number, it is a date', () => {
  const text = 'In May Lund met Varno in Oslo. Since June Varno has led the party. Lund said in April Varno would resign.';
  expect(people(text)).not.toContain('person:may-lund');
  expect(people(text)).not.toContain('person:june-varno');
  expect(people(text)).not.toContain('person:april-varno');
  const dated = extractText('On August 3 Ada Lund arrived. Last June Keld Varno left.', { docDate: '1997-02-12' });
  expect(dated.nodes.filter((n) => n.type === 'date').map((n) => n.attributes.value)).toEqual(
    expect.arrayContaining(['1996-08-03', '1996-06']),
  );
});
