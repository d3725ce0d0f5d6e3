/**
 * THE one place compromise is configured. Our tags are declared once, at load time; nothing
 * adds words or tags to compromise's shared world afterwards.
 */
import nlp from 'compromise';

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

let configured = false;

export function configureNlp(): typeof nlp {
  if (!configured) {
    const tags: Record<string, { isA?: string }> = {};
    for (const t of ENTITY_TAGS) tags[t] = {};
    nlp.plugin({ tags });
    configured = true;
  }
  return nlp;
}

export type NlpDoc = ReturnType<typeof nlp>;
