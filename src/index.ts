/**
 * newsgraph's library API. The CLI (src/cli/) is built on this and nothing else.
 *
 *   import { extract, extractText } from 'newsgraph';
 *   const graph = extractText('Japanese Prime Minister Ada Morrow met …', { docDate: '2024-03-06' });
 */

export type * from './types.js';
export type { Context, ExtractOptions } from './context.js';
export { ERRORS, RunError, inputError } from './errors.js';
import { detectDocDate as findDocDate } from './dates/index.js';
import { getLocale, type Locale } from './locales/index.js';

export { FORMATS, formatGraph, type Formatter, type FormatOptions } from './format/index.js';
export { FORMAT_INFO, loadFormat, type FormatInfo, type FormatFn } from './format/info.js';
export { validateGraph, schemaPath } from './graph/validate.js';
export { GraphBuilder, buildGraph, type GeneratorInfo } from './graph/build.js';
export { processDocument, setStageTimer } from './pipeline.js';
export { loadRules, defaultRulesDir, bundledRulesRoot, type Rule, type RuleSet } from './engine/load.js';
export {
  DEFAULT_LOCALE,
  findLocale,
  getLocale,
  localeIds,
  registerLocale,
  type Locale,
  type LocaleTerm,
  type LocaleCountry,
  type FurniturePhrases,
} from './locales/index.js';
export { discover, DEFAULT_INCLUDE, type DiscoverOptions } from './input/discover.js';
export {
  readSource,
  readStream,
  openRegular,
  sourceFromBytes,
  decode,
  sha256,
  DEFAULT_MAX_FILE_SIZE,
  type ReadOptions,
} from './input/read.js';
export {
  readSources,
  formatOf,
  fromFormat,
  typeStdin,
  typeStdinLoaded,
  looksLikeHtml,
  STDIN_TYPES,
  type SourceOptions,
  type StdinType,
} from './input/sources.js';
export { htmlToText, type HtmlText } from './input/html.js';
export { loadHtmlReader } from './input/html-reader.js';
export { frontMatter, type FrontMatter } from './input/markdown.js';
export { parseRecord, type JsonlOptions } from './input/jsonl.js';
export { readManifest, type Manifest, type ManifestEntry } from './input/manifest.js';
export { withDocMeta, type DocMetaOptions } from './input/doc-meta.js';
export { metaDate, checkDocDate } from './input/meta-date.js';
export { closest } from './engine/suggest.js';
export { toolVersion } from './version.js';

/** The document date found in a text (YYYY-MM-DD) with a locale's month names and date labels (default: English); null when none. */
export function detectDocDate(text: string, locale: Locale = getLocale()): string | null {
  return findDocDate(text, locale);
}
export * from './run/index.js';
export {
  ruleOutputs,
  partialMatch,
  formatFailure,
  type ExampleFailure,
  type RuleOutput,
  type RuleTestResult,
} from './engine/rule-tester.js';
export {
  createContext,
  testRules,
  generatorInfo,
  checkGraph,
  extractDocument,
  extractText,
  extractSource,
  extractStream,
  extract,
  type ContextOptions,
  type TextOptions,
  type ExtractFilesOptions,
  type ExtractResult,
} from './api.js';

// ---- evaluation against gold (extract eval / extract diff)
export { loadGold, loadGolds, validateGold, findGoldFiles, goldSchemaPath, type Gold, type GoldFile } from './eval/gold.js';
export { scoreGraph, metric, prf, AREA_NAMES, ACCURACY_NAMES, type ScoreResult, type AreaScore, type GoldInput } from './eval/score.js';
export { mergeRunGraphs } from './eval/merge.js';
export { runEval, readPredGraph, type EvalRun, type EvalRunOptions, type ExtractOne } from './eval/run.js';
export { parseThreshold, parseTolerance, checkThresholds, readBaseline, compareBaseline, baselineJson, type Check } from './eval/gate.js';
export { renderJunit } from './eval/junit.js';
export { renderTable, summaryLine } from './eval/report.js';
export { diffGraphs, renderDiff, type GraphDiff, type DiffItem, type DiffColors } from './eval/diff.js';
// ---- output formats (issue 9) ----
export { formatGraphFiles, type FileSet, type FormatOutput } from './format/index.js';
export { explainDocument } from './format/explain.js';
