/** A name's label is written as the running text writes it, not as a dateline in capitals does. */
import { extractText } from '../../../src/index.js';

const label = (text: string, id: string): string | undefined =>
  extractText(text, { docDate: '1997-02-12' }).nodes.find((n) => n.id === id)?.label;

test('a dateline in capitals gives way to the same name in the text', () => {
  expect(label('OSLO, Feb 12 (Reuters) - Ministers met in Oslo on Wednesday.', 'place:oslo')).toBe('Oslo');
});

test('a name written only in capitals keeps them', () => {
  expect(label('OSLO, Feb 12 (Reuters) - Ministers met on Wednesday.', 'place:oslo')).toBe('OSLO');
  expect(label('NATO said on Monday that talks went on. Later NATO met again.', 'organization:nato')).toBe('NATO');
});
