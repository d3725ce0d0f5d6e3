import type { Context } from '../context.js';
import type { DateSource } from '../types.js';
import type { WithEntities } from '../entities/index.js';
import { detectDocDate } from './doc-date.js';
import { findDateMentions, type DateMention } from './find.js';

export type { DateMention } from './find.js';
export { detectDocDate } from './doc-date.js';

export interface WithDates extends WithEntities {
  readonly docDate: string | null;
  readonly dateSource: DateSource;
  readonly dates: readonly DateMention[];
}

/** dates: the document date (given, else found in the text), then every time expression normalized against it. */
export function findDates(doc: WithEntities, ctx: Context): WithDates {
  let docDate = doc.source.date ?? null;
  let dateSource: DateSource = docDate ? (doc.source.dateSource ?? 'option') : null;
  if (!docDate) {
    const found = detectDocDate(doc.source.text, ctx.locale);
    if (found) {
      docDate = found;
      dateSource = 'text';
    }
  }
  return { ...doc, docDate, dateSource, dates: findDateMentions(doc, docDate, ctx) };
}
