import type { Attributes, EdgeType, MeetingKind, MeetingStatus } from '../types.js';

/** A range of the view text (UTF-16), converted to code points of the original at the end. */
export interface ViewSpan {
  readonly start: number;
  readonly end: number;
}

export interface LocalEdge {
  readonly type: EdgeType;
  /** an entity id, a date id, or `meeting#<n>` */
  readonly source: string;
  readonly target: string;
  readonly attributes: Attributes;
  readonly evidence: ViewSpan;
  readonly rule: string;
  readonly via?: readonly string[];
}

export interface LocalMeeting {
  readonly localId: number;
  readonly label: string;
  readonly kind: MeetingKind;
  readonly status: MeetingStatus;
  readonly date: string | readonly string[] | null;
  readonly mentions: readonly (ViewSpan & { readonly rule: string; readonly via?: readonly string[] })[];
}
