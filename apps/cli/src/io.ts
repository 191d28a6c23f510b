// What a command may touch of the world outside it, handed to it instead of
// reached for (process.stdout, process.env, a TTY check, the clock, a prompt),
// in the manner of gh's IOStreams: the binary passes the process's own
// (internal/process-io.ts), tests pass fakes and run commands in-process.
import type { FetchLike } from '@hl-orders/client';
import { colorsFor } from './color.js';

export interface TTYs {
  readonly stdin: boolean;
  readonly stdout: boolean;
  readonly stderr: boolean;
}

export interface IO {
  /** Data: JSON, NDJSON, CSV, tables. Every write passes the token redactor (and, on a terminal, the terminal filter). */
  readonly stdout: NodeJS.WritableStream;
  /** Everything for a person: counts, progress, prompts, errors. */
  readonly stderr: NodeJS.WritableStream;
  /** HIGHLEVEL_*, NO_COLOR, FORCE_COLOR. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Which streams are terminals: tables or JSON, progress lines, colour, and whether a question can be asked. */
  readonly isTTY: TTYs;
  /** Width of the terminal stdout shows, in columns; `undefined` when it is not one. */
  readonly columns: number | undefined;
  /** A monotonic clock, in milliseconds: durations and rates. */
  now(): number;
  /**
   * Asks a yes/no question on the terminal (the question on stderr, the answer
   * from stdin): `true` only for yes. Rejects with `InterruptedError` on Ctrl-C.
   * Only called when `canPrompt(io)`.
   */
  confirm(question: string): Promise<boolean>;
  /** Calls `handler` on Ctrl-C (SIGINT) or SIGTERM, once, until the returned function is called. */
  onInterrupt(handler: () => void): () => void;
  /** What stdout writes to, as a person would name it ("/dev/full", "standard output"), for error messages. */
  stdoutName(): string;
  /** The network, for the API client. Default: the global `fetch`. */
  readonly fetch?: FetchLike;
}

/** Whether a question can be asked and answered: a person at a terminal on both ends. */
export function canPrompt(io: IO): boolean {
  return io.isTTY.stdin && io.isTTY.stderr;
}

/** Colours for one of the streams: on a terminal unless NO_COLOR, or when FORCE_COLOR asks. */
export function colorsOf(io: IO, stream: 'stdout' | 'stderr') {
  return colorsFor({ isTTY: io.isTTY[stream] }, io.env);
}

/** How a table on stdout is drawn: to the terminal's width, with a bold header where colour is on. */
export function tableOptions(io: IO): { width: number | undefined; color: boolean } {
  return { width: io.columns, color: colorsOf(io, 'stdout').isColorSupported };
}
