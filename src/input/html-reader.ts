/**
 * The HTML reader (./html.ts: htmlparser2, domhandler, domutils, ~30 ES modules) is loaded only
 * when an input is HTML. fromFormat (./sources.ts) is synchronous, so the reader registers itself
 * here when its module is evaluated: by a static import (the library barrel src/index.ts), or by
 * loadHtmlReader(), which the asynchronous reading paths await before their first HTML document.
 */
import type { HtmlText } from './html.js';

let reader: ((html: string) => HtmlText) | undefined;

/** Called once by ./html.ts as it loads. */
export function setHtmlReader(f: (html: string) => HtmlText): void {
  reader = f;
}

/** Load the HTML reader now (a no-op once loaded). */
export async function loadHtmlReader(): Promise<void> {
  if (!reader) await import('./html.js');
}

/** HTML → text with the loaded reader; calling it before loadHtmlReader() (or a static import of ./html.js) is a bug. */
export function readHtml(html: string): HtmlText {
  if (!reader) throw new Error('the HTML reader is not loaded: await loadHtmlReader() first');
  return reader(html);
}
