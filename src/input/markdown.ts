/** Markdown with YAML front matter: title and date from the front matter (parsed with `yaml`). */
import { createRequire } from 'node:module';
import { metaDate } from './meta-date.js';

// loaded on the first front matter only: yaml is ~230 CommonJS modules (start-up, docs/performance.md)
let yaml: typeof import('yaml') | undefined;
const parseDocument: typeof import('yaml').parseDocument = (source, options) =>
  (yaml ??= createRequire(import.meta.url)('yaml') as typeof import('yaml')).parseDocument(source, options);

export interface FrontMatter {
  readonly title: string | null;
  readonly date: string | null;
  readonly url: string | null;
}

const FRONT_MATTER = /^(?:\uFEFF)?---[ \t]*(?:\r\n|\r|\n)([\s\S]*?)(?:\r\n|\r|\n)---[ \t]*(?:\r\n|\r|\n|$)/;

function str(v: unknown): string | null {
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'string') return null;
  const t = v.replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
}

/**
 * The front matter's fields, or null when there is none or it is not a YAML mapping. The text is
 * kept whole (clean/ masks the front matter as furniture), so offsets stay relative to the file.
 */
export function frontMatter(text: string): FrontMatter | null {
  // a document's front matter is asked for twice (reading its metadata, then its title in aliases/): parsed once
  if (text === last.text) return last.found;
  const found = parseFrontMatter(text);
  last = { text, found };
  return found;
}

let last: { text: string | undefined; found: FrontMatter | null } = { text: undefined, found: null };

function parseFrontMatter(text: string): FrontMatter | null {
  const m = FRONT_MATTER.exec(text);
  if (!m) return null;
  const doc = parseDocument(m[1]!, { prettyErrors: false });
  if (doc.errors.length > 0) return null;
  const data: unknown = doc.toJS({ maxAliasCount: 50 });
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return null;
  const fm = data as Record<string, unknown>;
  return {
    title: str(fm.title),
    date: metaDate(fm.date) ?? metaDate(fm.published) ?? metaDate(fm.published_at),
    url: str(fm.url) ?? str(fm.link),
  };
}
