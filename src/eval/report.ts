/** The human table of `extract eval` (the reference scorer's layout, plus the rule ids of spurious items). */
import type { ScoreResult } from './score.js';
import type { Check } from './gate.js';

const f = (x: number | null): string => (x === null ? '  -  ' : x.toFixed(3));
const n3 = (x: number): string => String(x).padStart(3);

export function renderTable(result: ScoreResult, checks: readonly Check[] = []): string {
  const lines: string[] = ['area           P      R      F1     tp  fp  fn'];
  for (const [k, v] of Object.entries(result.areas))
    lines.push(`${k.padEnd(13)} ${f(v.p)}  ${f(v.r)}  ${f(v.f1)}  ${n3(v.tp)} ${n3(v.fp)} ${n3(v.fn)}`);
  for (const [k, v] of Object.entries(result.accuracy)) lines.push(`${k.padEnd(13)} accuracy ${f(v.rate)} (${v.ok}/${v.n})`);
  for (const d of result.details) {
    lines.push('', `# ${d.doc}`);
    for (const x of d.missing) lines.push(`  missing   ${x}`);
    for (const x of d.spurious) lines.push(`  spurious  ${x.item}${x.rules.length ? `  [${x.rules.join(', ')}]` : ''}`);
    for (const x of d.notes) lines.push(`  note      ${x}`);
  }
  if (checks.length) {
    lines.push('');
    for (const c of checks) lines.push(`${c.pass ? 'pass' : 'FAIL'}  ${c.kind.padEnd(8)} ${c.message}`);
  }
  return `${lines.join('\n')}\n`;
}

/** One summary line for stderr. */
export function summaryLine(result: ScoreResult): string {
  const a = result.areas;
  return `entities ${a.entities.f1.toFixed(3)} relations ${a.relations.f1.toFixed(3)} dates ${a.date.f1.toFixed(3)} dateValue ${(result.accuracy.dateValue.rate ?? 0).toFixed(3)}`;
}
