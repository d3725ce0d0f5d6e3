import { extractText, type Graph } from '../../src/index.js';

export function run(text: string, docDate?: string): Graph {
  return extractText(text, docDate ? { docDate } : {});
}

/** The same flattening and matching `extract rules test` uses (src/engine/rule-tester.ts). */
export { ruleOutputs as outputs, partialMatch, type RuleOutput as Output } from '../../src/engine/rule-tester.js';
