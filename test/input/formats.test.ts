/** HTML pages, JSON Lines records, Markdown front matter and manifests (issue 11). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { frontMatter, htmlToText, metaDate, validateGraph, type Graph } from '../../src/index.js';
import { cli } from '../helpers/cli.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-formats-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function write(name: string, data: string | Buffer): string {
  const p = path.join(tmp, name);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, data);
  return p;
}

function graphOf(stdout: string): Graph {
  const g = JSON.parse(stdout) as Graph;
  expect(validateGraph(g)).toEqual([]);
  return g;
}

/** A paragraph long enough that clean/ does not take a tiny document for page furniture. */
const LONG =
  'Keld Varno, the Danish trade envoy, spoke to reporters in Copenhagen about the talks with Norway that are planned for the spring, and he said that both sides hoped for an agreement.';

function slice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

describe('HTML', () => {
  const page = `<!doctype html><html><head><title>Talks in Oslo | Site</title>
    <meta property="og:title" content="Talks in Oslo">
    <meta property="article:published_time" content="2024-03-06T09:00:00+01:00">
    <script>var x = "Danish Prime Minister Fake Person";</script><style>p { color: red }</style></head>
    <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <div class="share-buttons"><a>Share on Facebook</a></div>
    <article><h1>Talks in Oslo</h1><p>Danish Prime Minister Ada Morrow met Keld Varno in Oslo on Friday &amp; said &ldquo;yes&rdquo;.</p>
    <p>They agreed to meet again.<br>Soon.</p>
    <div class="paywall"><p>Subscribe for unlimited access</p></div></article>
    <aside>Most read: Other story</aside><footer>&copy; 2024 Site</footer></body></html>`;

  test('main content only, entities decoded, paragraphs separated by blank lines', () => {
    const h = htmlToText(page);
    expect(h.text).toBe(
      'Talks in Oslo\n\nDanish Prime Minister Ada Morrow met Keld Varno in Oslo on Friday & said \u201cyes\u201d.\n\nThey agreed to meet again.\nSoon.\n',
    );
    expect(h.title).toBe('Talks in Oslo');
    expect(h.date).toBe('2024-03-06');
  });

  test('date from <time datetime> or JSON-LD; title from <title> when nothing better', () => {
    const t = htmlToText(
      '<html><head><title>Only title</title></head><body><p>Text <time datetime="2019-02-12">today</time>.</p></body></html>',
    );
    expect([t.title, t.date]).toEqual(['Only title', '2019-02-12']);
    const j = htmlToText(
      '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2020-01-31T23:00:00Z"}]}</script><p>Body text here.</p>',
    );
    expect(j.date).toBe('2020-01-31');
    expect(htmlToText('<script type="application/ld+json">{broken</script><p>x</p>').date).toBeNull();
  });

  test('without <article> or <main>, the densest block of paragraphs wins over navigation lists', () => {
    const h = htmlToText(
      '<body><div id="top"><ul><li>Home</li><li>World</li></ul></div><div id="story"><p>First paragraph of the story.</p><p>Second one.</p></div><div class="footer">About</div></body>',
    );
    expect(h.text).toBe('First paragraph of the story.\n\nSecond one.\n');
  });

  test('malformed HTML still gives its text', () => {
    const h = htmlToText('<html><body><p>Unclosed <b>bold <i>text<p>Next para</div></span>&notanentity; &lt;ok&gt;');
    expect(h.text).toContain('Unclosed bold text');
    expect(h.text).toContain('Next para');
    expect(h.text).toContain('<ok>');
  });

  test('the CLI: textFrom html, metadata date, offsets into the extracted text', () => {
    const file = write('page.html', page);
    const r = cli([file]);
    expect(r.code).toBe(0);
    const g = graphOf(r.stdout);
    const doc = g.documents[0]!;
    expect(doc).toMatchObject({ textFrom: 'html', date: '2024-03-06', dateSource: 'metadata', title: 'Talks in Oslo' });
    const text = htmlToText(page).text;
    expect(doc.chars).toBe(Array.from(text).length);
    const people = g.nodes.filter((n) => n.type === 'person');
    expect(people.length).toBeGreaterThan(0);
    for (const n of g.nodes) for (const m of n.mentions) expect(slice(text, m.start, m.end)).toBe(m.text);
    expect(g.nodes.some((n) => n.label.includes('Fake'))).toBe(false);
  });

  test.each(['000_3e3b864d0be11ddf', '004_1050b81782e447f3'])('fixtures/html/%s.html gives what the plain text gives', (slug) => {
    const meta = JSON.parse(fs.readFileSync(`fixtures/news/${slug}.meta.json`, 'utf8')) as { date: string };
    const txt = graphOf(cli([`fixtures/news/${slug}.txt`, '--doc-date', meta.date]).stdout);
    const r = cli([`fixtures/html/${slug}.html`]);
    expect(r.code).toBe(0);
    const html = graphOf(r.stdout);
    expect(html.documents[0]).toMatchObject({ date: meta.date, dateSource: 'metadata', textFrom: 'html' });
    const ids = (g: Graph, type: string): string[] => g.nodes.filter((n) => n.type === type).map((n) => n.id);
    for (const type of ['person', 'country', 'meeting']) expect(ids(html, type)).toEqual(ids(txt, type));
    const leaders = (g: Graph): string[] => g.edges.filter((e) => e.type === 'leader_of').map((e) => `${e.source}>${e.target}`);
    expect(leaders(html)).toEqual(leaders(txt));
  });
});

describe('JSON Lines', () => {
  const lines = [
    JSON.stringify({
      id: 'a1',
      text: 'Danish Prime Minister Ada Morrow met Keld Varno in Oslo.',
      title: 'One',
      date: '2024-03-06',
      url: 'https://x.test/1',
    }),
    '{"text": "broken',
    '',
    JSON.stringify({ text: 'Keld Varno visited Norway on Friday.' }),
    JSON.stringify({ body: 'no text field' }),
    '[1, 2]',
    JSON.stringify({ id: 'a1', text: 'duplicate id' }),
  ];

  test('one document per line; a bad line is BAD_RECORD with its line number; the rest continue', () => {
    const file = write('recs.jsonl', lines.join('\n') + '\n');
    const r = cli([file]);
    expect(r.code).toBe(1);
    const g = graphOf(r.stdout);
    expect(g.documents.map((d) => d.path).sort()).toEqual([`${file}#L4`, `${file}#a1`]);
    expect(g.documents.find((d) => d.path.endsWith('#a1'))).toMatchObject({
      title: 'One',
      date: '2024-03-06',
      dateSource: 'metadata',
      textFrom: 'jsonl',
      url: 'https://x.test/1',
    });
    expect(g.errors.map((e) => [e.code, e.line])).toEqual([
      ['BAD_RECORD', 2],
      ['BAD_RECORD', 5],
      ['BAD_RECORD', 6],
      ['BAD_RECORD', 7],
    ]);
    expect(g.errors[0]!.message).toContain(`${file}:2:`);
    expect(r.stderr).toMatch(/BAD_RECORD .*recs\.jsonl:5: no "text" string field/);
  });

  test('--jsonl on standard input with --text-field, --date-field and --id-field', () => {
    const input = `${JSON.stringify({ key: 'x9', body: 'Keld Varno met Ada Morrow in Oslo on Friday.', when: '2024-03-06' })}\r\n`;
    const r = cli(['-', '--jsonl', '--text-field', 'body', '--date-field', 'when', '--id-field', 'key'], { input });
    expect(r.code).toBe(0);
    const g = graphOf(r.stdout);
    expect(g.documents[0]).toMatchObject({ path: '-#x9', date: '2024-03-06', dateSource: 'metadata' });
  });

  test('--jsonl without - is a usage error', () => {
    expect(cli(['fixtures/news', '--jsonl']).code).toBe(2);
  });
});

describe('Markdown front matter', () => {
  test('title and date from front matter; offsets stay relative to the file text', () => {
    const text =
      '---\ntitle: "Oslo talks"\ndate: 2024-03-06\ntags: [a, b]\n---\n\n# Heading\n\nDanish Prime Minister Ada Morrow met Keld Varno on Friday.\n';
    const file = write('note.md', text);
    const g = graphOf(cli([file]).stdout);
    expect(g.documents[0]).toMatchObject({ title: 'Oslo talks', date: '2024-03-06', dateSource: 'metadata', textFrom: 'markdown' });
    expect(g.documents[0]!.chars).toBe(Array.from(text).length);
    for (const n of g.nodes) for (const m of n.mentions) expect(slice(text, m.start, m.end)).toBe(m.text);
    expect(g.nodes.some((n) => n.label.toLowerCase().includes('oslo talks'))).toBe(false);
  });

  test('front matter without a date, broken front matter and none at all', () => {
    expect(frontMatter('---\ntitle: No date\n---\nBody.')).toEqual({ title: 'No date', date: null, url: null });
    expect(frontMatter('---\ntitle: [unclosed\n---\nBody.')).toBeNull();
    expect(frontMatter('Just text.')).toBeNull();
    const file = write('nodate.md', `---\ntitle: No date\n---\nPosted on : 2019-02-12 17:19 KST\n\n${LONG}\n`);
    const g = graphOf(cli([file]).stdout);
    expect(g.documents[0]).toMatchObject({ title: 'No date', date: '2019-02-12', dateSource: 'text' });
  });
});

describe('--manifest and date precedence', () => {
  test('a CSV manifest gives plain-text files their dates and titles; --doc-date wins over everything', () => {
    const dir = path.join(tmp, 'man');
    write('man/a.txt', 'Keld Varno met Ada Morrow on Friday.\n');
    write('man/b.txt', `Posted on : 2019-02-12 17:19 KST\n\n${LONG}\n`);
    write('man/c.html', '<meta property="article:published_time" content="2020-05-05"><p>Keld Varno spoke.</p>');
    const manifest = write('man/manifest.csv', 'path,date,title\na.txt,2024-03-06,"Talks, in Oslo"\nb.txt,,B title\n');
    const g = graphOf(cli([dir, '--manifest', manifest]).stdout);
    const by = Object.fromEntries(g.documents.map((d) => [path.basename(d.path), d]));
    expect(by['a.txt']).toMatchObject({ date: '2024-03-06', dateSource: 'manifest', title: 'Talks, in Oslo' });
    expect(by['b.txt']).toMatchObject({ date: '2019-02-12', dateSource: 'text', title: 'B title' });
    expect(by['c.html']).toMatchObject({ date: '2020-05-05', dateSource: 'metadata' });
    const o = graphOf(cli([dir, '--manifest', manifest, '--doc-date', '2001-01-01']).stdout);
    expect(o.documents.every((d) => d.date === '2001-01-01' && d.dateSource === 'option')).toBe(true);
  });

  test('a JSONL manifest; a bad manifest is a usage error naming its line', () => {
    write('man2/a.txt', 'Keld Varno spoke.\n');
    const m = write('man2/m.jsonl', `${JSON.stringify({ path: 'a.txt', date: '2023-01-02' })}\n`);
    expect(graphOf(cli([path.join(tmp, 'man2/a.txt'), '--manifest', m]).stdout).documents[0]!.dateSource).toBe('manifest');
    const bad = write('man2/bad.csv', 'path,date\na.txt,yesterday\n');
    const r = cli([path.join(tmp, 'man2/a.txt'), '--manifest', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/USAGE --manifest .*bad\.csv:2: date "yesterday"/);
  });

  test('metaDate keeps the writer’s calendar date and refuses impossible dates', () => {
    expect(metaDate('2019-02-12T23:30:00-05:00')).toBe('2019-02-12');
    expect(metaDate('2019/2/3')).toBe('2019-02-03');
    expect(metaDate('2019-02-30')).toBeNull();
    expect(metaDate('Feb 12')).toBeNull();
  });
});

test('`extract fixtures/` (the README command) reads text, HTML and Markdown and exits 0', () => {
  const r = cli(['fixtures/']);
  expect(r.code).toBe(0);
  const g = graphOf(r.stdout);
  expect(g.errors).toEqual([]);
  expect(new Set(g.documents.map((d) => d.textFrom ?? 'text'))).toEqual(new Set(['text', 'html', 'markdown']));
});

test('--format html shows an HTML page’s extracted text (offsets match it, no "file changed" warning)', () => {
  const r = cli(['fixtures/html/000_3e3b864d0be11ddf.html', '--format', 'html']);
  expect(r.code).toBe(0);
  expect(r.stderr).not.toMatch(/changed since|text not found/);
  expect(r.stdout).toContain('Fears of Japan becoming');
});
