/**
 * HTML → readable text. The page is parsed with htmlparser2 (entities decoded), furniture is dropped
 * (scripts, styles, navigation, footers, asides, forms, share buttons, paywall and newsletter boxes),
 * and the main content (the largest <article>, else <main>, else the densest block of paragraphs) is
 * rendered as paragraphs separated by blank lines. The result is the document's text: offsets refer to it.
 */
import { parseDocument } from 'htmlparser2';
import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import { findAll } from 'domutils';
import { htmlMeta, type HtmlMeta } from './html-meta.js';
import { setHtmlReader } from './html-reader.js';

export interface HtmlText extends HtmlMeta {
  readonly text: string;
}

const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'footer',
  'aside',
  'form',
  'button',
  'iframe',
  'svg',
  'select',
  'object',
  'embed',
  'canvas',
  'head',
  'menu',
  'dialog',
  'input',
  'textarea',
  'label',
  'math',
  'audio',
  'video',
]);
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);
/** Containers that are never dropped for their class names (a `body class="has-sidebar"` is still the page). */
const NEVER_FURNITURE = new Set(['html', 'body', 'main', 'article']);
const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'dialog', 'search', 'menu', 'menubar', 'alert']);
const FURNITURE_CLASS =
  /(?:^|[\s_-])(?:share|sharing|social|paywall|subscri\w*|newsletter|promo\w*|related|comments?|cookies?|banner|advert\w*|ads?|sidebar|menu|breadcrumbs?|nav|navbar|navigation|footer|masthead|popup|modal|signup|sign-up|login|toolbar|skip-link)(?:$|[\s_-])/i;

function isFurniture(e: Element): boolean {
  if (SKIP_TAGS.has(e.name)) return true;
  if (NEVER_FURNITURE.has(e.name)) return false;
  if (e.attribs.hidden !== undefined || e.attribs['aria-hidden'] === 'true') return true;
  if (FURNITURE_ROLES.has((e.attribs.role ?? '').toLowerCase())) return true;
  return FURNITURE_CLASS.test(`${e.attribs.class ?? ''} ${e.attribs.id ?? ''}`);
}

/** Renders nodes to paragraphs: blocks separated by blank lines, inline whitespace collapsed. */
class Renderer {
  private readonly blocks: string[] = [];
  private line = '';

  render(nodes: AnyNode[]): string {
    for (const n of nodes) this.node(n);
    this.flush();
    return this.blocks.length === 0 ? '' : `${this.blocks.join('\n\n')}\n`;
  }

  private node(n: AnyNode): void {
    if (isText(n)) {
      this.line += n.data.replace(/\s+/g, ' ');
      return;
    }
    if (!isTag(n) || isFurniture(n)) return;
    if (n.name === 'br') {
      this.line += '\n';
      return;
    }
    if (n.name === 'pre') {
      this.flush();
      const raw = preText(n).replace(/^\n/, '').trimEnd();
      if (raw.trim() !== '') this.blocks.push(raw);
      return;
    }
    const block = BLOCK_TAGS.has(n.name);
    if (block) this.flush();
    for (const c of n.children) this.node(c);
    if (block) this.flush();
  }

  private flush(): void {
    const text = this.line
      .split('\n')
      .map((l) => l.replace(/ {2,}/g, ' ').trim())
      .filter((l) => l !== '')
      .join('\n');
    if (text !== '') this.blocks.push(text);
    this.line = '';
  }
}

function preText(n: AnyNode): string {
  if (isText(n)) return n.data;
  if (!isTag(n) || isFurniture(n)) return '';
  if (n.name === 'br') return '\n';
  return n.children.map(preText).join('');
}

function textLength(nodes: AnyNode[]): number {
  return new Renderer().render(nodes).replace(/\s+/g, '').length;
}

/** The element holding the article: the largest <article>, else <main>, else the densest block of <p>s. */
export function mainContent(nodes: AnyNode[]): AnyNode[] {
  const pick = (els: readonly Element[]): Element | undefined => {
    let best: Element | undefined;
    let bestLen = 0;
    for (const e of els) {
      const len = textLength([e]);
      if (len > bestLen) [best, bestLen] = [e, len];
    }
    return best;
  };
  const article = pick(findAll((e) => e.name === 'article', nodes));
  if (article) return [article];
  const main = pick(findAll((e) => e.name === 'main' || (e.attribs.role ?? '').toLowerCase() === 'main', nodes));
  if (main) return [main];
  // densest block: the element whose own <p> children carry the most text
  let best: Element | undefined;
  let bestScore = 0;
  for (const e of findAll((el) => !isFurniture(el), nodes)) {
    const score = e.children.filter((c): c is Element => isTag(c) && c.name === 'p').reduce((s, p) => s + textLength([p]), 0);
    if (score > bestScore) [best, bestScore] = [e, score];
  }
  return best ? [best] : nodes;
}

/** Extract the readable text and metadata of an HTML page. */
export function htmlToText(html: string): HtmlText {
  const doc = parseDocument(html);
  const meta = htmlMeta(doc);
  return { ...meta, text: new Renderer().render(mainContent(doc.children)) };
}

setHtmlReader(htmlToText); // fromFormat (./sources.ts) reads HTML through ./html-reader.ts
