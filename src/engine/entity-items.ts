/**
 * The item classes of entity patterns. An entity pattern is written in the language of relation
 * patterns (engine/item-pattern.ts compiles and matches both) but runs over the item stream the
 * entity stage builds before any entity exists (src/entities/items.ts): titles, capitalized words,
 * lower-case words and punctuation.
 */
export const ENTITY_ITEM_CLASSES: Readonly<Record<string, string>> = {
  Cap: 'a capitalized word (or a name particle joined by a hyphen to one: "al-")',
  HON: 'an honorific ("Mr", "Dr")',
  HONs: 'an honorific, possessive',
  LEAD: 'a leader title ("Prime Minister", "President")',
  LEADs: 'a leader title, possessive ("the King\'s")',
  ROLE: 'another office ("Foreign Minister", "spokesman")',
  ROLEs: 'another office, possessive',
};

/** The slot of an entity pattern: the name the step classifies. */
export const ENTITY_SLOT = 'name';
