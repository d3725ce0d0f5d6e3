import type { Context } from '../../context.js';
import type { WithDates } from '../../dates/index.js';
import type { Discourse } from '../resolve.js';
import type { LocalEdge, LocalMeeting } from '../types.js';

export function findMeetings(_doc: WithDates, _d: Discourse, _ctx: Context): { meetings: LocalMeeting[]; edges: LocalEdge[] } {
  return { meetings: [], edges: [] };
}
