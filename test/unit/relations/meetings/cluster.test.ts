/** Merging meeting mentions: places that exclude each other keep two meetings apart (issue 15). */
import { placesCompatible } from '../../../../src/relations/meetings/cluster.js';
import { meetings } from './helpers.js';

const countryOf = (id: string): string | undefined => ({ 'place:oslo': 'country:NO', 'place:bergen': 'country:NO' })[id];

test('a place and the country it lies in are compatible; two cities are not', () => {
  expect(placesCompatible('place:oslo', 'country:NO', countryOf)).toBe(true);
  expect(placesCompatible('country:NO', 'place:oslo', countryOf)).toBe(true);
  expect(placesCompatible('place:oslo', undefined, countryOf)).toBe(true);
  expect(placesCompatible('place:oslo', 'place:bergen', countryOf)).toBe(false);
  expect(placesCompatible('place:oslo', 'country:SE', countryOf)).toBe(false);
});

test('"met in Oslo" and "a summit in Berlin next month" stay two meetings with their own places', () => {
  const ms = meetings(
    'Prime Minister Ada Morrow met President Keld Varno in Oslo. The two leaders will hold a summit in Berlin next month.',
  );
  const places = ms.map((m) => m.place).sort();
  expect(places).toEqual(['place:berlin', 'place:oslo']);
});

test('a headline meeting gives its place to the body meeting of the same person', () => {
  const ms = meetings(
    'Ada Morrow met with the prime ministers of Peru and Chile in Oslo\n\nPrime Minister Ada Morrow met with Prime Minister Keld Varno and Prime Minister Tomas Lind. They discussed trade.',
  );
  const m = ms.find((x) => x.parties.includes('person:keld-varno'));
  expect(m?.place).toBe('place:oslo');
});

test('a planned meeting named without parties does not refer back to talks that took place', () => {
  const ms = meetings(
    'Prime Minister Ada Morrow held talks with President Keld Varno on Monday. A conference will be held in London in March.',
  );
  expect(ms).toHaveLength(1);
  expect(ms[0]!.place).toBeNull();
  expect(ms[0]!.status).toBe('occurred');
});
