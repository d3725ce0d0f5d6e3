/** The callback registry lists exactly the callbacks the stages register, and the bundled rules use them all. */
import { CALLBACKS, callbackNames, findCallback } from '../../../src/engine/registry.js';
import { GUARDS } from '../../../src/dates/guards.js';
import { NORMALIZERS } from '../../../src/dates/normalize/index.js';
import { ATTRIBUTE_GUARDS, VETO_GUARDS } from '../../../src/relations/guards.js';
import { loadRules } from '../../../src/index.js';

const sorted = (xs: Iterable<string>): string[] => [...xs].sort();

test('guards, normalizers and attributes in the registry are the functions the stages register', () => {
  expect(sorted(callbackNames('guard', 'dates'))).toEqual(sorted(Object.keys(GUARDS)));
  expect(sorted(callbackNames('guard', 'relations'))).toEqual(sorted(Object.keys(VETO_GUARDS)));
  expect(sorted(callbackNames('normalizer'))).toEqual(sorted(Object.keys(NORMALIZERS)));
  expect(sorted(callbackNames('attribute'))).toEqual(sorted(Object.keys(ATTRIBUTE_GUARDS)));
});

test('every registered callback is used by a bundled rule, and has a one-line description', () => {
  const rules = loadRules();
  const used = new Set<string>();
  for (const r of rules.rules) {
    if (r.extractor) used.add(`extractor:${r.extractor}`);
    for (const g of r.guards ?? []) used.add(`guard:${g}`);
    const date = r.output.date as { normalizer?: string } | undefined;
    if (date?.normalizer) used.add(`normalizer:${date.normalizer}`);
    const edge = r.output.edge as { attributes?: Record<string, unknown> } | undefined;
    for (const v of Object.values(edge?.attributes ?? {}))
      if (typeof v === 'string' && v.startsWith('@')) used.add(`attribute:${v.slice(1)}`);
  }
  expect(sorted(CALLBACKS.map((c) => `${c.kind}:${c.name}`))).toEqual(sorted(used));
  for (const c of CALLBACKS) {
    expect(c.description.length).toBeGreaterThan(10);
    expect(c.description).not.toMatch(/\n/);
  }
});

test('the registry is sorted by kind, then name, without duplicates', () => {
  const keys = CALLBACKS.map((c) => `${c.kind}:${c.name}`);
  expect(keys).toEqual([...new Set(keys)].sort());
  expect(findCallback('guard', 'not-a-count')?.stages).toEqual(['dates']);
  expect(findCallback('guard', 'nope')).toBeUndefined();
});
