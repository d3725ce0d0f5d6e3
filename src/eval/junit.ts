/** JUnit XML for CI systems: one test case per area, per accuracy and per --min threshold. */
import { ACCURACY_NAMES, AREA_NAMES, type ScoreResult } from './score.js';
import type { Check } from './gate.js';

export function xmlEscape(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

interface Case {
  readonly classname: string;
  readonly name: string;
  readonly out: string;
  readonly failure?: string;
}

function render(c: Case): string {
  const head = `    <testcase classname="${xmlEscape(c.classname)}" name="${xmlEscape(c.name)}"`;
  const failure = c.failure
    ? `      <failure message="${xmlEscape(c.failure)}" type="${xmlEscape(c.classname)}">${xmlEscape(c.failure)}</failure>\n`
    : '';
  return `${head}>\n${failure}      <system-out>${xmlEscape(c.out)}</system-out>\n    </testcase>\n`;
}

const f3 = (x: number | null): string => (x === null ? 'n/a' : x.toFixed(3));

export function renderJunit(result: ScoreResult, checks: readonly Check[], suite = 'extract eval'): string {
  const cases: Case[] = [];
  for (const name of AREA_NAMES) {
    const a = result.areas[name];
    const failed = checks.filter((c) => c.kind === 'baseline' && c.name === name && !c.pass);
    cases.push({
      classname: 'extract.eval.area',
      name,
      out: `P ${f3(a.p)} R ${f3(a.r)} F1 ${f3(a.f1)} tp ${a.tp} fp ${a.fp} fn ${a.fn}`,
      ...(failed.length ? { failure: failed.map((c) => c.message).join('; ') } : {}),
    });
  }
  for (const name of ACCURACY_NAMES) {
    const a = result.accuracy[name];
    cases.push({ classname: 'extract.eval.accuracy', name, out: `accuracy ${f3(a.rate)} (${a.ok}/${a.n})` });
  }
  for (const c of checks.filter((x) => x.kind === 'min')) {
    cases.push({
      classname: 'extract.eval.threshold',
      name: `${c.name} >= ${c.limit}`,
      out: c.message,
      ...(c.pass ? {} : { failure: `${c.name} below threshold: ${c.message}` }),
    });
  }
  const failures = cases.filter((c) => c.failure).length;
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites name="${xmlEscape(suite)}" tests="${cases.length}" failures="${failures}" errors="0">\n` +
    `  <testsuite name="${xmlEscape(suite)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0">\n` +
    cases.map(render).join('') +
    '  </testsuite>\n</testsuites>\n'
  );
}
