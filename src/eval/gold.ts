/** The gold format (schema/gold.schema.json, docs/gold-format.md): types, loading, validation. */
import fs from 'node:fs';
import path from 'node:path';
import type { ValidateFunction } from 'ajv';
import { packageSchemaPath, packageValidator } from '../graph/schema-file.js';
import { formatAjvErrors } from '../engine/load.js';
import { RunError } from '../errors.js';

export type GoldEntityType = 'person' | 'country' | 'place' | 'organization';

export interface GoldEntity {
  readonly id: string;
  readonly type: GoldEntityType;
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly optional?: boolean;
  readonly acceptTypes?: readonly string[];
  readonly iso?: string;
  readonly note?: string;
}
export interface GoldLeader {
  readonly person: string;
  readonly country: string;
  readonly role: string;
  readonly current: boolean;
  readonly optional?: boolean;
  readonly note?: string;
}
export interface GoldAffiliation {
  readonly entity: string;
  readonly country: string;
  readonly role?: string;
  readonly optional?: boolean;
  readonly note?: string;
}
export interface GoldMeeting {
  readonly id: string;
  readonly kind: string;
  readonly participants: readonly string[];
  readonly optionalParticipants?: readonly string[];
  readonly status: string;
  readonly date: string | readonly string[] | null;
  readonly acceptDates?: readonly string[];
  readonly place: string | null;
  readonly evidence: readonly string[];
  readonly optional?: boolean;
  readonly note?: string;
}
export interface GoldDate {
  readonly text: string;
  readonly span?: string;
  readonly value: string | null;
  readonly acceptValues?: readonly string[];
  readonly optional?: boolean;
  readonly note?: string;
}
export interface Gold {
  readonly doc: string;
  readonly docDate: string | null;
  readonly docDateSource?: string;
  readonly notes?: readonly string[];
  readonly entities: readonly GoldEntity[];
  readonly leaders: readonly GoldLeader[];
  readonly affiliations: readonly GoldAffiliation[];
  readonly meetings: readonly GoldMeeting[];
  readonly dates: readonly GoldDate[];
}

/** A gold file as loaded: where it is, its content and (when found) its document's text. */
export interface GoldFile {
  readonly file: string;
  readonly gold: Gold;
}

export function goldSchemaPath(): string {
  return packageSchemaPath('gold.schema.json');
}

function getValidator(): ValidateFunction {
  return packageValidator('gold.schema.json');
}

/** Ids that leaders, affiliations and meetings point at must be entities of the same file. */
function checkReferences(gold: Gold): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  gold.entities.forEach((e, i) => {
    if (ids.has(e.id)) problems.push(`entities[${i}].id: duplicate id "${e.id}"`);
    ids.add(e.id);
  });
  const ref = (where: string, id: string | null | undefined): void => {
    if (id != null && !ids.has(id)) problems.push(`${where}: unknown entity id "${id}"`);
  };
  gold.leaders.forEach((l, i) => {
    ref(`leaders[${i}].person`, l.person);
    ref(`leaders[${i}].country`, l.country);
  });
  gold.affiliations.forEach((a, i) => {
    ref(`affiliations[${i}].entity`, a.entity);
    ref(`affiliations[${i}].country`, a.country);
  });
  const meetingIds = new Set<string>();
  gold.meetings.forEach((m, i) => {
    if (meetingIds.has(m.id)) problems.push(`meetings[${i}].id: duplicate id "${m.id}"`);
    meetingIds.add(m.id);
    m.participants.forEach((p, j) => ref(`meetings[${i}].participants[${j}]`, p));
    (m.optionalParticipants ?? []).forEach((p, j) => ref(`meetings[${i}].optionalParticipants[${j}]`, p));
    ref(`meetings[${i}].place`, m.place);
  });
  return problems;
}

/** Validate parsed JSON as a gold file; returns "file: path: message" lines ([] when valid). */
export function validateGold(data: unknown, shown: string): string[] {
  const v = getValidator();
  if (!v(data)) return formatAjvErrors(shown, v.errors).split('\n');
  return checkReferences(data as Gold).map((p) => `${shown}: ${p}`);
}

/** Read and validate one gold file; throws RunError(GOLD_INVALID) with one line per problem. */
export function loadGold(file: string): GoldFile {
  let data: unknown;
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
  } catch (e) {
    throw new RunError('GOLD_INVALID', `${file}: (root): ${(e as Error).message.replace(/\s*\n\s*/g, ' ')}`);
  }
  const problems = validateGold(data, file);
  if (problems.length > 0) throw new RunError('GOLD_INVALID', problems.join('\n'));
  return { file, gold: data as Gold };
}

/** Read and validate every gold file; one RunError(GOLD_INVALID) lists the problems of every bad file (one line each). */
export function loadGolds(files: readonly string[]): GoldFile[] {
  const out: GoldFile[] = [];
  const problems: string[] = [];
  for (const f of files) {
    try {
      out.push(loadGold(f));
    } catch (e) {
      if (!(e instanceof RunError) || e.code !== 'GOLD_INVALID') throw e;
      problems.push(...e.message.split('\n'));
    }
  }
  if (problems.length > 0) throw new RunError('GOLD_INVALID', problems.join('\n'));
  return out;
}

/** Gold files named directly, or found (recursively, sorted) under directories as *.gold.json. */
export function findGoldFiles(args: readonly string[]): string[] {
  const out: string[] = [];
  for (const a of args) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(a);
    } catch {
      throw new RunError('USAGE', `--gold ${a}: no such file or directory`);
    }
    if (!stat.isDirectory()) out.push(a);
    else {
      const found = fs
        .readdirSync(a, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.gold.json') && !f.split(path.sep).includes('node_modules'))
        .map((f) => path.join(a, f))
        .sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
      if (found.length === 0) throw new RunError('USAGE', `--gold ${a}: no *.gold.json file in this directory`);
      out.push(...found);
    }
  }
  return [...new Set(out)];
}
