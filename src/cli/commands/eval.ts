import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { escapeControls } from '../escape.js';
import { createContext, extract } from '../../api.js';
import { RunError } from '../../errors.js';
import { discover } from '../../input/discover.js';
import type { Check } from '../../eval/gate.js';
import type { ExtractOne } from '../../eval/run.js';
import { Logger, writeStdout, type Io } from '../output.js';

interface EvalFlags {
  gold?: string[];
  pred?: string;
  json?: boolean;
  junit?: string;
  min?: string[];
  baseline?: string;
  tolerance: string;
  updateBaseline?: boolean;
  rulesDir?: string;
  rules?: string[];
  quiet?: boolean;
}

const HELP = `
AREA is an area's F1 (person, country, place, organization, leader, affiliation, meeting,
participant, date, entities, relations) or an accuracy's rate (leaderCurrent, meetingDate,
meetingStatus, meetingPlace, dateValue), as in shared/eval/run-gold.mjs.

Examples:
  $ extract eval --gold fixtures/ --min entities=0.9
  $ extract eval --gold fixtures/news --baseline eval-baseline.json --junit eval.xml
  $ extract eval --gold fixtures/news --baseline eval-baseline.json --update-baseline
  $ extract eval --gold golds/ --pred graph.json --json | jq .areas.entities

Exit codes:
  0  every threshold and the baseline hold
  1  below a threshold or the baseline, or a document failed to process
  2  usage, configuration or gold error (GOLD_INVALID file: path: message), or a --pred file that is not a valid graph
  3  an internal error (the extracted graph failed its own schema: a bug)
`;

const collect = (v: string, p: string[] | undefined): string[] => [...(p ?? []), v];

/** Write a file atomically (temp file, then rename). */
function writeFileAtomic(file: string, data: string, flag: string): void {
  const tmp = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw new RunError('USAGE', `${flag} ${file}: cannot write (${(e as Error).message})`);
  }
}

function checkFlags(f: EvalFlags): void {
  if (!f.gold?.length) throw new RunError('USAGE', 'eval needs --gold <dir|files...>', 'try: extract eval --help');
  if (f.pred !== undefined && (f.rulesDir !== undefined || f.rules !== undefined))
    throw new RunError('USAGE', '--pred scores a given graph: --rules-dir and --rules do not apply');
  if (f.updateBaseline && f.baseline === undefined) throw new RunError('USAGE', '--update-baseline needs --baseline <file>');
}

function extractor(f: EvalFlags, log: Logger): ExtractOne {
  const ctxOptions = { ...(f.rulesDir !== undefined ? { rulesDir: f.rulesDir } : {}), ...(f.rules ? { extraRules: f.rules } : {}) };
  createContext(ctxOptions); // invalid rules fail here, before any document
  return async (file, docDate) => {
    const r = await extract([file], { ...ctxOptions, ...(docDate ? { docDate } : {}) });
    for (const e of r.errors) log.error(e.code, e.message);
    return r.graph;
  };
}

async function runEvalCommand(io: Io, log: Logger, inputs: string[], f: EvalFlags): Promise<number> {
  checkFlags(f);
  // the evaluation modules, loaded only by `extract eval`
  const [
    { baselineJson, checkThresholds, compareBaseline, parseThreshold, parseTolerance, readBaseline },
    { renderJunit },
    report,
    { runEval },
  ] = await Promise.all([
    import('../../eval/gate.js'),
    import('../../eval/junit.js'),
    import('../../eval/report.js'),
    import('../../eval/run.js'),
  ]);
  const { renderTable, summaryLine } = report;
  const thresholds = (f.min ?? []).map(parseThreshold);
  const tolerance = parseTolerance(f.tolerance);
  const baseline = f.baseline !== undefined && !f.updateBaseline ? readBaseline(f.baseline) : undefined;
  const textFiles = inputs.length ? discover(inputs).files : undefined;
  const run = await runEval({
    gold: f.gold!,
    ...(textFiles ? { textFiles } : {}),
    ...(f.pred !== undefined ? { pred: f.pred } : {}),
    extractOne: extractor(f, log),
  });
  const checks: Check[] = [
    ...checkThresholds(run.result, thresholds),
    ...(baseline ? compareBaseline(run.result, baseline, tolerance) : []),
  ];
  const failed = checks.filter((c) => !c.pass);
  const runErrors = run.graph.errors.length;
  const pass = failed.length === 0 && runErrors === 0;
  if (f.junit !== undefined) writeFileAtomic(f.junit, renderJunit(run.result, checks), '--junit');
  if (f.updateBaseline) {
    writeFileAtomic(f.baseline!, baselineJson(run.result), '--baseline');
    log.info(`extract: wrote the baseline ${escapeControls(f.baseline!)}`);
  }
  await writeStdout(io, f.json ? `${JSON.stringify({ ...run.result, checks, pass }, null, 2)}\n` : renderTable(run.result, checks));
  const summary = `${run.golds.length} document(s): ${summaryLine(run.result)}`;
  for (const c of failed) log.error(c.kind === 'min' ? 'BELOW_THRESHOLD' : 'REGRESSION', c.message);
  if (runErrors) log.error('RUN_FAILED', `${runErrors} input error(s) while extracting`);
  if (pass) log.info(`${log.color.green('OK')} ${summary}`);
  else log.info(`${log.color.red('FAIL')} ${summary}`);
  return pass ? 0 : 1;
}

/** `extract eval`: score extraction against gold annotations; the CI gate. */
export function registerEvalCommand(program: Command, io: Io, state: { code: number; log: Logger }): void {
  program
    .command('eval')
    .description('score extraction against gold annotations (P/R/F1 per area); fail below thresholds or a baseline')
    .argument('[inputs...]', 'where the gold documents are (default: beside each gold file)')
    .option('--gold <paths...>', 'gold files, or directories searched for *.gold.json')
    .option('--pred <graph.json>', 'score this graph instead of running extraction')
    .option('--json', 'print the scores as JSON')
    .option('--junit <file>', 'write a JUnit XML report (one test case per area and per threshold)')
    .option('--min <AREA=VALUE>', 'fail when the area F1 (or accuracy rate) is below VALUE (repeatable)', collect)
    .option('--baseline <file>', 'fail when an area F1 is below the baseline minus the tolerance')
    .option('--tolerance <n>', 'allowed drop below the baseline', '0.01')
    .option('--update-baseline', 'write the current scores to --baseline (and do not compare)')
    .option('--rules-dir <dir>', 'use this rules directory instead of the bundled one')
    .option('--rules <file>', 'add a rule file (repeatable)', collect)
    .option('-q, --quiet', 'print nothing on stderr but errors')
    .addHelpText('after', HELP)
    .action(async (inputs: string[], _flags: EvalFlags, cmd: Command) => {
      const flags = cmd.optsWithGlobals<EvalFlags>();
      state.log = new Logger(io, flags.quiet === true);
      try {
        state.code = await runEvalCommand(io, state.log, inputs, flags);
      } catch (e) {
        if (!(e instanceof RunError) || e.code !== 'GOLD_INVALID') throw e;
        for (const line of e.message.split('\n')) state.log.error(e.code, line);
        state.code = e.exitCode;
      }
    });
}
