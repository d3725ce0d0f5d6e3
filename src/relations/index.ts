import type { Context } from '../context.js';
import type { WithDates } from '../dates/index.js';
import type { LocalEdge, LocalMeeting } from './types.js';

export type { LocalEdge, LocalMeeting, ViewSpan } from './types.js';

export interface WithRelations extends WithDates {
  readonly edges: readonly LocalEdge[];
  readonly meetings: readonly LocalMeeting[];
}

/** relations: leader_of, affiliated_with and meetings with their participants, date and place. */
export function findRelations(doc: WithDates, _ctx: Context): WithRelations {
  return { ...doc, edges: [], meetings: [] };
}
