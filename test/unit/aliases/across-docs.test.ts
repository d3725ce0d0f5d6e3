/** Issue 19 point 15: one ministry named two ways (in one document or in two) is one node. */
import { extractText } from '../../../src/index.js';
import { mergeAcrossDocs, organizationKey as key } from '../../../src/aliases/across-docs.js';
import { english } from '../../../src/locales/en/index.js';

const organizationKey = (label: string, iso: string): string => key(label, iso, english);

const org = (id: string, label: string, country: string | undefined, path: string) => ({
  id,
  type: 'organization',
  label,
  attributes: country ? { country } : {},
  mentions: [{ path }],
});

test('a ministry of a country: the country words left out, "Ministry of X Affairs" read as "X Ministry"', () => {
  expect(organizationKey('Norwegian Foreign Ministry', 'NO')).toBe('foreign ministry');
  expect(organizationKey("Norway's Ministry of Foreign Affairs", 'NO')).toBe('foreign ministry');
  expect(organizationKey('Ministry of Foreign Affairs', 'NO')).toBe('foreign ministry');
  expect(organizationKey('the Foreign Affairs Ministry', 'NO')).toBe('foreign ministry');
  expect(organizationKey('Department of State', 'US')).toBe('state department');
  expect(organizationKey('U.S. State Department', 'US')).toBe('state department');
  // only the node's own country is left out, and never a small word of its official name ("Republic of Korea")
  expect(organizationKey('South Korean Ministry of Foreign Affairs', 'KR')).toBe('foreign ministry');
  expect(organizationKey('Norwegian Foreign Ministry', 'SE')).toBe('norwegian foreign ministry');
  expect(organizationKey('Ministry of Foreign Trade', 'NO')).toBe('foreign trade ministry');
  expect(organizationKey('Norway', 'NO')).toBe('');
});

test('mergeAcrossDocs: two names of one ministry join the first; other ministries and other countries stay apart', () => {
  const rename = mergeAcrossDocs(
    [
      org('organization:norwegian-foreign-ministry', 'Norwegian Foreign Ministry', 'NO', 'a.txt'),
      org('organization:ministry-of-foreign-affairs-no', 'Ministry of Foreign Affairs', 'NO', 'b.txt'),
      org('organization:ministry-of-foreign-affairs-se', 'Ministry of Foreign Affairs', 'SE', 'b.txt'),
      org('organization:ministry-of-foreign-trade-no', 'Ministry of Foreign Trade', 'NO', 'b.txt'),
      org('organization:foreign-ministry', 'Foreign Ministry', undefined, 'c.txt'),
    ],
    english,
  );
  expect([...rename]).toEqual([['organization:ministry-of-foreign-affairs-no', 'organization:norwegian-foreign-ministry']]);
});

test('in one document: the bureau stays an alias of its ministry, and the ministry is one node', () => {
  const g = extractText(
    "Keld Varno, director of the Norwegian Foreign Ministry's Coastal Affairs Bureau, met Ada Morrow in Oslo. " +
      "A source with Norway's Ministry of Foreign Affairs said the talks went well.\n",
    { docDate: '2024-03-06' },
  );
  const orgs = g.nodes.filter((n) => n.type === 'organization');
  const ministries = orgs.filter((n) => /ministry/i.test(n.label));
  expect(ministries).toHaveLength(1);
  expect(ministries[0]!.aliases).toEqual(expect.arrayContaining(['Coastal Affairs Bureau']));
  expect(orgs.filter((n) => /bureau/i.test(n.label))).toEqual([]);
});
