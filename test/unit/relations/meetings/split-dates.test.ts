/** A plural meeting noun with a list of dates: one meeting per date, each at its own place. */
import { meetings } from './helpers.js';

test('"summits held on D1 in X, and on D2 and D3 in Y": three summits with their places', () => {
  const ms = meetings(
    'The leaders noted the previous Norway-Peru summits held on May 14, 2015 in Oslo, and on April 21, 2016 and May 21, 2017 in Lima.',
    '2022-07-16',
  );
  expect(ms.map((m) => [m.dates, m.place, m.parties])).toEqual([
    [['date:2015-05-14'], 'place:oslo', ['country:NO', 'country:PE']],
    [['date:2016-04-21'], 'place:lima', ['country:NO', 'country:PE']],
    [['date:2017-05-21'], 'place:lima', ['country:NO', 'country:PE']],
  ]);
});

test('a singular noun with two dates stays one meeting; so do plural talks', () => {
  expect(meetings('The Norway-Peru summit was held on May 14 and May 15, 2015 in Oslo.', '2022-07-16')).toHaveLength(1);
  expect(meetings('Norway-Peru talks were held on May 14 and May 15, 2015 in Oslo.', '2022-07-16')).toHaveLength(1);
});
