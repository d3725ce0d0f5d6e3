import type { EntityType } from '../types.js';

/** An entity mention inside one document, on token indexes [first, last) of the view. */
export interface EntMention {
  readonly type: EntityType;
  readonly first: number;
  readonly last: number;
  /** node id: person:slug, country:ISO, place:slug, organization:slug */
  id: string;
  label: string;
  readonly rule: string;
  via?: string[];
  readonly iso?: string;
  /** the country a place or organization belongs to, where the text says */
  country?: string;
  /** titles found before a person's name ("Prime Minister") */
  readonly titles?: readonly string[];
  /** name tokens (normalized) used for alias matching */
  readonly nameTokens?: readonly string[];
  /** a capital (or country) standing for its government */
  readonly government?: boolean;
}

/** A title found in the text (leader or role), with the person it introduces when known. */
export interface TitleHit {
  readonly first: number;
  readonly last: number;
  readonly kind: 'leader-title' | 'role-title' | 'honorific';
  readonly value: string;
  /** false for titles that name a former holder ("revolutionary leader") */
  readonly current?: boolean;
  /** an occupation ("correspondent") rather than an office of a state */
  readonly job?: boolean;
  /** names someone by relation to another ("counterpart"): finds the name, is not the person's title */
  readonly relational?: boolean;
}

export function slugify(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
