/** A document's date and title from outside: --doc-date wins, then the manifest, then the file's own metadata; the text comes last (dates/). */
import type { SourceDoc } from '../types.js';
import { manifestEntry, type Manifest } from './manifest.js';

export interface DocMetaOptions {
  /** the document date (--doc-date): wins over everything */
  readonly docDate?: string | null;
  /** dates and titles by path (--manifest); see readManifest() */
  readonly manifest?: Manifest;
}

export function withDocMeta(src: SourceDoc, options: DocMetaOptions): SourceDoc {
  let doc = src;
  const entry = manifestEntry(options.manifest, src.path);
  if (entry?.title) doc = { ...doc, title: entry.title };
  if (entry?.date) doc = { ...doc, date: entry.date, dateSource: 'manifest' };
  if (options.docDate) doc = { ...doc, date: options.docDate, dateSource: 'option' };
  return doc;
}
