/** organization/company-short-name: which short forms a company's full name gives. */
import { shortForms } from '../../../src/entities/company-short-names.js';

const designators = new Set(['inc', 'corp', 'ltd', 'holdings', 'co']);

describe('shortForms', () => {
  test('the name less its designators, then the first word of a longer core', () => {
    expect(shortForms(['Ardley', 'Varnholm', 'Holdings', 'Inc'], designators)).toEqual([['Ardley', 'Varnholm'], ['Ardley']]);
    expect(shortForms(['Kestow', 'Corp'], designators)).toEqual([['Kestow']]);
  });

  test('a name without a designator at its end gives none', () => {
    expect(shortForms(['Varnic', 'Trade', 'Council'], designators)).toEqual([]);
    expect(shortForms(['Inc', 'Weekly', 'Review'], designators)).toEqual([]);
  });

  test('a designator alone is kept as the name, and a short first word is no short form', () => {
    expect(shortForms(['Co'], designators)).toEqual([]);
    expect(shortForms(['Ox', 'Brill', 'Ltd'], designators)).toEqual([['Ox', 'Brill']]);
  });

  test('a name ending in a word of its trade has its first word as a short form', () => {
    const heads = new Set(['airways', 'motors']);
    expect(shortForms(['Kestrel', 'Airways'], designators, heads)).toEqual([['Kestrel']]);
    expect(shortForms(['Varnic', 'Trade', 'Council'], designators, heads)).toEqual([]);
    expect(shortForms(['Airways'], designators, heads)).toEqual([]);
  });
});
