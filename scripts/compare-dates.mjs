#!/usr/bin/env node
// Compare newsgraph's date rules with chrono-node and compromise-dates on the dev set:
// the gold `dates` of ../shared/seeds and ../shared/corpus (or the gold files given).
// Scored like ../shared/eval/score.mjs: a mention counts when it overlaps a gold span;
// optional gold dates are neither required nor spurious; values are compared on the
// non-optional ones. Run `npm run build` first.
//
//   node scripts/compare-dates.mjs [gold.json ...]
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';

nlp.plugin(datesPlugin); // this process only: our pipeline runs in a child process

const args = process.argv.slice(2);
const golds = args.length
  ? args
  : ['../shared/seeds', '../shared/corpus'].flatMap((d) =>
      fs
        .readdirSync(d)
        .filter((f) => f.endsWith('.gold.json'))
        .map((f) => path.join(d, f)),
    );

const pad = (n, w = 2) => String(n).padStart(w, '0');
const ymd = (y, m, d) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
function isoWeek(y, m, d) {
  const n = Date.UTC(y, m - 1, d) / 864e5;
  const wd = ((((n + 3) % 7) + 7) % 7) + 1;
  const th = n - wd + 4;
  const year = new Date(th * 864e5).getUTCFullYear();
  return `${year}-W${pad(Math.floor((th - Date.UTC(year, 0, 1) / 864e5) / 7) + 1)}`;
}
const cp = (text, utf16) => Array.from(text.slice(0, utf16)).length;
/** Without a document date a library still resolves against some reference: keep only values the text fixes (a 4-digit year). */
const fair = (value, text, docDate) => (docDate || value === null || /\b\d{4}\b/.test(text) ? value : null);

function ours(file, docDate) {
  const argv = ['bin/extract.js', file, ...(docDate ? ['--doc-date', docDate] : [])];
  const r = spawnSync('node', argv, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const g = JSON.parse(r.stdout);
  return g.nodes
    .filter((n) => n.type === 'date')
    .flatMap((n) => n.mentions.map((m) => ({ start: m.start, end: m.end, value: n.attributes.value })));
}

function chronoValue(c) {
  const y = c.get('year'),
    m = c.get('month'),
    d = c.get('day');
  if (c.isCertain('day') || c.isCertain('weekday')) return ymd(y, m, d);
  if (c.isCertain('month')) return `${pad(y, 4)}-${pad(m)}`;
  if (c.isCertain('year')) return pad(y, 4);
  return ymd(y, m, d);
}
function byChrono(text, docDate) {
  const ref = docDate
    ? { instant: new Date(`${docDate}T12:00:00Z`), timezone: 0 }
    : { instant: new Date('2000-01-01T12:00:00Z'), timezone: 0 };
  return chrono.en.casual.parse(text, ref).map((r) => {
    let value = chronoValue(r.start);
    if (r.end) value = `${value}/${chronoValue(r.end)}`;
    return { start: cp(text, r.index), end: cp(text, r.index + r.text.length), value: fair(value, r.text, docDate) };
  });
}

function cdValue(x) {
  const s = x.dates?.start,
    e = x.dates?.end;
  if (!s) return null;
  const [y, m, d] = s.slice(0, 10).split('-').map(Number);
  const season = { 3: 'SP', 4: 'SP', 5: 'SP', 6: 'SU', 7: 'SU', 8: 'SU', 9: 'FA', 10: 'FA', 11: 'FA' }[m] ?? 'WI';
  switch (x.dates.unit) {
    case 'year':
      return pad(y, 4);
    case 'month':
      return `${pad(y, 4)}-${pad(m)}`;
    case 'week':
      return isoWeek(y, m, d);
    case 'season':
      return `${pad(y, 4)}-${season}`;
    case 'day':
    case 'time':
      return ymd(y, m, d);
    default:
      return e && e.slice(0, 10) !== s.slice(0, 10) ? `${s.slice(0, 10)}/${e.slice(0, 10)}` : ymd(y, m, d);
  }
}
function byCompromise(text, docDate) {
  const doc = nlp(text);
  return doc
    .dates({ today: docDate ?? '2000-01-01', timezone: 'UTC' })
    .json({ offset: true })
    .map((x) => {
      const start = cp(text, x.offset.start);
      return { start, end: start + Array.from(x.text.trim()).length, value: fair(cdValue(x), x.text, docDate) };
    });
}

function category(g) {
  const s = g.span ?? g.text;
  if (/_REF$/.test(g.value ?? '')) return 'vague';
  if (/\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/.test(s)) return 'weekday';
  if (/\b(last|next|this|earlier|later|ago|before|end of)\b/i.test(s)) return 'relative';
  if (/\d/.test(s)) return 'absolute';
  return 'month';
}

const systems = { 'newsgraph rules': ours, 'chrono-node 2.10.3': byChrono, 'compromise-dates 3.9.0': byCompromise };
const totals = Object.fromEntries(Object.keys(systems).map((k) => [k, { tp: 0, fp: 0, fn: 0, ok: 0, cats: {} }]));
for (const gp of golds) {
  const gold = JSON.parse(fs.readFileSync(gp, 'utf8'));
  const file = path.resolve(path.dirname(gp), gold.doc);
  const text = fs.readFileSync(file, 'utf8');
  const spans = [];
  for (const g of gold.dates) {
    const at = text.indexOf(g.text);
    if (at < 0) continue;
    const inner = g.span ? text.indexOf(g.span, at) : at;
    const start = cp(text, inner);
    spans.push({ g, start, end: start + Array.from(g.span ?? g.text).length });
  }
  for (const [name, fn] of Object.entries(systems)) {
    const found = name.startsWith('newsgraph') ? fn(file, gold.docDate) : fn(text, gold.docDate);
    const t = totals[name];
    const overl = (a, b) => a.start < b.end && b.start < a.end;
    for (const s of spans) {
      const hit = found.find((m) => overl(m, s));
      if (s.g.optional) continue;
      const c = (t.cats[category(s.g)] ??= { n: 0, found: 0, ok: 0 });
      c.n++;
      if (!hit) {
        t.fn++;
        continue;
      }
      t.tp++;
      c.found++;
      if (new Set([s.g.value, ...(s.g.acceptValues ?? [])]).has(hit.value)) {
        t.ok++;
        c.ok++;
      }
    }
    for (const m of found) if (!spans.some((s) => overl(m, s))) t.fp++;
  }
}

const f = (x) => x.toFixed(3);
const cats = ['absolute', 'month', 'weekday', 'relative', 'vague'];
console.log('| system | P | R | F1 | value acc. (of found) | ' + cats.map((c) => `${c} found/ok`).join(' | ') + ' |');
console.log('|---|---|---|---|---|' + cats.map(() => '---').join('|') + '|');
for (const [name, t] of Object.entries(totals)) {
  const p = t.tp / (t.tp + t.fp || 1),
    r = t.tp / (t.tp + t.fn || 1),
    f1 = p + r ? (2 * p * r) / (p + r) : 0;
  const cc = cats.map((c) => (t.cats[c] ? `${t.cats[c].found}/${t.cats[c].ok} of ${t.cats[c].n}` : '-'));
  console.log(`| ${name} | ${f(p)} | ${f(r)} | ${f(f1)} | ${f(t.ok / (t.tp || 1))} (${t.ok}/${t.tp}) | ${cc.join(' | ')} |`);
}
