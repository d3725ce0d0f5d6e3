/** Document texts for formats that show them (html): read again from disk, matched by the graph's sha256. */
import fs from 'node:fs';
import path from 'node:path';
import { fromFormat } from '../input/sources.js';
import { readSource } from '../input/read.js';
import type { Graph, GraphDocument, SourceDoc } from '../types.js';
import type { Logger } from './output.js';

export interface TextSources {
  /** a folder to look in first (--texts-from) */
  readonly textsFrom?: string;
  /** the folder of a saved graph file: document paths are also tried relative to it */
  readonly graphDir?: string;
  /** texts already in memory (standard input), by document path */
  readonly known?: ReadonlyMap<string, string>;
}

function candidates(d: GraphDocument, src: TextSources): string[] {
  const out: string[] = [];
  if (src.textsFrom !== undefined) out.push(path.join(src.textsFrom, d.path), path.join(src.textsFrom, path.basename(d.path)));
  out.push(d.path);
  if (src.graphDir !== undefined) out.push(path.join(src.graphDir, d.path));
  return [...new Set(out)].filter((p) => fs.existsSync(p) && fs.statSync(p).isFile());
}

/** Every document text that can be found; a text whose sha256 differs is used with a warning (its mentions are checked). */
export function loadTexts(graph: Graph, src: TextSources, log: Logger): Map<string, string> {
  const texts = new Map<string, string>();
  const missing: string[] = [];
  for (const d of graph.documents) {
    const known = src.known?.get(d.path);
    if (known !== undefined) {
      texts.set(d.path, known);
      continue;
    }
    let changed: string | undefined;
    for (const file of candidates(d, src)) {
      const r = readSource(file);
      if (!r.ok) continue;
      // an HTML page's offsets refer to its extracted text (sha256 is of the file's bytes)
      const doc: SourceDoc = d.textFrom === 'html' ? fromFormat(r.value, 'html') : r.value;
      if (doc.sha256 === d.sha256) {
        texts.set(d.path, doc.text);
        changed = undefined;
        break;
      }
      changed ??= doc.text;
    }
    if (changed !== undefined) {
      log.warn(`${d.path}: the file changed since the graph was made; mentions that no longer match are not highlighted`);
      texts.set(d.path, changed);
    } else if (!texts.has(d.path)) missing.push(d.path);
  }
  if (missing.length > 0)
    log.warn(`text not found for ${missing.length} document(s) (first: ${missing[0]!}); use --texts-from DIR to say where they are`);
  return texts;
}
