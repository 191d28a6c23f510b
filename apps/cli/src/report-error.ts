// The one place an error becomes what the user reads: one line on stderr (one
// JSON line with --format json) and an exit code. The message is made safe for
// a terminal here, because a server's error text can hold anything.
import { ValidationError } from '@hl-orders/client';
import { describe, EXIT, exitCodeFor } from './exit-codes.js';
import { FileError, fileErrorContext, fileErrorMessage, isFileError } from './file-errors.js';
import { flagForField } from './flag-for-field.js';
import { jsonText } from './output/json-text.js';
import { terminalText } from './output/terminal-text.js';

export interface ReportOptions {
  /** One JSON line (`{"error":{name,message,exitCode}}`) instead of `hl-orders: message`. */
  json: boolean;
  /** The file that a file-system error without a path of its own was about (--output, or what stdout went to). */
  path: string;
}

export interface Report {
  exitCode: number;
  /** What to write on stderr; empty when there is nothing to say. */
  text: string;
}

/** Whether an error means that the reader of our output went away (`| head`): not a failure. */
export function isBrokenPipe(error: unknown): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === 'EPIPE';
}

export function reportFor(error: unknown, { json, path }: ReportOptions): Report {
  if (isBrokenPipe(error)) return { exitCode: EXIT.ok, text: '' };
  const exitCode = exitCodeFor(error);
  let message: string;
  if (error instanceof FileError) message = error.message;
  else if (isFileError(error)) message = fileErrorMessage(error, fileErrorContext(error, path));
  else message = describe(error);
  const flag = error instanceof ValidationError ? flagForField(error.field) : undefined;
  if (flag) message = `${flag}: ${message}`;
  message = terminalText(message);
  if (json) {
    const name = isFileError(error) ? 'FileError' : error instanceof Error ? terminalText(error.name) : 'Error';
    return { exitCode, text: `${jsonText({ error: { name, message, exitCode } })}\n` };
  }
  return { exitCode, text: `hl-orders: ${message}\n` };
}
