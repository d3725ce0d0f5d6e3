/**
 * THE one place compromise is configured. Our tags are declared once, at load time; nothing
 * adds words or tags to compromise's shared world afterwards.
 *
 * compromise is loaded lazily, on the first document, and as its one-file CommonJS build: the
 * ESM source tree is ~300 modules and costs about twice as long to load (see docs/performance.md).
 * A run whose documents all come from the cache, or go to worker threads, never loads it here.
 */
import { createRequire } from 'node:module';
import type nlpType from 'compromise';

type Nlp = typeof nlpType;

export const ENTITY_TAGS = [
  'PersonEnt',
  'CountryEnt',
  'DemonymEnt',
  'PlaceEnt',
  'OrgEnt',
  'DateEnt',
  'LeaderTitle',
  'RoleTitle',
  'MeetingNoun',
  'MeetingVerb',
] as const;

let configured: Nlp | undefined;

export function configureNlp(): Nlp {
  if (!configured) {
    const nlp = createRequire(import.meta.url)('compromise') as Nlp;
    const tags: Record<string, { isA?: string }> = {};
    for (const t of ENTITY_TAGS) tags[t] = {};
    nlp.plugin({ tags });
    configured = nlp;
  }
  return configured;
}

export type NlpDoc = ReturnType<Nlp>;
