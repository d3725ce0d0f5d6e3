import type { ErrorCode, InputError } from './types.js';

/** The error catalogue: every code, whether it is per input or stops the run, and its exit code. */
export interface ErrorInfo {
  readonly scope: 'input' | 'run';
  readonly exit: number;
  readonly summary: string;
}

export const ERRORS: Readonly<Record<ErrorCode, ErrorInfo>> = {
  NOT_FOUND: { scope: 'input', exit: 1, summary: 'no such file or directory' },
  UNREADABLE: { scope: 'input', exit: 1, summary: 'the file cannot be read (permissions, a directory loop, an I/O error)' },
  NOT_TEXT: { scope: 'input', exit: 1, summary: 'the file is binary, not text' },
  DECODE_ERROR: { scope: 'input', exit: 1, summary: 'the bytes are not valid UTF-8 (or UTF-16 with a BOM)' },
  TOO_LARGE: { scope: 'input', exit: 1, summary: 'the file is larger than --max-file-size' },
  BAD_RECORD: { scope: 'input', exit: 1, summary: 'a record of a JSON Lines file is not a valid document' },
  TOO_SLOW: { scope: 'input', exit: 1, summary: 'processing the document took longer than --doc-timeout (it was stopped)' },
  OUT_OF_MEMORY: { scope: 'input', exit: 1, summary: 'processing the document needed more than --worker-memory (it was stopped)' },
  USAGE: { scope: 'run', exit: 2, summary: 'a bad or conflicting option' },
  WRITE_FAILED: {
    scope: 'run',
    exit: 2,
    summary: 'the output could not be written in full (a full disk, a closed or broken stdout); an --out file is left as it was',
  },
  NO_INPUT: { scope: 'run', exit: 2, summary: 'no input file matched' },
  RULES_INVALID: { scope: 'run', exit: 2, summary: 'a rule file is invalid' },
  GOLD_INVALID: { scope: 'run', exit: 2, summary: 'a gold file is invalid' },
  BAD_DATE: { scope: 'run', exit: 2, summary: 'a date option is not YYYY-MM-DD' },
  OUTPUT_INVALID: { scope: 'run', exit: 3, summary: 'the output failed its own schema (a bug)' },
  INTERNAL: { scope: 'run', exit: 3, summary: 'an internal error (a bug)' },
};

export function inputError(path: string, code: ErrorCode, message: string, line?: number): InputError {
  return line === undefined ? { path, code, message } : { path, code, message, line };
}

/** A run-level failure: carried up to the CLI, which prints it and returns its exit code. */
export class RunError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | undefined;
  constructor(code: ErrorCode, message: string, hint?: string) {
    super(message);
    this.name = 'RunError';
    this.code = code;
    this.hint = hint;
  }
  get exitCode(): number {
    return ERRORS[this.code].exit;
  }
}
