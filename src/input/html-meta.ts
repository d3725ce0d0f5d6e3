/** Title, publication date and canonical URL of an HTML page: meta tags, <time>, JSON-LD. */
import type { Document, Element } from 'domhandler';
import { findAll, findOne, getAttributeValue, textContent } from 'domutils';
import { metaDate } from './meta-date.js';

export interface HtmlMeta {
  readonly title: string | null;
  readonly date: string | null;
  readonly url: string | null;
}

const DATE_META = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'date',
  'pubdate',
  'dc.date',
  'dc.date.issued',
  'publish-date',
];

function clean(s: string | undefined): string | null {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
}

function metaContent(metas: readonly Element[], keys: readonly string[]): string | null {
  for (const key of keys) {
    for (const m of metas) {
      const name = (
        getAttributeValue(m, 'property') ??
        getAttributeValue(m, 'name') ??
        getAttributeValue(m, 'itemprop') ??
        ''
      ).toLowerCase();
      if (name === key) {
        const v = clean(getAttributeValue(m, 'content'));
        if (v !== null) return v;
      }
    }
  }
  return null;
}

/** Every object in a JSON-LD value, including those in arrays and @graph. */
function jsonLdObjects(value: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(value)) for (const v of value) jsonLdObjects(v, out);
  else if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    out.push(obj);
    if ('@graph' in obj) jsonLdObjects(obj['@graph'], out);
  }
  return out;
}

function jsonLdDate(nodes: Document): string | null {
  const scripts = findAll(
    (e) => e.name === 'script' && (getAttributeValue(e, 'type') ?? '').toLowerCase() === 'application/ld+json',
    nodes,
  );
  for (const s of scripts) {
    let data: unknown;
    try {
      data = JSON.parse(textContent(s)) as unknown;
    } catch {
      continue; // a broken JSON-LD block is ignored, like a browser would
    }
    for (const obj of jsonLdObjects(data)) {
      const d = metaDate(obj.datePublished) ?? metaDate(obj.dateCreated);
      if (d !== null) return d;
    }
  }
  return null;
}

function timeDate(nodes: Document): string | null {
  for (const t of findAll((e) => e.name === 'time', nodes)) {
    const d = metaDate(getAttributeValue(t, 'datetime')) ?? metaDate(textContent(t));
    if (d !== null) return d;
  }
  return null;
}

/** Read the page's metadata from its parsed nodes (before anything is removed). */
export function htmlMeta(nodes: Document): HtmlMeta {
  const metas = findAll((e) => e.name === 'meta', nodes);
  const titleEl = findOne((e) => e.name === 'title', nodes);
  const h1 = findOne((e) => e.name === 'h1', nodes);
  const title =
    metaContent(metas, ['og:title', 'twitter:title']) ??
    clean(h1 ? textContent(h1) : undefined) ??
    clean(titleEl ? textContent(titleEl) : undefined);
  const date = metaDate(metaContent(metas, DATE_META)) ?? jsonLdDate(nodes) ?? timeDate(nodes);
  const canonical = findOne((e) => e.name === 'link' && (getAttributeValue(e, 'rel') ?? '').toLowerCase() === 'canonical', nodes);
  const url = metaContent(metas, ['og:url']) ?? clean(canonical ? getAttributeValue(canonical, 'href') : undefined);
  return { title, date, url };
}
