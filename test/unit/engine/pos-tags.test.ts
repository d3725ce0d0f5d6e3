/** The `#Tag` names the loader accepts are exactly compromise's tag set. */
import { createRequire } from 'node:module';
import { POS_TAGS } from '../../../src/engine/pos-tags.js';

test('POS_TAGS equals the installed compromise tag set', () => {
  const nlp = createRequire(import.meta.url)('compromise') as { world: () => { model: { one: { tagSet: Record<string, unknown> } } } };
  expect([...POS_TAGS]).toEqual(Object.keys(nlp.world().model.one.tagSet).sort());
  expect([...POS_TAGS]).toEqual([...POS_TAGS].sort());
});
